package assess

// practice is what a case's report says it does well and where it goes
// wrong, for the twin reasons: which rules report a finding, and the
// strengths themselves.
type practice struct {
	findings  uint64 // bit i for each rules[i] with a finding
	strengths []Strength
}

// practiceOf reads the findings and strengths of r.
func practiceOf(r *Report) practice {
	p := practice{strengths: r.Strengths}
	for i := range r.Findings {
		if k := ruleIndex(r.Findings[i].Rule); k >= 0 && k < 64 {
			p.findings |= 1 << k
		}
	}
	return p
}

// ruleIndex returns the index of the rule with code in the rule table, or
// -1.
func ruleIndex(code string) int {
	for i := range rules {
		if rules[i].Code == code {
			return i
		}
	}
	return -1
}

// answeredRule returns the index of the rule whose findings a strength of
// the rule with code answers: the rule it names in answers, or itself; -1
// for an unknown code.
func answeredRule(code string) int {
	k := ruleIndex(code)
	if k >= 0 && rules[k].answers != "" {
		return ruleIndex(rules[k].answers)
	}
	return k
}

// doesWhatHereNot returns the twin's strengths on mechanism m whose rule
// (or the rule they answer, see Rule.answers) reports a finding for the
// case: what the twin does that the case does
// not, headed by one message that says so. It returns nil when there are
// none.
func (p *practice) doesWhatHereNot(twin *practice, m int) []Message {
	var out []Message
	for _, s := range twin.strengths {
		if int(s.Mechanism) != m {
			continue
		}
		if k := answeredRule(s.Rule); k < 0 || k >= 64 || p.findings&(1<<k) == 0 {
			continue
		}
		if out == nil {
			out = append(out, Say(msgTwinDoesWhatHereNot))
		}
		out = append(out, s.Message)
	}
	return out
}

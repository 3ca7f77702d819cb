package assess

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/region"
)

// Evaluate assesses the case as it stood on asOf: it validates the case,
// runs every rule of [Rules], scores each of the five mechanisms from the
// evidence, sets the latest self-assessment round beside each score,
// diagnoses the strategy and places the collaboration in its development
// phase (see [DevelopmentPhase]). An invalid case gives the case's
// validation error (collab.Problems) and no report; a zero asOf gives a
// problem too, since the assessment never reads the clock.
//
// The report holds no text in any language (see [Report]): render it
// with WriteText, htmlreport or Localize, in as many languages as needed.
// The result depends only on the case and asOf, so the same input gives
// the same report. Evaluate does not modify the case and is
// safe for concurrent use.
//
// Its cost is bounded: linear in the case besides the actor network,
// whose ties cost the sum of the squares of the network and project sizes
// (at most 500,000 pairs of members) and whose betweenness is worked out
// only when there are brokers and then within
// network.DefaultBetweennessBudget. A case at the documented limits
// (1,000 members, 10,000 projects) takes some 150 ms, a dense one of 1 MB
// well under half a second (BenchmarkEvaluateAtTheLimits,
// BenchmarkEvaluateDense).
func Evaluate(c *Case, asOf collab.Date) (*Report, error) {
	return EvaluateContext(context.Background(), c, asOf)
}

// EvaluateContext is [Evaluate] that stops when ctx is done, for a
// service whose client may leave before the report is ready. It looks at
// ctx before validating, before each rule, and inside the measures of the
// actor network at least every network.CheckInterval steps of their work;
// a cancelled evaluation does at most one more step of work (one rule,
// each linear in the case, or the network measures' CheckInterval steps)
// and returns ctx's error, wrapped with where it stopped, and no report.
// A ctx that is never done gives what Evaluate gives.
func EvaluateContext(ctx context.Context, c *Case, asOf collab.Date) (*Report, error) {
	if asOf.IsZero() {
		return nil, collab.Problems{{Path: "asOf", Code: collab.CodeRequired, Message: "an as-of date is required"}}
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("assess: evaluation stopped before validating the case: %w", err)
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	f := newFacts(ctx, c, asOf)
	r := &Report{
		Collaboration: c.Collaboration.ID,
		Name:          c.Collaboration.Name,
		Region:        c.Collaboration.Region,
		RegionName:    regionName(c),
		AsOf:          asOf,
		Findings:      []Finding{},
		Strengths:     []Strength{},
	}
	var notes [6][]Evidence // per mechanism
	for i := range rules {
		if rules[i].check == nil {
			continue
		}
		if err := f.stopped(i); err != nil {
			return nil, err
		}
		e := emitter{rule: &rules[i], f: f}
		rules[i].check(f, &e)
		r.Findings = append(r.Findings, e.findings...)
		r.Strengths = append(r.Strengths, e.strength...)
		notes[rules[i].Mechanism] = append(notes[rules[i].Mechanism], e.notes...)
	}
	if err := f.stopped(len(rules)); err != nil {
		return nil, err
	}
	sortFindings(r.Findings)
	r.Mechanisms = scoreMechanisms(r, &notes)
	f.summarise(r)
	if err := review(f, r); err != nil {
		return nil, err
	}
	r.Strategy = diagnoseStrategy(f)
	r.Phase = placePhase(f)
	if err := f.stopped(len(rules)); err != nil {
		return nil, err
	}
	return r, nil
}

// stopped returns why the evaluation stops before rules[i] (i past the
// last rule: after them), or nil: the network measures stopped during the
// rule before, or f's context is done.
// It records i as the rule about to run.
func (f *facts) stopped(i int) error {
	if f.err != nil {
		if f.rule < len(rules) {
			return fmt.Errorf("assess: evaluation stopped in rule %s: %w", rules[f.rule].Code, f.err)
		}
		return fmt.Errorf("assess: evaluation stopped after the rules: %w", f.err)
	}
	if err := f.ctx.Err(); err != nil {
		if i < len(rules) {
			return fmt.Errorf("assess: evaluation stopped before rule %s (%d of %d): %w", rules[i].Code, i+1, len(rules), err)
		}
		return fmt.Errorf("assess: evaluation stopped after the rules: %w", err)
	}
	f.rule = i
	return nil
}

// review runs the rules that look at the scored report, adds their
// findings to r and their evidence (of effect 0) to the mechanisms they
// count for, and sorts the findings again, gravest first. It returns why
// it stopped when f's context is done (see facts.stopped).
func review(f *facts, r *Report) error {
	for i := range rules {
		if rules[i].review == nil {
			continue
		}
		if err := f.stopped(i); err != nil {
			return err
		}
		e := emitter{rule: &rules[i], f: f}
		rules[i].review(f, r, &e)
		for _, fd := range e.findings {
			if m := r.Mechanism(fd.Mechanism); m != nil {
				m.Evidence = append(m.Evidence, fd.Evidence...)
			}
		}
		r.Findings = append(r.Findings, e.findings...)
	}
	sortFindings(r.Findings)
	return nil
}

// sortFindings orders findings gravest first, then by mechanism, keeping
// the rule order otherwise.
func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), cmp.Compare(a.Mechanism, b.Mechanism))
	})
}

// scoreMechanisms adds up the evidence of the findings and strengths per
// mechanism: BaseScore plus every effect, kept within 0 to 100.
func scoreMechanisms(r *Report, notes *[6][]Evidence) []MechanismResult {
	out := make([]MechanismResult, 0, 5)
	for _, m := range collab.Mechanisms() {
		res := MechanismResult{Mechanism: m, Evidence: append([]Evidence{}, notes[m]...)}
		for i := range r.Findings {
			if r.Findings[i].Mechanism == m {
				res.Evidence = append(res.Evidence, r.Findings[i].Evidence...)
			}
		}
		for i := range r.Strengths {
			if r.Strengths[i].Mechanism == m {
				res.Evidence = append(res.Evidence, r.Strengths[i].Evidence...)
			}
		}
		score := BaseScore
		for _, ev := range res.Evidence {
			score += ev.Effect
		}
		res.Score = min(max(score, 0), 100)
		res.Band = BandOf(res.Score)
		out = append(out, res)
	}
	return out
}

// diagnoseStrategy compares the declared strategy with the one the case
// shows, with the sources' advantages and drawbacks of the latter.
func diagnoseStrategy(f *facts) StrategyDiagnosis {
	d := StrategyDiagnosis{Declared: f.col.Strategy, Observed: f.observedStrategy()}
	switch {
	case d.Observed.IsZero():
		d.Message = Say(msgDiagnosisNothingShown, enum("declared", ParamStrategy, d.Declared))
	case d.Observed == d.Declared:
		d.Message = Say(msgDiagnosisAsDeclared, lower(enum("observed", ParamStrategy, d.Observed)))
	default:
		d.Message = Say(msgDiagnosisOtherThanDeclared, lower(enum("declared", ParamStrategy, d.Declared)), lower(enum("observed", ParamStrategy, d.Observed)))
	}
	return d
}

// regionName returns the name of the collaboration's region, looked up
// among the case's own regions and then the reference catalogue; empty
// when neither holds it.
func regionName(c *Case) string {
	code := c.Collaboration.Region
	for i := range c.Regions {
		if c.Regions[i].Code == code {
			return c.Regions[i].Name
		}
	}
	if reg, ok := region.Reference().Lookup(code); ok {
		return reg.Name
	}
	return ""
}

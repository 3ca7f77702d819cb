package assess

import (
	"github.com/regiokompas/regiokompas/collab"
)

// Rule is one named check of the assessment: a small function that looks
// at a case and reports findings (what goes wrong) or strengths (what goes
// well) for one mechanism, citing the lessons behind it. The rules are a
// fixed table; [Rules] lists them.
type Rule struct {
	// Code is the rule's stable code, such as "actors.financier-absent".
	Code string `json:"code"`
	// Mechanism is the mechanism whose score the rule moves.
	Mechanism collab.Mechanism `json:"mechanism"`
	// Lessons are the codes of the lessons the rule applies.
	Lessons []string `json:"lessons"`
	// About says what the rule looks for.
	About collab.Text `json:"about"`

	// check looks at the case; review, for the few rules that compare the
	// scored report with something else, looks at the report once the
	// mechanisms are scored. A rule has one of the two. What a review
	// reports must have effect 0, so that it changes no score.
	check  func(f *facts, e *emitter)
	review func(f *facts, r *Report, e *emitter)
	// answers is the code of the rule whose findings this rule's
	// strengths are the good side of, for a rule that reports strengths
	// only (professionals on time answer professionals brought in late);
	// empty for a rule whose strengths answer its own findings. Twins use
	// it to tell what a twin does well that goes wrong in the case.
	answers string
}

// Rules returns the assessment's rules in the order they run, as a new
// slice whose Lessons the caller may change.
func Rules() []Rule {
	out := make([]Rule, len(rules))
	for i, r := range rules {
		r.Lessons = append([]string(nil), r.Lessons...)
		r.check, r.review = nil, nil
		out[i] = r
	}
	return out
}

// emitter collects what one rule reports, as data: messages with typed
// parameters, rendered in a language only at the edge.
type emitter struct {
	rule     *Rule
	f        *facts
	findings []Finding
	strength []Strength
	notes    []Evidence // evidence that is neither a finding nor a strength
}

// note records evidence that counts for the mechanism without being a
// finding or a strength, such as the absence of anything to judge.
func (e *emitter) note(evidence ...Evidence) { e.notes = append(e.notes, evidence...) }

// see records one piece of evidence at path with the given effect on the
// score: what was seen, as the message of key with params, and the
// subject the path points into.
func (e *emitter) see(path string, effect int, key string, params ...Param) Evidence {
	return Evidence{Seen: Say(key, params...), Path: path, Subject: e.f.subjectAt(path), Effect: effect}
}

// finding reports that something goes wrong with the collaboration as a
// whole (see findingOn).
// msg says what goes wrong, next what to do about it.
func (e *emitter) finding(sev Severity, msg, next Message, evidence ...Evidence) {
	e.findingOn([]Subject{e.f.collaboration()}, sev, msg, next, evidence...)
}

// findingOn reports that something goes wrong with the subjects, for rules
// that judge items one by one.
func (e *emitter) findingOn(subjects []Subject, sev Severity, msg, next Message, evidence ...Evidence) {
	e.findings = append(e.findings, Finding{
		Rule:      e.rule.Code,
		Severity:  sev,
		Mechanism: e.rule.Mechanism,
		Subjects:  sortedSubjects(subjects),
		Message:   msg,
		Evidence:  evidence,
		Lessons:   append([]string(nil), e.rule.Lessons...),
		Next:      next,
	})
}

// strong reports that something goes well with the collaboration as a
// whole (see strongOn).
func (e *emitter) strong(msg Message, evidence ...Evidence) {
	e.strongOn([]Subject{e.f.collaboration()}, msg, evidence...)
}

// strongOn reports that something goes well with the subjects.
func (e *emitter) strongOn(subjects []Subject, msg Message, evidence ...Evidence) {
	e.strength = append(e.strength, Strength{
		Rule:      e.rule.Code,
		Mechanism: e.rule.Mechanism,
		Subjects:  sortedSubjects(subjects),
		Message:   msg,
		Evidence:  evidence,
		Lessons:   append([]string(nil), e.rule.Lessons...),
	})
}

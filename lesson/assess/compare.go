package assess

import (
	"strings"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
)

// Comparison is the change in one collaboration between two reports on
// two dates: per mechanism how the score and band moved (and the
// self-assessment median, when both reports have one), how the
// development phase moved, and which findings were resolved, are new or
// persist. Compare produces it from data alone, so the reports may have
// been written in any language; it renders as text in the language asked
// for (see [Comparison.WriteText]) and marshals to JSON, in one language
// after [Comparison.Localize] (as a Report does).
//
// Its JSON form is
//
//	{"collaboration": "...", "name": "...", "region": "...",
//	 "from": "2021-06-01", "to": "2022-06-01", "language": "en",
//	 "mechanisms": [{"mechanism": "urgency", "label": "...",
//	                 "score": {"from": 45, "to": 60, "delta": 15},
//	                 "band": {"from": "developing", "to": "developing"},
//	                 "selfAssessment": {"from": 3, "to": 3.5, "delta": 0.5}}, ...],
//	 "phase": {"from": "initiative-and-design", "to": "experiment-and-execution", "delta": 1},
//	 "resolved": [...], "new": [...], "persisting": [...]}
type Comparison struct {
	Collaboration uuid.UUID `json:"collaboration"`
	Name          string    `json:"name"`
	Region        string    `json:"region"`
	// From and To are the as-of dates of the older and the newer report.
	From collab.Date `json:"from"`
	To   collab.Date `json:"to"`
	// Language is the language of the comparison's text: zero (omitted)
	// from Compare, set by Localize, as are the labels.
	Language collab.Language `json:"language,omitzero"`

	// Mechanisms holds the five mechanisms in their fixed order.
	Mechanisms []MechanismChange `json:"mechanisms"`
	// Phase is the move of the development phase; nil when either report
	// has no phase.
	Phase *PhaseMove `json:"phase,omitempty"`
	// Resolved are the findings of the older report that the newer one no
	// longer has, as the older report has them.
	Resolved []Finding `json:"resolved"`
	// New are the findings of the newer report that the older one did not
	// have.
	New []Finding `json:"new"`
	// Persisting are the findings both reports have, as the newer report
	// has them.
	Persisting []Finding `json:"persisting"`
}

// MechanismChange is how one mechanism moved between two reports.
type MechanismChange struct {
	Mechanism collab.Mechanism `json:"mechanism"`
	// Label is the mechanism's name in the comparison's language; empty
	// (omitted) until Localize sets it.
	Label string      `json:"label,omitempty"`
	Score ScoreChange `json:"score"`
	Band  BandChange  `json:"band"`
	// SelfAssessment is the move of the self-assessment median (on the
	// scale of 1 to 5); nil unless both reports have one for the
	// mechanism.
	SelfAssessment *MedianChange `json:"selfAssessment,omitempty"`
}

// ScoreChange is a score in the older and the newer report; Delta is To
// minus From.
type ScoreChange struct {
	From  int `json:"from"`
	To    int `json:"to"`
	Delta int `json:"delta"`
}

// BandChange is a band in the older and the newer report.
type BandChange struct {
	From Band `json:"from"`
	To   Band `json:"to"`
}

// Changed reports whether the band moved.
func (c BandChange) Changed() bool { return c.From != c.To }

// MedianChange is a self-assessment median in the older and the newer
// report; Delta is To minus From.
type MedianChange struct {
	From  float64 `json:"from"`
	To    float64 `json:"to"`
	Delta float64 `json:"delta"`
}

// PhaseMove is the development phase in the older and the newer report;
// Delta counts the phases moved, negative when the collaboration fell
// back.
type PhaseMove struct {
	From  DevelopmentPhase `json:"from"`
	To    DevelopmentPhase `json:"to"`
	Delta int              `json:"delta"`
}

// findingKey identifies a finding across reports: its rule, the mechanism
// it counts for (some rules report one finding per mechanism) and its
// subjects, sorted. It holds no list position and no text, so it survives
// a reordered case and a report written in another language.
type findingKey struct {
	rule     string
	mech     collab.Mechanism
	subjects string
}

func keyOf(f *Finding) findingKey {
	var b strings.Builder
	for _, s := range sortedSubjects(f.Subjects) {
		b.WriteString(s.Kind.String())
		b.WriteByte(':')
		b.WriteString(s.ID.String())
		b.WriteByte(' ')
	}
	return findingKey{rule: f.Rule, mech: f.Mechanism, subjects: b.String()}
}

// Compare compares two reports of the same collaboration, old before new.
//
// Mechanisms are matched by their mechanism, so both reports must hold all
// five. Findings are matched by identity: rule code, the mechanism they
// count for and their subjects (see [Finding]), never by their position in
// a list, the paths of their evidence or their text. A finding of the
// older report that the newer one has too persists, one it lacks is
// resolved, and a finding only the newer report has is new. Each finding
// of one report matches at most one of the other. So reordering the
// members or projects of a case changes nothing, a finding that counts
// over many items persists while its count changes, and reports written in
// different languages compare as well as reports in one.
//
// Compare returns collab.Problems, and no comparison, when a report is nil
// (CodeRequired at "old" or "new"), when the reports are of different
// collaborations (CodeNotAllowed at "new.collaboration"), when the newer
// report's as-of date is before the older one's (CodeDateOrder at
// "new.asOf"; equal dates are allowed, for comparing a corrected case), or
// when a report lacks a mechanism (CodeRequired at "old.mechanisms" or
// "new.mechanisms"). It does not change the reports, and the comparison
// shares no memory with them.
func Compare(old, new *Report) (*Comparison, error) {
	var ps collab.Problems
	if old == nil {
		ps = append(ps, collab.Problem{Path: "old", Code: collab.CodeRequired, Message: "an older report is required"})
	}
	if new == nil {
		ps = append(ps, collab.Problem{Path: "new", Code: collab.CodeRequired, Message: "a newer report is required"})
	}
	if len(ps) > 0 {
		return nil, ps
	}
	if old.Collaboration != new.Collaboration {
		ps = append(ps, collab.Problem{Path: "new.collaboration", Code: collab.CodeNotAllowed,
			Message: "is " + new.Collaboration.String() + ", while the older report is of " + old.Collaboration.String()})
	}
	if new.AsOf.Before(old.AsOf) {
		ps = append(ps, collab.Problem{Path: "new.asOf", Code: collab.CodeDateOrder,
			Message: new.AsOf.String() + " is before the older report's as-of date (" + old.AsOf.String() + ")"})
	}
	for _, m := range collab.Mechanisms() {
		if old.Mechanism(m) == nil {
			ps = append(ps, collab.Problem{Path: "old.mechanisms", Code: collab.CodeRequired, Message: "has no result for " + m.String()})
		}
		if new.Mechanism(m) == nil {
			ps = append(ps, collab.Problem{Path: "new.mechanisms", Code: collab.CodeRequired, Message: "has no result for " + m.String()})
		}
	}
	if len(ps) > 0 {
		return nil, ps
	}

	c := &Comparison{
		Collaboration: new.Collaboration, Name: new.Name, Region: new.Region,
		From: old.AsOf, To: new.AsOf,
		Mechanisms: make([]MechanismChange, 0, 5),
		Resolved:   []Finding{}, New: []Finding{}, Persisting: []Finding{},
	}
	for _, m := range collab.Mechanisms() {
		o, n := old.Mechanism(m), new.Mechanism(m)
		mc := MechanismChange{
			Mechanism: m,
			Score:     ScoreChange{From: o.Score, To: n.Score, Delta: n.Score - o.Score},
			Band:      BandChange{From: o.Band, To: n.Band},
		}
		if o.SelfAssessment != nil && n.SelfAssessment != nil {
			mc.SelfAssessment = &MedianChange{From: o.SelfAssessment.Median, To: n.SelfAssessment.Median,
				Delta: n.SelfAssessment.Median - o.SelfAssessment.Median}
		}
		c.Mechanisms = append(c.Mechanisms, mc)
	}
	if old.Phase != nil && new.Phase != nil {
		c.Phase = &PhaseMove{From: old.Phase.Phase, To: new.Phase.Phase, Delta: int(new.Phase.Phase) - int(old.Phase.Phase)}
	}

	matched := make([]bool, len(old.Findings))
	for i := range new.Findings {
		k := keyOf(&new.Findings[i])
		j := -1
		for x := range old.Findings {
			if !matched[x] && keyOf(&old.Findings[x]) == k {
				j = x
				break
			}
		}
		if j >= 0 {
			matched[j] = true
			c.Persisting = append(c.Persisting, cloneFinding(new.Findings[i]))
		} else {
			c.New = append(c.New, cloneFinding(new.Findings[i]))
		}
	}
	for x := range old.Findings {
		if !matched[x] {
			c.Resolved = append(c.Resolved, cloneFinding(old.Findings[x]))
		}
	}
	return c, nil
}

// cloneFinding copies f as data: the comparison shares no lists with
// the reports, and keeps no text a report was localized with, so that it
// is in no language until it is rendered or localized itself.
func cloneFinding(f Finding) Finding {
	f.Subjects = append([]Subject(nil), f.Subjects...)
	f.Lessons = append([]string(nil), f.Lessons...)
	f.Message, f.Next = dataOf(f.Message), dataOf(f.Next)
	f.Evidence = localizeEach(f.Evidence, func(e Evidence) Evidence {
		e.Seen = dataOf(e.Seen)
		return e
	})
	return f
}

// dataOf returns a copy of m without its text.
func dataOf(m Message) Message {
	return Message{Key: m.Key, Params: cloneParams(m.Params)}
}

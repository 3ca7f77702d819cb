package assess

import (
	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
)

// Report is the assessment of one case on one date: how each of the five
// mechanisms stands and why, what goes wrong and what to do next, what goes
// well, and a diagnosis of the strategy. Every finding and strength cites
// the lessons behind it. Evaluate produces it; it is a plain value that
// marshals to JSON and renders as text (see [Report.WriteText]).
//
// A Report holds no text in any language: its messages are keys with typed
// parameters (see [Message]), so one evaluation serves every language.
// Text is rendered at the edge, in the language asked for: by
// [Report.WriteText], by package htmlreport, and for JSON by
// [Report.Localize], which returns a copy whose messages, labels and lists
// carry their text in one language beside their keys and parameters. A
// report fresh from Evaluate has no Language; a localized one has. A
// Report depends only on the case and the as-of date, never on the clock.
type Report struct {
	Collaboration uuid.UUID `json:"collaboration"`
	Name          string    `json:"name"`
	Region        string    `json:"region"`
	// RegionName is the name of the region as people write it ("Fryslân"
	// for the code "friesland"), from the case's own regions or the
	// reference catalogue, so that text shows a name rather than a code.
	// Empty (omitted) in reports from elsewhere that lack it; text then
	// shows the code.
	RegionName string      `json:"regionName,omitempty"`
	AsOf       collab.Date `json:"asOf"`
	// Language is the language of the report's text: zero (omitted) in a
	// report fresh from Evaluate, set by Localize.
	Language collab.Language `json:"language,omitzero"`

	// Mechanisms holds the five mechanisms in their fixed order.
	Mechanisms []MechanismResult `json:"mechanisms"`
	// Findings are what goes wrong, gravest first.
	Findings []Finding `json:"findings"`
	// Strengths are what goes well.
	Strengths []Strength `json:"strengths"`
	// Strategy is the diagnosis of the strategy the collaboration follows.
	Strategy StrategyDiagnosis `json:"strategy"`
	// Phase is the development phase the case's evidence places the
	// collaboration in (see [DevelopmentPhase]), with the elements that put
	// it there and those missing for the next phase. Evaluate always sets
	// it; it is nil only in reports from elsewhere that lack it.
	Phase *PhaseResult `json:"phase,omitempty"`
}

// MechanismResult is how one mechanism stands: a score from 0 to 100, its
// band, and the evidence that produced the score. The score is
// BaseScore plus the effects of all evidence, kept within 0 to 100, so a
// reader can add it up.
type MechanismResult struct {
	Mechanism collab.Mechanism `json:"mechanism"`
	// Label is the mechanism's name in the report's language; empty
	// (omitted) until Localize sets it.
	Label    string     `json:"label,omitempty"`
	Score    int        `json:"score"`
	Band     Band       `json:"band"`
	Evidence []Evidence `json:"evidence"`
	// SelfAssessment is how the partners themselves rated the mechanism in
	// the latest self-assessment round on or before the as-of date: the
	// perception beside the evidence. It is nil when there was no round, or
	// when the round did not score this mechanism. It never moves Score.
	SelfAssessment *SelfAssessmentSummary `json:"selfAssessment,omitempty"`
}

// BaseScore is where every mechanism starts before evidence moves it: the
// middle of the scale, "developing", since a collaboration that exists has
// some of everything until the case shows otherwise.
const BaseScore = 50

// Evidence is one observation in the case: what was seen (a message), where
// in the case document (a JSON path such as "collaboration.members[3]"),
// what it is about, and how many points it moved its mechanism's score
// (negative for a weakness).
type Evidence struct {
	Seen Message `json:"seen"`
	Path string  `json:"path,omitempty"`
	// Subject is what in the case the evidence is about: the item the
	// path points into, or the collaboration.
	Subject Subject `json:"subject,omitzero"`
	Effect  int     `json:"effect"`
}

// Finding is something that goes wrong, found by a rule: its code, how
// grave it is, the mechanism it bears on, what it is about, a message, the
// evidence, the lessons that advise on it (at least one) and a concrete
// next step. Message and Next are messages (see [Message]).
type Finding struct {
	Rule      string           `json:"rule"`
	Severity  Severity         `json:"severity"`
	Mechanism collab.Mechanism `json:"mechanism"`
	// Subjects are what the finding is about, sorted: the item a rule
	// judges one by one (a leeway issue, a network, a role holder's
	// stakeholder), or the collaboration for a finding that counts over
	// many items (whose items are the subjects of its evidence). Compare
	// matches findings by rule, mechanism and subjects.
	Subjects []Subject  `json:"subjects"`
	Message  Message    `json:"message"`
	Evidence []Evidence `json:"evidence"`
	Lessons  []string   `json:"lessons"`
	Next     Message    `json:"next"`
}

// Strength is something that goes well, why, and the lessons it follows.
type Strength struct {
	Rule      string           `json:"rule"`
	Mechanism collab.Mechanism `json:"mechanism"`
	// Subjects are what the strength is about, as for a Finding.
	Subjects []Subject  `json:"subjects"`
	Message  Message    `json:"message"`
	Evidence []Evidence `json:"evidence"`
	Lessons  []string   `json:"lessons"`
}

// StrategyDiagnosis says which strategy the case shows in practice, beside
// the one the collaboration declares, with the advantages and drawbacks the
// sources give for it (see [StrategyDiagnosis.Shown]).
type StrategyDiagnosis struct {
	// Declared is the collaboration's own Strategy.
	Declared collab.Strategy `json:"declared"`
	// Observed is the strategy the case's vision and projects show; zero
	// (omitted) when the case shows neither a vision nor projects.
	Observed collab.Strategy `json:"observed,omitzero"`
	Message  Message         `json:"message"`
	// Advantages and Drawbacks are those of the shown strategy in the
	// report's language; nil (omitted) until Localize sets them.
	Advantages []string `json:"advantages,omitempty"`
	Drawbacks  []string `json:"drawbacks,omitempty"`
}

// Shown is the strategy the diagnosis is about: the observed one, or the
// declared one when the case shows none.
func (d StrategyDiagnosis) Shown() collab.Strategy {
	if d.Observed.IsZero() {
		return d.Declared
	}
	return d.Observed
}

// Mechanism returns the result for m, or nil when m is not valid.
func (r *Report) Mechanism(m collab.Mechanism) *MechanismResult {
	for i := range r.Mechanisms {
		if r.Mechanisms[i].Mechanism == m {
			return &r.Mechanisms[i]
		}
	}
	return nil
}

// HasFinding reports whether a finding of the rule code is in the report.
func (r *Report) HasFinding(rule string) bool {
	for i := range r.Findings {
		if r.Findings[i].Rule == rule {
			return true
		}
	}
	return false
}

// HasStrength reports whether a strength of the rule code is in the report.
func (r *Report) HasStrength(rule string) bool {
	for i := range r.Strengths {
		if r.Strengths[i].Rule == rule {
			return true
		}
	}
	return false
}

// RegionLabel returns the name of the report's region for text: its
// RegionName, or its Region code when the report lacks the name.
func (r *Report) RegionLabel() string {
	if r.RegionName != "" {
		return r.RegionName
	}
	return r.Region
}

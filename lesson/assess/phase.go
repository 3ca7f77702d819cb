package assess

import (
	"fmt"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/regiokompas/regiokompas/project"
)

// DevelopmentPhase is how far a regional collaboration has developed, in
// the four phases of the Dutch Development Model for Integrated Care
// (DMIC): from the first initiative and its design, through trying things
// out, to expanding and monitoring, and finally consolidating the work
// into the way the region works.
//
// The model's lesson is that a phase worked out from what is actually in
// place fits a network far better than the phase the network names for
// itself (in its validation the computed phase correlated about 0.92 with
// the network's real development, the phase networks gave themselves only
// about 0.39). So the assessment never asks a collaboration for its phase; it
// places it from the case's evidence, on a ladder of elements (see
// [PhaseResult] for the ladder and the rule).
//
// The zero value is DevelopmentPhaseUnknown, which is not valid.
type DevelopmentPhase uint8

// The development phases, in order.
const (
	DevelopmentPhaseUnknown             DevelopmentPhase = iota
	PhaseInitiativeAndDesign                             // initiative-and-design
	PhaseExperimentAndExecution                          // experiment-and-execution
	PhaseExpansionAndMonitoring                          // expansion-and-monitoring
	PhaseConsolidationAndTransformation                  // consolidation-and-transformation
)

var developmentPhases = check.NewEnum[DevelopmentPhase]("development phase",
	check.EnumValue{Word: "initiative-and-design",
		Label: collab.Text{EN: "Initiative and design", NL: "Initiatief en ontwerp"},
		About: collab.Text{
			EN: "Partners have found each other, agree on what they want and design their first work.",
			NL: "Partners hebben elkaar gevonden, zijn het eens over wat ze willen en ontwerpen hun eerste werk.",
		}},
	check.EnumValue{Word: "experiment-and-execution",
		Label: collab.Text{EN: "Experiment and execution", NL: "Experiment en uitvoering"},
		About: collab.Text{
			EN: "A regional vision gives direction, someone drives the work, and the first projects are tried out in practice.",
			NL: "Een regiovisie geeft richting, iemand trekt het werk, en de eerste projecten worden in de praktijk uitgeprobeerd.",
		}},
	check.EnumValue{Word: "expansion-and-monitoring",
		Label: collab.Text{EN: "Expansion and monitoring", NL: "Uitbreiding en monitoring"},
		About: collab.Text{
			EN: "Several projects are implemented, governance is tied around them, networks carry the work and progress is measured.",
			NL: "Meerdere projecten zijn ingevoerd, de governance is eromheen gelegd, netwerken dragen het werk en de voortgang wordt gemeten.",
		}},
	check.EnumValue{Word: "consolidation-and-transformation",
		Label: collab.Text{EN: "Consolidation and transformation", NL: "Consolidatie en transformatie"},
		About: collab.Text{
			EN: "The work is embedded in regular care, continuity after the programme is arranged and the organisations carry it themselves.",
			NL: "Het werk is geborgd in de gewone zorg, de continuïteit na het programma is geregeld en de organisaties dragen het zelf.",
		}},
)

// DevelopmentPhases returns every development phase in order, as a new
// slice.
func DevelopmentPhases() []DevelopmentPhase { return developmentPhases.All() }

// ParseDevelopmentPhase parses a development phase's wire word; an empty
// or unknown word gives a *collab.UnknownValueError naming it.
func ParseDevelopmentPhase(s string) (DevelopmentPhase, error) { return developmentPhases.Parse(s) }

// String returns the wire word; it never panics.
func (x DevelopmentPhase) String() string { return developmentPhases.String(x) }

// IsValid reports whether x is a known development phase.
func (x DevelopmentPhase) IsValid() bool { return developmentPhases.Valid(x) }

// IsZero reports whether x is unset.
func (x DevelopmentPhase) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x DevelopmentPhase) Label(lang collab.Language) string {
	return developmentPhases.Label(x, lang)
}

// About explains x in lang.
func (x DevelopmentPhase) About(lang collab.Language) string {
	return developmentPhases.About(x, lang)
}

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x DevelopmentPhase) MarshalText() ([]byte, error) { return developmentPhases.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (x *DevelopmentPhase) UnmarshalText(b []byte) error {
	return developmentPhases.Unmarshal(b, x)
}

// PhaseResult places a collaboration in its development phase from the
// evidence of its case on the as-of date.
//
// Each phase has a rung of elements on a ladder:
//
//	initiative-and-design
//	  partners          at least two members take part
//	  ambition          a shared ambition is recorded
//	  first-project     a project has started
//	experiment-and-execution
//	  vision            a regional vision is adopted
//	  pilot             a project has reached its pilot (or gone further)
//	  driver            an aanjager or programme manager is active
//	expansion-and-monitoring
//	  governance        governance is formalised
//	  implementation    two or more projects reached implementation or embedding
//	  network           a lasting network is active
//	  monitoring        progress is measured: a measured project outcome, a
//	                    self-assessment round in the last 24 months, or an
//	                    urgency reading in the last 12 months
//	consolidation-and-transformation
//	  embedded          a project is embedded in regular work
//	  continuity        a continuity plan is adopted
//	  network-kinds     active networks of at least two kinds
//	  line-roles        a two-legged professional or an ambassador is active
//
// The collaboration is in the highest phase whose rung, and every rung
// below it, is complete; initiative-and-design is the floor, where every
// collaboration starts. So a phase is reached only when everything of it
// and of the phases before it is in place, and Missing reads as a to-do
// list for the next phase. Only what exists on the as-of date counts.
//
// Present holds the elements that place the collaboration in its phase
// (those of its rung and the rungs below that are in place), Missing those
// still missing for the next phase (from its rung and all below; empty in
// the last phase), Ahead the elements of later phases already in place.
// Each list follows the ladder's order.
type PhaseResult struct {
	Phase DevelopmentPhase `json:"phase"`
	// Label is the phase's name in the report's language.
	Label string `json:"label"`
	// Next is the phase after Phase; zero (omitted) in the last phase.
	Next    DevelopmentPhase `json:"next,omitzero"`
	Present []PhaseElement   `json:"present"`
	Missing []PhaseElement   `json:"missing"`
	Ahead   []PhaseElement   `json:"ahead"`
}

// PhaseElement is one element of the development ladder: its stable code
// (such as "vision"), the phase whose rung it belongs to, a text in the
// report's language (for an element in place, with what was found), and
// the path in the case document where it is, or where it would be
// recorded.
type PhaseElement struct {
	Code  string           `json:"code"`
	Phase DevelopmentPhase `json:"phase"`
	Text  string           `json:"text"`
	Path  string           `json:"path"`
}

// phaseStep is one element of the ladder: find reports whether it is in
// place, where, and a detail for the text.
type phaseStep struct {
	code  string
	phase DevelopmentPhase
	label collab.Text
	where string // where the element would be recorded
	find  func(f *facts, lang collab.Language) (path, detail string, ok bool)
}

// Windows of the monitoring element, in months before the as-of date.
const (
	monitoringRoundMonths  = 24
	monitoringSignalMonths = 12
)

// ladder is the development ladder, in order.
var ladder = [...]phaseStep{
	{"partners", PhaseInitiativeAndDesign,
		collab.Text{EN: "At least two partners take part", NL: "Minstens twee partners doen mee"},
		"collaboration.members", findPartners},
	{"ambition", PhaseInitiativeAndDesign,
		collab.Text{EN: "A shared ambition is recorded", NL: "Er is een gedeelde ambitie vastgelegd"},
		"collaboration.ambition", findAmbition},
	{"first-project", PhaseInitiativeAndDesign,
		collab.Text{EN: "A first project has started", NL: "Er is een eerste project gestart"},
		"projects", findFirstProject},
	{"vision", PhaseExperimentAndExecution,
		collab.Text{EN: "A regional vision is adopted", NL: "Er is een regiovisie vastgesteld"},
		"collaboration.vision", findVision},
	{"pilot", PhaseExperimentAndExecution,
		collab.Text{EN: "A project is tried out in practice (pilot or further)", NL: "Een project wordt in de praktijk uitgeprobeerd (pilot of verder)"},
		"projects", reachedPhase(1, project.PhasePilot, project.PhaseImplementation, project.PhaseEmbedded)},
	{"driver", PhaseExperimentAndExecution,
		collab.Text{EN: "An aanjager or programme manager drives the work", NL: "Een aanjager of programmamanager trekt het werk"},
		"collaboration.roleHolders", activeRole(collab.RoleKindAanjager, collab.RoleKindProgrammeManager)},
	{"governance", PhaseExpansionAndMonitoring,
		collab.Text{EN: "Governance is formalised", NL: "De governance is vastgelegd"},
		"collaboration.governance", findGovernance},
	{"implementation", PhaseExpansionAndMonitoring,
		collab.Text{EN: "Two or more projects are implemented or embedded", NL: "Twee of meer projecten zijn ingevoerd of geborgd"},
		"projects", reachedPhase(2, project.PhaseImplementation, project.PhaseEmbedded)},
	{"network", PhaseExpansionAndMonitoring,
		collab.Text{EN: "A lasting network is active", NL: "Er is een blijvend netwerk actief"},
		"collaboration.networks", findNetwork},
	{"monitoring", PhaseExpansionAndMonitoring,
		collab.Text{EN: "Progress is measured", NL: "De voortgang wordt gemeten"},
		"selfAssessments", findMonitoring},
	{"embedded", PhaseConsolidationAndTransformation,
		collab.Text{EN: "A project is embedded in regular work", NL: "Een project is geborgd in het gewone werk"},
		"projects", reachedPhase(1, project.PhaseEmbedded)},
	{"continuity", PhaseConsolidationAndTransformation,
		collab.Text{EN: "A continuity plan is adopted", NL: "Er is een continuïteitsplan vastgesteld"},
		"collaboration.continuity", findContinuity},
	{"network-kinds", PhaseConsolidationAndTransformation,
		collab.Text{EN: "Networks of at least two kinds are active", NL: "Er zijn netwerken van minstens twee soorten actief"},
		"collaboration.networks", findNetworkKinds},
	{"line-roles", PhaseConsolidationAndTransformation,
		collab.Text{EN: "The organisations carry the work themselves (a two-legged professional or an ambassador)", NL: "De organisaties dragen het werk zelf (een professional met twee petten of een ambassadeur)"},
		"collaboration.roleHolders", activeRole(collab.RoleKindTwoLeggedProfessional, collab.RoleKindAmbassador)},
}

// placePhase places the case on the ladder; see PhaseResult.
func placePhase(f *facts, lang collab.Language) *PhaseResult {
	type found struct {
		path, detail string
		ok           bool
	}
	var got [len(ladder)]found
	var complete [PhaseConsolidationAndTransformation + 1]bool
	for p := range complete {
		complete[p] = true
	}
	for i := range ladder {
		path, detail, ok := ladder[i].find(f, lang)
		got[i] = found{path, detail, ok}
		if !ok {
			complete[ladder[i].phase] = false
		}
	}
	phase := PhaseInitiativeAndDesign
	for p := PhaseInitiativeAndDesign; p <= PhaseConsolidationAndTransformation && complete[p]; p++ {
		phase = p
	}
	res := &PhaseResult{Phase: phase, Label: phase.Label(lang), Present: []PhaseElement{}, Missing: []PhaseElement{}, Ahead: []PhaseElement{}}
	if phase < PhaseConsolidationAndTransformation {
		res.Next = phase + 1
	}
	for i := range ladder {
		s, g := &ladder[i], got[i]
		el := PhaseElement{Code: s.code, Phase: s.phase, Text: s.label.In(lang), Path: s.where}
		if g.ok {
			el.Path = g.path
			if g.detail != "" {
				el.Text += " (" + g.detail + ")"
			}
		}
		switch {
		case g.ok && s.phase <= phase:
			res.Present = append(res.Present, el)
		case g.ok:
			res.Ahead = append(res.Ahead, el)
		case !res.Next.IsZero() && s.phase <= res.Next:
			res.Missing = append(res.Missing, el)
		}
	}
	return res
}

func findPartners(f *facts, _ collab.Language) (string, string, bool) {
	n := 0
	f.activeMembers(func(int, *collab.Member) { n++ })
	return "collaboration.members", fmt.Sprintf("%d", n), n >= 2
}

func findAmbition(f *facts, _ collab.Language) (string, string, bool) {
	return "collaboration.ambition", "", !f.col.Ambition.IsZero()
}

func findFirstProject(f *facts, _ collab.Language) (string, string, bool) {
	first := -1
	for i := range f.c.Projects {
		p := &f.c.Projects[i]
		if !p.Started.IsZero() && !p.Started.After(f.asOf) && (first < 0 || p.Started.Before(f.c.Projects[first].Started)) {
			first = i
		}
	}
	if first < 0 {
		return "", "", false
	}
	p := &f.c.Projects[first]
	return pathf("projects[%d]", first), fmt.Sprintf("%q, %s", p.Title, p.Started), true
}

func findVision(f *facts, _ collab.Language) (string, string, bool) {
	v := f.col.Vision
	if v.IsZero() || v.Adopted.After(f.asOf) {
		return "", "", false
	}
	return "collaboration.vision", v.Adopted.String(), true
}

// reachedPhase finds at least n projects whose phase history reached one
// of the phases on or before the as-of date; the path is that of the
// first project's first such entry.
func reachedPhase(n int, phases ...project.Phase) func(*facts, collab.Language) (string, string, bool) {
	return func(f *facts, lang collab.Language) (string, string, bool) {
		count, path, detail := 0, "", ""
		for i := range f.c.Projects {
			p := &f.c.Projects[i]
			for j, ch := range p.Phases {
				if ch.Since.After(f.asOf) || !phaseIn(ch.Phase, phases) {
					continue
				}
				if count == 0 {
					path = pathf("projects[%d].phases[%d]", i, j)
					detail = fmt.Sprintf("%q, %s %s", p.Title, ch.Phase.Label(lang), ch.Since)
				}
				count++
				break
			}
		}
		if count > 1 {
			detail += fmt.Sprintf(collab.Text{EN: ", and %d more", NL: ", en nog %d"}.In(lang), count-1)
		}
		return path, detail, count >= n
	}
}

func phaseIn(p project.Phase, phases []project.Phase) bool {
	for _, q := range phases {
		if p == q {
			return true
		}
	}
	return false
}

// activeRole finds a role holder of one of the kinds active on the as-of
// date.
func activeRole(kinds ...collab.RoleKind) func(*facts, collab.Language) (string, string, bool) {
	return func(f *facts, lang collab.Language) (string, string, bool) {
		for _, k := range kinds {
			if _, i := f.holders(k); i >= 0 {
				h := &f.col.RoleHolders[i]
				detail := k.Label(lang) + ", " + f.name(h.Stakeholder)
				return pathf("collaboration.roleHolders[%d]", i), detail, true
			}
		}
		return "", "", false
	}
}

func findGovernance(f *facts, lang collab.Language) (string, string, bool) {
	if !f.col.Governance.IsValid() || f.col.GovernanceSince.After(f.asOf) {
		return "", "", false
	}
	return "collaboration.governance", f.col.Governance.Label(lang) + ", " + f.col.GovernanceSince.String(), true
}

func findNetwork(f *facts, _ collab.Language) (string, string, bool) {
	active := f.activeNetworks()
	if len(active) == 0 {
		return "", "", false
	}
	return pathf("collaboration.networks[%d]", active[0]), fmt.Sprintf("%q", f.col.Networks[active[0]].Name), true
}

func findNetworkKinds(f *facts, lang collab.Language) (string, string, bool) {
	var kinds []collab.NetworkKind
	for _, i := range f.activeNetworks() {
		k := f.col.Networks[i].Kind
		seen := false
		for _, x := range kinds {
			seen = seen || x == k
		}
		if !seen {
			kinds = append(kinds, k)
		}
	}
	if len(kinds) < 2 {
		return "", "", false
	}
	detail := ""
	for i, k := range kinds {
		if i > 0 {
			detail += ", "
		}
		detail += k.Label(lang)
	}
	return "collaboration.networks", detail, true
}

func findMonitoring(f *facts, lang collab.Language) (string, string, bool) {
	if i := f.latestRound(); i >= 0 && f.asOf.MonthsSince(f.c.SelfAssessments[i].Date) < monitoringRoundMonths {
		return pathf("selfAssessments[%d]", i), fmt.Sprintf(collab.Text{EN: "self-assessment of %s", NL: "zelfevaluatie van %s"}.In(lang), f.c.SelfAssessments[i].Date), true
	}
	for i := range f.c.Projects {
		p := &f.c.Projects[i]
		if p.Started.After(f.asOf) {
			continue
		}
		for j := range p.Outcomes {
			if !p.Outcomes[j].Measure.IsZero() {
				return pathf("projects[%d].outcomes[%d]", i, j), fmt.Sprintf("%q", p.Title), true
			}
		}
	}
	latest := -1
	for i, s := range f.col.UrgencySignals {
		if !s.Date.After(f.asOf) && f.asOf.MonthsSince(s.Date) < monitoringSignalMonths && (latest < 0 || s.Date.After(f.col.UrgencySignals[latest].Date)) {
			latest = i
		}
	}
	if latest >= 0 {
		return pathf("collaboration.urgencySignals[%d]", latest), fmt.Sprintf(collab.Text{EN: "urgency reading of %s", NL: "urgentiemeting van %s"}.In(lang), f.col.UrgencySignals[latest].Date), true
	}
	return "", "", false
}

func findContinuity(f *facts, _ collab.Language) (string, string, bool) {
	c := f.col.Continuity
	if c.IsZero() || c.Adopted.After(f.asOf) {
		return "", "", false
	}
	return "collaboration.continuity", c.Adopted.String(), true
}

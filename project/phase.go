package project

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Phase is where a project stands on its development path: from an idea
// through design, pilot and implementation to embedded (geborgd: part of
// regular work), or stopped.
//
// A project keeps its phase history as a list of PhaseChange values. The
// moves that history may make are fixed by CanMoveTo:
//
//   - The first phase is idea, design, pilot or implementation (CanStart):
//     a project cannot begin embedded or stopped.
//   - Forward along idea → design → pilot → implementation → embedded, and
//     skipping forward is allowed (a small initiative may go from idea
//     straight to a pilot), except that embedded can only be reached from
//     pilot or implementation: something must have run in practice before
//     it can be embedded.
//   - Any phase other than stopped may move to stopped.
//   - A stopped project may restart at idea or design, never further on.
//   - Nothing else goes back: not from embedded to idea, not from pilot to
//     design, and a phase never follows itself.
//
// The zero value is PhaseUnknown, which is not valid.
type Phase uint8

// The phases, in the order of the development path.
const (
	PhaseUnknown        Phase = iota
	PhaseIdea                 // idea
	PhaseDesign               // design
	PhasePilot                // pilot
	PhaseImplementation       // implementation
	PhaseEmbedded             // embedded: geborgd, part of regular work
	PhaseStopped              // stopped
)

// numPhases is the number of valid phases.
const numPhases = int(PhaseStopped)

var phases = check.NewEnum[Phase]("phase",
	check.EnumValue{Word: "idea", Label: collab.Text{EN: "Idea", NL: "Idee"}},
	check.EnumValue{Word: "design", Label: collab.Text{EN: "Design", NL: "Ontwerp"}},
	check.EnumValue{Word: "pilot", Label: collab.Text{EN: "Pilot", NL: "Pilot"}},
	check.EnumValue{Word: "implementation", Label: collab.Text{EN: "Implementation", NL: "Implementatie"}},
	check.EnumValue{Word: "embedded",
		Label: collab.Text{EN: "Embedded", NL: "Geborgd"},
		About: collab.Text{
			EN: "The work has become part of the regular work of the organisations and no longer runs as a project.",
			NL: "Het werk hoort bij het gewone werk van de organisaties en loopt niet meer als project.",
		}},
	check.EnumValue{Word: "stopped", Label: collab.Text{EN: "Stopped", NL: "Gestopt"}},
)

// CanStart reports whether a project's history may begin in phase x: idea,
// design, pilot or implementation.
func (x Phase) CanStart() bool { return x >= PhaseIdea && x <= PhaseImplementation }

// IsActive reports whether a project in phase x is being worked on as a
// project: idea, design, pilot or implementation. Embedded and stopped
// projects are not active, and neither is the zero Phase.
func (x Phase) IsActive() bool { return x >= PhaseIdea && x <= PhaseImplementation }

// CanMoveTo reports whether a project may move from phase x to phase next;
// see Phase for the rules. It is false when either phase is not valid.
func (x Phase) CanMoveTo(next Phase) bool {
	if !x.IsValid() || !next.IsValid() || x == next {
		return false
	}
	switch {
	case next == PhaseStopped:
		return true
	case x == PhaseStopped:
		return next == PhaseIdea || next == PhaseDesign
	case next == PhaseEmbedded:
		return x == PhasePilot || x == PhaseImplementation
	}
	return next > x && x != PhaseEmbedded
}

// Phases returns every phase in declaration order, as a new slice.
func Phases() []Phase { return phases.All() }

// ParsePhase parses a phase's wire word; an empty or unknown word gives a
// *collab.UnknownValueError naming it.
func ParsePhase(s string) (Phase, error) { return phases.Parse(s) }

// String returns the wire word; it never panics.
func (x Phase) String() string { return phases.String(x) }

// IsValid reports whether x is a known phase.
func (x Phase) IsValid() bool { return phases.Valid(x) }

// IsZero reports whether x is unset.
func (x Phase) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x Phase) Label(lang collab.Language) string { return phases.Label(x, lang) }

// About explains x in lang; empty where the label says enough.
func (x Phase) About(lang collab.Language) string { return phases.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x Phase) MarshalText() ([]byte, error) { return phases.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown word is a
// *collab.UnknownValueError.
func (x *Phase) UnmarshalText(b []byte) error { return phases.Unmarshal(b, x) }

// PhaseChange is one entry of a project's phase history: the project entered
// Phase on Since and stayed in it until the next entry.
type PhaseChange struct {
	Phase Phase       `json:"phase"`
	Since collab.Date `json:"since"`
}

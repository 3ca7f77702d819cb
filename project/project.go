package project

import (
	"slices"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
)

// Project is one piece of work that a regional collaboration carries out:
// what it is about, where it stands, who took part at which level and since
// when, on how few people it depends, how it is paid for and what it
// achieved. The assessment of package lesson reads projects as evidence.
//
// A project names its collaboration by ID and its region by code; the
// participants, and the leeway issues it ran into, are IDs inside that
// collaboration (see ValidateIn).
//
// A project runs from Started while it is in an active phase (see
// IsRunningOn); Ended is the day it formally closed, and a project that has
// ended is embedded or stopped.
//
// The zero Project is not valid: ID, Title, Collaboration, Region, at least
// one theme, Scale, Started and a phase history starting that day are
// required.
type Project struct {
	ID            uuid.UUID `json:"id"`
	Title         string    `json:"title"`
	Collaboration uuid.UUID `json:"collaboration"`
	// Region is the code of the region the project works in, such as the
	// zorgkantoorregio "west-brabant" (a slug, see region.ValidCode).
	// Whether it names a known region is checked by whoever holds the
	// regions, with region.Catalogue.CheckCode.
	Region string  `json:"region"`
	Themes []Theme `json:"themes"`
	Scale  Scale   `json:"scale"`
	// Phases is the phase history, oldest first. The first entry starts on
	// Started; see Phase for the moves allowed between entries.
	Phases  []PhaseChange `json:"phases"`
	Started collab.Date   `json:"started"`
	// Ended is the day the project closed; zero while it has not.
	Ended       collab.Date `json:"ended,omitzero"`
	Description string      `json:"description,omitempty"`

	Participants []Participant `json:"participants,omitempty"`
	// KeyPeople is how many individuals the project depends on: the people
	// without whom it would stall. Small initiatives are vulnerable because
	// they lean on a few particular people. Zero means not recorded.
	KeyPeople int `json:"keyPeople,omitempty"`

	Funding    []FundingLine `json:"funding,omitempty"`
	Milestones []Milestone   `json:"milestones,omitempty"`
	Outcomes   []Outcome     `json:"outcomes,omitempty"`
	// LeewayIssues are the IDs of the leeway issues of the project's
	// collaboration (collab.Collaboration.LeewayIssues) that the project
	// ran into.
	LeewayIssues []uuid.UUID `json:"leewayIssues,omitempty"`
	// Mechanisms are the mechanisms of regional collaboration that the
	// project works on deliberately.
	Mechanisms []collab.Mechanism `json:"mechanisms,omitempty"`
	// Lessons are what the project's team recorded that it learned, in its
	// own words.
	Lessons []string `json:"lessons,omitempty"`
}

// phaseIndexOn returns the index in Phases of the entry in force on d, or -1
// when d is before the project started or before its first entry.
func (p *Project) phaseIndexOn(d collab.Date) int {
	if d.IsZero() || d.Before(p.Started) {
		return -1
	}
	for i := len(p.Phases) - 1; i >= 0; i-- {
		if !d.Before(p.Phases[i].Since) {
			return i
		}
	}
	return -1
}

// PhaseOn returns the phase the project was in on d: PhaseUnknown before it
// started. After it ended the last phase (embedded or stopped) stays.
func (p *Project) PhaseOn(d collab.Date) Phase {
	if i := p.phaseIndexOn(d); i >= 0 {
		return p.Phases[i].Phase
	}
	return PhaseUnknown
}

// PhaseChangeOn returns the entry of the phase history in force on d, and
// false when the project had not started on d.
func (p *Project) PhaseChangeOn(d collab.Date) (PhaseChange, bool) {
	if i := p.phaseIndexOn(d); i >= 0 {
		return p.Phases[i], true
	}
	return PhaseChange{}, false
}

// CurrentPhase returns the last phase of the history, PhaseUnknown when the
// history is empty. To know the phase on a given day, use PhaseOn.
func (p *Project) CurrentPhase() Phase {
	if len(p.Phases) == 0 {
		return PhaseUnknown
	}
	return p.Phases[len(p.Phases)-1].Phase
}

// LastPhaseChange returns the date of the last entry of the phase history,
// or the zero Date when the history is empty.
func (p *Project) LastPhaseChange() collab.Date {
	if len(p.Phases) == 0 {
		return collab.Date{}
	}
	return p.Phases[len(p.Phases)-1].Since
}

// IsRunningOn reports whether the project was being worked on on d: it had
// started, had not ended, and was in an active phase (idea, design, pilot
// or implementation) that day.
func (p *Project) IsRunningOn(d collab.Date) bool {
	if !p.Ended.IsZero() && d.After(p.Ended) {
		return false
	}
	return p.PhaseOn(d).IsActive()
}

// runsBetween reports whether the project was running on at least one day
// of [from, until].
func (p *Project) runsBetween(from, until collab.Date) bool {
	if until.Before(p.Started) || (!p.Ended.IsZero() && p.Ended.Before(from)) {
		return false
	}
	for i := range p.Phases {
		if !p.Phases[i].Phase.IsActive() {
			continue
		}
		start := p.Phases[i].Since
		if start.After(until) {
			return false
		}
		if !p.Ended.IsZero() && start.After(p.Ended) {
			return false
		}
		// The phase lasts until the day before the next entry.
		if i+1 == len(p.Phases) || p.Phases[i+1].Since.After(from) {
			return true
		}
	}
	return false
}

// HasTheme reports whether the project carries theme t.
func (p *Project) HasTheme(t Theme) bool { return slices.Contains(p.Themes, t) }

// WorksOn reports whether the project works on mechanism m deliberately.
func (p *Project) WorksOn(m collab.Mechanism) bool {
	for _, x := range p.Mechanisms {
		if x == m {
			return true
		}
	}
	return false
}

// Participant returns the participation of stakeholder id, or nil when it
// does not take part. The pointer refers into p.Participants.
func (p *Project) Participant(id uuid.UUID) *Participant {
	for i := range p.Participants {
		if p.Participants[i].Stakeholder == id {
			return &p.Participants[i]
		}
	}
	return nil
}

// Involved returns the date level l of stakeholder was first involved in
// the project, and false when the stakeholder does not take part or that
// level of it was never involved.
func (p *Project) Involved(stakeholder uuid.UUID, l collab.Level) (collab.Date, bool) {
	if pt := p.Participant(stakeholder); pt != nil {
		return pt.Involved(l)
	}
	return collab.Date{}, false
}

// FirstInvolved returns the earliest date on which level l of any
// participant was involved, and false when no participant involved that
// level. It tells, for example, how long into a project the care
// professionals came in.
func (p *Project) FirstInvolved(l collab.Level) (collab.Date, bool) {
	d, who := p.FirstInvolvedOn(l, lastDay)
	return d, who >= 0
}

// lastDay is the last calendar day the module represents.
var lastDay = collab.NewDate(9999, 12, 31)

// FirstInvolvedOn is FirstInvolved as the project stood on asOf: it
// ignores involvement that began after asOf, and returns the index in
// Participants of the participant that involved the level first, or -1
// when none had by then.
func (p *Project) FirstInvolvedOn(l collab.Level, asOf collab.Date) (since collab.Date, participant int) {
	participant = -1
	for i := range p.Participants {
		if d, ok := p.Participants[i].Involved(l); ok && !d.After(asOf) && (participant < 0 || d.Before(since)) {
			since, participant = d, i
		}
	}
	return since, participant
}

// TotalFunding returns the sum of the project's funding lines, saturated
// at collab.MoneyLimit (see collab.Money.Plus).
func (p *Project) TotalFunding() collab.Money {
	var sum collab.Money
	for i := range p.Funding {
		sum = sum.Plus(p.Funding[i].Amount)
	}
	return sum
}

// FundedOn reports whether at least one funding line covers d.
func (p *Project) FundedOn(d collab.Date) bool {
	for i := range p.Funding {
		if p.Funding[i].Period.Contains(d) {
			return true
		}
	}
	return false
}

// FundingEnd returns the last day the project's funding covers: the latest
// end of its funding lines. It returns false when there is no known end:
// the project has no funding lines, or one of them is open-ended.
func (p *Project) FundingEnd() (collab.Date, bool) {
	var end collab.Date
	for i := range p.Funding {
		u := p.Funding[i].Period.Until
		if u.IsZero() {
			return collab.Date{}, false
		}
		if u.After(end) {
			end = u
		}
	}
	return end, !end.IsZero()
}

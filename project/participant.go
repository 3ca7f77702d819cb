package project

import (
	"slices"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
)

// Participant is a stakeholder taking part in a project, and per level of
// its organisation (executive, manager, professional) the date that level
// was first involved. A level that is not listed was not involved at all.
// The sources find that it matters when each level comes in: professionals
// involved late mean friction on the work floor.
//
// The zero Participant is not valid: Stakeholder is required.
type Participant struct {
	// Stakeholder is the stakeholder's ID; within a collaboration it must
	// be a member.
	Stakeholder uuid.UUID `json:"stakeholder"`
	// Levels lists each level involved once, with the date it was first
	// involved in the project.
	Levels []collab.LevelInvolvement `json:"levels,omitempty"`
	// Professions are the kinds of care professional of this participant
	// who take part at the professional level, each at most once; empty
	// means not recorded. They say whether those affected take part, such
	// as the carers who will use a triage model.
	Professions []collab.Profession `json:"professions,omitempty"`
}

// HasProfession reports whether profession x of the participant takes
// part.
func (p *Participant) HasProfession(x collab.Profession) bool {
	return slices.Contains(p.Professions, x)
}

// Involved returns the date level l of the participant was first involved,
// and whether it was involved at all.
func (p *Participant) Involved(l collab.Level) (collab.Date, bool) {
	for _, li := range p.Levels {
		if li.Level == l {
			return li.Since, true
		}
	}
	return collab.Date{}, false
}

package collab

import (
	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab/check"
)

// RoleHolder records that a person of a member organisation held a role in
// the collaboration (aanjager, vraagbaak, ambassador...) from a date, and
// until when. A role whose holder left without a successor is what the
// assessment looks for: urgency leaves with the people who carry it.
type RoleHolder struct {
	Kind RoleKind `json:"kind"`
	// Stakeholder is the member organisation the person works for.
	Stakeholder uuid.UUID `json:"stakeholder"`
	// Person optionally names the person.
	Person string `json:"person,omitempty"`
	From   Date   `json:"from"`
	Until  Date   `json:"until,omitzero"`
	// Project, when set, is the ID of the project the role is attached to,
	// such as an ambassador who takes the colleagues of one project along
	// ("Mechanismen van regionale samenwerking: wat werkt en wat niet?", 21
	// June 2022); zero means the role serves the whole collaboration. The
	// case checks that the project exists.
	Project uuid.UUID `json:"project,omitzero"`
}

// ActiveOn reports whether the role was held on d.
func (r *RoleHolder) ActiveOn(d Date) bool {
	return !d.Before(r.From) && (r.Until.IsZero() || !d.After(r.Until))
}

func (r *RoleHolder) validateWith(v *check.Validator, c *Collaboration, x *memberIndex) {
	v.Enum("kind", r.Kind, true)
	if v.Required("stakeholder", r.Stakeholder == uuid.Nil) && !x.mayHave(r.Stakeholder) {
		v.Addf("stakeholder", CodeDanglingReference, "%s is not a member of the collaboration", r.Stakeholder)
	}
	v.Text("person", r.Person, false, MaxNameLength)
	if v.Required("from", r.From.IsZero()) {
		dateOrder(v, "from", c.Started, r.From, "the collaboration started")
	}
	dateOrder(v, "until", r.From, r.Until, "the role began")
}

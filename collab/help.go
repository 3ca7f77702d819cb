package collab

import (
	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Help is another region's help to the collaboration: an adviser or a
// programme from that region working in this one for a while. The sources
// tell of a region that got going by copying one further ahead with its
// help (Friesland, helped by West-Brabant: "Regionale samenwerking
// zorgkantoren en verpleeghuizen in volle gang", 7 July 2020), which
// lesson "financier.copy-with-help" recommends. No rule of the assessment
// scores it; twinning (lesson/assess.Twins) names a twin from a region that
// already helped, as copying from it builds on that help.
type Help struct {
	// Region is the code of the helping region: a reference region or one
	// of the case's own, checked by the whole case (package lesson/assess).
	Region string `json:"region"`
	// Stakeholder is the ID of the helping organisation, when the case
	// names it among its stakeholders; it need not be a member.
	Stakeholder uuid.UUID `json:"stakeholder,omitzero"`
	From        Date      `json:"from"`
	// Until is the last day of the help; zero while it goes on.
	Until Date   `json:"until,omitzero"`
	Note  string `json:"note,omitempty"`
}

// ActiveOn reports whether the help was given on d.
func (h *Help) ActiveOn(d Date) bool {
	return !d.Before(h.From) && (h.Until.IsZero() || !d.After(h.Until))
}

// validateWith adds h's problems at v's current path: a region and a
// start are required, the help ends after it starts, and a region does not
// help itself.
func (h *Help) validateWith(v *check.Validator, c *Collaboration) {
	if v.Required("region", h.Region == "") && h.Region == c.Region {
		v.Addf("region", CodeNotAllowed, "is the collaboration's own region %q; help comes from another region", h.Region)
	}
	v.Required("from", h.From.IsZero())
	dateOrder(v, "until", h.From, h.Until, "the help started")
	v.Text("note", h.Note, false, MaxTextLength)
}

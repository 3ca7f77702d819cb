package collab

import "github.com/regiokompas/regiokompas/collab/check"

// UrgencySignal is a dated reading of how urgent the parties find the
// collaboration, on a scale of 1 (hardly) to 5 (very), and from which level
// it was reported. The sources find that urgency rises and falls, for
// example with the staff shortage, and has to be put back on the agenda;
// a series of signals lets the assessment see the trend.
type UrgencySignal struct {
	Date Date `json:"date"`
	// Urgency is the reading, 1 to 5.
	Urgency int `json:"urgency"`
	// ReportedBy is the level that gave the reading; optional.
	ReportedBy Level  `json:"reportedBy,omitzero"`
	Note       string `json:"note,omitempty"`
}

// Urgency readings range from MinUrgency to MaxUrgency.
const (
	MinUrgency = 1
	MaxUrgency = 5
)

func (s *UrgencySignal) validateWith(v *check.Validator, c *Collaboration) {
	if v.Required("date", s.Date.IsZero()) {
		dateOrder(v, "date", c.Started, s.Date, "the collaboration started")
		if !c.Ended.IsZero() && s.Date.After(c.Ended) {
			v.Addf("date", CodeDateOrder, "%s is after the collaboration ended (%s)", s.Date, c.Ended)
		}
	}
	v.Range("urgency", int64(s.Urgency), MinUrgency, MaxUrgency)
	v.Enum("reportedBy", s.ReportedBy, false)
	v.Text("note", s.Note, false, MaxTextLength)
}

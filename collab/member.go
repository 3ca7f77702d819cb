package collab

import (
	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Member is a stakeholder's membership of a collaboration: since when, at
// which levels of the organisation, whether it has a seat at the regional
// table, and how much time it gives.
type Member struct {
	// Stakeholder is the ID of the member organisation.
	Stakeholder uuid.UUID `json:"stakeholder"`
	Joined      Date      `json:"joined"`
	Left        Date      `json:"left,omitzero"`
	// Levels says which levels of the organisation take part, and since
	// when. The sources find that involving professionals late causes
	// friction on the work floor.
	Levels []LevelInvolvement `json:"levels,omitempty"`
	// RegionalTable is true when the member has a seat at the regional
	// table where providers and financiers align. When the collaboration
	// records regional-table networks, those are the one source of truth:
	// the flag must then agree with membership of one of them (validation
	// reports CodeNotAllowed where it does not), and the assessment reads
	// the networks. Only a collaboration without regional-table networks
	// relies on the flag alone.
	RegionalTable bool `json:"regionalTable,omitempty"`
	// Contracted is true when the member is a provider contracted by the
	// financier of long-term care, the zorgkantoor (in West-Brabant all
	// fourteen contracted providers took part, 7 July 2020).
	Contracted bool `json:"contracted,omitempty"`
	// CapacityHours is the time, in hours per week, that the member has set
	// aside for the collaboration: its "capacitijd". Nil means not
	// recorded; zero means none was set aside. The two differ: staff who
	// join "as available" lose energy ("De regionale samenwerking in de zorg
	// een impuls geven", 10 March 2020), but an unrecorded figure says
	// nothing either way. See Hours.
	CapacityHours *float64 `json:"capacityHours,omitempty"`
}

// LevelInvolvement records since when a level of a member organisation
// takes part.
type LevelInvolvement struct {
	Level Level `json:"level"`
	Since Date  `json:"since"`
}

// Involved returns the date the level joined, and whether it takes part.
func (m *Member) Involved(l Level) (Date, bool) {
	for _, li := range m.Levels {
		if li.Level == l {
			return li.Since, true
		}
	}
	return Date{}, false
}

// ActiveOn reports whether the member belonged to the collaboration on d.
func (m *Member) ActiveOn(d Date) bool {
	return !d.Before(m.Joined) && (m.Left.IsZero() || !d.After(m.Left))
}

// validateWith checks the member inside collaboration c.
func (m *Member) validateWith(v *check.Validator, c *Collaboration) {
	v.Required("stakeholder", m.Stakeholder == uuid.Nil)
	if v.Required("joined", m.Joined.IsZero()) {
		dateOrder(v, "joined", c.Started, m.Joined, "the collaboration started")
		if !c.Ended.IsZero() && m.Joined.After(c.Ended) {
			v.Addf("joined", CodeDateOrder, "%s is after the collaboration ended (%s)", m.Joined, c.Ended)
		}
	}
	dateOrder(v, "left", m.Joined, m.Left, "the member joined")
	for i := range m.Levels[:v.Count("levels", len(m.Levels), MaxLevels)] {
		li := &m.Levels[i]
		v.Item("levels", i)
		v.Enum("level", li.Level, true)
		if j := check.EarlierIndex(m.Levels, i, func(l *LevelInvolvement) Level { return l.Level }); j >= 0 && li.Level.IsValid() {
			v.Addf("level", CodeDuplicate, "level %s is listed before, at levels[%d]", li.Level, j)
		}
		if v.Required("since", li.Since.IsZero()) {
			dateOrder(v, "since", m.Joined, li.Since, "the member joined")
		}
		v.Leave()
	}
	if h, ok := m.Hours(); ok && (h < 0 || h > MaxCapacityHours || h != h) {
		v.Addf("capacityHours", CodeOutOfRange, "is %g hours a week, outside 0 to %g", h, MaxCapacityHours)
	}
}

// Hours returns the member's dedicated hours a week, and whether they are
// recorded at all: a member whose CapacityHours is nil returns (0, false),
// which is not the same as one that set no time aside (0, true).
func (m *Member) Hours() (float64, bool) {
	if m.CapacityHours == nil {
		return 0, false
	}
	return *m.CapacityHours, true
}

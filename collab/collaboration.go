package collab

import (
	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Collaboration is a regional collaboration (samenwerkingsverband):
// stakeholders in a region who pursue a shared ambition together. It holds
// what the five mechanisms are judged on: who takes part at which level and
// since when, who drives it, how urgent the parties find it, where national
// rules get in the way, and which networks make up the regional
// infrastructure.
//
// It names its region by code and its members by stakeholder ID; the
// stakeholders themselves, the region and the projects live beside it (see
// the lesson package's Case).
//
// The zero Collaboration is not valid: ID, Name, Region, Started and
// Strategy are required.
type Collaboration struct {
	ID      uuid.UUID `json:"id"`
	Name    string    `json:"name"`
	Region  string    `json:"region"`
	Started Date      `json:"started"`
	Ended   Date      `json:"ended,omitzero"`

	Strategy Strategy `json:"strategy"`
	// Governance is how the collaboration is run; zero while it is not yet
	// formalised. GovernanceSince is the date it was formalised.
	Governance      Governance `json:"governance,omitzero"`
	GovernanceSince Date       `json:"governanceSince,omitzero"`
	// Scope lists the kinds of care the collaboration works on, each at
	// most once (see CareScope); empty means not recorded, taken as long-term
	// care. The assessment weighs the zorgkantoor's absence by it.
	Scope []CareScope `json:"scope,omitempty"`
	// Purchasing is how the zorgkantoor makes its agreements with the
	// providers: one to one or jointly for the region; zero when not
	// recorded. The assessment credits joint purchasing and names one-to-one
	// agreements when the zorgkantoor is not at the table.
	Purchasing Purchasing `json:"purchasing,omitzero"`

	Ambition         Ambition         `json:"ambition,omitzero"`
	Vision           Vision           `json:"vision,omitzero"`
	TransitionBudget TransitionBudget `json:"transitionBudget,omitzero"`
	Continuity       ContinuityPlan   `json:"continuity,omitzero"`

	Members        []Member        `json:"members"`
	RoleHolders    []RoleHolder    `json:"roleHolders,omitempty"`
	UrgencySignals []UrgencySignal `json:"urgencySignals,omitempty"`
	LeewayIssues   []LeewayIssue   `json:"leewayIssues,omitempty"`
	Networks       []Network       `json:"networks,omitempty"`
	Events         []Event         `json:"events,omitempty"`
	// HelpedBy lists the help other regions gave, in order of start (see
	// Help); at most MaxHelp.
	HelpedBy []Help `json:"helpedBy,omitempty"`

	Notes string `json:"notes,omitempty"`
}

// MemberIndex returns the index in Members of the stakeholder id, or -1.
func (c *Collaboration) MemberIndex(id uuid.UUID) int {
	for i := range c.Members {
		if c.Members[i].Stakeholder == id {
			return i
		}
	}
	return -1
}

// Member returns the membership of stakeholder id, or nil when it is not a
// member. The pointer refers into c.Members.
func (c *Collaboration) Member(id uuid.UUID) *Member {
	if i := c.MemberIndex(id); i >= 0 {
		return &c.Members[i]
	}
	return nil
}

// LeewayIssue returns the leeway issue with the given ID, or nil.
func (c *Collaboration) LeewayIssue(id uuid.UUID) *LeewayIssue {
	for i := range c.LeewayIssues {
		if c.LeewayIssues[i].ID == id {
			return &c.LeewayIssues[i]
		}
	}
	return nil
}

// Validate checks the collaboration and returns nil or Problems holding
// every problem found, each with its path.
func (c *Collaboration) Validate() error {
	var v check.Validator
	c.validate(&v)
	return v.Err()
}

// validate adds the collaboration's problems to v at v's current path.
// Whether the members are known stakeholders and the region a known region
// is checked by the whole case (package lesson/assess), which has them.
func (c *Collaboration) validate(v *check.Validator) {
	v.Required("id", c.ID == uuid.Nil)
	v.Text("name", c.Name, true, MaxNameLength)
	v.Required("region", c.Region == "")
	v.Required("started", c.Started.IsZero())
	dateOrder(v, "ended", c.Started, c.Ended, "the collaboration started")
	v.Enum("strategy", c.Strategy, true)
	v.Enum("governance", c.Governance, false)
	v.Enum("purchasing", c.Purchasing, false)
	switch {
	case c.Governance.IsZero() && !c.GovernanceSince.IsZero():
		v.Addf("governanceSince", CodeNotAllowed, "is set (%s) while no governance is given", c.GovernanceSince)
	case !c.Governance.IsZero() && c.GovernanceSince.IsZero():
		v.Addf("governanceSince", CodeRequired, "is required when governance is given")
	default:
		dateOrder(v, "governanceSince", c.Started, c.GovernanceSince, "the collaboration started")
	}
	c.validateScope(v)
	c.validateParts(v)
	var members memberIndex // on the stack: see memberIndex
	members.build(c)
	c.validateLists(v, &members)
	c.validateTableSeats(v, &members)
	v.Text("notes", c.Notes, false, MaxTextLength)
}

// validateTableSeats keeps one source of truth for a seat at the regional
// table. When the collaboration records regional-table networks, their
// members are the seats, and a member's regionalTable flag must say the
// same: a flag without a membership, or a membership without the flag, is
// a problem naming both places. Dates play no part: the flag has none.
func (c *Collaboration) validateTableSeats(v *check.Validator, x *memberIndex) {
	first := -1
	for j := range c.Networks {
		if c.Networks[j].Kind == NetworkRegionalTable {
			first = j
			break
		}
	}
	if first < 0 {
		return
	}
	if !x.off {
		x.seatTable(c)
	}
	for i := range c.Members {
		m := &c.Members[i]
		var j, k int
		if x.off {
			j, k = c.tableSeat(m.Stakeholder)
		} else {
			j, k = x.seatOf(i)
		}
		switch {
		case m.RegionalTable && j < 0:
			v.Item("members", i)
			v.Addf("regionalTable", CodeNotAllowed, "is true, but the member is in none of the regional-table networks (such as networks[%d]): add it to one or set the flag to false", first)
			v.Leave()
		case !m.RegionalTable && j >= 0:
			v.Item("members", i)
			v.Addf("regionalTable", CodeNotAllowed, "is false, but the member is in the regional-table network at networks[%d].members[%d]: set the flag to true or take it out of that network", j, k)
			v.Leave()
		}
	}
}

// tableSeat returns where stakeholder id is a member of a regional-table
// network: the index of the network and of the member in it, or -1, -1.
// Validation uses it only for a collaboration too large for a
// memberIndex, whose seatTable finds the same in n·log n.
func (c *Collaboration) tableSeat(id uuid.UUID) (network, member int) {
	for j := range c.Networks {
		n := &c.Networks[j]
		if n.Kind != NetworkRegionalTable {
			continue
		}
		for k, m := range n.Members {
			if m == id {
				return j, k
			}
		}
	}
	return -1, -1
}

func (c *Collaboration) validateParts(v *check.Validator) {
	v.Enter("ambition")
	v.Text("statement", c.Ambition.Statement, false, MaxTextLength)
	v.Leave()

	if !c.Vision.IsZero() {
		v.Enter("vision")
		v.Required("adopted", c.Vision.Adopted.IsZero())
		v.Text("summary", c.Vision.Summary, false, MaxTextLength)
		v.Leave()
	}
	if !c.TransitionBudget.IsZero() {
		v.Enter("transitionBudget")
		if c.TransitionBudget.Amount < 0 || c.TransitionBudget.Amount > MaxMoney {
			v.Addf("amount", CodeOutOfRange, "is %d cents, outside 0 to %d", int64(c.TransitionBudget.Amount), int64(MaxMoney))
		}
		if c.TransitionBudget.AmountUnknown && c.TransitionBudget.Amount > 0 {
			v.Addf("amountUnknown", CodeNotAllowed, "is set while the amount is given (%d cents)", int64(c.TransitionBudget.Amount))
		}
		v.Enter("period")
		c.TransitionBudget.Period.validate(v)
		v.Leave()
		v.Leave()
	}
	if !c.Continuity.IsZero() {
		v.Enter("continuity")
		v.Required("adopted", c.Continuity.Adopted.IsZero())
		v.Text("summary", c.Continuity.Summary, false, MaxTextLength)
		v.Leave()
	}
}

// validateLists checks every list of the collaboration; x indexes its
// members (built by the caller) for the duplicate and reference checks.
func (c *Collaboration) validateLists(v *check.Validator, x *memberIndex) {
	check.Items(v, "members", c.Members, MaxMembers, func(i int, m *Member) {
		m.validateWith(v, c)
		if j := x.earlierMember(v, c, i); j >= 0 {
			check.Duplicate(v, "stakeholder", m.Stakeholder, "members", j)
		}
	})
	check.Items(v, "roleHolders", c.RoleHolders, MaxRoleHolders, func(_ int, r *RoleHolder) { r.validateWith(v, c, x) })
	check.Items(v, "urgencySignals", c.UrgencySignals, MaxSignals, func(_ int, s *UrgencySignal) { s.validateWith(v, c) })
	check.Items(v, "leewayIssues", c.LeewayIssues, MaxLeewayIssues, func(i int, l *LeewayIssue) {
		l.validateWith(v, c)
		check.Unique(v, "id", c.LeewayIssues, i, leewayID, "leewayIssues")
	})
	check.Items(v, "networks", c.Networks, MaxNetworks, func(i int, n *Network) {
		n.validateWith(v, c, x, i)
		check.Unique(v, "id", c.Networks, i, networkID, "networks")
	})
	check.Items(v, "events", c.Events, MaxEvents, func(_ int, e *Event) {
		v.Required("date", e.Date.IsZero())
		v.Text("title", e.Title, true, MaxNameLength)
		if e.Participants < 0 {
			v.Addf("participants", CodeOutOfRange, "is %d, below 0", e.Participants)
		}
		v.Text("note", e.Note, false, MaxTextLength)
	})
	check.Items(v, "helpedBy", c.HelpedBy, MaxHelp, func(_ int, h *Help) { h.validateWith(v, c) })
}

func leewayID(l *LeewayIssue) uuid.UUID { return l.ID }
func networkID(n *Network) uuid.UUID    { return n.ID }

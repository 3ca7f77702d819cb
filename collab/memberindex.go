package collab

import (
	"github.com/google/uuid"

	"github.com/regiokompas/regiokompas/collab/check"
)

// memberIndex finds the members of one collaboration by stakeholder ID
// while it is validated, so that the checks that look members up (the
// stakeholder a role holder names, each member of a network, the seats at
// the regional table) and the checks for members listed twice cost
// n·log n for the whole collaboration instead of n² comparisons.
//
// It is a fixed array sorted once, meant to live on the stack of one
// Validate call: building and using it allocates nothing. Its size,
// about 48 KB, is that of a collaboration at MaxMembers; a collaboration
// with more members than that (a problem of its own) gets no index, and
// its references are not looked up (see mayHave).
type memberIndex struct {
	n    int                     // entries of byID in use
	off  bool                    // more members than MaxMembers: no index
	byID [MaxMembers]check.IDKey // each member's stakeholder, sorted
	// seen is, per run of equal IDs in byID (at the run's first entry),
	// the network (1-based) and position in it where the ID was last
	// listed while the networks are checked; seat is the first
	// regional-table network and position that lists it. A zero net means
	// none.
	seen, seat [MaxMembers]listing
	// head is, per member, the position in byID of the first entry with
	// its ID, so that a member finds its own entry without a search.
	head [MaxMembers]int32
	// slots finds most IDs without a search: per slot of an ID's hash,
	// 0 when no member's ID has it, p+1 when only the ID at position p of
	// byID has it, and -1 when several IDs share it, which then are
	// searched for in byID. IDs made to share slots cost a search each,
	// never more.
	slots [memberSlots]int16
}

// memberSlots is the size of memberIndex's table of slots: twice
// MaxMembers, rounded up to a power of two.
const memberSlots = 2048

// slotOf returns the slot of an ID in memberIndex's table.
func slotOf(k check.IDKey) int {
	return int(((k.Hi ^ k.Lo) * 0x9e3779b97f4a7c15) >> (64 - 11))
}

// listing is where a network lists a stakeholder: network net-1 (net is
// 1-based so that the zero listing means none), position pos.
type listing struct {
	net, pos int32
}

// build indexes the members of c, sorted by ID and, for equal IDs, by
// index, so that the first entry of every ID is its earliest member.
func (x *memberIndex) build(c *Collaboration) {
	if len(c.Members) > MaxMembers {
		x.off = true
		return
	}
	for i := range c.Members {
		x.byID[i] = check.NewIDKey(c.Members[i].Stakeholder, i)
	}
	x.n = len(c.Members)
	check.SortIDKeys(x.byID[:x.n])
	h := 0
	for p := range x.byID[:x.n] {
		if !x.byID[p].SameID(x.byID[h]) {
			h = p
		}
		x.head[x.byID[p].I] = int32(h)
		if h == p { // the first entry of its ID
			switch s := &x.slots[slotOf(x.byID[p])]; *s {
			case 0:
				*s = int16(p + 1)
			default:
				*s = -1
			}
		}
	}
}

// find returns the position in byID of the first entry with id, or -1
// when no member has it (or the index is off).
func (x *memberIndex) find(id uuid.UUID) int {
	k := check.NewIDKey(id, 0)
	switch s := x.slots[slotOf(k)]; {
	case s == 0:
		return -1
	case s > 0:
		if x.byID[s-1].SameID(k) {
			return int(s - 1)
		}
		return -1
	}
	return check.FindIDKey(x.byID[:x.n], id)
}

// mayHave reports whether id is a member, as validation checks references:
// when the collaboration has more members than MaxMembers, which is a
// problem of its own, references are not looked up, so that a hostile list
// costs no more than one of the maximum length.
func (x *memberIndex) mayHave(id uuid.UUID) bool {
	return x.off || x.find(id) >= 0
}

// earlierMember returns the index of the first member before Members[i]
// with the same stakeholder, or -1; a member without a stakeholder has
// none (that is a problem of its own). Without an index it compares as
// check.Earlier does.
func (x *memberIndex) earlierMember(v *check.Validator, c *Collaboration, i int) int {
	id := c.Members[i].Stakeholder
	if id == uuid.Nil {
		return -1
	}
	if x.off {
		return check.Earlier(v, "members", "stakeholder", c.Members, i, func(m *Member) uuid.UUID { return m.Stakeholder })
	}
	if j := x.byID[x.head[i]].I; j < i {
		return j
	}
	return -1
}

// seatTable records, for every member, the first regional-table network
// that lists it and where, as tableSeat finds it; seatOf returns it.
func (x *memberIndex) seatTable(c *Collaboration) {
	for j := range c.Networks {
		n := &c.Networks[j]
		if n.Kind != NetworkRegionalTable {
			continue
		}
		for k, id := range n.Members {
			if p := x.find(id); p >= 0 && x.seat[p].net == 0 {
				x.seat[p] = listing{net: int32(j + 1), pos: int32(k)}
			}
		}
	}
}

// visit looks up id, listed by network j at position k: whether it may
// be a member (see mayHave), and the position at which network j listed it
// before, or -1 when this is its first listing, which visit records. When
// the index cannot tell (id is no member, or there is no index) earlier is
// -2, and the caller compares id with the network's earlier IDs itself.
func (x *memberIndex) visit(j int, id uuid.UUID, k int) (member bool, earlier int) {
	if x.off {
		return true, -2
	}
	p := x.find(id)
	if p < 0 {
		return false, -2
	}
	if s := x.seen[p]; s.net == int32(j+1) {
		return true, int(s.pos)
	}
	x.seen[p] = listing{net: int32(j + 1), pos: int32(k)}
	return true, -1
}

// seatOf returns where Members[i] sits at the regional table, as
// tableSeat: the network's index and the position in it, or -1, -1.
func (x *memberIndex) seatOf(i int) (network, member int) {
	s := x.seat[x.head[i]]
	return int(s.net) - 1, int(s.pos)
}

package collab_test

import (
	"encoding/binary"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
)

// Validation looks members up through an index sorted once per call; these
// are the problems that depend on it, at sizes with and without the index
// (a collaboration of more than MaxMembers members has none).
func TestMemberLookupsFindEveryDuplicateAndStranger(t *testing.T) {
	stranger := uuid.MustParse("0b6e1f6e-3c1a-4c39-9a55-6f0d0c8c2a11")
	tests := []struct {
		name    string
		members int
		change  func(c *collab.Collaboration)
		want    func(c *collab.Collaboration) []string
	}{
		{"a stakeholder listed three times names its first membership at each repeat", 6, func(c *collab.Collaboration) {
			c.Networks = nil
			c.Members[4].Stakeholder, c.Members[5].Stakeholder = c.Members[1].Stakeholder, c.Members[1].Stakeholder
		}, func(c *collab.Collaboration) []string {
			id := c.Members[1].Stakeholder.String()
			return []string{
				"members[4].stakeholder: " + id + " is used before, by members[1]",
				"members[5].stakeholder: " + id + " is used before, by members[1]",
			}
		}},
		{"members without a stakeholder are required, not duplicates", 6, func(c *collab.Collaboration) {
			c.Networks = nil
			c.Members[4].Stakeholder, c.Members[5].Stakeholder = uuid.Nil, uuid.Nil
		}, func(*collab.Collaboration) []string {
			return []string{"members[4].stakeholder: is required", "members[5].stakeholder: is required"}
		}},
		{"a network that lists a member three times names the first place at each repeat", 6, func(c *collab.Collaboration) {
			c.Networks[0].Members = append(c.Networks[0].Members, c.Members[1].Stakeholder, c.Members[1].Stakeholder)
		}, func(c *collab.Collaboration) []string {
			id := c.Members[1].Stakeholder.String()
			return []string{
				"networks[0].members[6]: " + id + " is used before, by members[1]",
				"networks[0].members[7]: " + id + " is used before, by members[1]",
			}
		}},
		{"a stranger listed twice is no member both times and a duplicate once", 6, func(c *collab.Collaboration) {
			c.Networks[1].Members = append(c.Networks[1].Members, stranger, stranger)
			c.RoleHolders[0].Stakeholder = stranger
		}, func(*collab.Collaboration) []string {
			return []string{
				"roleHolders[0].stakeholder: " + stranger.String() + " is not a member of the collaboration",
				"networks[1].members[6]: " + stranger.String() + " is not a member of the collaboration",
				"networks[1].members[7]: " + stranger.String() + " is not a member of the collaboration",
				"networks[1].members[7]: " + stranger.String() + " is used before, by members[6]",
			}
		}},
		{"a member missing from the table network is named with the network", 6, func(c *collab.Collaboration) {
			table := &c.Networks[3]
			table.Members = table.Members[1:] // members[0] keeps its flag
		}, func(*collab.Collaboration) []string {
			return []string{"members[0].regionalTable: is true, but the member is in none of the regional-table networks (such as networks[3]): add it to one or set the flag to false"}
		}},
		{"past the maximum, references are not looked up but duplicates in a network are found", collab.MaxMembers, func(c *collab.Collaboration) {
			extra := c.Members[1]
			extra.Stakeholder = stranger
			c.Members = append(c.Members, extra)
			c.Networks[0].Members = append(c.Networks[0].Members[:collab.MaxNetworkMembers-1], c.Members[5].Stakeholder)
			c.Networks[1].Members[7] = uuid.MustParse("0b6e1f6e-3c1a-4c39-9a55-6f0d0c8c2a12") // no member, not named
		}, func(c *collab.Collaboration) []string {
			return []string{
				"members: has 1001 items, more than the maximum of 1000",
				"networks[0].members[999]: " + c.Members[5].Stakeholder.String() + " is used before, by members[5]",
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := collabtest.Full(tt.members)
			tt.change(&c)
			var got []string
			for _, p := range collab.ProblemsOf(c.Validate()) {
				got = append(got, p.Error())
			}
			assert.Equal(t, tt.want(&c), got)
		})
	}
}

// IDs made to share one slot of the member index's table (their halves
// xor to the same number) are searched for instead, with the same
// problems as any other IDs.
func TestMembersWhoseIDsShareASlotAreFoundAllTheSame(t *testing.T) {
	shared := func(i uint64) uuid.UUID {
		var u uuid.UUID
		binary.BigEndian.PutUint64(u[:8], i)
		binary.BigEndian.PutUint64(u[8:], i^0x5a5a5a5a5a5a5a5a)
		return u
	}
	c := collabtest.Full(6)
	old := map[uuid.UUID]uuid.UUID{}
	for i := range c.Members {
		id := shared(uint64(i + 1))
		old[c.Members[i].Stakeholder] = id
		c.Members[i].Stakeholder = id
	}
	for j := range c.Networks {
		for k, id := range c.Networks[j].Members {
			c.Networks[j].Members[k] = old[id]
		}
	}
	for i := range c.RoleHolders {
		c.RoleHolders[i].Stakeholder = old[c.RoleHolders[i].Stakeholder]
	}
	c.HelpedBy = nil
	assert.NoError(t, c.Validate(), "every reference resolves through the search")

	c.Networks[0].Members = append(c.Networks[0].Members, shared(99), c.Members[2].Stakeholder)
	c.Members[5].Stakeholder = c.Members[4].Stakeholder
	var got []string
	for _, p := range collab.ProblemsOf(c.Validate()) {
		got = append(got, p.Path)
	}
	assert.Equal(t, []string{
		"members[5].stakeholder",
		"networks[0].members[5]", // the old members[5], no member now
		"networks[0].members[6]", // shared(99): no member, though it shares the slot
		"networks[0].members[7]", // members[2] again
		"networks[1].members[5]",
		"networks[2].members[5]",
	}, got)
}

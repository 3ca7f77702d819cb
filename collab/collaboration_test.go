package collab_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata from the values built in code")

// document is the form of the JSON fixtures: the stakeholders and the
// collaboration they form.
type document struct {
	Stakeholders  []collab.Stakeholder `json:"stakeholders"`
	Collaboration collab.Collaboration `json:"collaboration"`
}

const zoetermeerFixture = "testdata/zoetermeer-2025.json"

func encodeDocument(t *testing.T, doc document) []byte {
	t.Helper()
	b, err := json.MarshalIndent(doc, "", "  ")
	require.NoError(t, err)
	return append(b, '\n')
}

func TestZoetermeerFixture(t *testing.T) {
	built := document{Stakeholders: zoetermeerStakeholders(), Collaboration: zoetermeerCollaboration()}
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(zoetermeerFixture), 0o755))
		require.NoError(t, os.WriteFile(zoetermeerFixture, encodeDocument(t, built), 0o644))
	}
	raw, err := os.ReadFile(zoetermeerFixture)
	require.NoError(t, err)

	var doc document
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&doc), "the fixture decodes strictly")

	t.Run("every stakeholder and the collaboration are valid", func(t *testing.T) {
		require.NoError(t, validateDocument(&doc))
	})
	t.Run("it re-encodes to identical JSON", func(t *testing.T) {
		assert.Equal(t, string(raw), string(encodeDocument(t, doc)))
	})
	t.Run("it is the collaboration of the example", func(t *testing.T) {
		assert.Equal(t, built, doc)
	})
	t.Run("every member and role holder is one of the stakeholders", func(t *testing.T) {
		known := map[uuid.UUID]bool{}
		for _, s := range doc.Stakeholders {
			known[s.ID] = true
		}
		for _, m := range doc.Collaboration.Members {
			assert.True(t, known[m.Stakeholder], m.Stakeholder.String())
		}
		assert.Len(t, doc.Collaboration.Members, len(doc.Stakeholders))
	})
	t.Run("it holds the facts the source gives", func(t *testing.T) {
		c := doc.Collaboration
		roles := map[collab.Role]int{}
		names := []string{}
		for _, s := range doc.Stakeholders {
			roles[s.Role]++
			names = append(names, s.Name)
		}
		assert.Equal(t, 2, roles[collab.RoleHealthInsurer], "insurers Menzis and CZ")
		assert.Subset(t, names, []string{"Menzis", "CZ", "Gemeente Zoetermeer"})
		assert.Equal(t, 3, c.Ambition.Goals(), "better health, higher quality, lower cost")
		assert.Positive(t, int64(c.TransitionBudget.Amount))
		assert.False(t, c.Vision.IsZero())
		require.Len(t, c.Events, 1)
		assert.Equal(t, 90, c.Events[0].Participants)
		assert.Equal(t, 2020, c.Events[0].Date.Year())
		assert.Equal(t, 10, int(c.Events[0].Date.Month()))
		assert.True(t, c.GovernanceSince.After(c.Vision.Adopted), "governance came after the vision")
		assert.True(t, c.GovernanceSince.After(c.Events[0].Date), "and after the two-day event")
		gps := c.Member(zmGPs)
		require.NotNil(t, gps)
		since, ok := gps.Involved(collab.LevelProfessional)
		require.True(t, ok)
		assert.Equal(t, c.Started, since, "professionals in the lead from the start")
	})
}

// validCollaboration returns a small collaboration that passes validation;
// tests change it one mistake at a time.
func validCollaboration() collab.Collaboration {
	d := collab.MustParseDate
	ids := []uuid.UUID{
		uuid.MustParse("c0000000-0000-4000-8000-000000000001"),
		uuid.MustParse("c0000000-0000-4000-8000-000000000002"),
		uuid.MustParse("c0000000-0000-4000-8000-000000000003"),
		uuid.MustParse("c0000000-0000-4000-8000-000000000004"),
	}
	members := make([]collab.Member, len(ids))
	for i, id := range ids {
		members[i] = collab.Member{
			Stakeholder: id,
			Joined:      d("2020-01-01"),
			Levels: []collab.LevelInvolvement{
				{Level: collab.LevelExecutive, Since: d("2020-01-01")},
				{Level: collab.LevelProfessional, Since: d("2020-06-01")},
			},
			CapacityHours: new(float64(4)),
		}
	}
	return collab.Collaboration{
		ID:       uuid.MustParse("c0000000-0000-4000-8000-0000000000cc"),
		Name:     "Voorbeeldregio samen",
		Region:   "voorbeeldregio",
		Started:  d("2020-01-01"),
		Ended:    d("2022-12-31"),
		Strategy: collab.StrategyCombined,
		Members:  members,
		RoleHolders: []collab.RoleHolder{
			{Kind: collab.RoleKindAanjager, Stakeholder: ids[0], From: d("2020-01-01")},
			{Kind: collab.RoleKindVraagbaak, Stakeholder: ids[1], From: d("2020-02-01"), Until: d("2021-02-01")},
		},
		UrgencySignals: []collab.UrgencySignal{
			{Date: d("2020-01-01"), Urgency: 3},
			{Date: d("2021-01-01"), Urgency: 4, ReportedBy: collab.LevelProfessional},
		},
		LeewayIssues: []collab.LeewayIssue{
			{ID: uuid.MustParse("c0000000-0000-4000-8000-0000000000e1"), Rule: "Response-time norm for out-of-hours care",
				NationalActor: collab.RoleInspectorate, Status: collab.LeewayOpen, Raised: d("2020-05-01")},
			{ID: uuid.MustParse("c0000000-0000-4000-8000-0000000000e2"), Rule: "Separate funding streams",
				Status: collab.LeewayAddressed, Raised: d("2020-06-01")},
		},
		Networks: []collab.Network{
			{ID: uuid.MustParse("c0000000-0000-4000-8000-0000000000a1"), Name: "Bestuurdersoverleg", Kind: collab.NetworkExecutives,
				Members: []uuid.UUID{ids[0], ids[1], ids[2]}, Since: d("2020-01-01"), People: 6},
		},
	}
}

func TestValidCollaboration(t *testing.T) {
	c := validCollaboration()
	require.NoError(t, c.Validate())
}

func TestCollaborationWithManyMistakesGivesExactlyThoseProblems(t *testing.T) {
	d := collab.MustParseDate
	c := validCollaboration()
	outsider := uuid.MustParse("c0000000-0000-4000-8000-0000000000ff")

	// missing name
	c.Name = ""
	// a strategy that does not exist
	c.Strategy = collab.Strategy(99)
	// a date for a governance that is not given
	c.GovernanceSince = d("2021-01-01")
	// negative money
	c.TransitionBudget = collab.TransitionBudget{Amount: -100, Period: collab.Period{From: d("2020-01-01")}}
	// a plan without its date
	c.Continuity = collab.ContinuityPlan{Summary: "Partners take over the roles."}
	// joined before the start
	c.Members[1].Joined = d("2019-12-31")
	// a level involved before its member joined
	c.Members[0].Levels[1].Since = d("2019-06-01")
	// negative hours
	c.Members[2].CapacityHours = new(-4.0)
	// a duplicate member
	c.Members = append(c.Members, collab.Member{Stakeholder: c.Members[0].Stakeholder, Joined: d("2020-01-01")})
	// a role holder who is not a member
	c.RoleHolders[0].Stakeholder = outsider
	// until before from
	c.RoleHolders[1].Until = d("2020-01-15")
	// outside 1 to 5
	c.UrgencySignals[0].Urgency = 7
	// a signal after the collaboration ended
	c.UrgencySignals[1].Date = d("2023-01-01")
	// not a national actor
	c.LeewayIssues[0].NationalActor = collab.RoleHospital
	// a duplicate ID
	c.LeewayIssues[1].ID = c.LeewayIssues[0].ID
	// a network member who is not a member
	c.Networks[0].Members[1] = outsider
	// too many events
	c.Events = make([]collab.Event, collab.MaxEvents+1)
	for i := range c.Events {
		c.Events[i] = collab.Event{Date: d("2021-01-01"), Title: "Regiobijeenkomst"}
	}
	// over-long notes
	c.Notes = strings.Repeat("n", collab.MaxTextLength+1)

	err := c.Validate()
	require.Error(t, err)
	assert.Equal(t, []pathCode{
		{"name", collab.CodeRequired},
		{"strategy", collab.CodeUnknownValue},
		{"governanceSince", collab.CodeNotAllowed},
		{"transitionBudget.amount", collab.CodeOutOfRange},
		{"continuity.adopted", collab.CodeRequired},
		{"members[0].levels[1].since", collab.CodeDateOrder},
		{"members[1].joined", collab.CodeDateOrder},
		{"members[2].capacityHours", collab.CodeOutOfRange},
		{"members[4].stakeholder", collab.CodeDuplicate},
		{"roleHolders[0].stakeholder", collab.CodeDanglingReference},
		{"roleHolders[1].until", collab.CodeDateOrder},
		{"urgencySignals[0].urgency", collab.CodeOutOfRange},
		{"urgencySignals[1].date", collab.CodeDateOrder},
		{"leewayIssues[0].nationalActor", collab.CodeNotAllowed},
		{"leewayIssues[1].id", collab.CodeDuplicate},
		{"networks[0].members[1]", collab.CodeDanglingReference},
		{"events", collab.CodeTooMany},
		{"notes", collab.CodeTooLong},
	}, pathCodes(err), "every mistake, each once, in document order")

	for _, code := range []collab.Code{collab.CodeRequired, collab.CodeUnknownValue, collab.CodeNotAllowed,
		collab.CodeOutOfRange, collab.CodeDateOrder, collab.CodeDuplicate, collab.CodeDanglingReference,
		collab.CodeTooMany, collab.CodeTooLong} {
		assert.ErrorIs(t, err, code)
	}
	assert.NotErrorIs(t, err, collab.CodeBadFormat)
}

func TestCollaborationValidate(t *testing.T) {
	d := collab.MustParseDate
	tests := []struct {
		name   string
		change func(c *collab.Collaboration)
		want   []pathCode
	}{
		{"the zero collaboration lacks its required fields", func(c *collab.Collaboration) {
			*c = collab.Collaboration{}
		}, []pathCode{{"id", collab.CodeRequired}, {"name", collab.CodeRequired}, {"region", collab.CodeRequired},
			{"started", collab.CodeRequired}, {"strategy", collab.CodeRequired}}},
		{"an end before the start", func(c *collab.Collaboration) { c.Ended = d("2019-01-01") },
			[]pathCode{{"ended", collab.CodeDateOrder}, {"members[0].joined", collab.CodeDateOrder}, {"members[1].joined", collab.CodeDateOrder},
				{"members[2].joined", collab.CodeDateOrder}, {"members[3].joined", collab.CodeDateOrder},
				{"urgencySignals[0].date", collab.CodeDateOrder}, {"urgencySignals[1].date", collab.CodeDateOrder}}},
		{"a governance without its date", func(c *collab.Collaboration) { c.Governance = collab.GovernanceExecutionOrganisation },
			[]pathCode{{"governanceSince", collab.CodeRequired}}},
		{"a governance formalised before the start", func(c *collab.Collaboration) {
			c.Governance, c.GovernanceSince = collab.GovernanceLineResponsibility, d("2019-01-01")
		}, []pathCode{{"governanceSince", collab.CodeDateOrder}}},
		{"an unknown governance", func(c *collab.Collaboration) {
			c.Governance, c.GovernanceSince = collab.Governance(9), d("2021-01-01")
		}, []pathCode{{"governance", collab.CodeUnknownValue}}},
		{"an over-long ambition statement", func(c *collab.Collaboration) {
			c.Ambition.Statement = strings.Repeat("a", collab.MaxTextLength+1)
		}, []pathCode{{"ambition.statement", collab.CodeTooLong}}},
		{"a vision without its date", func(c *collab.Collaboration) { c.Vision.Summary = "Zorg rond de burger" },
			[]pathCode{{"vision.adopted", collab.CodeRequired}}},
		{"a transition budget over the maximum whose period ends before it starts", func(c *collab.Collaboration) {
			c.TransitionBudget = collab.TransitionBudget{Amount: collab.MaxMoney + 1,
				Period: collab.Period{From: d("2021-01-01"), Until: d("2020-01-01")}}
		}, []pathCode{{"transitionBudget.amount", collab.CodeOutOfRange}, {"transitionBudget.period.until", collab.CodeDateOrder}}},
		{"a transition budget without a period start, then a continuity plan without a date", func(c *collab.Collaboration) {
			c.TransitionBudget = collab.TransitionBudget{Amount: 100}
			c.Continuity = collab.ContinuityPlan{Summary: "x"}
		}, []pathCode{{"transitionBudget.period.from", collab.CodeRequired}, {"continuity.adopted", collab.CodeRequired}}},
		{"a member without stakeholder and joined date", func(c *collab.Collaboration) {
			c.Members[3] = collab.Member{}
		}, []pathCode{{"members[3].stakeholder", collab.CodeRequired}, {"members[3].joined", collab.CodeRequired}}},
		{"a member who joined after the end and left before joining", func(c *collab.Collaboration) {
			c.Members[3].Joined, c.Members[3].Left = d("2023-01-01"), d("2022-01-01")
			c.Members[3].Levels = nil
		}, []pathCode{{"members[3].joined", collab.CodeDateOrder}, {"members[3].left", collab.CodeDateOrder}}},
		{"a member's levels: too many, and only those up to the maximum checked", func(c *collab.Collaboration) {
			c.Members[0].Levels = []collab.LevelInvolvement{
				{Level: collab.LevelExecutive, Since: d("2020-01-01")},
				{Level: collab.Level(8), Since: d("2020-01-01")},
				{Level: collab.LevelExecutive, Since: d("2020-01-01")},
				{Level: collab.LevelManager},
			}
		}, []pathCode{{"members[0].levels", collab.CodeTooMany}, {"members[0].levels[1].level", collab.CodeUnknownValue},
			{"members[0].levels[2].level", collab.CodeDuplicate}}},
		{"capacity beyond a whole week, or not a number", func(c *collab.Collaboration) {
			c.Members[0].CapacityHours = new(collab.MaxCapacityHours + 1)
			c.Members[1].CapacityHours = new(math.NaN())
			c.Members[2].CapacityHours = new(collab.MaxCapacityHours)
		}, []pathCode{{"members[0].capacityHours", collab.CodeOutOfRange}, {"members[1].capacityHours", collab.CodeOutOfRange}}},
		{"a role holder without kind, stakeholder or start", func(c *collab.Collaboration) {
			c.RoleHolders[0] = collab.RoleHolder{}
		}, []pathCode{{"roleHolders[0].kind", collab.CodeRequired}, {"roleHolders[0].stakeholder", collab.CodeRequired},
			{"roleHolders[0].from", collab.CodeRequired}}},
		{"a role held before the collaboration started", func(c *collab.Collaboration) {
			c.RoleHolders[0].From = d("2019-01-01")
		}, []pathCode{{"roleHolders[0].from", collab.CodeDateOrder}}},
		{"an urgency signal without date, below the scale, from an unknown level", func(c *collab.Collaboration) {
			c.UrgencySignals[0] = collab.UrgencySignal{Urgency: 0, ReportedBy: collab.Level(5)}
		}, []pathCode{{"urgencySignals[0].date", collab.CodeRequired}, {"urgencySignals[0].urgency", collab.CodeOutOfRange},
			{"urgencySignals[0].reportedBy", collab.CodeUnknownValue}}},
		{"an urgency signal before the start", func(c *collab.Collaboration) {
			c.UrgencySignals[0].Date = d("2019-12-31")
		}, []pathCode{{"urgencySignals[0].date", collab.CodeDateOrder}}},
		{"an empty leeway issue", func(c *collab.Collaboration) {
			c.LeewayIssues[0] = collab.LeewayIssue{}
		}, []pathCode{{"leewayIssues[0].id", collab.CodeRequired}, {"leewayIssues[0].rule", collab.CodeRequired},
			{"leewayIssues[0].status", collab.CodeRequired}, {"leewayIssues[0].raised", collab.CodeRequired}}},
		{"a resolved leeway issue without its date, and an open one with one", func(c *collab.Collaboration) {
			c.LeewayIssues[0].Status = collab.LeewayResolved
			c.LeewayIssues[1].Resolved = d("2021-01-01")
		}, []pathCode{{"leewayIssues[0].resolved", collab.CodeRequired}, {"leewayIssues[1].resolved", collab.CodeNotAllowed}}},
		{"leeway dates out of order", func(c *collab.Collaboration) {
			c.LeewayIssues[0].Raised = d("2019-01-01")
			c.LeewayIssues[1].LastProgress = d("2020-05-01")
			c.LeewayIssues[1].Status, c.LeewayIssues[1].Resolved = collab.LeewayResolved, d("2020-05-31")
		}, []pathCode{{"leewayIssues[0].raised", collab.CodeDateOrder}, {"leewayIssues[1].lastProgress", collab.CodeDateOrder},
			{"leewayIssues[1].resolved", collab.CodeDateOrder}}},
		{"a leeway issue with an unknown status and national actor", func(c *collab.Collaboration) {
			c.LeewayIssues[0].Status, c.LeewayIssues[0].NationalActor = collab.LeewayStatus(4), collab.Role(99)
		}, []pathCode{{"leewayIssues[0].nationalActor", collab.CodeUnknownValue}, {"leewayIssues[0].status", collab.CodeUnknownValue}}},
		{"a network without id, name, kind and start, with an empty and a repeated member", func(c *collab.Collaboration) {
			c.Networks[0] = collab.Network{Members: []uuid.UUID{c.Members[0].Stakeholder, uuid.Nil, c.Members[0].Stakeholder}}
		}, []pathCode{{"networks[0].id", collab.CodeRequired}, {"networks[0].name", collab.CodeRequired},
			{"networks[0].kind", collab.CodeRequired}, {"networks[0].members[1]", collab.CodeRequired},
			{"networks[0].members[2]", collab.CodeDuplicate}, {"networks[0].since", collab.CodeRequired}}},
		{"a network that ends before it starts, and a network with a repeated ID", func(c *collab.Collaboration) {
			c.Networks[0].Until = d("2019-12-31")
			c.Networks = append(c.Networks, c.Networks[0])
			c.Networks[1].Until = collab.Date{}
		}, []pathCode{{"networks[0].until", collab.CodeDateOrder}, {"networks[1].id", collab.CodeDuplicate}}},
		{"a network with a negative count of people and one with more than the limit", func(c *collab.Collaboration) {
			c.Networks[0].People = -1
			c.Networks = append(c.Networks, c.Networks[0])
			c.Networks[1].ID, c.Networks[1].People = uuid.New(), collab.MaxNetworkPeople+1
		}, []pathCode{{"networks[0].people", collab.CodeOutOfRange}, {"networks[1].people", collab.CodeOutOfRange}}},
		{"an event without date and title, with negative participants", func(c *collab.Collaboration) {
			c.Events = []collab.Event{{Participants: -1}}
		}, []pathCode{{"events[0].date", collab.CodeRequired}, {"events[0].title", collab.CodeRequired},
			{"events[0].participants", collab.CodeOutOfRange}}},
		{"help without region and start, help that ends before it starts, and help from the collaboration's own region", func(c *collab.Collaboration) {
			c.HelpedBy = []collab.Help{
				{},
				{Region: "friesland", From: d("2020-06-01"), Until: d("2020-05-31")},
				{Region: c.Region, From: d("2020-06-01")},
			}
		}, []pathCode{{"helpedBy[0].region", collab.CodeRequired}, {"helpedBy[0].from", collab.CodeRequired},
			{"helpedBy[1].until", collab.CodeDateOrder}, {"helpedBy[2].region", collab.CodeNotAllowed}}},
		{"a member flagged at the regional table but in none of its networks, and one in a table network but not flagged", func(c *collab.Collaboration) {
			c.Networks = append(c.Networks, regionalTable(c.Members[0].Stakeholder, c.Members[1].Stakeholder))
			c.Members[0].RegionalTable = true
			c.Members[2].RegionalTable = true
		}, []pathCode{{"members[1].regionalTable", collab.CodeNotAllowed}, {"members[2].regionalTable", collab.CodeNotAllowed}}},
		{"a regional-table network that has ended still counts, as the flag has no dates", func(c *collab.Collaboration) {
			table := regionalTable(c.Members[0].Stakeholder)
			table.Until = collab.MustParseDate("2020-06-30")
			c.Networks = append(c.Networks, table)
		}, []pathCode{{"members[0].regionalTable", collab.CodeNotAllowed}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validCollaboration()
			tt.change(&c)
			assert.Equal(t, tt.want, pathCodes(c.Validate()))
		})
	}
}

// regionalTable is a regional-table network of the given members.
func regionalTable(members ...uuid.UUID) collab.Network {
	return collab.Network{ID: uuid.MustParse("c0000000-0000-4000-8000-0000000000a2"), Name: "Regiotafel",
		Kind: collab.NetworkRegionalTable, Members: members, Since: collab.MustParseDate("2020-01-01")}
}

// The regional-table networks are the one source of truth for a seat at
// the table: a member's flag agrees with them, and where it does not, the
// problem names both the flag and the network.
func TestTheRegionalTableFlagAgreesWithTheTableNetworks(t *testing.T) {
	tests := []struct {
		name    string
		flagged []bool
		seated  []int
		want    []string
	}{
		{"without a regional-table network the flag alone is valid", []bool{true, false, false, false}, nil, nil},
		{"flags that match the table network are valid", []bool{true, true, false, false}, []int{0, 1}, nil},
		{"a flag without a seat names the network to add the member to", []bool{true, true, false, false}, []int{0},
			[]string{"members[1].regionalTable: is true, but the member is in none of the regional-table networks (such as networks[1]): add it to one or set the flag to false"}},
		{"a seat without the flag names where the member sits", []bool{true, false, false, false}, []int{0, 1},
			[]string{"members[1].regionalTable: is false, but the member is in the regional-table network at networks[1].members[1]: set the flag to true or take it out of that network"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validCollaboration()
			for i, f := range tt.flagged {
				c.Members[i].RegionalTable = f
			}
			if tt.seated != nil {
				var ids []uuid.UUID
				for _, i := range tt.seated {
					ids = append(ids, c.Members[i].Stakeholder)
				}
				c.Networks = append(c.Networks, regionalTable(ids...))
			}
			var got []string
			for _, p := range collab.ProblemsOf(c.Validate()) {
				got = append(got, p.Error())
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestCollaborationLookups(t *testing.T) {
	c := validCollaboration()
	id := c.Members[2].Stakeholder
	assert.Equal(t, 2, c.MemberIndex(id))
	require.NotNil(t, c.Member(id))
	assert.Same(t, &c.Members[2], c.Member(id), "Member points into the list")
	assert.Equal(t, -1, c.MemberIndex(uuid.Nil))
	assert.Nil(t, c.Member(uuid.Nil))

	issue := c.LeewayIssue(c.LeewayIssues[1].ID)
	require.NotNil(t, issue)
	assert.Equal(t, "Separate funding streams", issue.Rule)
	assert.Nil(t, c.LeewayIssue(uuid.Nil))
}

func TestActiveOn(t *testing.T) {
	d := collab.MustParseDate
	m := collab.Member{Joined: d("2020-01-01"), Left: d("2020-12-31")}
	r := collab.RoleHolder{From: d("2020-01-01")}
	n := collab.Network{Since: d("2020-01-01"), Until: d("2020-12-31")}
	for _, tt := range []struct {
		day  string
		want bool
	}{{"2019-12-31", false}, {"2020-01-01", true}, {"2020-12-31", true}, {"2021-01-01", false}} {
		assert.Equal(t, tt.want, m.ActiveOn(d(tt.day)), "member on "+tt.day)
		assert.Equal(t, tt.want, n.ActiveOn(d(tt.day)), "network on "+tt.day)
	}
	assert.True(t, r.ActiveOn(d("2030-01-01")), "a role without an end is still held")
	assert.False(t, r.ActiveOn(d("2019-01-01")))
}

func TestMemberInvolved(t *testing.T) {
	c := validCollaboration()
	since, ok := c.Members[0].Involved(collab.LevelProfessional)
	assert.True(t, ok)
	assert.Equal(t, collab.MustParseDate("2020-06-01"), since)
	_, ok = c.Members[0].Involved(collab.LevelManager)
	assert.False(t, ok)
}

func TestLeewayIssueLastMovement(t *testing.T) {
	d := collab.MustParseDate
	l := collab.LeewayIssue{Raised: d("2020-01-01")}
	assert.Equal(t, d("2020-01-01"), l.LastMovement(), "nothing moved since it was raised")
	l.LastProgress = d("2021-06-01")
	assert.Equal(t, d("2021-06-01"), l.LastMovement())
}

func TestAmbitionGoals(t *testing.T) {
	assert.Equal(t, 0, collab.Ambition{}.Goals())
	assert.True(t, collab.Ambition{}.IsZero())
	assert.Equal(t, 2, collab.Ambition{BetterHealth: true, LowerCost: true}.Goals())
	assert.False(t, collab.Ambition{Statement: "x"}.IsZero())
}

func TestDecodingACollaborationWithAnUnknownWordNamesIt(t *testing.T) {
	var c collab.Collaboration
	err := json.Unmarshal([]byte(`{"strategy": "big-bang"}`), &c)
	var uve *collab.UnknownValueError
	require.ErrorAs(t, err, &uve)
	assert.Equal(t, "big-bang", uve.Word)
	assert.Contains(t, err.Error(), `"big-bang"`)
}

func TestCollaborationJSONLeavesOutWhatIsUnset(t *testing.T) {
	c := collab.Collaboration{
		ID:       uuid.MustParse("c0000000-0000-4000-8000-0000000000cc"),
		Name:     "Klein begonnen",
		Region:   "voorbeeldregio",
		Started:  collab.MustParseDate("2021-04-08"),
		Strategy: collab.StrategySmallInitiatives,
		Members:  []collab.Member{},
	}
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"c0000000-0000-4000-8000-0000000000cc","name":"Klein begonnen","region":"voorbeeldregio",
		"started":"2021-04-08","strategy":"small-initiatives","members":[]}`, string(b))
}

func TestATransitionBudgetOfUnknownAmountHasNoAmount(t *testing.T) {
	c := collab.Collaboration{TransitionBudget: collab.TransitionBudget{AmountUnknown: true, Period: collab.Period{From: collab.MustParseDate("2020-01-01")}}}
	err := c.Validate()
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "transitionBudget", "an unknown amount of 0 is valid")

	c.TransitionBudget.Amount = 100
	assert.Contains(t, c.Validate().Error(), "transitionBudget.amountUnknown")
}

func TestPurchasingMustBeAKnownWay(t *testing.T) {
	c := collab.Collaboration{Purchasing: 9}
	assert.Contains(t, c.Validate().Error(), "purchasing")
}

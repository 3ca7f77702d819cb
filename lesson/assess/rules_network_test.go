package assess_test

import (
	"testing"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
)

// The stakeholders of the actor-network cases, in member order.
var (
	anCollab    = uuid.MustParse("a0000000-0000-4000-8000-0000000000c1")
	anHomeA     = uuid.MustParse("a0000000-0000-4000-8000-000000000001")
	anHomeB     = uuid.MustParse("a0000000-0000-4000-8000-000000000002")
	anHospital  = uuid.MustParse("a0000000-0000-4000-8000-000000000003")
	anGP        = uuid.MustParse("a0000000-0000-4000-8000-000000000004")
	anInspector = uuid.MustParse("a0000000-0000-4000-8000-000000000005")
)

var anAsOf = collab.MustParseDate("2021-06-01")

// actorCase is a valid case on 2021-06-01 with four members: two
// nursing-home providers and a hospital in one network of executives,
// and a GP cooperative that shares nothing with anyone.
func actorCase() *assess.Case {
	start := collab.MustParseDate("2020-01-01")
	return &assess.Case{
		Stakeholders: []collab.Stakeholder{
			{ID: anHomeA, Name: "Home A", Role: collab.RoleNursingHomeCare},
			{ID: anHomeB, Name: "Home B", Role: collab.RoleNursingHomeCare},
			{ID: anHospital, Name: "Hospital", Role: collab.RoleHospital},
			{ID: anGP, Name: "GP cooperative", Role: collab.RoleGPCooperative},
			{ID: anInspector, Name: "Inspectorate", Role: collab.RoleInspectorate},
		},
		Collaboration: collab.Collaboration{
			ID: anCollab, Name: "Actor network test", Region: "friesland", Started: start,
			Strategy: collab.StrategyCombined,
			Members: []collab.Member{
				{Stakeholder: anHomeA, Joined: start},
				{Stakeholder: anHomeB, Joined: start},
				{Stakeholder: anHospital, Joined: start},
				{Stakeholder: anGP, Joined: start},
			},
			Networks: []collab.Network{anNetwork(1, collab.NetworkExecutives, anHomeA, anHomeB, anHospital)},
		},
	}
}

func anNetwork(n byte, kind collab.NetworkKind, members ...uuid.UUID) collab.Network {
	return collab.Network{ID: uuid.UUID{0xa0, 15: n}, Name: kind.Label(collab.English), Kind: kind,
		Members: members, Since: collab.MustParseDate("2020-02-01")}
}

// anProject is a running pilot of the given members.
func anProject(n byte, members ...uuid.UUID) project.Project {
	since := collab.MustParseDate("2020-06-01")
	p := project.Project{
		ID: uuid.UUID{0xb0, 15: n}, Title: "Shared pilot", Collaboration: anCollab, Region: "friesland",
		Themes: []project.Theme{project.ThemeUnknown + 1}, Scale: project.ScaleSmall, Started: since,
		Phases: []project.PhaseChange{{Phase: project.PhasePilot, Since: since}},
	}
	for _, m := range members {
		p.Participants = append(p.Participants, project.Participant{Stakeholder: m})
	}
	return p
}

func evaluateActors(t *testing.T, c *assess.Case) *assess.Report {
	t.Helper()
	require.NoError(t, c.Validate())
	r, err := assess.Evaluate(c, anAsOf)
	require.NoError(t, err)
	return r
}

func findingOf(r *assess.Report, rule string) *assess.Finding {
	for i := range r.Findings {
		if r.Findings[i].Rule == rule {
			return &r.Findings[i]
		}
	}
	return nil
}

func TestIsolatedMembers(t *testing.T) {
	tests := []struct {
		name string
		edit func(c *assess.Case)
		want bool
	}{
		{"a member who shares no network or project is isolated", func(*assess.Case) {}, true},
		{"a member tied in by a running project is not", func(c *assess.Case) {
			c.Projects = []project.Project{anProject(1, anHospital, anGP)}
		}, false},
		{"a member who holds an active role serves the whole collaboration", func(c *assess.Case) {
			c.Collaboration.RoleHolders = []collab.RoleHolder{{Kind: collab.RoleKindVraagbaak, Stakeholder: anGP, From: collab.MustParseDate("2020-03-01")}}
		}, false},
		{"a member whose role ended before the date counts again", func(c *assess.Case) {
			c.Collaboration.RoleHolders = []collab.RoleHolder{{Kind: collab.RoleKindVraagbaak, Stakeholder: anGP,
				From: collab.MustParseDate("2020-03-01"), Until: collab.MustParseDate("2021-01-01")}}
		}, true},
		{"a national actor is no partner in regional work", func(c *assess.Case) {
			c.Collaboration.Members[3].Stakeholder = anInspector
		}, false},
		{"without any tie at all the rule stays silent", func(c *assess.Case) {
			c.Collaboration.Networks = nil
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := actorCase()
			tt.edit(c)
			f := findingOf(evaluateActors(t, c), "infrastructure.isolated-members")
			require.Equal(t, tt.want, f != nil)
		})
	}
}

func TestAnIsolatedMemberCostsFivePointsAndNamesItsPath(t *testing.T) {
	r := evaluateActors(t, actorCase())
	f := findingOf(r, "infrastructure.isolated-members")
	require.NotNil(t, f)
	assert.Equal(t, assess.SeverityInfo, f.Severity, "one of four is below a third")
	assert.Equal(t, collab.MechanismInfrastructure, f.Mechanism)
	require.Len(t, f.Evidence, 1)
	assert.Equal(t, "GP cooperative shares no network and no running project with another member", f.Evidence[0].Seen.In(collab.English))
	assert.Equal(t, "collaboration.members[3]", f.Evidence[0].Path)
	assert.Equal(t, assess.Subject{Kind: assess.SubjectStakeholder, ID: anGP}, f.Evidence[0].Subject)
	assert.Equal(t, -5, f.Evidence[0].Effect)
	assert.Equal(t, "1 of 4 members meets no other member in a network or a running project: it takes part on paper only.", f.Message.In(collab.English))
	assert.Equal(t, []string{"mechanism.infrastructure-sustains", "workfloor.live-contact"}, f.Lessons)
	// 50 + 10 for one kind of network - 5 for the isolated member.
	assert.Equal(t, 55, r.Mechanism(collab.MechanismInfrastructure).Score)
}

func TestHalfTheMembersIsolatedIsAWarning(t *testing.T) {
	c := actorCase()
	c.Collaboration.Networks[0].Members = []uuid.UUID{anHomeA, anHomeB}
	f := findingOf(evaluateActors(t, c), "infrastructure.isolated-members")
	require.NotNil(t, f)
	assert.Equal(t, assess.SeverityWarning, f.Severity)
	assert.Len(t, f.Evidence, 2)
}

func TestABrokerTheNetworkHangsOnIsAWarning(t *testing.T) {
	c := actorCase()
	c.Projects = []project.Project{anProject(1, anHospital, anGP)}
	r := evaluateActors(t, c)
	f := findingOf(r, "infrastructure.brokers")
	require.NotNil(t, f)
	assert.Equal(t, assess.SeverityWarning, f.Severity)
	assert.Equal(t, "The actor network hangs on Hospital: if it leaves, others lose their only link with the collaboration.", f.Message.In(collab.English))
	assert.Equal(t, []string{"network.nobody-responsible", "strengthen.continuity"}, f.Lessons)
	// The hospital lies on the paths from the GP to both homes: 2 of the 3
	// pairs of other members.
	require.Len(t, f.Evidence, 1)
	assert.Equal(t, "without Hospital, 1 other member loses its link with the rest; it lies on 67% of the shortest paths between other members", f.Evidence[0].Seen.In(collab.English))
	assert.Equal(t, "collaboration.members[2]", f.Evidence[0].Path)
	assert.Equal(t, assess.Subject{Kind: assess.SubjectStakeholder, ID: anHospital}, f.Evidence[0].Subject)
	assert.Equal(t, -5, f.Evidence[0].Effect)
	// 50 + 10 for one kind of network - 5 for the broker.
	assert.Equal(t, 55, r.Mechanism(collab.MechanismInfrastructure).Score)

	c.Projects = append(c.Projects, anProject(2, anHomeA, anGP))
	assert.Nil(t, findingOf(evaluateActors(t, c), "infrastructure.brokers"), "a second path to the GP removes the broker")
}

func TestForestOfNetworksUsesActiveMembers(t *testing.T) {
	c := actorCase()
	c.Collaboration.Networks = append(c.Collaboration.Networks,
		anNetwork(2, collab.NetworkExecutives, anHospital, anHomeB, anHomeA, anGP))
	c.Collaboration.Networks[1].Name = "Second executives' network"
	r := evaluateActors(t, c)
	f := findingOf(r, "infrastructure.forest")
	require.NotNil(t, f, "3 of 4 members shared is a Jaccard index of 0.75")
	require.Len(t, f.Evidence, 1)
	assert.Equal(t, `"Second executives' network" shares 75% of its members with "Network of executives", a network of the same kind`, f.Evidence[0].Seen.In(collab.English))
	assert.Equal(t, "collaboration.networks[1]", f.Evidence[0].Path)
	assert.Equal(t, assess.Subject{Kind: assess.SubjectNetwork, ID: c.Collaboration.Networks[1].ID}, f.Evidence[0].Subject)
	assert.Equal(t, -5, f.Evidence[0].Effect)

	c.Collaboration.Members[3].Left = collab.MustParseDate("2021-01-01")
	r = evaluateActors(t, c)
	f = findingOf(r, "infrastructure.forest")
	require.NotNil(t, f)
	assert.Contains(t, f.Evidence[0].Seen.In(collab.English), "shares 100%", "the GP left, so the two networks now have the same members")

	c.Collaboration.Networks[1].Members = []uuid.UUID{anHomeA, anHomeB}
	c.Collaboration.Members[3].Left = collab.Date{}
	assert.Nil(t, findingOf(evaluateActors(t, c), "infrastructure.forest"), "2 of 3 shared is below 0.75")
}

func TestActorNetworkFindingsInDutch(t *testing.T) {
	c := actorCase()
	c.Projects = []project.Project{anProject(1, anHospital, anGP)}
	c.Collaboration.Members = append(c.Collaboration.Members, collab.Member{Stakeholder: anInspector, Joined: c.Collaboration.Started})
	r, err := assess.Evaluate(c, anAsOf)
	require.NoError(t, err)
	f := findingOf(r, "infrastructure.brokers")
	require.NotNil(t, f)
	assert.Equal(t, "Het netwerk van partijen hangt aan Hospital: als die vertrekt, verliezen anderen hun enige verbinding met de samenwerking.", f.Message.In(collab.Dutch))
	assert.Nil(t, findingOf(r, "infrastructure.isolated-members"), "the inspectorate is a national actor")
}

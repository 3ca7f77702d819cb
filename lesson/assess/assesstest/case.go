package assesstest

import (
	"math/rand/v2"
	"slices"
	"strconv"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/project/projecttest"
	"github.com/regiokompas/regiokompas/region"
)

// streamCase is the PCG stream of the additions of this package, so that
// they are independent of the draws of projecttest for the same seed.
const streamCase = 0x6c6573736f6e // "lesson"

// Case generates a valid case from seed: a collaboration with members
// members (clamped to 2 to collab.MaxMembers) in one of the 31
// zorgkantoorregio's, its stakeholders, and projects projects (clamped to
// 0 to assess.MaxProjects) of that collaboration, as projecttest makes
// them. About one case in three also has regions of its own (a
// municipality in the collaboration's region and a neighbourhood in that),
// and then about one in two of those works at the municipality's scale.
// About one case in two holds one to three yearly self-assessment rounds
// by its members.
//
// The same arguments always give the same case; no two calls share memory.
func Case(seed uint64, members, projects int) assess.Case {
	members = min(max(members, 2), collab.MaxMembers)
	projects = min(max(projects, 0), assess.MaxProjects)
	col, stakeholders := collabtest.Collaboration(seed, members)
	c := assess.Case{
		Stakeholders:  stakeholders,
		Collaboration: col,
		Projects:      cloneProjects(projecttest.Portfolio(seed, projects, &col)),
	}
	g := rand.New(rand.NewPCG(seed, streamCase)) // #nosec G404 -- test data must follow from the seed; nothing secret depends on it
	if g.IntN(3) == 0 {
		addOwnRegions(g, &c)
	}
	addExtras(g, &c.Collaboration)
	if g.IntN(2) == 0 {
		addSelfAssessments(g, &c)
	}
	return c
}

// addSelfAssessments adds one to three yearly self-assessment rounds, in
// which the members that belonged to the collaboration on the day rate
// some mechanisms at the levels they take part in.
func addSelfAssessments(g *rand.Rand, c *assess.Case) {
	col := &c.Collaboration
	date := col.Started.AddDate(0, 6+g.IntN(12), g.IntN(28))
	for k := 1 + g.IntN(3); k > 0; k-- {
		round := collab.SelfAssessment{ID: uuidFrom(g), Date: date}
		if g.IntN(2) == 0 {
			round.Note = "Ronde aan de regiotafel " + strconv.Itoa(date.Year())
		}
		for i := range col.Members {
			m := &col.Members[i]
			if !m.ActiveOn(date) {
				continue
			}
			for _, li := range m.Levels {
				if li.Since.After(date) || g.IntN(3) == 0 {
					continue
				}
				r := collab.Rating{Stakeholder: m.Stakeholder, Level: li.Level}
				for _, mech := range collab.Mechanisms() {
					if g.IntN(4) > 0 {
						s := collab.MechanismScore{Mechanism: mech, Score: collab.MinRatingScore + g.IntN(collab.MaxRatingScore-collab.MinRatingScore+1)}
						if g.IntN(5) == 0 {
							s.Comment = "Toelichting bij " + mech.String() + "."
						}
						r.Scores = append(r.Scores, s)
					}
				}
				if len(r.Scores) > 0 {
					round.Ratings = append(round.Ratings, r)
				}
			}
		}
		if len(round.Ratings) > 0 {
			c.SelfAssessments = append(c.SelfAssessments, round)
		}
		date = date.AddDate(1, 0, 0)
	}
}

// uuidFrom draws a random (version 4) UUID from g.
func uuidFrom(g *rand.Rand) uuid.UUID {
	var u uuid.UUID
	for i := range u {
		u[i] = byte(g.Uint32())
	}
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return u
}

// addOwnRegions gives the case a municipality inside the collaboration's
// zorgkantoorregio and a neighbourhood inside the municipality, lets some
// stakeholders work there, and sometimes moves the collaboration to the
// municipality's scale.
func addOwnRegions(g *rand.Rand, c *assess.Case) {
	parent := c.Collaboration.Region
	n := strconv.Itoa(1 + g.IntN(99))
	muni := region.Region{
		Code:    "gemeente-" + parent + "-" + n,
		Name:    "Gemeente " + parent + " " + n,
		Kind:    region.KindMunicipality,
		Parents: []string{parent},
		CBSCode: "GM" + digits(g, 4),
	}
	if g.IntN(2) == 0 {
		muni.Aliases = []string{"Stad " + parent + " " + n}
	}
	if g.IntN(2) == 0 {
		muni.Profile = region.Profile{
			Population:      5_000 + g.IntN(200_000),
			Share75Plus:     float64(40+g.IntN(120)) / 1000,
			AsOf:            collab.NewDate(2020+g.IntN(3), 1, 1),
			CareSupply:      "Een paar grote zorgaanbieders en veel kleine huisartspraktijken.",
			SocialEmbedding: "Actieve vrijwilligers in de kernen.",
		}
		for _, t := range region.Traits() {
			if g.IntN(3) == 0 {
				muni.Profile.Traits = append(muni.Profile.Traits, t)
			}
		}
	}
	wijk := region.Region{
		Code:    muni.Code + "-centrum",
		Name:    "Centrum",
		Kind:    region.KindNeighbourhood,
		Parents: []string{muni.Code},
		CBSCode: "WK" + digits(g, 6),
	}
	c.Regions = []region.Region{muni, wijk}
	for i := range c.Stakeholders {
		s := &c.Stakeholders[i]
		switch {
		case s.Role == collab.RoleMunicipality:
			s.Regions = []string{muni.Code}
		case g.IntN(4) == 0:
			s.Regions = append(s.Regions, muni.Code)
		case g.IntN(8) == 0:
			s.Regions = append(s.Regions, wijk.Code)
		}
	}
	if g.IntN(2) == 0 {
		c.Collaboration.Region = muni.Code
	}
}

// addExtras fills in parts of the collaboration that projecttest leaves
// out: events, a transition budget, a continuity plan, an ambition
// statement and notes, each only sometimes.
func addExtras(g *rand.Rand, c *collab.Collaboration) {
	if g.IntN(2) == 0 {
		c.Ambition.Statement = "Samen zorgen dat ouderen langer thuis kunnen wonen."
	}
	for k := g.IntN(3); k > 0; k-- {
		e := collab.Event{Date: c.Started.AddDate(0, 3+g.IntN(36), 0), Title: "Regiodag " + strconv.Itoa(k)}
		if g.IntN(2) == 0 {
			e.Participants = 20 + g.IntN(200)
		}
		if g.IntN(2) == 0 {
			e.Note = "Werksessies per thema."
		}
		c.Events = append(c.Events, e)
	}
	if g.IntN(3) == 0 {
		from := c.Started.AddDate(0, g.IntN(12), 0)
		c.TransitionBudget = collab.TransitionBudget{
			Amount: collab.Money(1+g.IntN(5_000)) * 100_000,
			Period: collab.Period{From: from},
		}
		if g.IntN(2) == 0 {
			c.TransitionBudget.Period.Until = from.AddDate(2+g.IntN(3), 0, -1)
		}
	}
	if g.IntN(4) == 0 {
		c.Continuity = collab.ContinuityPlan{Adopted: c.Started.AddDate(1+g.IntN(3), 0, 0), Summary: "De partners nemen de taken van het programmabureau over."}
	}
	if g.IntN(3) == 0 {
		c.Notes = "Synthetic case " + strconv.Itoa(g.IntN(1_000_000)) + ", generated for tests."
	}
}

func digits(g *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.IntN(10))
	}
	return string(b)
}

// cloneProjects gives every project lists of its own: projecttest lets
// projects share large blocks of memory, and a case must not share memory
// with another.
func cloneProjects(ps []project.Project) []project.Project {
	for i := range ps {
		p := &ps[i]
		p.Themes = clone(p.Themes)
		p.Phases = clone(p.Phases)
		p.Participants = clone(p.Participants)
		for k := range p.Participants {
			p.Participants[k].Levels = clone(p.Participants[k].Levels)
		}
		p.Funding = clone(p.Funding)
		p.Milestones = clone(p.Milestones)
		p.Outcomes = clone(p.Outcomes)
		p.LeewayIssues = clone(p.LeewayIssues)
		p.Mechanisms = clone(p.Mechanisms)
		p.Lessons = clone(p.Lessons)
	}
	return ps
}

// clone copies s into a slice of its own; an empty s gives nil, which is
// how an empty list decodes from JSON when its field is left out.
func clone[S ~[]E, E any](s S) S {
	if len(s) == 0 {
		return nil
	}
	return slices.Clip(slices.Clone(s))
}

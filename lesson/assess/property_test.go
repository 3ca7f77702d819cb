package assess_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess/assesstest"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/region"
)

// The property tests of this file run on random valid cases from package
// lessontest: 10,000 for the round trip, 300 per kind of mutation and 600
// for wrong enum words. Under the race detector, which makes each case
// several times as costly, the round trip runs a fifth of its cases and
// the mutation tests half of theirs; under -short every test runs a tenth.

// propertyCases returns how many random cases a property test runs.
func propertyCases(full int) int {
	switch {
	case testing.Short():
		return full / 10
	case raceEnabled():
		return full / 5
	}
	return full
}

// mutationCases returns how many random cases a mutation test runs: a
// tenth under -short, half under the race detector.
func mutationCases(full int) int {
	switch {
	case testing.Short():
		return full / 10
	case raceEnabled():
		return full / 2
	}
	return full
}

// raceEnabled reports whether the test binary was built with -race.
func raceEnabled() bool {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range info.Settings {
		if s.Key == "-race" {
			return s.Value == "true"
		}
	}
	return false
}

// randomCase returns the valid case of seed, of a size that varies with it.
func randomCase(seed uint64) assess.Case {
	return assesstest.Case(seed, 3+int(seed%9), 1+int(seed/9%6))
}

func TestRandomValidCasesRoundTripLosslesslyThroughJSON(t *testing.T) {
	n := propertyCases(10_000)
	for seed := range uint64(n) {
		c := randomCase(seed)
		doc, err := json.Marshal(&c)
		require.NoError(t, err, "seed %d", seed)
		got, err := assess.DecodeCase(bytes.NewReader(doc), 0)
		require.NoError(t, err, "seed %d: the encoding of a generated case must decode and validate", seed)
		require.Equal(t, c, *got, "seed %d: decoding the encoding must give the same case", seed)
		again, err := json.Marshal(got)
		require.NoError(t, err)
		require.Equal(t, string(doc), string(again), "seed %d: encoding must be stable", seed)
	}
}

// A mutation changes one thing in a valid case so that it becomes invalid,
// and says where the problem must be reported and with which code. It
// reports false when the case has no place for it; the test then tries the
// next site.
type mutation func(r *rand.Rand, c *assess.Case) (path string, code collab.Code, ok bool)

// mutationKinds are the kinds of single mistakes, each with the places in a
// case where it can be made.
var mutationKinds = []struct {
	name  string
	sites []mutation
}{
	{"swapped dates", []mutation{swapPhaseDates, swapFundingPeriod, swapLeewayDates, swapRoleHolderDates, swapBudgetPeriod}},
	{"dangling reference", []mutation{danglingMember, danglingRoleHolder, danglingProjectCollaboration, danglingParticipant, danglingStakeholderRegion, danglingCollaborationRegion, danglingProjectLeewayIssue, danglingRater}},
	{"duplicate ID", []mutation{duplicateStakeholderID, duplicateProjectID, duplicateNetworkID, duplicateLeewayIssueID, duplicateRoundID}},
	{"over-long text", []mutation{longStakeholderName, longCollaborationNotes, longProjectDescription, longProjectTitle, longMilestoneText}},
	{"negative amount", []mutation{negativeFunding, negativeBudget, negativeCapacity, negativeKeyPeople, negativeParticipants, negativeScore}},
	{"too many items", []mutation{tooManyRegionCodes, tooManyThemes, tooManyLevels, tooManyMechanisms, tooManyMilestones}},
}

func TestEverySingleMutationIsRejectedWithItsPathAndCode(t *testing.T) {
	n := mutationCases(300)
	for _, kind := range mutationKinds {
		t.Run(kind.name, func(t *testing.T) {
			used := make([]int, len(kind.sites))
			for seed := range uint64(n) {
				c := randomCase(seed)
				r := rand.New(rand.NewPCG(seed, 0x6d7574))
				first := r.IntN(len(kind.sites))
				var path string
				var code collab.Code
				applied := false
				for k := range kind.sites {
					site := (first + k) % len(kind.sites)
					if path, code, applied = kind.sites[site](r, &c); applied {
						used[site]++
						break
					}
				}
				require.True(t, applied, "seed %d: no place for a mutation", seed)
				doc, err := json.Marshal(&c)
				require.NoError(t, err, "seed %d", seed)
				_, err = assess.DecodeCase(bytes.NewReader(doc), 0)
				requireProblemAt(t, err, path, code, fmt.Sprintf("seed %d", seed))
			}
			if !testing.Short() {
				for site, count := range used {
					require.Positive(t, count, "site %d of %s was never tried", site, kind.name)
				}
			}
		})
	}
}

// enumSites are the places of enum words in a case document, as paths of
// keys and indexes from the root; an index -1 stands for a random element.
var enumSites = [][]any{
	{"stakeholders", -1, "role"},
	{"collaboration", "strategy"},
	{"collaboration", "members", -1, "levels", -1, "level"},
	{"collaboration", "networks", -1, "kind"},
	{"collaboration", "leewayIssues", -1, "status"},
	{"collaboration", "roleHolders", -1, "kind"},
	{"projects", -1, "themes", -1},
	{"projects", -1, "scale"},
	{"projects", -1, "phases", -1, "phase"},
	{"projects", -1, "funding", -1, "source"},
	{"projects", -1, "mechanisms", -1},
	{"regions", -1, "kind"},
	{"selfAssessments", -1, "ratings", -1, "level"},
	{"selfAssessments", -1, "ratings", -1, "scores", -1, "mechanism"},
}

func TestAWrongEnumWordIsRejectedWithItsPath(t *testing.T) {
	n := mutationCases(600)
	used := make([]int, len(enumSites))
	for seed := range uint64(n) {
		c := randomCase(seed)
		doc, err := json.Marshal(&c)
		require.NoError(t, err)
		var tree any
		dec := json.NewDecoder(bytes.NewReader(doc))
		dec.UseNumber()
		require.NoError(t, dec.Decode(&tree))

		r := rand.New(rand.NewPCG(seed, 0x656e756d))
		first := r.IntN(len(enumSites))
		var path, word string
		for k := range enumSites {
			site := (first + k) % len(enumSites)
			var ok bool
			if path, word, ok = replaceWord(r, tree, enumSites[site]); ok {
				used[site]++
				break
			}
		}
		require.NotEmpty(t, path, "seed %d: no enum word to change", seed)
		bad, err := json.Marshal(tree)
		require.NoError(t, err)
		_, err = assess.DecodeCase(bytes.NewReader(bad), 0)
		requireProblemAt(t, err, path, collab.CodeUnknownValue, fmt.Sprintf("seed %d: word %q", seed, word))
		require.Len(t, collab.ProblemsOf(err), 1, "seed %d: a document that cannot be read gives one problem", seed)
		if word != "" {
			require.Contains(t, err.Error(), fmt.Sprintf("%q", word), "seed %d: the message names the word", seed)
		}
	}
	if !testing.Short() {
		for site, count := range used {
			require.Positive(t, count, "enum site %v was never tried", enumSites[site])
		}
	}
}

// replaceWord follows keys through tree, choosing a random element for each
// -1, and replaces the word found there by a wrong one. It returns the path
// in the module's notation and the wrong word.
func replaceWord(r *rand.Rand, tree any, keys []any) (string, string, bool) {
	var path strings.Builder
	node := tree
	var set func(string)
	for _, k := range keys {
		switch k := k.(type) {
		case string:
			m, ok := node.(map[string]any)
			if !ok {
				return "", "", false
			}
			if node, ok = m[k]; !ok {
				return "", "", false
			}
			set = func(w string) { m[k] = w }
			if path.Len() > 0 {
				path.WriteByte('.')
			}
			path.WriteString(k)
		case int:
			list, ok := node.([]any)
			if !ok || len(list) == 0 {
				return "", "", false
			}
			i := r.IntN(len(list))
			node = list[i]
			set = func(w string) { list[i] = w }
			fmt.Fprintf(&path, "[%d]", i)
		}
	}
	old, ok := node.(string)
	if !ok {
		return "", "", false
	}
	wrong := []string{strings.ToUpper(old), old + "s", "not-a-" + old, ""}[r.IntN(4)]
	set(wrong)
	return path.String(), wrong, true
}

// requireProblemAt checks that err holds a problem at path with code.
func requireProblemAt(t *testing.T, err error, path string, code collab.Code, context string) {
	t.Helper()
	require.Error(t, err, context)
	ps := collab.ProblemsOf(err)
	for _, p := range ps {
		if p.Path == path && p.Code == code {
			return
		}
	}
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "\n  %s [%s] %s", p.Path, p.Code, p.Message)
	}
	require.Failf(t, "missing problem", "%s: want %s at %q; got:%s", context, code, path, b.String())
}

func pick(r *rand.Rand, n int) (int, bool) {
	if n == 0 {
		return 0, false
	}
	return r.IntN(n), true
}

// pickProject returns a random project that satisfies ok.
func pickProject(r *rand.Rand, c *assess.Case, ok func(*project.Project) bool) (int, bool) {
	var fit []int
	for i := range c.Projects {
		if ok(&c.Projects[i]) {
			fit = append(fit, i)
		}
	}
	k, found := pick(r, len(fit))
	if !found {
		return 0, false
	}
	return fit[k], true
}

func freshID(r *rand.Rand) uuid.UUID {
	var u uuid.UUID
	for i := range u {
		u[i] = byte(r.Uint32())
	}
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return u
}

// Swapped dates.

func swapPhaseDates(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i, ok := pickProject(r, c, func(p *project.Project) bool { return len(p.Phases) >= 2 })
	if !ok {
		return "", "", false
	}
	ph := c.Projects[i].Phases
	j := r.IntN(len(ph) - 1)
	ph[j].Since, ph[j+1].Since = ph[j+1].Since, ph[j].Since
	return fmt.Sprintf("projects[%d].phases[%d].since", i, j+1), collab.CodeDateOrder, true
}

func swapFundingPeriod(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i, ok := pickProject(r, c, func(p *project.Project) bool {
		for _, f := range p.Funding {
			if !f.Period.Until.IsZero() && f.Period.Until != f.Period.From {
				return true
			}
		}
		return false
	})
	if !ok {
		return "", "", false
	}
	for k := range c.Projects[i].Funding {
		f := &c.Projects[i].Funding[k]
		if !f.Period.Until.IsZero() && f.Period.Until != f.Period.From {
			f.Period.From, f.Period.Until = f.Period.Until, f.Period.From
			return fmt.Sprintf("projects[%d].funding[%d].period.until", i, k), collab.CodeDateOrder, true
		}
	}
	return "", "", false
}

func swapLeewayDates(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	for k := range c.Collaboration.LeewayIssues {
		l := &c.Collaboration.LeewayIssues[k]
		if !l.Resolved.IsZero() && l.Resolved.After(l.Raised) {
			l.Raised, l.Resolved = l.Resolved, l.Raised
			return fmt.Sprintf("collaboration.leewayIssues[%d].resolved", k), collab.CodeDateOrder, true
		}
	}
	return "", "", false
}

func swapRoleHolderDates(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	k, ok := pick(r, len(c.Collaboration.RoleHolders))
	if !ok {
		return "", "", false
	}
	rh := &c.Collaboration.RoleHolders[k]
	rh.Until = rh.From
	rh.From = rh.From.AddDate(0, 1+r.IntN(12), 0)
	return fmt.Sprintf("collaboration.roleHolders[%d].until", k), collab.CodeDateOrder, true
}

func swapBudgetPeriod(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	p := &c.Collaboration.TransitionBudget.Period
	if p.Until.IsZero() {
		return "", "", false
	}
	p.From, p.Until = p.Until, p.From
	return "collaboration.transitionBudget.period.until", collab.CodeDateOrder, true
}

// Dangling references.

func danglingMember(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	k := r.IntN(len(c.Collaboration.Members))
	c.Collaboration.Members[k].Stakeholder = freshID(r)
	return fmt.Sprintf("collaboration.members[%d].stakeholder", k), collab.CodeDanglingReference, true
}

func danglingRoleHolder(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	k, ok := pick(r, len(c.Collaboration.RoleHolders))
	if !ok {
		return "", "", false
	}
	c.Collaboration.RoleHolders[k].Stakeholder = freshID(r)
	return fmt.Sprintf("collaboration.roleHolders[%d].stakeholder", k), collab.CodeDanglingReference, true
}

func danglingProjectCollaboration(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i, ok := pick(r, len(c.Projects))
	if !ok {
		return "", "", false
	}
	c.Projects[i].Collaboration = freshID(r)
	return fmt.Sprintf("projects[%d].collaboration", i), collab.CodeDanglingReference, true
}

func danglingParticipant(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i, ok := pickProject(r, c, func(p *project.Project) bool { return len(p.Participants) > 0 })
	if !ok {
		return "", "", false
	}
	k := r.IntN(len(c.Projects[i].Participants))
	c.Projects[i].Participants[k].Stakeholder = freshID(r)
	return fmt.Sprintf("projects[%d].participants[%d].stakeholder", i, k), collab.CodeDanglingReference, true
}

func danglingStakeholderRegion(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i := r.IntN(len(c.Stakeholders))
	s := &c.Stakeholders[i]
	s.Regions = append(s.Regions, "nergenshuizen")
	return fmt.Sprintf("stakeholders[%d].regions[%d]", i, len(s.Regions)-1), collab.CodeDanglingReference, true
}

func danglingCollaborationRegion(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	c.Collaboration.Region = "nergenshuizen"
	return "collaboration.region", collab.CodeDanglingReference, true
}

func danglingProjectLeewayIssue(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i, ok := pickProject(r, c, func(p *project.Project) bool { return len(p.LeewayIssues) < project.MaxLeewayIssues })
	if !ok {
		return "", "", false
	}
	p := &c.Projects[i]
	p.LeewayIssues = append(p.LeewayIssues, freshID(r))
	return fmt.Sprintf("projects[%d].leewayIssues[%d]", i, len(p.LeewayIssues)-1), collab.CodeDanglingReference, true
}

func danglingRater(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i, ok := pick(r, len(c.SelfAssessments))
	if !ok {
		return "", "", false
	}
	k := r.IntN(len(c.SelfAssessments[i].Ratings))
	c.SelfAssessments[i].Ratings[k].Stakeholder = freshID(r)
	return fmt.Sprintf("selfAssessments[%d].ratings[%d].stakeholder", i, k), collab.CodeDanglingReference, true
}

// Duplicate IDs.

func duplicateRoundID(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	rs := c.SelfAssessments
	if len(rs) < 2 {
		return "", "", false
	}
	j := 1 + r.IntN(len(rs)-1)
	rs[j].ID = rs[r.IntN(j)].ID
	return fmt.Sprintf("selfAssessments[%d].id", j), collab.CodeDuplicate, true
}

func duplicateStakeholderID(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	j := 1 + r.IntN(len(c.Stakeholders)-1)
	i := r.IntN(j)
	c.Stakeholders[j].ID = c.Stakeholders[i].ID
	return fmt.Sprintf("stakeholders[%d].id", j), collab.CodeDuplicate, true
}

func duplicateProjectID(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	if len(c.Projects) < 2 {
		return "", "", false
	}
	j := 1 + r.IntN(len(c.Projects)-1)
	i := r.IntN(j)
	c.Projects[j].ID = c.Projects[i].ID
	return fmt.Sprintf("projects[%d].id", j), collab.CodeDuplicate, true
}

func duplicateNetworkID(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	ns := c.Collaboration.Networks
	if len(ns) < 2 {
		return "", "", false
	}
	j := 1 + r.IntN(len(ns)-1)
	ns[j].ID = ns[r.IntN(j)].ID
	return fmt.Sprintf("collaboration.networks[%d].id", j), collab.CodeDuplicate, true
}

func duplicateLeewayIssueID(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	ls := c.Collaboration.LeewayIssues
	if len(ls) < 2 {
		return "", "", false
	}
	j := 1 + r.IntN(len(ls)-1)
	ls[j].ID = ls[r.IntN(j)].ID
	return fmt.Sprintf("collaboration.leewayIssues[%d].id", j), collab.CodeDuplicate, true
}

// Over-long texts: one character more than the limit, counted in runes, so
// that a text of multi-byte characters at the limit still passes.

func longText(r *rand.Rand, max int) string {
	return strings.Repeat([]string{"x", "é", "€"}[r.IntN(3)], max+1)
}

func longStakeholderName(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i := r.IntN(len(c.Stakeholders))
	c.Stakeholders[i].Name = longText(r, collab.MaxNameLength)
	return fmt.Sprintf("stakeholders[%d].name", i), collab.CodeTooLong, true
}

func longCollaborationNotes(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	c.Collaboration.Notes = longText(r, collab.MaxTextLength)
	return "collaboration.notes", collab.CodeTooLong, true
}

func longProjectDescription(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i, ok := pick(r, len(c.Projects))
	if !ok {
		return "", "", false
	}
	c.Projects[i].Description = longText(r, project.MaxTextLength)
	return fmt.Sprintf("projects[%d].description", i), collab.CodeTooLong, true
}

func longProjectTitle(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i, ok := pick(r, len(c.Projects))
	if !ok {
		return "", "", false
	}
	c.Projects[i].Title = longText(r, project.MaxTitleLength)
	return fmt.Sprintf("projects[%d].title", i), collab.CodeTooLong, true
}

func longMilestoneText(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i, ok := pickProject(r, c, func(p *project.Project) bool { return len(p.Milestones) > 0 })
	if !ok {
		return "", "", false
	}
	k := r.IntN(len(c.Projects[i].Milestones))
	c.Projects[i].Milestones[k].Text = longText(r, project.MaxTitleLength)
	return fmt.Sprintf("projects[%d].milestones[%d].text", i, k), collab.CodeTooLong, true
}

// Negative amounts and counts.

func negativeFunding(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i, ok := pickProject(r, c, func(p *project.Project) bool { return len(p.Funding) > 0 })
	if !ok {
		return "", "", false
	}
	k := r.IntN(len(c.Projects[i].Funding))
	c.Projects[i].Funding[k].Amount = -collab.Money(1 + r.IntN(1_000_000))
	return fmt.Sprintf("projects[%d].funding[%d].amount", i, k), collab.CodeOutOfRange, true
}

func negativeBudget(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	if c.Collaboration.TransitionBudget.IsZero() {
		return "", "", false
	}
	c.Collaboration.TransitionBudget.Amount = -collab.Money(1 + r.IntN(1_000_000))
	return "collaboration.transitionBudget.amount", collab.CodeOutOfRange, true
}

func negativeCapacity(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	k := r.IntN(len(c.Collaboration.Members))
	c.Collaboration.Members[k].CapacityHours = -0.5 - float64(r.IntN(40))
	return fmt.Sprintf("collaboration.members[%d].capacityHours", k), collab.CodeOutOfRange, true
}

func negativeKeyPeople(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i, ok := pick(r, len(c.Projects))
	if !ok {
		return "", "", false
	}
	c.Projects[i].KeyPeople = -1 - r.IntN(10)
	return fmt.Sprintf("projects[%d].keyPeople", i), collab.CodeOutOfRange, true
}

func negativeParticipants(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	k, ok := pick(r, len(c.Collaboration.Events))
	if !ok {
		return "", "", false
	}
	c.Collaboration.Events[k].Participants = -1 - r.IntN(10)
	return fmt.Sprintf("collaboration.events[%d].participants", k), collab.CodeOutOfRange, true
}

func negativeScore(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i, ok := pick(r, len(c.SelfAssessments))
	if !ok {
		return "", "", false
	}
	k := r.IntN(len(c.SelfAssessments[i].Ratings))
	scores := c.SelfAssessments[i].Ratings[k].Scores
	m := r.IntN(len(scores))
	scores[m].Score = -r.IntN(3)
	return fmt.Sprintf("selfAssessments[%d].ratings[%d].scores[%d].score", i, k, m), collab.CodeOutOfRange, true
}

// Too many items: one more than the documented maximum.

func tooManyRegionCodes(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i := r.IntN(len(c.Stakeholders))
	codes := region.Reference().All()
	regions := make([]string, 0, collab.MaxRegionCodes+1)
	for k := 0; len(regions) <= collab.MaxRegionCodes; k++ {
		code := codes[k%len(codes)].Code
		if k >= len(codes) {
			code = fmt.Sprintf("%s-%d", code, k)
		}
		regions = append(regions, code)
	}
	c.Stakeholders[i].Regions = regions
	return fmt.Sprintf("stakeholders[%d].regions", i), collab.CodeTooMany, true
}

func tooManyThemes(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i, ok := pick(r, len(c.Projects))
	if !ok {
		return "", "", false
	}
	c.Projects[i].Themes = project.Themes()[:project.MaxThemes+1]
	return fmt.Sprintf("projects[%d].themes", i), collab.CodeTooMany, true
}

func tooManyLevels(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	k := r.IntN(len(c.Collaboration.Members))
	m := &c.Collaboration.Members[k]
	for len(m.Levels) <= len(collab.Levels()) {
		m.Levels = append(m.Levels, collab.LevelInvolvement{Level: collab.LevelManager, Since: m.Joined})
	}
	return fmt.Sprintf("collaboration.members[%d].levels", k), collab.CodeTooMany, true
}

func tooManyMechanisms(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i, ok := pick(r, len(c.Projects))
	if !ok {
		return "", "", false
	}
	c.Projects[i].Mechanisms = append(collab.Mechanisms(), collab.MechanismUrgency)
	return fmt.Sprintf("projects[%d].mechanisms", i), collab.CodeTooMany, true
}

func tooManyMilestones(r *rand.Rand, c *assess.Case) (string, collab.Code, bool) {
	i, ok := pick(r, len(c.Projects))
	if !ok {
		return "", "", false
	}
	p := &c.Projects[i]
	p.Milestones = make([]project.Milestone, project.MaxMilestones+1)
	for k := range p.Milestones {
		p.Milestones[k] = project.Milestone{Date: p.Started, Text: "Mijlpaal"}
	}
	return fmt.Sprintf("projects[%d].milestones", i), collab.CodeTooMany, true
}

func TestTextsAtTheirLimitAreAccepted(t *testing.T) {
	c := randomCase(1)
	c.Stakeholders[0].Name = strings.Repeat("é", collab.MaxNameLength)
	c.Collaboration.Notes = strings.Repeat("€", collab.MaxTextLength)
	c.Projects[0].Title = strings.Repeat("ij", project.MaxTitleLength/2)
	require.NoError(t, c.Validate(), "a text of exactly the maximum number of characters is valid, whatever their bytes")
}

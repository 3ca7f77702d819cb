package assess_test

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"runtime/debug"
	"slices"
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
// assesstest: 300 per kind of mutation, 600 for wrong enum words and
// 10,000 for the round trip when REGIOKOMPAS_LONG is set (CI runs the
// whole length in a leg of its own), and otherwise, so that the README's
// test command stays short, a fifth of the mutations and a tenth of the
// round trips. Under the race detector, which makes each case several
// times as costly, the round trip runs a fifth of those and the mutation
// tests at their whole length half; under -short every test runs a
// tenth. Each mutation starts from the site after the previous case's, so
// that a short run tries every site too.

// longRun reports whether the property tests run at their whole length.
func longRun() bool { return assesstest.LongRun() }

// propertyCases returns how many random cases a property test runs.
func propertyCases(full int) int {
	if !longRun() {
		full /= 10
	}
	switch {
	case testing.Short():
		return max(full/10, 1)
	case raceEnabled():
		return max(full/5, 1)
	}
	return full
}

// mutationCases returns how many random cases a mutation test runs: a
// tenth under -short; otherwise a fifth unless REGIOKOMPAS_LONG is set,
// which is enough to try every site, and at the whole length half under
// the race detector.
func mutationCases(full int) int {
	switch {
	case testing.Short():
		return full / 10
	case !longRun():
		return full / 5
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
type mutation func(r *rand.Rand, c *assess.Case) (problems []want, ok bool)

// want is a problem a test expects: where and what.
type want struct {
	Path string
	Code collab.Code
}

// one is the list of the one problem a mutation makes.
func one(path string, code collab.Code) []want { return []want{{path, code}} }

// wantsOf flattens err into its paths and codes, in order.
func wantsOf(err error) []want {
	var out []want
	for _, p := range collab.ProblemsOf(err) {
		out = append(out, want{p.Path, p.Code})
	}
	return out
}

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
				first := int(seed) % len(kind.sites)
				var wants []want
				applied := false
				for k := range kind.sites {
					site := (first + k) % len(kind.sites)
					if wants, applied = kind.sites[site](r, &c); applied {
						used[site]++
						break
					}
				}
				require.True(t, applied, "seed %d: no place for a mutation", seed)
				doc, err := json.Marshal(&c)
				require.NoError(t, err, "seed %d", seed)
				_, err = assess.DecodeCase(bytes.NewReader(doc), 0)
				requireProblems(t, err, wants, fmt.Sprintf("seed %d", seed))
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
		first := int(seed) % len(enumSites)
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
		// A document that cannot be read gives one problem.
		requireProblems(t, err, one(path, collab.CodeUnknownValue), fmt.Sprintf("seed %d: word %q", seed, word))
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

// requireProblems checks that err holds exactly the problems wants: each
// once, none besides. The order is the validation's own and not part of
// the contract, so it is not compared; a problem reported twice fails.
func requireProblems(t *testing.T, err error, wants []want, context string) {
	t.Helper()
	require.Error(t, err, context)
	got := wantsOf(err)
	sortWants(got)
	wants = slices.Clone(wants)
	sortWants(wants)
	require.Equal(t, wants, got, "%s: the exact problems, each once; got:\n%v", context, err)
}

// sortWants orders problems by path and code, so that two lists compare as
// multisets: a problem reported twice still shows.
func sortWants(ws []want) {
	slices.SortFunc(ws, func(a, b want) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), strings.Compare(string(a.Code), string(b.Code)))
	})
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

func swapPhaseDates(r *rand.Rand, c *assess.Case) ([]want, bool) {
	i, ok := pickProject(r, c, func(p *project.Project) bool { return len(p.Phases) >= 2 })
	if !ok {
		return nil, false
	}
	ph := c.Projects[i].Phases
	j := r.IntN(len(ph) - 1)
	ph[j].Since, ph[j+1].Since = ph[j+1].Since, ph[j].Since
	wants := one(fmt.Sprintf("projects[%d].phases[%d].since", i, j+1), collab.CodeDateOrder)
	if j == 0 {
		// The history no longer begins on the day the project started.
		wants = append(wants, want{fmt.Sprintf("projects[%d].phases[0].since", i), collab.CodeDateOrder})
	}
	return wants, true
}

func swapFundingPeriod(r *rand.Rand, c *assess.Case) ([]want, bool) {
	i, ok := pickProject(r, c, func(p *project.Project) bool {
		for _, f := range p.Funding {
			if !f.Period.Until.IsZero() && f.Period.Until != f.Period.From {
				return true
			}
		}
		return false
	})
	if !ok {
		return nil, false
	}
	for k := range c.Projects[i].Funding {
		f := &c.Projects[i].Funding[k]
		if !f.Period.Until.IsZero() && f.Period.Until != f.Period.From {
			f.Period.From, f.Period.Until = f.Period.Until, f.Period.From
			return one(fmt.Sprintf("projects[%d].funding[%d].period.until", i, k), collab.CodeDateOrder), true
		}
	}
	return nil, false
}

func swapLeewayDates(r *rand.Rand, c *assess.Case) ([]want, bool) {
	for k := range c.Collaboration.LeewayIssues {
		l := &c.Collaboration.LeewayIssues[k]
		if !l.Resolved.IsZero() && l.Resolved.After(l.Raised) {
			l.Raised, l.Resolved = l.Resolved, l.Raised
			wants := one(fmt.Sprintf("collaboration.leewayIssues[%d].resolved", k), collab.CodeDateOrder)
			if l.LastProgress.Before(l.Raised) && !l.LastProgress.IsZero() {
				// Progress made before the (now later) raising is out of order too.
				wants = append(wants, want{fmt.Sprintf("collaboration.leewayIssues[%d].lastProgress", k), collab.CodeDateOrder})
			}
			return wants, true
		}
	}
	return nil, false
}

func swapRoleHolderDates(r *rand.Rand, c *assess.Case) ([]want, bool) {
	k, ok := pick(r, len(c.Collaboration.RoleHolders))
	if !ok {
		return nil, false
	}
	rh := &c.Collaboration.RoleHolders[k]
	rh.Until = rh.From
	rh.From = rh.From.AddDate(0, 1+r.IntN(12), 0)
	return one(fmt.Sprintf("collaboration.roleHolders[%d].until", k), collab.CodeDateOrder), true
}

func swapBudgetPeriod(r *rand.Rand, c *assess.Case) ([]want, bool) {
	p := &c.Collaboration.TransitionBudget.Period
	if p.Until.IsZero() {
		return nil, false
	}
	p.From, p.Until = p.Until, p.From
	return one("collaboration.transitionBudget.period.until", collab.CodeDateOrder), true
}

// Dangling references.

func danglingMember(r *rand.Rand, c *assess.Case) ([]want, bool) {
	// The member stays a member (so that its role holders, networks,
	// projects and ratings still resolve), but the case loses its
	// stakeholder: one problem.
	if len(c.Stakeholders) < 2 {
		return nil, false
	}
	k := r.IntN(len(c.Collaboration.Members))
	id := c.Collaboration.Members[k].Stakeholder
	c.Stakeholders = slices.DeleteFunc(c.Stakeholders, func(s collab.Stakeholder) bool { return s.ID == id })
	return one(fmt.Sprintf("collaboration.members[%d].stakeholder", k), collab.CodeDanglingReference), true
}

func danglingRoleHolder(r *rand.Rand, c *assess.Case) ([]want, bool) {
	k, ok := pick(r, len(c.Collaboration.RoleHolders))
	if !ok {
		return nil, false
	}
	c.Collaboration.RoleHolders[k].Stakeholder = freshID(r)
	return one(fmt.Sprintf("collaboration.roleHolders[%d].stakeholder", k), collab.CodeDanglingReference), true
}

func danglingProjectCollaboration(r *rand.Rand, c *assess.Case) ([]want, bool) {
	i, ok := pick(r, len(c.Projects))
	if !ok {
		return nil, false
	}
	c.Projects[i].Collaboration = freshID(r)
	return one(fmt.Sprintf("projects[%d].collaboration", i), collab.CodeDanglingReference), true
}

func danglingParticipant(r *rand.Rand, c *assess.Case) ([]want, bool) {
	i, ok := pickProject(r, c, func(p *project.Project) bool { return len(p.Participants) > 0 })
	if !ok {
		return nil, false
	}
	k := r.IntN(len(c.Projects[i].Participants))
	c.Projects[i].Participants[k].Stakeholder = freshID(r)
	return one(fmt.Sprintf("projects[%d].participants[%d].stakeholder", i, k), collab.CodeDanglingReference), true
}

func danglingStakeholderRegion(r *rand.Rand, c *assess.Case) ([]want, bool) {
	i := r.IntN(len(c.Stakeholders))
	s := &c.Stakeholders[i]
	s.Regions = append(s.Regions, "nergenshuizen")
	return one(fmt.Sprintf("stakeholders[%d].regions[%d]", i, len(s.Regions)-1), collab.CodeDanglingReference), true
}

func danglingCollaborationRegion(r *rand.Rand, c *assess.Case) ([]want, bool) {
	c.Collaboration.Region = "nergenshuizen"
	return one("collaboration.region", collab.CodeDanglingReference), true
}

func danglingProjectLeewayIssue(r *rand.Rand, c *assess.Case) ([]want, bool) {
	i, ok := pickProject(r, c, func(p *project.Project) bool { return len(p.LeewayIssues) < collab.MaxLeewayIssues })
	if !ok {
		return nil, false
	}
	p := &c.Projects[i]
	p.LeewayIssues = append(p.LeewayIssues, freshID(r))
	return one(fmt.Sprintf("projects[%d].leewayIssues[%d]", i, len(p.LeewayIssues)-1), collab.CodeDanglingReference), true
}

func danglingRater(r *rand.Rand, c *assess.Case) ([]want, bool) {
	i, ok := pick(r, len(c.SelfAssessments))
	if !ok {
		return nil, false
	}
	k := r.IntN(len(c.SelfAssessments[i].Ratings))
	c.SelfAssessments[i].Ratings[k].Stakeholder = freshID(r)
	return one(fmt.Sprintf("selfAssessments[%d].ratings[%d].stakeholder", i, k), collab.CodeDanglingReference), true
}

// Duplicate IDs.

func duplicateRoundID(r *rand.Rand, c *assess.Case) ([]want, bool) {
	rs := c.SelfAssessments
	if len(rs) < 2 {
		return nil, false
	}
	j := 1 + r.IntN(len(rs)-1)
	rs[j].ID = rs[r.IntN(j)].ID
	return one(fmt.Sprintf("selfAssessments[%d].id", j), collab.CodeDuplicate), true
}

func duplicateStakeholderID(r *rand.Rand, c *assess.Case) ([]want, bool) {
	j := 1 + r.IntN(len(c.Stakeholders)-1)
	i := r.IntN(j)
	lost := c.Stakeholders[j].ID
	c.Stakeholders[j].ID = c.Stakeholders[i].ID
	wants := one(fmt.Sprintf("stakeholders[%d].id", j), collab.CodeDuplicate)
	// The stakeholder whose ID was overwritten is gone from the case, so
	// its memberships dangle.
	for m := range c.Collaboration.Members {
		if c.Collaboration.Members[m].Stakeholder == lost {
			wants = append(wants, want{fmt.Sprintf("collaboration.members[%d].stakeholder", m), collab.CodeDanglingReference})
		}
	}
	return wants, true
}

func duplicateProjectID(r *rand.Rand, c *assess.Case) ([]want, bool) {
	if len(c.Projects) < 2 {
		return nil, false
	}
	j := 1 + r.IntN(len(c.Projects)-1)
	i := r.IntN(j)
	c.Projects[j].ID = c.Projects[i].ID
	return one(fmt.Sprintf("projects[%d].id", j), collab.CodeDuplicate), true
}

func duplicateNetworkID(r *rand.Rand, c *assess.Case) ([]want, bool) {
	ns := c.Collaboration.Networks
	if len(ns) < 2 {
		return nil, false
	}
	j := 1 + r.IntN(len(ns)-1)
	ns[j].ID = ns[r.IntN(j)].ID
	return one(fmt.Sprintf("collaboration.networks[%d].id", j), collab.CodeDuplicate), true
}

func duplicateLeewayIssueID(r *rand.Rand, c *assess.Case) ([]want, bool) {
	ls := c.Collaboration.LeewayIssues
	if len(ls) < 2 {
		return nil, false
	}
	j := 1 + r.IntN(len(ls)-1)
	lost := ls[j].ID
	ls[j].ID = ls[r.IntN(j)].ID
	wants := one(fmt.Sprintf("collaboration.leewayIssues[%d].id", j), collab.CodeDuplicate)
	// The issue whose ID was overwritten is gone, so projects that ran into
	// it refer to nothing.
	for i := range c.Projects {
		for k, id := range c.Projects[i].LeewayIssues {
			if id == lost {
				wants = append(wants, want{fmt.Sprintf("projects[%d].leewayIssues[%d]", i, k), collab.CodeDanglingReference})
			}
		}
	}
	return wants, true
}

// Over-long texts: one character more than the limit, counted in runes, so
// that a text of multi-byte characters at the limit still passes.

func longText(r *rand.Rand, max int) string {
	return strings.Repeat([]string{"x", "é", "€"}[r.IntN(3)], max+1)
}

func longStakeholderName(r *rand.Rand, c *assess.Case) ([]want, bool) {
	i := r.IntN(len(c.Stakeholders))
	c.Stakeholders[i].Name = longText(r, collab.MaxNameLength)
	return one(fmt.Sprintf("stakeholders[%d].name", i), collab.CodeTooLong), true
}

func longCollaborationNotes(r *rand.Rand, c *assess.Case) ([]want, bool) {
	c.Collaboration.Notes = longText(r, collab.MaxTextLength)
	return one("collaboration.notes", collab.CodeTooLong), true
}

func longProjectDescription(r *rand.Rand, c *assess.Case) ([]want, bool) {
	i, ok := pick(r, len(c.Projects))
	if !ok {
		return nil, false
	}
	c.Projects[i].Description = longText(r, collab.MaxTextLength)
	return one(fmt.Sprintf("projects[%d].description", i), collab.CodeTooLong), true
}

func longProjectTitle(r *rand.Rand, c *assess.Case) ([]want, bool) {
	i, ok := pick(r, len(c.Projects))
	if !ok {
		return nil, false
	}
	c.Projects[i].Title = longText(r, collab.MaxNameLength)
	return one(fmt.Sprintf("projects[%d].title", i), collab.CodeTooLong), true
}

func longMilestoneText(r *rand.Rand, c *assess.Case) ([]want, bool) {
	i, ok := pickProject(r, c, func(p *project.Project) bool { return len(p.Milestones) > 0 })
	if !ok {
		return nil, false
	}
	k := r.IntN(len(c.Projects[i].Milestones))
	c.Projects[i].Milestones[k].Text = longText(r, collab.MaxNameLength)
	return one(fmt.Sprintf("projects[%d].milestones[%d].text", i, k), collab.CodeTooLong), true
}

// Negative amounts and counts.

func negativeFunding(r *rand.Rand, c *assess.Case) ([]want, bool) {
	i, ok := pickProject(r, c, func(p *project.Project) bool { return len(p.Funding) > 0 })
	if !ok {
		return nil, false
	}
	k := r.IntN(len(c.Projects[i].Funding))
	c.Projects[i].Funding[k].Amount = -collab.Money(1 + r.IntN(1_000_000))
	return one(fmt.Sprintf("projects[%d].funding[%d].amount", i, k), collab.CodeOutOfRange), true
}

func negativeBudget(r *rand.Rand, c *assess.Case) ([]want, bool) {
	if c.Collaboration.TransitionBudget.IsZero() {
		return nil, false
	}
	c.Collaboration.TransitionBudget.Amount = -collab.Money(1 + r.IntN(1_000_000))
	return one("collaboration.transitionBudget.amount", collab.CodeOutOfRange), true
}

func negativeCapacity(r *rand.Rand, c *assess.Case) ([]want, bool) {
	k := r.IntN(len(c.Collaboration.Members))
	c.Collaboration.Members[k].CapacityHours = new(-0.5 - float64(r.IntN(40)))
	return one(fmt.Sprintf("collaboration.members[%d].capacityHours", k), collab.CodeOutOfRange), true
}

func negativeKeyPeople(r *rand.Rand, c *assess.Case) ([]want, bool) {
	i, ok := pick(r, len(c.Projects))
	if !ok {
		return nil, false
	}
	c.Projects[i].KeyPeople = -1 - r.IntN(10)
	return one(fmt.Sprintf("projects[%d].keyPeople", i), collab.CodeOutOfRange), true
}

func negativeParticipants(r *rand.Rand, c *assess.Case) ([]want, bool) {
	k, ok := pick(r, len(c.Collaboration.Events))
	if !ok {
		return nil, false
	}
	c.Collaboration.Events[k].Participants = -1 - r.IntN(10)
	return one(fmt.Sprintf("collaboration.events[%d].participants", k), collab.CodeOutOfRange), true
}

func negativeScore(r *rand.Rand, c *assess.Case) ([]want, bool) {
	i, ok := pick(r, len(c.SelfAssessments))
	if !ok {
		return nil, false
	}
	k := r.IntN(len(c.SelfAssessments[i].Ratings))
	scores := c.SelfAssessments[i].Ratings[k].Scores
	m := r.IntN(len(scores))
	scores[m].Score = -r.IntN(3)
	return one(fmt.Sprintf("selfAssessments[%d].ratings[%d].scores[%d].score", i, k, m), collab.CodeOutOfRange), true
}

// Too many items: one more than the documented maximum.

func tooManyRegionCodes(r *rand.Rand, c *assess.Case) ([]want, bool) {
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
	wants := one(fmt.Sprintf("stakeholders[%d].regions", i), collab.CodeTooMany)
	// Beyond the reference regions the codes are made up, and dangle; past
	// the maximum they are not checked.
	for k := len(codes); k < collab.MaxRegionCodes; k++ {
		wants = append(wants, want{fmt.Sprintf("stakeholders[%d].regions[%d]", i, k), collab.CodeDanglingReference})
	}
	return wants, true
}

func tooManyThemes(r *rand.Rand, c *assess.Case) ([]want, bool) {
	i, ok := pick(r, len(c.Projects))
	if !ok {
		return nil, false
	}
	c.Projects[i].Themes = project.Themes()[:project.MaxThemes+1]
	return one(fmt.Sprintf("projects[%d].themes", i), collab.CodeTooMany), true
}

func tooManyLevels(r *rand.Rand, c *assess.Case) ([]want, bool) {
	k := r.IntN(len(c.Collaboration.Members))
	m := &c.Collaboration.Members[k]
	for len(m.Levels) <= len(collab.Levels()) {
		m.Levels = append(m.Levels, collab.LevelInvolvement{Level: collab.LevelManager, Since: m.Joined})
	}
	wants := one(fmt.Sprintf("collaboration.members[%d].levels", k), collab.CodeTooMany)
	// With one more entry than there are levels, some level repeats; the
	// entries past the maximum are not checked.
	for l := range m.Levels[:collab.MaxLevels] {
		if slices.ContainsFunc(m.Levels[:l], func(li collab.LevelInvolvement) bool { return li.Level == m.Levels[l].Level }) {
			wants = append(wants, want{fmt.Sprintf("collaboration.members[%d].levels[%d].level", k, l), collab.CodeDuplicate})
		}
	}
	return wants, true
}

func tooManyMechanisms(r *rand.Rand, c *assess.Case) ([]want, bool) {
	i, ok := pick(r, len(c.Projects))
	if !ok {
		return nil, false
	}
	c.Projects[i].Mechanisms = append(collab.Mechanisms(), collab.MechanismUrgency)
	// The sixth repeats one, but past the maximum it is not checked.
	return one(fmt.Sprintf("projects[%d].mechanisms", i), collab.CodeTooMany), true
}

func tooManyMilestones(r *rand.Rand, c *assess.Case) ([]want, bool) {
	i, ok := pick(r, len(c.Projects))
	if !ok {
		return nil, false
	}
	p := &c.Projects[i]
	p.Milestones = make([]project.Milestone, project.MaxMilestones+1)
	for k := range p.Milestones {
		p.Milestones[k] = project.Milestone{Date: p.Started, Text: "Mijlpaal"}
	}
	return one(fmt.Sprintf("projects[%d].milestones", i), collab.CodeTooMany), true
}

func TestTextsAtTheirLimitAreAccepted(t *testing.T) {
	c := randomCase(1)
	c.Stakeholders[0].Name = strings.Repeat("é", collab.MaxNameLength)
	c.Collaboration.Notes = strings.Repeat("€", collab.MaxTextLength)
	c.Projects[0].Title = strings.Repeat("ij", collab.MaxNameLength/2)
	require.NoError(t, c.Validate(), "a text of exactly the maximum number of characters is valid, whatever their bytes")
}

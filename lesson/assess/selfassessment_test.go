package assess_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson"
	"github.com/regiokompas/regiokompas/project"
)

// The stakeholders of the small cases of the self-assessment, phase and
// comparison tests.
var (
	saCollab      = uuid.MustParse("5e1f0000-0000-4000-8000-000000000001")
	saProviderA   = uuid.MustParse("5e1f0000-0000-4000-8000-0000000000a1")
	saProviderB   = uuid.MustParse("5e1f0000-0000-4000-8000-0000000000a2")
	saZorgkantoor = uuid.MustParse("5e1f0000-0000-4000-8000-0000000000a3")
	saDay         = collab.MustParseDate
)

// saCase returns a small valid case: two nursing-home providers and the
// zorgkantoor, all members since the collaboration started on 1 January
// 2020. It has nothing else: no ambition, vision, role holders, networks,
// leeway issues, projects or self-assessment rounds.
func saCase() *assess.Case {
	start := saDay("2020-01-01")
	return &assess.Case{
		Stakeholders: []collab.Stakeholder{
			{ID: saProviderA, Name: "Provider A", Role: collab.RoleNursingHomeCare},
			{ID: saProviderB, Name: "Provider B", Role: collab.RoleNursingHomeCare},
			{ID: saZorgkantoor, Name: "Zorgkantoor", Role: collab.RoleZorgkantoor},
		},
		Collaboration: collab.Collaboration{
			ID:       saCollab,
			Name:     "Self-assessment test collaboration",
			Region:   "west-brabant",
			Started:  start,
			Strategy: collab.StrategyCombined,
			Members: []collab.Member{
				{Stakeholder: saProviderA, Joined: start, RegionalTable: true, CapacityHours: new(float64(4))},
				{Stakeholder: saProviderB, Joined: start, RegionalTable: true, CapacityHours: new(float64(4))},
				{Stakeholder: saZorgkantoor, Joined: start, RegionalTable: true, CapacityHours: new(float64(2))},
			},
		},
	}
}

// rater is one rating of a round built by saRound: who, at which level,
// and the scores per mechanism.
type rater struct {
	who    uuid.UUID
	level  collab.Level
	scores map[collab.Mechanism]int
}

// saRound returns round n of the small case on date, with the ratings in
// the order given and each rating's scores in mechanism order.
func saRound(n int, date string, raters ...rater) collab.SelfAssessment {
	r := collab.SelfAssessment{
		ID:   uuid.MustParse(fmt.Sprintf("5e1f0000-0000-4000-8000-%012d", 500+n)),
		Date: saDay(date),
	}
	for _, rt := range raters {
		rating := collab.Rating{Stakeholder: rt.who, Level: rt.level}
		for _, m := range collab.Mechanisms() {
			if s, ok := rt.scores[m]; ok {
				rating.Scores = append(rating.Scores, collab.MechanismScore{Mechanism: m, Score: s})
			}
		}
		r.Ratings = append(r.Ratings, rating)
	}
	return r
}

// on returns scores for one mechanism.
func on(m collab.Mechanism, s int) map[collab.Mechanism]int { return map[collab.Mechanism]int{m: s} }

var (
	saExec = collab.LevelExecutive
	saMgr  = collab.LevelManager
	saProf = collab.LevelProfessional
	saLeew = collab.MechanismLeeway
	saActs = collab.MechanismActors
	saStra = collab.MechanismStrategy
)

func saEvaluate(t *testing.T, c *assess.Case, asOf string) *assess.Report {
	t.Helper()
	require.NoError(t, c.Validate())
	r, err := assess.Evaluate(c, saDay(asOf))
	require.NoError(t, err)
	return r
}

func findingsOf(r *assess.Report, rule string) []assess.Finding {
	var out []assess.Finding
	for _, f := range r.Findings {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

func TestCaseValidatesItsSelfAssessmentsWithPaths(t *testing.T) {
	outsider := uuid.MustParse("5e1f0000-0000-4000-8000-0000000000ff")
	tests := []struct {
		name   string
		rounds func() []collab.SelfAssessment
		want   [][2]string
	}{
		{"a score out of range is named by its full path",
			func() []collab.SelfAssessment {
				r := saRound(1, "2021-01-01",
					rater{saProviderA, saExec, on(saLeew, 3)},
					rater{saProviderB, saExec, on(saLeew, 3)},
					rater{saProviderA, saProf, map[collab.Mechanism]int{saStra: 2, saLeew: 3}})
				r.Ratings[2].Scores[1].Score = 0
				return []collab.SelfAssessment{r}
			},
			[][2]string{{"selfAssessments[0].ratings[2].scores[1].score", "out-of-range"}}},
		{"a rater who is not a member is a dangling reference",
			func() []collab.SelfAssessment {
				return []collab.SelfAssessment{saRound(1, "2021-01-01", rater{outsider, saExec, on(saLeew, 3)})}
			},
			[][2]string{{"selfAssessments[0].ratings[0].stakeholder", "dangling-reference"}}},
		{"a round before the collaboration started is out of order",
			func() []collab.SelfAssessment {
				r := saRound(1, "2021-01-01", rater{saProviderA, saExec, on(saLeew, 3)})
				r.Date = saDay("2019-06-01")
				return []collab.SelfAssessment{r}
			},
			[][2]string{{"selfAssessments[0].date", "date-order"}, {"selfAssessments[0].ratings[0].stakeholder", "date-order"}}},
		{"two rounds on one date are duplicates",
			func() []collab.SelfAssessment {
				return []collab.SelfAssessment{
					saRound(1, "2021-01-01", rater{saProviderA, saExec, on(saLeew, 3)}),
					saRound(2, "2021-01-01", rater{saProviderA, saExec, on(saLeew, 4)}),
				}
			},
			[][2]string{{"selfAssessments[1].date", "duplicate"}}},
		{"two rounds with one ID are duplicates",
			func() []collab.SelfAssessment {
				return []collab.SelfAssessment{
					saRound(1, "2021-01-01", rater{saProviderA, saExec, on(saLeew, 3)}),
					saRound(1, "2021-02-01", rater{saProviderA, saExec, on(saLeew, 4)}),
				}
			},
			[][2]string{{"selfAssessments[1].id", "duplicate"}}},
		{"a rater twice at one level and a mechanism twice are both reported",
			func() []collab.SelfAssessment {
				r := saRound(1, "2021-01-01",
					rater{saProviderA, saMgr, on(saLeew, 3)},
					rater{saProviderA, saMgr, map[collab.Mechanism]int{saStra: 2, saLeew: 3}})
				r.Ratings[1].Scores[1].Mechanism = saStra
				return []collab.SelfAssessment{r}
			},
			[][2]string{
				{"selfAssessments[0].ratings[1].stakeholder", "duplicate"},
				{"selfAssessments[0].ratings[1].scores[1].mechanism", "duplicate"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := saCase()
			c.SelfAssessments = tt.rounds()
			var got [][2]string
			for _, p := range collab.ProblemsOf(c.Validate()) {
				got = append(got, [2]string{p.Path, string(p.Code)})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestValidatingSelfAssessmentsAllocatesNothing(t *testing.T) {
	without := saCase()
	with := saCase()
	for n := range 10 {
		var raters []rater
		for _, id := range []uuid.UUID{saProviderA, saProviderB, saZorgkantoor} {
			for _, l := range collab.Levels() {
				scores := map[collab.Mechanism]int{}
				for _, m := range collab.Mechanisms() {
					scores[m] = 1 + (n+int(m)+int(l))%5
				}
				raters = append(raters, rater{id, l, scores})
			}
		}
		with.SelfAssessments = append(with.SelfAssessments, saRound(n, saDay("2020-02-01").AddDate(0, n, 0).String(), raters...))
	}
	require.NoError(t, with.Validate())
	base := testing.AllocsPerRun(50, func() { _ = without.Validate() })
	allocs := testing.AllocsPerRun(50, func() { _ = with.Validate() })
	assert.Equal(t, base, allocs, "ten rounds of 45 scores add no allocation to validating the case")
}

func TestTheReportUsesTheLatestRoundOnOrBeforeItsDate(t *testing.T) {
	c := saCase()
	// Listed out of date order on purpose.
	c.SelfAssessments = []collab.SelfAssessment{
		saRound(2, "2022-01-01", rater{saProviderA, saExec, on(saLeew, 4)}),
		saRound(1, "2021-01-01", rater{saProviderA, saExec, on(saLeew, 2)}),
	}
	tests := []struct {
		asOf   string
		date   string // "" when no round applies
		path   string
		median float64
	}{
		{"2020-12-31", "", "", 0},
		{"2021-01-01", "2021-01-01", "selfAssessments[1]", 2},
		{"2021-12-31", "2021-01-01", "selfAssessments[1]", 2},
		{"2022-01-01", "2022-01-01", "selfAssessments[0]", 4},
		{"2030-01-01", "2022-01-01", "selfAssessments[0]", 4},
	}
	for _, tt := range tests {
		t.Run("as of "+tt.asOf, func(t *testing.T) {
			r := saEvaluate(t, c, tt.asOf)
			sa := r.Mechanism(saLeew).SelfAssessment
			if tt.date == "" {
				assert.Nil(t, sa, "no round on or before the as-of date")
				return
			}
			require.NotNil(t, sa)
			assert.Equal(t, tt.date, sa.Date.String())
			assert.Equal(t, tt.path, sa.Path)
			assert.Equal(t, tt.median, sa.Median)
			for _, m := range []collab.Mechanism{collab.MechanismUrgency, saStra, saActs, collab.MechanismInfrastructure} {
				assert.Nil(t, r.Mechanism(m).SelfAssessment, "%s was not rated", m)
			}
		})
	}
}

// dividedRound is a round in which actors is rated 5, 5, 2, 2, 1 by
// executives (5, 5) and professionals (2, 2, 1) and leeway 3, 3, 4 by all.
//
// Actors: sorted 1 2 2 5 5, median 2, mean 15/5 = 3, spread 4; outlying
// are the two 5s (3 points from the median): 2 of 5 > a quarter, divided.
// Executives' mean 5, professionals' mean 5/3, gap 10/3 ≈ 3.33.
// Leeway: median 3, all within a point, agreed; executives 3, professionals
// (3+4)/2 = 3.5, gap −0.5.
func dividedRound() collab.SelfAssessment {
	return saRound(1, "2021-03-01",
		rater{saProviderA, saExec, map[collab.Mechanism]int{saActs: 5, saLeew: 3}},
		rater{saProviderB, saExec, on(saActs, 5)},
		rater{saProviderA, saProf, map[collab.Mechanism]int{saActs: 2, saLeew: 3}},
		rater{saProviderB, saProf, map[collab.Mechanism]int{saActs: 2, saLeew: 4}},
		rater{saZorgkantoor, saProf, on(saActs, 1)},
	)
}

func TestTheSummaryHoldsTheHandComputedFigures(t *testing.T) {
	c := saCase()
	c.SelfAssessments = []collab.SelfAssessment{dividedRound()}
	r := saEvaluate(t, c, "2021-06-01")

	acts := r.Mechanism(saActs).SelfAssessment
	require.NotNil(t, acts)
	assert.Equal(t, 5, acts.Raters)
	assert.Equal(t, 2.0, acts.Median)
	assert.Equal(t, 3.0, acts.Mean)
	assert.Equal(t, 4, acts.Spread)
	assert.InDelta(t, 1.67332, acts.StdDev, 1e-5) // deviations² 4 4 1 1 4 = 14/5 = 2.8
	assert.Equal(t, collab.ConsensusDivided, acts.Consensus)
	require.NotNil(t, acts.LevelGap)
	assert.InDelta(t, 5-5.0/3, *acts.LevelGap, 1e-9)
	assert.Equal(t, 25.0, acts.Perceived, "(2−1)×25")
	assert.Equal(t, uuid.MustParse("5e1f0000-0000-4000-8000-000000000501"), acts.Round)

	leew := r.Mechanism(saLeew).SelfAssessment
	require.NotNil(t, leew)
	assert.Equal(t, 3, leew.Raters)
	assert.Equal(t, 3.0, leew.Median)
	assert.Equal(t, collab.ConsensusAgreed, leew.Consensus)
	require.NotNil(t, leew.LevelGap)
	assert.InDelta(t, -0.5, *leew.LevelGap, 1e-9)
	assert.Equal(t, 50.0, leew.Perceived)
	assert.Equal(t, []assess.LevelSummary{
		{Level: saExec, Raters: 1, Mean: 3},
		{Level: saProf, Raters: 2, Mean: 3.5},
	}, leew.Levels, "each level's raters and mean, no managers rated")
	require.Len(t, acts.Levels, 2)
	assert.Equal(t, assess.LevelSummary{Level: saExec, Raters: 2, Mean: 5}, acts.Levels[0])
	assert.Equal(t, saProf, acts.Levels[1].Level)
	assert.Equal(t, 3, acts.Levels[1].Raters)
	assert.InDelta(t, 5.0/3, acts.Levels[1].Mean, 1e-9)
}

func TestLocalizeLabelsTheLevelsAndSharesNoMemory(t *testing.T) {
	c := saCase()
	c.SelfAssessments = []collab.SelfAssessment{dividedRound()}
	r := saEvaluate(t, c, "2021-06-01")
	nl := r.Localize(collab.Dutch)
	levels := nl.Mechanism(saLeew).SelfAssessment.Levels
	require.Len(t, levels, 2)
	assert.Equal(t, "Bestuur", levels[0].Label)
	assert.Equal(t, "Werkvloer", levels[1].Label)
	assert.Empty(t, r.Mechanism(saLeew).SelfAssessment.Levels[0].Label, "the report localized is unchanged")
	levels[0].Mean = 1
	*nl.Mechanism(saActs).SelfAssessment.LevelGap = 0
	assert.Equal(t, 3.0, r.Mechanism(saLeew).SelfAssessment.Levels[0].Mean, "the copy's levels are its own")
	assert.InDelta(t, 5-5.0/3, *r.Mechanism(saActs).SelfAssessment.LevelGap, 1e-9, "and so is its level gap")
	b, err := json.Marshal(nl.Mechanism(saLeew).SelfAssessment.Levels)
	require.NoError(t, err)
	assert.JSONEq(t, `[{"level": "executive", "label": "Bestuur", "raters": 1, "mean": 1}, {"level": "professional", "label": "Werkvloer", "raters": 2, "mean": 3.5}]`, string(b))
}

func TestPerceptionNeverMovesAScore(t *testing.T) {
	plain := saCase()
	rated := saCase()
	rated.SelfAssessments = []collab.SelfAssessment{dividedRound()}
	a, b := saEvaluate(t, plain, "2021-06-01"), saEvaluate(t, rated, "2021-06-01")
	require.True(t, b.HasFinding("selfassessment.divided"))
	require.True(t, b.HasFinding("selfassessment.level-gap"))
	for i := range a.Mechanisms {
		assert.Equal(t, a.Mechanisms[i].Score, b.Mechanisms[i].Score, "%s", a.Mechanisms[i].Mechanism)
		assert.Equal(t, a.Mechanisms[i].Band, b.Mechanisms[i].Band)
	}
	for _, f := range b.Findings {
		if strings.HasPrefix(f.Rule, "selfassessment.") {
			for _, ev := range f.Evidence {
				assert.Zero(t, ev.Effect, "%s: %s", f.Rule, ev.Seen.In(collab.English))
			}
		}
	}
}

func TestDividedRound(t *testing.T) {
	tests := []struct {
		name  string
		round collab.SelfAssessment
		want  []collab.Mechanism
	}{
		{"two of five ratings far from the median divide actors, and only actors", dividedRound(), []collab.Mechanism{saActs}},
		{"one dissenter of four is a quarter, not more, so the raters agree",
			saRound(1, "2021-03-01",
				rater{saProviderA, saExec, on(saStra, 4)}, rater{saProviderB, saExec, on(saStra, 4)},
				rater{saZorgkantoor, saExec, on(saStra, 4)}, rater{saProviderA, saProf, on(saStra, 1)}),
			nil},
		{"two raters three points apart are divided",
			saRound(1, "2021-03-01", rater{saProviderA, saExec, on(saStra, 5)}, rater{saProviderA, saProf, on(saStra, 2)}),
			[]collab.Mechanism{saStra}},
		{"a single rater is never divided",
			saRound(1, "2021-03-01", rater{saProviderA, saExec, on(saStra, 1)}),
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := saCase()
			c.SelfAssessments = []collab.SelfAssessment{tt.round}
			r := saEvaluate(t, c, "2021-06-01")
			var got []collab.Mechanism
			for _, f := range findingsOf(r, "selfassessment.divided") {
				got = append(got, f.Mechanism)
				assert.Equal(t, assess.SeverityInfo, f.Severity)
				assert.Equal(t, "selfAssessments", f.Evidence[0].Path, "the first evidence names the rounds, so the finding persists across rounds")
				assert.NotEmpty(t, f.Next.In(collab.English))
				assert.Equal(t, []string{"workfloor.attend-resistance", "workfloor.live-contact"}, f.Lessons)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDividedRoundNamesTheOutlyingRatings(t *testing.T) {
	c := saCase()
	c.SelfAssessments = []collab.SelfAssessment{dividedRound()}
	r := saEvaluate(t, c, "2021-06-01")
	fs := findingsOf(r, "selfassessment.divided")
	require.Len(t, fs, 1)
	f := fs[0]
	assert.Equal(t, saActs, f.Mechanism, "the finding counts for the mechanism rated")
	assert.Equal(t, "The partners are divided on involving relevant actors in time: 2 of 5 ratings lie more than one point from the median.", f.Message.In(collab.English))
	require.Len(t, f.Evidence, 3)
	assert.Equal(t, "round of 1 March 2021: 2 of 5 ratings lie more than one point from the median 2", f.Evidence[0].Seen.In(collab.English))
	assert.Equal(t, "selfAssessments[0].ratings[0].scores[0].score", f.Evidence[1].Path)
	assert.Equal(t, "Provider A (Executives) gave 5", f.Evidence[1].Seen.In(collab.English))
	assert.Equal(t, "selfAssessments[0].ratings[1].scores[0].score", f.Evidence[2].Path)
	assert.Contains(t, r.Mechanism(saActs).Evidence, f.Evidence[1], "the evidence is listed under the mechanism rated")
}

func TestLevelGap(t *testing.T) {
	tests := []struct {
		name  string
		round collab.SelfAssessment
		fires bool
		seen  []string
	}{
		{"executives 3.33 points above the work floor is a large gap", dividedRound(), true,
			[]string{"round of 1 March 2021", "Involving relevant actors in time: executives 5.0, care professionals 1.7 on average (gap 3.3)"}},
		{"exactly 1.5 points is large",
			saRound(1, "2021-03-01",
				rater{saProviderA, saExec, on(saStra, 4)}, rater{saProviderB, saExec, on(saStra, 3)}, // 3.5
				rater{saProviderA, saProf, on(saStra, 2)}), // 2
			true, []string{"round of 1 March 2021", "Strategy: executives 3.5, care professionals 2.0 on average (gap 1.5)"}},
		{"one point is not large",
			saRound(1, "2021-03-01", rater{saProviderA, saExec, on(saStra, 4)}, rater{saProviderA, saProf, on(saStra, 3)}),
			false, nil},
		{"a work floor far more positive than the executives is no such gap",
			saRound(1, "2021-03-01", rater{saProviderA, saExec, on(saStra, 1)}, rater{saProviderA, saProf, on(saStra, 5)}),
			false, nil},
		{"managers do not count in the gap",
			saRound(1, "2021-03-01", rater{saProviderA, saMgr, on(saStra, 5)}, rater{saProviderA, saProf, on(saStra, 1)}),
			false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := saCase()
			c.SelfAssessments = []collab.SelfAssessment{tt.round}
			r := saEvaluate(t, c, "2021-06-01")
			fs := findingsOf(r, "selfassessment.level-gap")
			if !tt.fires {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			f := fs[0]
			assert.Equal(t, saActs, f.Mechanism, "a gap between levels counts for involving actors")
			assert.Equal(t, assess.SeverityWarning, f.Severity)
			var seen []string
			for _, ev := range f.Evidence {
				seen = append(seen, ev.Seen.In(collab.English))
			}
			assert.Equal(t, tt.seen, seen)
			assert.Equal(t, "selfAssessments", f.Evidence[0].Path)
			assert.Equal(t, "selfAssessments[0]", f.Evidence[1].Path)
		})
	}
}

func TestPerceptionGap(t *testing.T) {
	// Leeway: the small case has no leeway issues, so its evidence score
	// is the base, 50. A median m is perceived as (m−1)×25.
	tests := []struct {
		name     string
		scores   []int
		fires    bool
		severity assess.Severity
		message  string
	}{
		{"a median of 5 (100) is 50 above the evidence", []int{5}, true, assess.SeverityWarning,
			"The partners rate regulatory leeway at 100 of 100, 50 points above what the evidence shows (50)."},
		{"a median of 4.5 (87.5) is 37.5 above the evidence", []int{4, 5}, true, assess.SeverityWarning,
			"The partners rate regulatory leeway at 88 of 100, 38 points above what the evidence shows (50)."},
		{"a median of 4 (75) is only 25 above", []int{4}, false, 0, ""},
		{"a median of 2 (25) is only 25 below", []int{2}, false, 0, ""},
		{"a median of 1.5 (12.5) is 37.5 below the evidence", []int{1, 2}, true, assess.SeverityInfo,
			"The partners rate regulatory leeway at 12 of 100, 38 points below what the evidence shows (50)."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := saCase()
			raters := []rater{}
			for i, s := range tt.scores {
				raters = append(raters, rater{[]uuid.UUID{saProviderA, saProviderB}[i], saMgr, on(saLeew, s)})
			}
			c.SelfAssessments = []collab.SelfAssessment{saRound(1, "2021-03-01", raters...)}
			r := saEvaluate(t, c, "2021-06-01")
			require.Equal(t, 50, r.Mechanism(saLeew).Score, "the precondition: leeway stays at its base")
			fs := findingsOf(r, "selfassessment.perception-gap")
			if !tt.fires {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			f := fs[0]
			assert.Equal(t, saLeew, f.Mechanism, "the finding counts for the mechanism rated")
			assert.Equal(t, tt.severity, f.Severity)
			assert.Equal(t, tt.message, f.Message.In(collab.English))
			assert.Equal(t, "selfAssessments", f.Evidence[0].Path)
			assert.Equal(t, "the evidence gives 50 (Developing)", f.Evidence[1].Seen.In(collab.English))
			assert.Equal(t, []string{"strengthen.internal-communication", "secure.one-page-summary"}, f.Lessons)
			assert.Subset(t, r.Mechanism(saLeew).Evidence, f.Evidence, "the evidence is listed under leeway")
			assert.Equal(t, 50, r.Mechanism(saLeew).Score)
		})
	}
}

func TestSelfAssessmentRulesAreQuietWithoutARound(t *testing.T) {
	r := saEvaluate(t, saCase(), "2021-06-01")
	for _, rule := range []string{"selfassessment.divided", "selfassessment.level-gap", "selfassessment.perception-gap"} {
		assert.False(t, r.HasFinding(rule), rule)
	}
	for _, m := range r.Mechanisms {
		assert.Nil(t, m.SelfAssessment)
	}
	b, err := json.Marshal(r.Mechanisms[0])
	require.NoError(t, err)
	assert.NotContains(t, string(b), "selfAssessment", "absent when there was no round")
}

func TestSelfAssessmentRulesCiteLessonsOfTheCatalogue(t *testing.T) {
	cat := lesson.Default()
	n := 0
	for _, rule := range assess.Rules() {
		if !strings.HasPrefix(rule.Code, "selfassessment.") {
			continue
		}
		n++
		assert.Equal(t, saActs, rule.Mechanism)
		for _, code := range rule.Lessons {
			_, ok := cat.Lookup(code)
			assert.True(t, ok, "%s cites %s", rule.Code, code)
		}
	}
	assert.Equal(t, 3, n)
}

func TestSelfAssessmentSummaryJSON(t *testing.T) {
	c := saCase()
	c.SelfAssessments = []collab.SelfAssessment{
		saRound(1, "2021-03-01", rater{saProviderA, saExec, on(saLeew, 4)}, rater{saProviderB, saMgr, on(saLeew, 3)}),
	}
	r := saEvaluate(t, c, "2021-06-01")
	b, err := json.Marshal(r.Mechanism(saLeew).SelfAssessment)
	require.NoError(t, err)
	assert.JSONEq(t, `{"round": "5e1f0000-0000-4000-8000-000000000501", "date": "2021-03-01", "path": "selfAssessments[0]",
		"raters": 2, "median": 3.5, "mean": 3.5, "spread": 1, "stdDev": 0.5, "consensus": "agreed", "perceived": 62.5,
		"levels": [{"level": "executive", "raters": 1, "mean": 4}, {"level": "manager", "raters": 1, "mean": 3}]}`, string(b),
		"levelGap is left out: no professional rated; the levels carry no label before Localize")

	var back assess.Report
	all, err := json.Marshal(r)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(all, &back))
	assert.Equal(t, r.Mechanism(saLeew).SelfAssessment, back.Mechanism(saLeew).SelfAssessment, "the summary survives a round trip")
	assert.Equal(t, r.Phase, back.Phase, "so does the phase")
}

func TestReportTextShowsPerceptionBesideEvidence(t *testing.T) {
	c := saCase()
	c.SelfAssessments = []collab.SelfAssessment{dividedRound()}
	r := saEvaluate(t, c, "2021-06-01")
	text := r.String()
	assert.Contains(t, text, "  Regulatory leeway                         50  Developing       self-assessment 3.0 (50), Agreed\n")
	assert.Contains(t, text, "self-assessment 2.0 (25), Divided\n")
	assert.Contains(t, text, "  Self-assessment of 1 March 2021: median of 1 to 5, in brackets on the scale of 0 to 100\n")
	assert.Regexp(t, `(?m)^  Urgency and commitment +\d+  \S+$`, text, "a mechanism nobody rated shows no self-assessment")

	assert.Contains(t, text, "  Per level, the mean of 1 to 5 (number of raters):\n"+
		"    Involving relevant actors in time      Executives 5.0 (2); Care professionals 1.7 (3)\n"+
		"    Regulatory leeway                      Executives 3.0 (1); Care professionals 3.5 (2)\n", "one line per rated mechanism, one figure per level")
	assert.NotContains(t, text, "months before this report", "a round of three months is not old")

	nl := saEvaluate(t, c, "2021-06-01").Localize(collab.Dutch).String()
	assert.Contains(t, nl, "zelfevaluatie 3,0 (50), Eensgezind\n")
	assert.Contains(t, nl, "Zelfevaluatie van 1 maart 2021")
	assert.Contains(t, nl, "    Regelruimte                            Bestuur 3,0 (1); Werkvloer 3,5 (2)\n")
}

func TestReportTextFlagsAnOldRound(t *testing.T) {
	c := saCase()
	c.SelfAssessments = []collab.SelfAssessment{dividedRound()}
	tests := []struct {
		name string
		asOf string
		old  bool
	}{
		{"a round of twelve months is still current", "2022-03-01", false},
		{"a round of thirteen months is old", "2022-04-01", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := saEvaluate(t, c, tt.asOf)
			months, old := r.SelfAssessmentAge()
			assert.Equal(t, tt.old, old)
			warning := fmt.Sprintf("  Deze ronde is van 1 maart 2021, %d maanden voor dit rapport", months)
			if tt.old {
				assert.Contains(t, r.Localize(collab.Dutch).String(), warning)
			} else {
				assert.NotContains(t, r.Localize(collab.Dutch).String(), warning)
			}
		})
	}
}

// saProject returns project n of the small case, started on started in
// phase, moving on through the further steps (pairs of phase and date).
func saProject(n int, started string, phase project.Phase, steps ...any) project.Project {
	p := project.Project{
		ID:            uuid.MustParse(fmt.Sprintf("5e1f0000-0000-4000-8000-%012d", 100+n)),
		Title:         fmt.Sprintf("Project %d", n),
		Collaboration: saCollab,
		Region:        "west-brabant",
		Themes:        []project.Theme{project.ThemeTechnology},
		Scale:         project.ScaleSmall,
		Started:       saDay(started),
		Phases:        []project.PhaseChange{{Phase: phase, Since: saDay(started)}},
	}
	for i := 0; i+1 < len(steps); i += 2 {
		p.Phases = append(p.Phases, project.PhaseChange{Phase: steps[i].(project.Phase), Since: saDay(steps[i+1].(string))})
	}
	return p
}

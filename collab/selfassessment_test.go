package collab_test

import (
	"encoding"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

var (
	_ encoding.TextMarshaler   = collab.ConsensusAgreed
	_ encoding.TextUnmarshaler = (*collab.Consensus)(nil)
)

func TestConsensusEnum(t *testing.T) {
	checkEnum(collab.Consensuses, collab.ParseConsensus, "agreed", "divided")(t, "consensus")
	for _, c := range collab.Consensuses() {
		assert.NotEmpty(t, c.About(collab.English), "%s is explained in English", c)
		assert.NotEmpty(t, c.About(collab.Dutch), "%s is explained in Dutch", c)
	}
}

// member returns the ID of the i-th member of validCollaboration (0 to 3).
func member(i int) uuid.UUID { return validCollaboration().Members[i].Stakeholder }

// validRound returns a round that is valid inside validCollaboration: the
// four members rate at two levels.
func validRound() collab.SelfAssessment {
	return collab.SelfAssessment{
		ID:   uuid.MustParse("5a000000-0000-4000-8000-000000000001"),
		Date: collab.MustParseDate("2021-03-01"),
		Note: "Voorjaarsronde aan de regiotafel",
		Ratings: []collab.Rating{
			{Stakeholder: member(0), Level: collab.LevelExecutive, Scores: []collab.MechanismScore{
				{Mechanism: collab.MechanismUrgency, Score: 5},
				{Mechanism: collab.MechanismActors, Score: 4, Comment: "Iedereen doet mee."},
			}},
			{Stakeholder: member(0), Level: collab.LevelProfessional, Scores: []collab.MechanismScore{
				{Mechanism: collab.MechanismUrgency, Score: 3},
				{Mechanism: collab.MechanismActors, Score: 2, Comment: "We hoorden het pas laat."},
			}},
			{Stakeholder: member(1), Level: collab.LevelExecutive, Scores: []collab.MechanismScore{
				{Mechanism: collab.MechanismUrgency, Score: 4},
			}},
			{Stakeholder: member(2), Level: collab.LevelManager, Scores: []collab.MechanismScore{
				{Mechanism: collab.MechanismStrategy, Score: 3},
			}},
		},
	}
}

func TestAValidRoundHasNoProblems(t *testing.T) {
	r := validRound()
	c := validCollaboration()
	require.NoError(t, r.Validate())
	require.NoError(t, r.ValidateIn(&c))
}

func TestSelfAssessmentValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(r *collab.SelfAssessment)
		path   string
		code   collab.Code
	}{
		{"a round without an ID is reported", func(r *collab.SelfAssessment) { r.ID = uuid.Nil }, "id", collab.CodeRequired},
		{"a round without a date is reported", func(r *collab.SelfAssessment) { r.Date = collab.Date{} }, "date", collab.CodeRequired},
		{"a note that is too long is reported", func(r *collab.SelfAssessment) { r.Note = strings.Repeat("x", collab.MaxTextLength+1) }, "note", collab.CodeTooLong},
		{"a round without ratings is reported", func(r *collab.SelfAssessment) { r.Ratings = nil }, "ratings", collab.CodeRequired},
		{"a rating without a stakeholder is reported", func(r *collab.SelfAssessment) { r.Ratings[1].Stakeholder = uuid.Nil }, "ratings[1].stakeholder", collab.CodeRequired},
		{"a rating without a level is reported", func(r *collab.SelfAssessment) { r.Ratings[2].Level = 0 }, "ratings[2].level", collab.CodeRequired},
		{"a rating with an unknown level is reported", func(r *collab.SelfAssessment) { r.Ratings[2].Level = 9 }, "ratings[2].level", collab.CodeUnknownValue},
		{"the same stakeholder rating twice at one level is a duplicate", func(r *collab.SelfAssessment) { r.Ratings[2].Stakeholder = member(0) }, "ratings[2].stakeholder", collab.CodeDuplicate},
		{"a rating without scores is reported", func(r *collab.SelfAssessment) { r.Ratings[3].Scores = nil }, "ratings[3].scores", collab.CodeRequired},
		{"a score below 1 is out of range", func(r *collab.SelfAssessment) { r.Ratings[0].Scores[1].Score = 0 }, "ratings[0].scores[1].score", collab.CodeOutOfRange},
		{"a score above 5 is out of range", func(r *collab.SelfAssessment) { r.Ratings[2].Scores[0].Score = 6 }, "ratings[2].scores[0].score", collab.CodeOutOfRange},
		{"a score without a mechanism is reported", func(r *collab.SelfAssessment) { r.Ratings[3].Scores[0].Mechanism = 0 }, "ratings[3].scores[0].mechanism", collab.CodeRequired},
		{"a score of an unknown mechanism is reported", func(r *collab.SelfAssessment) { r.Ratings[3].Scores[0].Mechanism = 42 }, "ratings[3].scores[0].mechanism", collab.CodeUnknownValue},
		{"a mechanism scored twice in one rating is a duplicate", func(r *collab.SelfAssessment) {
			r.Ratings[1].Scores[1].Mechanism = collab.MechanismUrgency
		}, "ratings[1].scores[1].mechanism", collab.CodeDuplicate},
		{"a comment that is too long is reported", func(r *collab.SelfAssessment) {
			r.Ratings[0].Scores[0].Comment = strings.Repeat("é", collab.MaxTextLength+1)
		}, "ratings[0].scores[0].comment", collab.CodeTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := validRound()
			tt.change(&r)
			problems := collab.ProblemsOf(r.Validate())
			require.Len(t, problems, 1, "exactly one problem: %v", problems)
			assert.Equal(t, tt.path, problems[0].Path)
			assert.Equal(t, tt.code, problems[0].Code)
		})
	}
}

func TestSelfAssessmentCollectsEveryProblem(t *testing.T) {
	r := validRound()
	r.Date = collab.Date{}
	r.Ratings[0].Scores[0].Score = 7
	r.Ratings[0].Scores[1].Mechanism = collab.MechanismUrgency
	r.Ratings[2].Stakeholder = member(0)
	r.Ratings[3].Scores = append(r.Ratings[3].Scores,
		collab.MechanismScore{Mechanism: collab.MechanismUrgency, Score: 1},
		collab.MechanismScore{Mechanism: collab.MechanismActors, Score: 1},
		collab.MechanismScore{Mechanism: collab.MechanismLeeway, Score: 1},
		collab.MechanismScore{Mechanism: collab.MechanismInfrastructure, Score: 1},
		collab.MechanismScore{Mechanism: collab.MechanismInfrastructure, Score: -1},
	)

	var v check.Validator
	v.Item("selfAssessments", 0)
	v.AddError("", r.Validate())
	v.Leave()
	var got []string
	for _, p := range collab.ProblemsOf(v.Err()) {
		got = append(got, p.Path+" "+string(p.Code))
	}
	assert.Equal(t, []string{
		"selfAssessments[0].date required",
		"selfAssessments[0].ratings[0].scores[0].score out-of-range",
		"selfAssessments[0].ratings[0].scores[1].mechanism duplicate",
		"selfAssessments[0].ratings[2].stakeholder duplicate",
		"selfAssessments[0].ratings[3].scores too-many",
	}, got)
	assert.ErrorIs(t, v.Err(), collab.CodeDuplicate)
}

func TestSelfAssessmentValidateIn(t *testing.T) {
	outsider := uuid.MustParse("c0000000-0000-4000-8000-0000000000ff")
	tests := []struct {
		name   string
		change func(r *collab.SelfAssessment, c *collab.Collaboration)
		want   []string
	}{
		{"a valid round inside its collaboration has no problems",
			func(*collab.SelfAssessment, *collab.Collaboration) {}, nil},
		{"a rater who is not a member is a dangling reference",
			func(r *collab.SelfAssessment, _ *collab.Collaboration) { r.Ratings[3].Stakeholder = outsider },
			[]string{"ratings[3].stakeholder dangling-reference"}},
		{"a round before the collaboration started is out of order",
			func(r *collab.SelfAssessment, _ *collab.Collaboration) { r.Date = collab.MustParseDate("2019-12-31") },
			[]string{"date date-order", "ratings[0].stakeholder date-order", "ratings[1].stakeholder date-order",
				"ratings[2].stakeholder date-order", "ratings[3].stakeholder date-order"}},
		{"a rater who joined after the round is out of order",
			func(_ *collab.SelfAssessment, c *collab.Collaboration) {
				c.Members[1].Joined = collab.MustParseDate("2021-03-02")
			},
			[]string{"ratings[2].stakeholder date-order"}},
		{"a rater who left before the round is out of order",
			func(_ *collab.SelfAssessment, c *collab.Collaboration) {
				c.Members[2].Left = collab.MustParseDate("2021-02-28")
			},
			[]string{"ratings[3].stakeholder date-order"}},
		{"a rater who left on the day of the round may still rate",
			func(_ *collab.SelfAssessment, c *collab.Collaboration) {
				c.Members[2].Left = collab.MustParseDate("2021-03-01")
			},
			nil},
		{"an empty stakeholder is reported once, as Validate reports it",
			func(r *collab.SelfAssessment, _ *collab.Collaboration) { r.Ratings[0].Stakeholder = uuid.Nil },
			[]string{"ratings[0].stakeholder required"}},
		{"a problem of the round itself and a reference come each once, the round's first",
			func(r *collab.SelfAssessment, _ *collab.Collaboration) {
				r.Ratings[1].Scores[0].Score = 9
				r.Ratings[3].Stakeholder = outsider
			},
			[]string{"ratings[1].scores[0].score out-of-range", "ratings[3].stakeholder dangling-reference"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, c := validRound(), validCollaboration()
			tt.change(&r, &c)
			var got []string
			for _, p := range collab.ProblemsOf(r.ValidateIn(&c)) {
				got = append(got, p.Path+" "+string(p.Code))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// scored returns one rating per score, each from a different stakeholder,
// at level l, all for mechanism m.
func scored(m collab.Mechanism, l collab.Level, scores ...int) []collab.Rating {
	out := make([]collab.Rating, len(scores))
	for i, s := range scores {
		var id uuid.UUID
		id[0], id[1], id[15] = 0xab, byte(l), byte(i+1)
		out[i] = collab.Rating{Stakeholder: id, Level: l, Scores: []collab.MechanismScore{{Mechanism: m, Score: s}}}
	}
	return out
}

func gap(f float64) *float64 { return &f }

func TestAggregateComputesTheFiguresOfOneMechanism(t *testing.T) {
	type want struct {
		median, mean, stdDev float64
		spread, outlying     int
		consensus            collab.Consensus
	}
	tests := []struct {
		name   string
		scores []int
		want   want
	}{
		{"five raters with two of them two points from the median are divided",
			[]int{3, 1, 5, 3, 3}, // sorted 1 3 3 3 5; deviations² 4 0 0 0 4 → 8/5
			want{median: 3, mean: 3, stdDev: 1.2649111, spread: 4, outlying: 2, consensus: collab.ConsensusDivided}},
		{"four raters within one point of the median agree",
			[]int{2, 3, 3, 4}, // deviations² 1 0 0 1 → 2/4
			want{median: 3, mean: 3, stdDev: 0.7071068, spread: 2, outlying: 0, consensus: collab.ConsensusAgreed}},
		{"exactly a quarter of the ratings far from the median is still agreed",
			[]int{1, 2, 2, 3, 3, 3, 4, 5}, // median (3+3)/2; mean 23/8; Σ deviations² 10.875 → /8 = 1.359375
			want{median: 3, mean: 2.875, stdDev: 1.1659224, spread: 4, outlying: 2, consensus: collab.ConsensusAgreed}},
		{"an even count takes the mean of the two middle scores",
			[]int{5, 2}, // both 1.5 from the median 3.5
			want{median: 3.5, mean: 3.5, stdDev: 1.5, spread: 3, outlying: 2, consensus: collab.ConsensusDivided}},
		{"a median between two scores makes both ends outlying",
			[]int{1, 2, 3, 4}, // median 2.5; 1 and 4 lie 1.5 away; mean 2.5; deviations² 2.25 .25 .25 2.25 → 5/4
			want{median: 2.5, mean: 2.5, stdDev: 1.1180340, spread: 3, outlying: 2, consensus: collab.ConsensusDivided}},
		{"one dissenter among five is not a split",
			[]int{4, 4, 4, 4, 1}, // median 4; mean 17/5 = 3.4; deviations² .36×4 + 5.76 = 7.2 → /5 = 1.44
			want{median: 4, mean: 3.4, stdDev: 1.2, spread: 3, outlying: 1, consensus: collab.ConsensusAgreed}},
		{"a single rater agrees with itself",
			[]int{4},
			want{median: 4, mean: 4, stdDev: 0, spread: 0, outlying: 0, consensus: collab.ConsensusAgreed}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := collab.SelfAssessment{Ratings: scored(collab.MechanismStrategy, collab.LevelManager, tt.scores...)}
			got := r.Aggregate()
			require.Len(t, got, 1)
			a := got[0]
			assert.Equal(t, collab.MechanismStrategy, a.Mechanism)
			assert.Equal(t, len(tt.scores), a.Raters)
			assert.Equal(t, tt.want.median, a.Median)
			assert.InDelta(t, tt.want.mean, a.Mean, 1e-9)
			assert.InDelta(t, tt.want.stdDev, a.StdDev, 1e-6)
			assert.Equal(t, tt.want.spread, a.Spread)
			assert.Equal(t, tt.want.outlying, a.Outlying)
			assert.Equal(t, tt.want.consensus, a.Consensus)
			assert.Nil(t, a.LevelGap, "only managers rated, so there is no gap between executives and professionals")
			assert.Equal(t, []collab.LevelAggregate{{Level: collab.LevelManager, Raters: len(tt.scores), Mean: a.Mean}}, a.Levels)
		})
	}
}

func TestAggregateLevelGap(t *testing.T) {
	m := collab.MechanismActors
	tests := []struct {
		name    string
		ratings [][]collab.Rating
		gap     *float64
		levels  []collab.LevelAggregate
	}{
		{"executives rosier than the work floor give a positive gap",
			[][]collab.Rating{
				scored(m, collab.LevelExecutive, 5, 4), // mean 4.5
				scored(m, collab.LevelManager, 3),
				scored(m, collab.LevelProfessional, 2, 3), // mean 2.5
			},
			gap(2),
			[]collab.LevelAggregate{
				{Level: collab.LevelExecutive, Raters: 2, Mean: 4.5},
				{Level: collab.LevelManager, Raters: 1, Mean: 3},
				{Level: collab.LevelProfessional, Raters: 2, Mean: 2.5},
			}},
		{"a work floor more positive than the executives gives a negative gap",
			[][]collab.Rating{
				scored(m, collab.LevelProfessional, 4, 4, 5), // mean 13/3
				scored(m, collab.LevelExecutive, 3),
			},
			gap(3 - 13.0/3),
			[]collab.LevelAggregate{
				{Level: collab.LevelExecutive, Raters: 1, Mean: 3},
				{Level: collab.LevelProfessional, Raters: 3, Mean: 13.0 / 3},
			}},
		{"without professionals there is no gap",
			[][]collab.Rating{scored(m, collab.LevelExecutive, 5), scored(m, collab.LevelManager, 2)},
			nil,
			[]collab.LevelAggregate{
				{Level: collab.LevelExecutive, Raters: 1, Mean: 5},
				{Level: collab.LevelManager, Raters: 1, Mean: 2},
			}},
		{"without executives there is no gap",
			[][]collab.Rating{scored(m, collab.LevelProfessional, 1)},
			nil,
			[]collab.LevelAggregate{{Level: collab.LevelProfessional, Raters: 1, Mean: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r collab.SelfAssessment
			for _, rs := range tt.ratings {
				r.Ratings = append(r.Ratings, rs...)
			}
			got := r.Aggregate()
			require.Len(t, got, 1)
			if tt.gap == nil {
				assert.Nil(t, got[0].LevelGap)
			} else if assert.NotNil(t, got[0].LevelGap) {
				assert.InDelta(t, *tt.gap, *got[0].LevelGap, 1e-9)
			}
			require.Len(t, got[0].Levels, len(tt.levels))
			for i := range tt.levels {
				assert.Equal(t, tt.levels[i].Level, got[0].Levels[i].Level)
				assert.Equal(t, tt.levels[i].Raters, got[0].Levels[i].Raters)
				assert.InDelta(t, tt.levels[i].Mean, got[0].Levels[i].Mean, 1e-9)
			}
		})
	}
}

func TestAggregateCoversEachScoredMechanismInOrder(t *testing.T) {
	r := validRound()
	got := r.Aggregate()
	require.Len(t, got, 3, "urgency, strategy and actors were scored; leeway and infrastructure were not")

	assert.Equal(t, collab.MechanismUrgency, got[0].Mechanism)
	assert.Equal(t, 3, got[0].Raters)
	assert.Equal(t, 4.0, got[0].Median) // 3 4 5
	require.NotNil(t, got[0].LevelGap)
	assert.InDelta(t, 4.5-3, *got[0].LevelGap, 1e-9) // executives 5 and 4, professionals 3

	assert.Equal(t, collab.MechanismStrategy, got[1].Mechanism)
	assert.Equal(t, 1, got[1].Raters)

	assert.Equal(t, collab.MechanismActors, got[2].Mechanism)
	assert.Equal(t, 3.0, got[2].Median) // 4 and 2
	assert.Equal(t, collab.ConsensusAgreed, got[2].Consensus, "4 and 2 lie exactly one point from the median 3, not more")
	require.NotNil(t, got[2].LevelGap)
	assert.InDelta(t, 2.0, *got[2].LevelGap, 1e-9)

	a, ok := collab.LookupAggregate(got, collab.MechanismActors)
	assert.True(t, ok)
	assert.Equal(t, got[2].Median, a.Median)
	_, ok = collab.LookupAggregate(got, collab.MechanismLeeway)
	assert.False(t, ok, "an unscored mechanism has no aggregate")
}

func TestAggregateSkipsWhatValidationRejects(t *testing.T) {
	r := collab.SelfAssessment{Ratings: []collab.Rating{
		{Level: collab.LevelExecutive, Scores: []collab.MechanismScore{
			{Mechanism: collab.MechanismUrgency, Score: 0},
			{Mechanism: collab.MechanismUrgency, Score: 9},
			{Mechanism: 0, Score: 3},
			{Mechanism: 77, Score: 3},
		}},
		{Level: 0, Scores: []collab.MechanismScore{{Mechanism: collab.MechanismLeeway, Score: 2}}},
	}}
	got := r.Aggregate()
	require.Len(t, got, 1, "only the leeway score is usable")
	assert.Equal(t, collab.MechanismLeeway, got[0].Mechanism)
	assert.Equal(t, 2.0, got[0].Median)
	assert.Empty(t, got[0].Levels, "a rating without a valid level counts in the figures but at no level")
	assert.Empty(t, (&collab.SelfAssessment{}).Aggregate(), "an empty round has nothing to aggregate")
}

func TestSelfAssessmentJSON(t *testing.T) {
	r := collab.SelfAssessment{
		ID:   uuid.MustParse("5a000000-0000-4000-8000-000000000001"),
		Date: collab.MustParseDate("2021-03-01"),
		Ratings: []collab.Rating{{
			Stakeholder: uuid.MustParse("c0000000-0000-4000-8000-000000000001"),
			Level:       collab.LevelProfessional,
			Scores:      []collab.MechanismScore{{Mechanism: collab.MechanismLeeway, Score: 2, Comment: "De norm knelt."}},
		}},
	}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"id": "5a000000-0000-4000-8000-000000000001",
		"date": "2021-03-01",
		"ratings": [{
			"stakeholder": "c0000000-0000-4000-8000-000000000001",
			"level": "professional",
			"scores": [{"mechanism": "regulatory-leeway", "score": 2, "comment": "De norm knelt."}]
		}]
	}`, string(b))
	var back collab.SelfAssessment
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, r, back)

	agg, err := json.Marshal(r.Aggregate())
	require.NoError(t, err)
	assert.JSONEq(t, `[{"mechanism": "regulatory-leeway", "raters": 1, "median": 2, "mean": 2, "spread": 0,
		"stdDev": 0, "outlying": 0, "consensus": "agreed",
		"levels": [{"level": "professional", "raters": 1, "mean": 2}]}]`, string(agg),
		"levelGap is left out when there is none")

	var bad collab.SelfAssessment
	err = json.Unmarshal([]byte(`{"ratings": [{"level": "bestuur"}]}`), &bad)
	assert.ErrorIs(t, err, collab.CodeUnknownValue, "an unknown level word is named on decoding")
}

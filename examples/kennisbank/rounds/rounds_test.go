package rounds_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/kennisbank/rounds"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	opened  = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	expires = opened.Add(14 * 24 * time.Hour)
	closeAt = opened.Add(7 * 24 * time.Hour)
	closeOn = collab.DateOf(closeAt)
	orgA    = uuid.MustParse("2025a000-0000-4000-8000-000000000001")
	orgB    = uuid.MustParse("2025a000-0000-4000-8000-000000000002")
	caseID  = uuid.MustParse("00000000-0000-4000-8000-00000000000c")
)

// answer scores every statement of the questionnaire with the score of
// its mechanism in by, and comments where given.
func answer(by map[collab.Mechanism]int, comments map[collab.Mechanism]string) rounds.Answer {
	var a rounds.Answer
	for _, key := range statementKeys() {
		m := mechanismOf(key)
		if s, ok := by[m]; ok {
			a.Scores = append(a.Scores, rounds.StatementScore{Statement: key, Score: s})
		}
	}
	for _, m := range collab.Mechanisms() {
		if c, ok := comments[m]; ok {
			a.Comments = append(a.Comments, rounds.Comment{Mechanism: m, Text: c})
		}
	}
	return a
}

func all(score int) map[collab.Mechanism]int {
	out := map[collab.Mechanism]int{}
	for _, m := range collab.Mechanisms() {
		out[m] = score
	}
	return out
}

func open(t *testing.T, specs ...rounds.RaterSpec) (*rounds.Round, []rounds.Issued) {
	t.Helper()
	r, issued, err := rounds.Open(caseID, rounds.Spec{Note: "spring round", Raters: specs}, opened, expires, nil)
	require.NoError(t, err)
	return r, issued
}

func TestOpenIssuesOneDistinctTokenPerRaterAndKeepsOnlyItsHash(t *testing.T) {
	r, issued := open(t,
		rounds.RaterSpec{Stakeholder: orgA, Level: collab.LevelExecutive, Name: "Anna"},
		rounds.RaterSpec{Stakeholder: orgA, Level: collab.LevelProfessional},
		rounds.RaterSpec{Stakeholder: orgB, Level: collab.LevelProfessional})
	require.Len(t, issued, 3)
	assert.Equal(t, rounds.StateOpen, r.State)
	assert.Equal(t, caseID, r.Case)
	seen := map[rounds.Token]bool{}
	for i, is := range issued {
		assert.True(t, is.Token.WellFormed(), "token %d", i)
		assert.False(t, seen[is.Token])
		seen[is.Token] = true
		assert.Equal(t, r.Raters[i].ID, is.Rater)
		assert.Equal(t, is.Token.Hash(), r.Raters[i].TokenHash)
		assert.Equal(t, expires, r.Raters[i].Expires)
	}
}

func TestOpenNamesEveryBadRater(t *testing.T) {
	_, _, err := rounds.Open(caseID, rounds.Spec{Note: strings.Repeat("x", collab.MaxTextLength+1), Raters: []rounds.RaterSpec{
		{Stakeholder: orgA, Level: collab.LevelExecutive},
		{Level: collab.Level(9), Name: strings.Repeat("n", rounds.MaxNameLength+1)},
		{Stakeholder: orgB},
	}}, opened, expires, nil)
	var got []string
	for _, p := range collab.ProblemsOf(err) {
		got = append(got, p.Path+" "+string(p.Code))
	}
	assert.Equal(t, []string{
		"note too-long",
		"raters[1].stakeholder required",
		"raters[1].level unknown-value",
		"raters[1].name too-long",
		"raters[2].level required",
	}, got)
}

func TestOpenWithoutRatersIsRefused(t *testing.T) {
	_, _, err := rounds.Open(caseID, rounds.Spec{Raters: nil}, opened, expires, nil)
	require.Len(t, collab.ProblemsOf(err), 1)
	assert.Equal(t, "raters", collab.ProblemsOf(err)[0].Path)
}

func TestOpenReportsAFailingRandomSource(t *testing.T) {
	_, _, err := rounds.Open(caseID, rounds.Spec{Raters: []rounds.RaterSpec{{Stakeholder: orgA, Level: collab.LevelManager}}}, opened, expires, bytes.NewReader(make([]byte, 20)))
	require.Error(t, err)
}

func TestValidateInNamesRatersOutsideTheCollaboration(t *testing.T) {
	d, ok := demo.Lookup("zoetermeer-2025")
	require.True(t, ok)
	stranger := uuid.MustParse("99999999-0000-4000-8000-000000000000")
	spec := rounds.Spec{Raters: []rounds.RaterSpec{
		{Stakeholder: orgA, Level: collab.LevelExecutive},
		{Stakeholder: stranger, Level: collab.LevelManager},
	}}
	err := spec.ValidateIn(&d.Case.Collaboration)
	ps := collab.ProblemsOf(err)
	require.Len(t, ps, 1)
	assert.Equal(t, "raters[1].stakeholder", ps[0].Path)
	assert.ErrorIs(t, err, collab.CodeDanglingReference)
}

func TestAdmit(t *testing.T) {
	r, issued := open(t,
		rounds.RaterSpec{Stakeholder: orgA, Level: collab.LevelExecutive},
		rounds.RaterSpec{Stakeholder: orgB, Level: collab.LevelManager})
	other, _, err := rounds.NewToken(nil)
	require.NoError(t, err)
	tests := []struct {
		name  string
		token rounds.Token
		at    time.Time
		want  uuid.UUID
		err   error
	}{
		{"the first rater's token admits the first rater", issued[0].Token, opened, issued[0].Rater, nil},
		{"the second rater's token admits the second rater", issued[1].Token, opened, issued[1].Rater, nil},
		{"a token of no rater is unknown", other, opened, uuid.Nil, rounds.ErrUnknownRater},
		{"the empty token is unknown", "", opened, uuid.Nil, rounds.ErrUnknownRater},
		{"a token at its expiry has expired", issued[0].Token, expires, uuid.Nil, rounds.ErrExpired},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rt, err := r.Admit(tt.token.Hash(), tt.at)
			require.ErrorIs(t, err, tt.err)
			if tt.err == nil {
				assert.Equal(t, tt.want, rt.ID)
			}
		})
	}
}

func TestSubmitReplacesTheAnswerUntilTheRoundCloses(t *testing.T) {
	r, issued := open(t, rounds.RaterSpec{Stakeholder: orgA, Level: collab.LevelExecutive})
	id := issued[0].Rater
	require.NoError(t, r.Submit(id, answer(all(2), nil), opened.Add(time.Hour)))
	require.NoError(t, r.Submit(id, answer(all(4), nil), opened.Add(2*time.Hour)))
	assert.Equal(t, 1, r.Answered())
	got, _ := r.Rater(id).Answer.Score("urgency.need")
	assert.Equal(t, 4, got)
	assert.Equal(t, opened.Add(2*time.Hour), r.Rater(id).Answer.Saved)

	_, err := r.Close(closeAt, closeOn)
	require.NoError(t, err)
	assert.ErrorIs(t, r.Submit(id, answer(all(1), nil), closeAt), rounds.ErrClosed)
	got, _ = r.Rater(id).Answer.Score("urgency.need")
	assert.Equal(t, 4, got, "a closed round keeps the answer")
}

func TestSubmitRefusesAnUnknownRaterAndABadAnswer(t *testing.T) {
	r, issued := open(t, rounds.RaterSpec{Stakeholder: orgA, Level: collab.LevelExecutive})
	assert.ErrorIs(t, r.Submit(uuid.New(), answer(all(3), nil), opened), rounds.ErrUnknownRater)
	err := r.Submit(issued[0].Rater, rounds.Answer{}, opened)
	assert.ErrorIs(t, err, collab.CodeRequired)
	assert.Zero(t, r.Answered())
}

func TestAnswerValidateNamesEveryProblem(t *testing.T) {
	a := rounds.Answer{
		Scores: []rounds.StatementScore{
			{Statement: "urgency.need", Score: 3},
			{Statement: "urgency.need", Score: 4},
			{Statement: "nonsense", Score: 0},
			{Score: 6},
		},
		Comments: []rounds.Comment{
			{Mechanism: collab.MechanismStrategy, Text: "fine"},
			{Mechanism: collab.MechanismStrategy, Text: strings.Repeat("é", rounds.MaxCommentLength+1)},
			{Text: "no mechanism"},
		},
	}
	var got []string
	for _, p := range collab.ProblemsOf(a.Validate()) {
		got = append(got, p.Path+" "+string(p.Code))
	}
	assert.Equal(t, []string{
		"scores[1].statement duplicate",
		"scores[2].statement unknown-value",
		"scores[2].score out-of-range",
		"scores[3].statement required",
		"scores[3].score out-of-range",
		"comments[1].mechanism duplicate",
		"comments[1].text too-long",
		"comments[2].mechanism required",
	}, got)
}

func TestRemoveRaterTakesTheAnswerOut(t *testing.T) {
	r, issued := open(t,
		rounds.RaterSpec{Stakeholder: orgA, Level: collab.LevelExecutive},
		rounds.RaterSpec{Stakeholder: orgA, Level: collab.LevelExecutive})
	require.NoError(t, r.Submit(issued[0].Rater, answer(all(1), nil), opened))
	require.NoError(t, r.Submit(issued[1].Rater, answer(all(5), nil), opened))
	require.NoError(t, r.RemoveRater(issued[0].Rater))
	assert.ErrorIs(t, r.RemoveRater(issued[0].Rater), rounds.ErrUnknownRater)
	_, err := r.Admit(issued[0].Token.Hash(), opened)
	assert.ErrorIs(t, err, rounds.ErrUnknownRater, "a removed rater's link no longer works")
	sa, err := r.Close(closeAt, closeOn)
	require.NoError(t, err)
	require.Len(t, sa.Ratings, 1)
	assert.Equal(t, 5, sa.Ratings[0].Scores[0].Score)
	assert.ErrorIs(t, r.RemoveRater(issued[1].Rater), rounds.ErrClosed)
}

func TestCloseAndReopen(t *testing.T) {
	r, issued := open(t, rounds.RaterSpec{Stakeholder: orgA, Level: collab.LevelExecutive})
	_, err := r.Close(closeAt, closeOn)
	assert.ErrorIs(t, err, rounds.ErrNoAnswers)
	assert.ErrorIs(t, r.Reopen(expires), rounds.ErrNotClosed)

	require.NoError(t, r.Submit(issued[0].Rater, answer(all(2), nil), opened))
	first, err := r.Close(closeAt, closeOn)
	require.NoError(t, err)
	assert.Equal(t, r.ID, first.ID)
	assert.Equal(t, closeAt, r.Closed)
	_, err = r.Close(closeAt, closeOn)
	assert.ErrorIs(t, err, rounds.ErrClosed)

	later := expires.Add(7 * 24 * time.Hour)
	require.NoError(t, r.Reopen(later))
	assert.Equal(t, later, r.Raters[0].Expires, "reopening extends the links")
	require.NoError(t, r.Submit(issued[0].Rater, answer(all(3), nil), closeAt))
	second, err := r.Close(closeAt, closeOn)
	require.NoError(t, err)
	assert.Equal(t, first.ID, second.ID, "closing again gives the same self-assessment")
	assert.Equal(t, 3, second.Ratings[0].Scores[0].Score)

	list := rounds.WithSelfAssessment(rounds.WithSelfAssessment(nil, first), second)
	require.Len(t, list, 1, "the case holds the round once")
	assert.Equal(t, second, list[0])
}

func TestConsolidate(t *testing.T) {
	u, s := collab.MechanismUrgency, collab.MechanismStrategy
	type person struct {
		org    uuid.UUID
		level  collab.Level
		scores map[string]int // statement → score
		notes  map[collab.Mechanism]string
	}
	type want struct {
		org      uuid.UUID
		level    collab.Level
		scores   map[collab.Mechanism]int
		comments map[collab.Mechanism]string
	}
	tests := []struct {
		name    string
		persons []person
		want    []want
	}{
		{
			name:    "one person gives the median of their statements of a mechanism",
			persons: []person{{orgA, collab.LevelExecutive, map[string]int{"urgency.need": 2, "urgency.agenda": 5, "urgency.executives": 4}, nil}},
			want:    []want{{orgA, collab.LevelExecutive, map[collab.Mechanism]int{u: 4}, nil}},
		},
		{
			name:    "a median ending in a half is rounded down",
			persons: []person{{orgA, collab.LevelExecutive, map[string]int{"strategy.vision": 3, "strategy.projects": 4}, nil}},
			want:    []want{{orgA, collab.LevelExecutive, map[collab.Mechanism]int{s: 3}, nil}},
		},
		{
			name: "three persons of one organisation and level give the median of their scores",
			persons: []person{
				{orgA, collab.LevelProfessional, map[string]int{"urgency.need": 1}, nil},
				{orgA, collab.LevelProfessional, map[string]int{"urgency.need": 4}, nil},
				{orgA, collab.LevelProfessional, map[string]int{"urgency.need": 5}, nil},
			},
			want: []want{{orgA, collab.LevelProfessional, map[collab.Mechanism]int{u: 4}, nil}},
		},
		{
			name: "two persons whose halves meet in a quarter are rounded down",
			persons: []person{
				{orgA, collab.LevelManager, map[string]int{"strategy.vision": 4, "strategy.projects": 5}, nil},
				{orgA, collab.LevelManager, map[string]int{"strategy.vision": 4}, nil},
			},
			want: []want{{orgA, collab.LevelManager, map[collab.Mechanism]int{s: 4}, nil}},
		},
		{
			name: "levels and organisations each get a rating of their own, in the order they first appear",
			persons: []person{
				{orgB, collab.LevelProfessional, map[string]int{"urgency.need": 2}, nil},
				{orgA, collab.LevelExecutive, map[string]int{"urgency.need": 5}, nil},
				{orgB, collab.LevelExecutive, map[string]int{"urgency.need": 4}, nil},
				{orgB, collab.LevelProfessional, map[string]int{"urgency.need": 2}, nil},
			},
			want: []want{
				{orgB, collab.LevelProfessional, map[collab.Mechanism]int{u: 2}, nil},
				{orgA, collab.LevelExecutive, map[collab.Mechanism]int{u: 5}, nil},
				{orgB, collab.LevelExecutive, map[collab.Mechanism]int{u: 4}, nil},
			},
		},
		{
			name: "a mechanism nobody scored is left out and comments are joined in rater order",
			persons: []person{
				{orgA, collab.LevelExecutive, map[string]int{"urgency.need": 3}, map[collab.Mechanism]string{u: "  first  ", s: "no score here"}},
				{orgA, collab.LevelExecutive, map[string]int{"urgency.need": 3}, map[collab.Mechanism]string{u: "second"}},
			},
			want: []want{{orgA, collab.LevelExecutive, map[collab.Mechanism]int{u: 3}, map[collab.Mechanism]string{u: "first\nsecond"}}},
		},
		{
			name: "a person without an answer is left out",
			persons: []person{
				{orgA, collab.LevelExecutive, nil, nil},
			},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raters := make([]rounds.Rater, len(tt.persons))
			for i, p := range tt.persons {
				raters[i] = rounds.Rater{RaterSpec: rounds.RaterSpec{Stakeholder: p.org, Level: p.level}, ID: uuid.New()}
				if p.scores != nil {
					a := &rounds.Answer{}
					for _, key := range statementKeys() {
						if sc, ok := p.scores[key]; ok {
							a.Scores = append(a.Scores, rounds.StatementScore{Statement: key, Score: sc})
						}
					}
					for _, m := range collab.Mechanisms() {
						if c, ok := p.notes[m]; ok {
							a.Comments = append(a.Comments, rounds.Comment{Mechanism: m, Text: c})
						}
					}
					require.NoError(t, a.Validate())
					raters[i].Answer = a
				}
			}
			got := rounds.Consolidate(raters)
			require.Len(t, got, len(tt.want))
			for i, w := range tt.want {
				assert.Equal(t, w.org, got[i].Stakeholder)
				assert.Equal(t, w.level, got[i].Level)
				scores := map[collab.Mechanism]int{}
				comments := map[collab.Mechanism]string{}
				for _, sc := range got[i].Scores {
					scores[sc.Mechanism] = sc.Score
					if sc.Comment != "" {
						comments[sc.Mechanism] = sc.Comment
					}
				}
				assert.Equal(t, w.scores, scores)
				if w.comments == nil {
					w.comments = map[collab.Mechanism]string{}
				}
				assert.Equal(t, w.comments, comments)
			}
		})
	}
}

func TestConsolidatedCommentsStayWithinTheLimit(t *testing.T) {
	var raters []rounds.Rater
	for range 6 {
		a := answer(all(3), map[collab.Mechanism]string{collab.MechanismUrgency: strings.Repeat("ë", rounds.MaxCommentLength)})
		raters = append(raters, rounds.Rater{RaterSpec: rounds.RaterSpec{Stakeholder: orgA, Level: collab.LevelManager}, ID: uuid.New(), Answer: &a})
	}
	got := rounds.Consolidate(raters)
	c := got[0].Scores[0].Comment
	assert.Equal(t, collab.MaxTextLength, len([]rune(c)))
	assert.True(t, strings.HasSuffix(c, "…"))
}

// A round of six persons of the Zoetermeer demo, closed, is a valid round
// of the collaboration, and the library sees its split and level gap.
func TestAClosedRoundIsAValidSelfAssessmentOfTheCase(t *testing.T) {
	d, ok := demo.Lookup("zoetermeer-2025")
	require.True(t, ok)
	c := d.Case
	members := c.Collaboration.Members
	specs := []rounds.RaterSpec{
		{Stakeholder: members[0].Stakeholder, Level: collab.LevelExecutive},
		{Stakeholder: members[0].Stakeholder, Level: collab.LevelProfessional},
		{Stakeholder: members[0].Stakeholder, Level: collab.LevelProfessional},
		{Stakeholder: members[1].Stakeholder, Level: collab.LevelExecutive},
		{Stakeholder: members[1].Stakeholder, Level: collab.LevelProfessional},
		{Stakeholder: members[2].Stakeholder, Level: collab.LevelManager},
	}
	spec := rounds.Spec{Raters: specs}
	require.NoError(t, spec.ValidateIn(&c.Collaboration))
	r, issued := open(t, spec.Raters...)
	given := []int{5, 2, 1, 5, 1, 3}
	for i, is := range issued {
		require.NoError(t, r.Submit(is.Rater, answer(all(given[i]), map[collab.Mechanism]string{collab.MechanismActors: "rater " + string(rune('A'+i))}), opened))
	}
	sa, err := r.Close(closeAt, closeOn)
	require.NoError(t, err)
	require.NoError(t, sa.ValidateIn(&c.Collaboration))
	require.Len(t, sa.Ratings, 5, "the two professionals of the first member are one rating")
	assert.Equal(t, 1, sa.Ratings[1].Scores[0].Score, "the median of 2 and 1 is 1.5, rounded down")
	assert.Equal(t, "rater B\nrater C", sa.Ratings[1].Scores[2].Comment)

	c.SelfAssessments = rounds.WithSelfAssessment(c.SelfAssessments, sa)
	require.NoError(t, c.Validate())
	agg, ok := collab.LookupAggregate(sa.Aggregate(), collab.MechanismUrgency)
	require.True(t, ok)
	assert.Equal(t, collab.ConsensusDivided, agg.Consensus)
	require.NotNil(t, agg.LevelGap)
	assert.InDelta(t, 4.0, *agg.LevelGap, 1e-9)
}

func TestTokenHash(t *testing.T) {
	tok, h, err := rounds.NewToken(nil)
	require.NoError(t, err)
	assert.Len(t, string(tok), rounds.TokenLength)
	assert.True(t, h.Equal(tok.Hash()))
	assert.False(t, rounds.TokenHash{}.Equal(rounds.TokenHash{}), "the zero hash matches nothing")
	back, err := rounds.ParseTokenHash(h.String())
	require.NoError(t, err)
	assert.Equal(t, h, back)
	_, err = rounds.ParseTokenHash("zz")
	assert.Error(t, err)
	_, err = rounds.ParseTokenHash(strings.Repeat("g", 64))
	assert.Error(t, err)
	_, _, err = rounds.NewToken(bytes.NewReader(nil))
	assert.True(t, err != nil && !errors.Is(err, rounds.ErrExpired))
}

func TestTokenWellFormed(t *testing.T) {
	tests := []struct {
		name  string
		token rounds.Token
		want  bool
	}{
		{"a fresh token is well formed", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJK-_0123", true},
		{"a short token is not", "abc", false},
		{"a token with a slash is not", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJK/_0123", false},
		{"a token with padding is not", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJK-_012=", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, tt.token.WellFormed()) })
	}
}

func TestStateText(t *testing.T) {
	tests := []struct {
		name  string
		state rounds.State
		word  string
	}{
		{"an open round is open", rounds.StateOpen, "open"},
		{"a closed round is closed", rounds.StateClosed, "closed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.state.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.word, string(b))
			var back rounds.State
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tt.state, back)
		})
	}
	_, err := rounds.StateUnknown.MarshalText()
	assert.Error(t, err, "the zero state is never written")
	_, err = rounds.ParseState("ajar")
	assert.ErrorContains(t, err, `"ajar"`)
	assert.Equal(t, "unknown", rounds.State(7).String())
}

package store_test

import (
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/kennisbank/rounds"
	"github.com/regiokompas/regiokompas/examples/kennisbank/store"
	"github.com/regiokompas/regiokompas/examples/kennisbank/store/storetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRoundStore runs the rounds' storage suite on every backend.
func TestRoundStore(t *testing.T) {
	for _, b := range storetest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) { roundStoreSuite(t, b) })
	}
}

var roundOpened = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// openRound stores a case and a round of three raters of it.
func openRound(t *testing.T, s store.Store) (*rounds.Round, []rounds.Issued, store.Record) {
	t.Helper()
	rec, err := s.Create(t.Context(), newRecord("Rounds", "zoetermeer"))
	require.NoError(t, err)
	r, issued, err := rounds.Open(rec.ID, rounds.Spec{Note: "spring", Raters: []rounds.RaterSpec{
		{Stakeholder: uuid.New(), Level: collab.LevelExecutive, Name: "Anna"},
		{Stakeholder: uuid.New(), Level: collab.LevelManager},
		{Stakeholder: uuid.New(), Level: collab.LevelProfessional, Name: "Chris"},
	}}, roundOpened, roundOpened.AddDate(0, 0, 14), nil)
	require.NoError(t, err)
	require.NoError(t, s.(store.Rounds).CreateRound(t.Context(), r))
	return r, issued, rec
}

func someAnswer(score int, comment string) rounds.Answer {
	a := rounds.Answer{Scores: []rounds.StatementScore{{Statement: "urgency.need", Score: score}, {Statement: "strategy.vision", Score: score}}}
	if comment != "" {
		a.Comments = []rounds.Comment{{Mechanism: collab.MechanismUrgency, Text: comment}}
	}
	return a
}

func roundStoreSuite(t *testing.T, b storetest.Backend) {
	at := roundOpened.Add(time.Hour)

	t.Run("a stored round reads back with its raters in order and no answers", func(t *testing.T) {
		s := b.Open(t)
		r, _, rec := openRound(t, s)
		got, err := s.(store.Rounds).GetRound(t.Context(), rec.ID, r.ID)
		require.NoError(t, err)
		assert.Equal(t, r.ID, got.ID)
		assert.Equal(t, "spring", got.Note)
		assert.Equal(t, rounds.StateOpen, got.State)
		assert.True(t, r.Opened.Equal(got.Opened))
		assert.True(t, got.Closed.IsZero())
		require.Len(t, got.Raters, 3)
		for i := range r.Raters {
			assert.Equal(t, r.Raters[i].RaterSpec, got.Raters[i].RaterSpec)
			assert.Equal(t, r.Raters[i].TokenHash, got.Raters[i].TokenHash)
			assert.True(t, r.Raters[i].Expires.Equal(got.Raters[i].Expires))
			assert.Nil(t, got.Raters[i].Answer)
		}
		list, err := s.(store.Rounds).ListRounds(t.Context(), rec.ID)
		require.NoError(t, err)
		require.Len(t, list, 1)
	})

	t.Run("a round of a missing case is refused, and a round of another case is not found", func(t *testing.T) {
		s := b.Open(t)
		r, _, err := rounds.Open(uuid.New(), rounds.Spec{Raters: []rounds.RaterSpec{{Stakeholder: uuid.New(), Level: collab.LevelManager}}}, roundOpened, roundOpened.Add(time.Hour), nil)
		require.NoError(t, err)
		assert.ErrorIs(t, s.(store.Rounds).CreateRound(t.Context(), r), store.ErrNotFound)
		stored, _, _ := openRound(t, s)
		_, err = s.(store.Rounds).GetRound(t.Context(), uuid.New(), stored.ID)
		assert.ErrorIs(t, err, store.ErrRoundNotFound)
	})

	t.Run("a token reaches its own rater and answer only", func(t *testing.T) {
		s := b.Open(t)
		r, issued, rec := openRound(t, s)
		rs := s.(store.Rounds)
		require.NoError(t, rs.SaveAnswer(t.Context(), issued[0].Token.Hash(), someAnswer(2, "A's view"), at))
		require.NoError(t, rs.SaveAnswer(t.Context(), issued[1].Token.Hash(), someAnswer(5, ""), at))
		require.NoError(t, rs.SaveAnswer(t.Context(), issued[0].Token.Hash(), someAnswer(3, "A's second view"), at.Add(time.Minute)))

		acc, err := rs.RaterByToken(t.Context(), issued[0].Token.Hash(), at)
		require.NoError(t, err)
		assert.Equal(t, r.Raters[0].ID, acc.Rater.ID)
		assert.Equal(t, "Rounds", acc.CaseName)
		assert.Equal(t, "zoetermeer", acc.Region)
		assert.True(t, acc.Open)
		require.NotNil(t, acc.Rater.Answer)
		assert.Equal(t, "A's second view", acc.Rater.Answer.Comment(collab.MechanismUrgency))
		assert.True(t, acc.Rater.Answer.Saved.Equal(at.Add(time.Minute)))

		acc, err = rs.RaterByToken(t.Context(), issued[2].Token.Hash(), at)
		require.NoError(t, err)
		assert.Nil(t, acc.Rater.Answer)

		got, err := rs.GetRound(t.Context(), rec.ID, r.ID)
		require.NoError(t, err)
		assert.Equal(t, 2, got.Answered())
		n, _ := got.Raters[1].Answer.Score("urgency.need")
		assert.Equal(t, 5, n, "A's answers did not touch B's")
	})

	t.Run("an unknown or expired token reaches nothing", func(t *testing.T) {
		s := b.Open(t)
		_, issued, _ := openRound(t, s)
		rs := s.(store.Rounds)
		other, _, err := rounds.NewToken(nil)
		require.NoError(t, err)
		_, err = rs.RaterByToken(t.Context(), other.Hash(), at)
		assert.ErrorIs(t, err, rounds.ErrUnknownRater)
		assert.ErrorIs(t, rs.SaveAnswer(t.Context(), other.Hash(), someAnswer(3, ""), at), rounds.ErrUnknownRater)
		late := roundOpened.AddDate(0, 0, 14)
		_, err = rs.RaterByToken(t.Context(), issued[0].Token.Hash(), late)
		assert.ErrorIs(t, err, rounds.ErrExpired)
		assert.ErrorIs(t, rs.SaveAnswer(t.Context(), issued[0].Token.Hash(), someAnswer(3, ""), late), rounds.ErrExpired)
	})

	t.Run("closing writes the round and the case together, and then answers are refused", func(t *testing.T) {
		s := b.Open(t)
		r, issued, rec := openRound(t, s)
		rs := s.(store.Rounds)
		require.NoError(t, rs.SaveAnswer(t.Context(), issued[0].Token.Hash(), someAnswer(4, ""), at))
		got, err := rs.GetRound(t.Context(), rec.ID, r.ID)
		require.NoError(t, err)
		_, err = got.Close(at, collab.DateOf(at))
		require.NoError(t, err)
		next := rec
		next.Body = []byte(`{"closed":true}`)
		updated, err := rs.UpdateRound(t.Context(), got, &next, rec.Revision)
		require.NoError(t, err)
		assert.Equal(t, int64(2), updated.Revision.Version)
		stored, err := s.Get(t.Context(), rec.ID)
		require.NoError(t, err)
		assert.Equal(t, `{"closed":true}`, string(stored.Body))

		assert.ErrorIs(t, rs.SaveAnswer(t.Context(), issued[1].Token.Hash(), someAnswer(1, ""), at), rounds.ErrClosed)
		again, err := rs.GetRound(t.Context(), rec.ID, r.ID)
		require.NoError(t, err)
		assert.Equal(t, rounds.StateClosed, again.State)
		assert.True(t, again.Closed.Equal(at))
		assert.Equal(t, 1, again.Answered())
	})

	t.Run("a write based on an outdated read of the round or the case is refused whole", func(t *testing.T) {
		s := b.Open(t)
		r, issued, rec := openRound(t, s)
		rs := s.(store.Rounds)
		read, err := rs.GetRound(t.Context(), rec.ID, r.ID)
		require.NoError(t, err)
		require.NoError(t, rs.SaveAnswer(t.Context(), issued[0].Token.Hash(), someAnswer(4, ""), at))
		_, err = read.Close(at, collab.DateOf(at))
		assert.ErrorIs(t, err, rounds.ErrNoAnswers, "the old read has no answer")
		read.State = rounds.StateClosed
		_, err = rs.UpdateRound(t.Context(), read, nil, store.Revision{})
		assert.ErrorIs(t, err, store.ErrRoundStale, "an answer came in after the read")

		fresh, err := rs.GetRound(t.Context(), rec.ID, r.ID)
		require.NoError(t, err)
		_, err = fresh.Close(at, collab.DateOf(at))
		require.NoError(t, err)
		stale := rec
		stale.Revision = store.Revision{Generation: rec.Revision.Generation, Version: 99}
		_, err = rs.UpdateRound(t.Context(), fresh, &rec, stale.Revision)
		assert.ErrorIs(t, err, store.ErrStale)
		still, err := rs.GetRound(t.Context(), rec.ID, r.ID)
		require.NoError(t, err)
		assert.Equal(t, rounds.StateOpen, still.State, "the round stayed open with the case unchanged")
	})

	t.Run("removing a rater removes their answer and their link", func(t *testing.T) {
		s := b.Open(t)
		r, issued, rec := openRound(t, s)
		rs := s.(store.Rounds)
		require.NoError(t, rs.SaveAnswer(t.Context(), issued[1].Token.Hash(), someAnswer(4, ""), at))
		got, err := rs.GetRound(t.Context(), rec.ID, r.ID)
		require.NoError(t, err)
		require.NoError(t, got.RemoveRater(issued[1].Rater))
		_, err = rs.UpdateRound(t.Context(), got, nil, store.Revision{})
		require.NoError(t, err)
		_, err = rs.RaterByToken(t.Context(), issued[1].Token.Hash(), at)
		assert.ErrorIs(t, err, rounds.ErrUnknownRater)
		again, err := rs.GetRound(t.Context(), rec.ID, r.ID)
		require.NoError(t, err)
		assert.Len(t, again.Raters, 2)
		assert.Zero(t, again.Answered())
	})

	t.Run("deleting the case deletes its rounds", func(t *testing.T) {
		s := b.Open(t)
		r, issued, rec := openRound(t, s)
		require.NoError(t, s.Delete(t.Context(), rec.ID, store.Revision{}))
		_, err := s.(store.Rounds).GetRound(t.Context(), rec.ID, r.ID)
		assert.ErrorIs(t, err, store.ErrRoundNotFound)
		_, err = s.(store.Rounds).RaterByToken(t.Context(), issued[0].Token.Hash(), at)
		assert.ErrorIs(t, err, rounds.ErrUnknownRater)
	})

	t.Run("answers saved at once by every rater all arrive", func(t *testing.T) {
		s := b.Open(t)
		r, issued, rec := openRound(t, s)
		var wg sync.WaitGroup
		for i, is := range issued {
			wg.Go(func() {
				assert.NoError(t, s.(store.Rounds).SaveAnswer(t.Context(), is.Token.Hash(), someAnswer(i+1, ""), at))
			})
		}
		wg.Wait()
		got, err := s.(store.Rounds).GetRound(t.Context(), rec.ID, r.ID)
		require.NoError(t, err)
		assert.Equal(t, 3, got.Answered())
		assert.Equal(t, r.Version+3, got.Version)
	})
}

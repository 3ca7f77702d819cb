package assess_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/regiokompas/regiokompas/lesson/assess"
)

func TestAnEvaluationWhoseContextIsDoneBeforehandDoesNothing(t *testing.T) {
	c := generatedCase(t, 3, 20, 10)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	expired, stop := context.WithDeadline(context.Background(), (collab.MustParseDate("2000-01-01")).Time())
	defer stop()
	tests := []struct {
		name string
		ctx  context.Context
		want error
	}{
		{"a cancelled context gives context.Canceled", cancelled, context.Canceled},
		{"an expired deadline gives context.DeadlineExceeded", expired, context.DeadlineExceeded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := assess.EvaluateContext(tt.ctx, c, benchAsOf)
			require.ErrorIs(t, err, tt.want)
			assert.Nil(t, r)
			assert.Equal(t, "assess: evaluation stopped before validating the case: "+tt.want.Error(), err.Error())
		})
	}
}

// A case whose actor network is large: one network of all of 250 members
// ties some 31,000 pairs, so the network measures look at the context inside
// their loops.
func networkHeavyCase(t *testing.T) *assess.Case {
	t.Helper()
	c := generatedCase(t, 5, 250, 20)
	col := &c.Collaboration
	all := make([]uuid.UUID, 0, len(col.Members))
	since := col.Started
	for i := range col.Members {
		all = append(all, col.Members[i].Stakeholder)
		if col.Members[i].Joined.After(since) {
			since = col.Members[i].Joined
		}
	}
	col.Networks = append(col.Networks, collab.Network{ID: uuid.MustParse("5e000000-0000-4000-8000-000000000001"),
		Name: "Iedereen", Kind: collab.NetworkProfessionals, Members: all, Since: since})
	require.NoError(t, c.Validate())
	return c
}

// Cancelled at its first look, then its second and so on, an evaluation
// stops at the very look that saw it (so after at most one rule or
// network.CheckInterval steps of the network measures), returns the
// context's error with where it stopped, and no report; the run that sees
// no cancellation gives what Evaluate gives.
func TestACancelledEvaluationStopsAtTheFirstLookAfterIt(t *testing.T) {
	c := networkHeavyCase(t)
	want, err := assess.Evaluate(c, benchAsOf)
	require.NoError(t, err)
	var wheres []string
	for at := 1; ; at++ {
		ctx := collabtest.NewCancelledAt(at)
		r, err := assess.EvaluateContext(ctx, c, benchAsOf)
		if err == nil {
			assert.Equal(t, want, r)
			break
		}
		require.ErrorIs(t, err, context.Canceled)
		require.Nil(t, r)
		require.Equal(t, at, ctx.Looks, "cancelled at look %d, it looked again: %v", at, err)
		wheres = append(wheres, strings.TrimSuffix(strings.TrimPrefix(err.Error(), "assess: evaluation stopped "), ": context canceled"))
	}
	require.Greater(t, len(wheres), len(assess.Rules()), "a look before validating and before every rule, and some in the network")
	assert.Equal(t, "before validating the case", wheres[0])
	assert.Regexp(t, `^before rule [a-z.-]+ \(\d+ of `+strconv.Itoa(len(assess.Rules()))+`\)$`, wheres[1])
	inNetwork := 0
	for _, w := range wheres {
		if strings.HasPrefix(w, "in rule ") && strings.Contains(w, ": network: stopped in ") {
			inNetwork++
		}
	}
	assert.Greater(t, inNetwork, 2, "the network measures stop inside the rule that asked for them: %q", wheres)
	assert.Equal(t, "after the rules", wheres[len(wheres)-1])
}

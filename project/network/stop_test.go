package network_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/regiokompas/regiokompas/project/network"
)

// stopsAtEveryLook cancels run's context at its first look, then its
// second, and so on until run finishes without seeing it, and requires
// that each cancelled run stops at the very look that saw it (so within
// CheckInterval steps of work), returns the context's error and names the
// stage it stopped in. It returns the stages seen and the looks of a whole
// run.
func stopsAtEveryLook(t *testing.T, run func(ctx context.Context) error) (stages map[string]bool, looks int) {
	t.Helper()
	stages = map[string]bool{}
	for at := 1; ; at++ {
		ctx := collabtest.NewCancelledAt(at)
		err := run(ctx)
		if err == nil {
			return stages, ctx.Looks
		}
		require.ErrorIs(t, err, context.Canceled)
		require.Equal(t, at, ctx.Looks, "a run cancelled at look %d looked again after it: %v", at, err)
		msg := err.Error()
		require.True(t, strings.HasPrefix(msg, "network: stopped in "), msg)
		stages[strings.TrimSuffix(strings.TrimPrefix(msg, "network: stopped in "), ": context canceled")] = true
	}
}

func TestACancelledAnalysisStopsAtTheFirstLookAfterIt(t *testing.T) {
	n, edges := twoCliquesAndABridge(40)
	g := network.FromEdges(n, edges)
	opts := network.Options{Betweenness: network.BetweennessAll, BetweennessBudget: -1}
	want := g.Analyse(opts)
	var got network.Analysis
	stages, looks := stopsAtEveryLook(t, func(ctx context.Context) error {
		a, err := g.AnalyseContext(ctx, opts)
		if err != nil {
			assert.Zero(t, a, "a stopped analysis gives nothing")
		}
		got = a
		return err
	})
	assert.Equal(t, want, got, "a whole run gives what Analyse gives")
	assert.Greater(t, looks, 10, "the exact betweenness of %d nodes is looked at within its loops", n)
	assert.Equal(t, map[string]bool{"the components and brokers": true, "the centrality": true, "the overlaps": true}, stages)
}

func TestACancelledBuildStopsAtTheFirstLookAfterIt(t *testing.T) {
	c := collabtest.Full(250)
	asOf := collab.MustParseDate("2024-01-01")
	want := network.Build(&c, nil, asOf)
	var got *network.Graph
	stages, looks := stopsAtEveryLook(t, func(ctx context.Context) error {
		g, err := network.BuildContext(ctx, &c, nil, asOf)
		if err != nil {
			assert.Nil(t, g, "a stopped build gives no graph")
		}
		got = g
		return err
	})
	assert.Equal(t, want, got, "a whole run gives what Build gives")
	assert.Greater(t, looks, 3, "four networks of up to 250 members tie some 97,000 pairs")
	assert.Equal(t, map[string]bool{"building the graph": true}, stages)
}

func TestAnAnalysisCancelledBeforeItStartsDoesNothing(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n, edges := twoCliquesAndABridge(5)
	_, err := network.BuildContext(ctx, nil, nil, collab.MustParseDate("2024-01-01"))
	require.EqualError(t, err, "network: stopped in building the graph: context canceled")
	_, err = network.FromEdges(n, edges).AnalyseContext(ctx, network.Options{})
	require.EqualError(t, err, "network: stopped in the components and brokers: context canceled")
}

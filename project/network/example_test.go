package network_test

import (
	"context"
	"fmt"

	"github.com/google/uuid"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project/network"
)

// Two triangles of partners joined through one organisation: that
// organisation and the two it links lie on every path between the groups,
// and the network falls apart without any of them.
func ExampleGraph_Analyse() {
	// Seven members, numbered in their IDs so that node i is member i.
	member := func(i int) uuid.UUID { return uuid.UUID{15: byte(i)} }
	since := collab.MustParseDate("2020-01-01")
	c := &collab.Collaboration{Started: since}
	for i := range 7 {
		c.Members = append(c.Members, collab.Member{Stakeholder: member(i), Joined: since})
	}
	for _, group := range [][]int{{0, 1, 2}, {2, 3}, {3, 4}, {4, 5, 6}} {
		n := collab.Network{Kind: collab.NetworkProfessionals, Since: since}
		for _, i := range group {
			n.Members = append(n.Members, member(i))
		}
		c.Networks = append(c.Networks, n)
	}

	a := network.Build(c, nil, collab.MustParseDate("2021-06-01")).Analyse(network.Options{})
	for i, c := range a.Centrality {
		fmt.Printf("node %d: degree %d, betweenness %.0f (normalised %.2f)\n", i, c.Degree, c.Betweenness, c.NormalisedBetweenness)
	}
	for _, b := range a.Brokers {
		fmt.Printf("broker %s cuts off %d\n", b.Stakeholder, b.CutOff)
	}
	// Output:
	// node 0: degree 2, betweenness 0 (normalised 0.00)
	// node 1: degree 2, betweenness 0 (normalised 0.00)
	// node 2: degree 3, betweenness 8 (normalised 0.53)
	// node 3: degree 2, betweenness 9 (normalised 0.60)
	// node 4: degree 3, betweenness 8 (normalised 0.53)
	// node 5: degree 2, betweenness 0 (normalised 0.00)
	// node 6: degree 2, betweenness 0 (normalised 0.00)
	// broker 00000000-0000-0000-0000-000000000003 cuts off 3
	// broker 00000000-0000-0000-0000-000000000002 cuts off 2
	// broker 00000000-0000-0000-0000-000000000004 cuts off 2
}

// A collaboration's graph ties members who share a network or a running
// project; the analysis names who stands apart and which networks repeat
// each other.
func ExampleBuild() {
	c, projects := fixture()
	a := network.Build(c, projects, date("2021-06-01")).Analyse(network.Options{})
	fmt.Println("stakeholders:", a.Stakeholders, "ties:", a.Ties)
	fmt.Println("isolated:", len(a.Isolated), "brokers:", len(a.Brokers))
	for _, o := range a.Overlaps {
		fmt.Printf("%s and %s share %d of %d members\n", o.NameA, o.NameB, o.Shared, o.Union)
	}
	for _, f := range a.Fragile {
		fmt.Printf("fragile: %s\n", f.Title)
	}
	// Output:
	// stakeholders: 5 ties: 4
	// isolated: 1 brokers: 1
	// Regiotafel and Bestuurdersoverleg share 3 of 3 members
	// fragile: Technologie
	// fragile: Eigen pilot
	// fragile: Met vertrokken lid
}

// Options adjusts an analysis; its zero value means the defaults, so a
// caller names only the setting it changes. In mid-2019 two networks of
// the collaboration shared three of their four members: a Jaccard index of
// 0.75.
func ExampleOptions() {
	c, projects := fixture()
	g := network.Build(c, projects, date("2019-06-01"))
	for _, opts := range []network.Options{
		{},                      // the default threshold, 0.75
		{OverlapThreshold: 0.8}, // stricter
		{OverlapThreshold: -1},  // every pair of networks
	} {
		fmt.Println(opts.OverlapThreshold, len(g.Analyse(opts).Overlaps))
	}
	// Output:
	// 0 1
	// 0.8 0
	// -1 3
}

// LookupCentrality finds the centrality of one stakeholder, and false for
// one that is not in the graph.
func ExampleAnalysis_LookupCentrality() {
	c, projects := fixture()
	a := network.Build(c, projects, date("2021-06-01")).Analyse(network.Options{})
	h, ok := a.LookupCentrality(hospital)
	fmt.Println(ok, h.Degree, h.Betweenness)
	_, ok = a.LookupCentrality(uuid.MustParse("5a000000-0000-4000-8000-0000000000ff"))
	fmt.Println(ok)
	// Output:
	// true 3 2
	// false
}

// A caller that only says how much runs through each broker asks for the
// brokers' betweenness alone: a network without brokers then costs linear
// time, and one with brokers no more than the budget.
func ExampleBetweennessScope() {
	member := func(i int) uuid.UUID { return uuid.UUID{15: byte(i)} }
	since := collab.MustParseDate("2020-01-01")
	c := &collab.Collaboration{Started: since}
	for i := range 5 {
		c.Members = append(c.Members, collab.Member{Stakeholder: member(i), Joined: since})
	}
	// Two groups that share member 2.
	for _, group := range [][]int{{0, 1, 2}, {2, 3, 4}} {
		n := collab.Network{Kind: collab.NetworkProfessionals, Since: since}
		for _, i := range group {
			n.Members = append(n.Members, member(i))
		}
		c.Networks = append(c.Networks, n)
	}
	a := network.Build(c, nil, since).Analyse(network.Options{Betweenness: network.BetweennessOfBrokers})
	for _, ce := range a.Centrality {
		fmt.Printf("%s: betweenness %.0f\n", ce.Stakeholder, ce.Betweenness)
	}
	// Output:
	// 00000000-0000-0000-0000-000000000000: betweenness 0
	// 00000000-0000-0000-0000-000000000001: betweenness 0
	// 00000000-0000-0000-0000-000000000002: betweenness 4
	// 00000000-0000-0000-0000-000000000003: betweenness 0
	// 00000000-0000-0000-0000-000000000004: betweenness 0
}

// BuildContext and AnalyseContext stop when their context is done, within
// CheckInterval steps of work, and say in which stage.
func ExampleGraph_AnalyseContext() {
	c, projects := fixture()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	g, err := network.BuildContext(ctx, c, projects, date("2021-06-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := g.AnalyseContext(ctx, network.Options{})
	fmt.Println("stakeholders:", a.Stakeholders, "error:", err)
	cancel()
	_, err = g.AnalyseContext(ctx, network.Options{})
	fmt.Println(err)
	// Output:
	// stakeholders: 5 error: <nil>
	// network: stopped in the components and brokers: context canceled
}

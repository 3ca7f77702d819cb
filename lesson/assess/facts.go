package assess

import (
	"context"
	"slices"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project/network"
)

// facts is what the rules share about one case on one date, worked out
// once so that each rule stays a few lines.
type facts struct {
	// ctx stops the network measures when it is done; err is its error,
	// wrapped, once they stopped (see actorNetwork).
	ctx  context.Context
	err  error
	rule int // the index in rules of the rule running, for err
	c    *Case
	col  *collab.Collaboration
	asOf collab.Date
	// roles maps each stakeholder of the case to its role.
	roles map[uuid.UUID]collab.Role
	// names maps each stakeholder of the case to its name.
	names map[uuid.UUID]string
	// net is the analysis of the actor network, worked out on first use
	// by actorNetwork.
	net *network.Analysis
}

func newFacts(ctx context.Context, c *Case, asOf collab.Date) *facts {
	f := &facts{
		ctx:   ctx,
		c:     c,
		col:   &c.Collaboration,
		asOf:  asOf,
		roles: make(map[uuid.UUID]collab.Role, len(c.Stakeholders)),
		names: make(map[uuid.UUID]string, len(c.Stakeholders)),
	}
	for _, s := range c.Stakeholders {
		f.roles[s.ID] = s.Role
		f.names[s.ID] = s.Name
	}
	return f
}

// name returns the stakeholder's name, or its ID when the case lacks it.
func (f *facts) name(id uuid.UUID) string {
	if n, ok := f.names[id]; ok {
		return n
	}
	return id.String()
}

// activeMembers calls fn for each member that belongs to the
// collaboration on the as-of date, with its index.
func (f *facts) activeMembers(fn func(i int, m *collab.Member)) {
	for i := range f.col.Members {
		if m := &f.col.Members[i]; m.ActiveOn(f.asOf) {
			fn(i, m)
		}
	}
}

// hasTable reports whether the collaboration has a regional table on the
// as-of date: an active regional-table network or, in a case that records
// none, a member flagged as seated.
func (f *facts) hasTable() bool {
	for _, i := range f.activeNetworks() {
		if f.col.Networks[i].Kind == collab.NetworkRegionalTable {
			return true
		}
	}
	found := false
	f.activeMembers(func(_ int, m *collab.Member) { found = found || m.RegionalTable })
	return found
}

// atTable reports whether member i has a seat at the regional table. The
// regional-table networks are the one source of truth when the case records
// any: the member's seat is its membership of an active one. Only a case
// without regional-table networks falls back on the member's
// regionalTable flag.
func (f *facts) atTable(i int) bool {
	m := &f.col.Members[i]
	tables := false
	for j := range f.col.Networks {
		n := &f.col.Networks[j]
		if n.Kind != collab.NetworkRegionalTable {
			continue
		}
		tables = true
		if n.ActiveOn(f.asOf) && slices.Contains(n.Members, m.Stakeholder) {
			return true
		}
	}
	return !tables && m.RegionalTable
}

// memberWithRole returns the index of an active member with one of the
// roles, preferring one with a seat at the regional table; -1 if none.
func (f *facts) memberWithRole(roles ...collab.Role) int {
	found := -1
	f.activeMembers(func(i int, m *collab.Member) {
		r := f.roles[m.Stakeholder]
		for _, want := range roles {
			if r == want && (found < 0 || f.atTable(i) && !f.atTable(found)) {
				found = i
			}
		}
	})
	return found
}

// holders returns the indexes of the role holders of kind, and the index
// of one that is active on the as-of date (the latest to start), or -1.
func (f *facts) holders(kind collab.RoleKind) (idx []int, active int) {
	active = -1
	for i := range f.col.RoleHolders {
		h := &f.col.RoleHolders[i]
		if h.Kind != kind {
			continue
		}
		idx = append(idx, i)
		if h.ActiveOn(f.asOf) && (active < 0 || !h.From.Before(f.col.RoleHolders[active].From)) {
			active = i
		}
	}
	return idx, active
}

// activeNetworks returns the indexes of networks that exist on the as-of
// date.
func (f *facts) activeNetworks() []int {
	var idx []int
	for i := range f.col.Networks {
		if f.col.Networks[i].ActiveOn(f.asOf) {
			idx = append(idx, i)
		}
	}
	return idx
}

// actorNetwork returns the analysis of the actor network on the as-of
// date (see package lesson/network): who is tied to whom through active
// networks and running projects. It is worked out once per evaluation, on
// first use; rules run one after the other, so no lock is needed. Only
// the brokers' betweenness is worked out, since only the broker finding
// uses it.
//
// When f's context is done while the network is measured, f.err holds its
// error and the analysis is that of an empty graph, which the rule at hand
// can read without harm; Evaluate then discards the report.
func (f *facts) actorNetwork() *network.Analysis {
	if f.net == nil {
		opts := network.Options{OverlapThreshold: forestOverlap, Betweenness: network.BetweennessOfBrokers}
		g, err := network.BuildContext(f.ctx, f.col, f.c.Projects, f.asOf)
		var a network.Analysis
		if err == nil {
			a, err = g.AnalyseContext(f.ctx, opts)
		}
		if err != nil {
			f.err = err
			a = network.Build(nil, nil, f.asOf).Analyse(opts)
		}
		f.net = &a
	}
	return f.net
}

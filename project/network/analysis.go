package network

import (
	"context"
	"math"

	"github.com/google/uuid"
)

// Analysis is what the actor network shows on the graph's date. Every list
// is non-nil (empty when there is nothing to report) and in the order its
// field documents, so the same graph always gives the same analysis.
type Analysis struct {
	// Stakeholders is the number of nodes (active members), Ties the number
	// of distinct ties between them.
	Stakeholders int `json:"stakeholders"`
	Ties         int `json:"ties"`
	// Density is the share of possible ties that exist, 2·Ties/(n(n-1));
	// 0 below two stakeholders.
	Density float64 `json:"density"`
	// Centrality holds every stakeholder's degree and betweenness, in
	// stakeholder ID order.
	Centrality []Centrality `json:"centrality"`
	// Isolated are the stakeholders without any tie (degree 0), in ID
	// order: members who share no network and no running project with
	// anyone.
	Isolated []uuid.UUID `json:"isolated"`
	// Brokers are the stakeholders whose removal disconnects the network,
	// those that cut off the most members first, then in ID order.
	Brokers []Broker `json:"brokers"`
	// Components are the connected parts of the network, largest first,
	// then by their first member's ID. Each isolated stakeholder is a
	// component of its own.
	Components []Component `json:"components"`
	// Fragile are the running projects that hang on one person or one
	// member, in the order the projects were given.
	Fragile []FragileProject `json:"fragile"`
	// Overlaps are the pairs of networks that overlap at or above the
	// threshold, highest Jaccard index first (see Overlap).
	Overlaps []Overlap `json:"overlaps"`
}

// FragileProject is a running project that hangs on one person: its team
// says it depends on one individual (KeyPeople is 1), or only one member of
// the collaboration takes part in it (Participants is 1; 0 when no
// participant is an active member). Index is the project's position in the
// projects given to Build.
type FragileProject struct {
	Index        int       `json:"index"`
	Project      uuid.UUID `json:"project"`
	Title        string    `json:"title"`
	KeyPeople    int       `json:"keyPeople"`
	Participants int       `json:"participants"`
	// Only is the single participating member when Participants is 1.
	Only uuid.UUID `json:"only,omitzero"`
}

// Options adjusts an analysis. Like every options struct of the module it
// is passed by value, and each field's zero value means its default, so the
// zero Options gives the defaults.
type Options struct {
	// OverlapThreshold is the Jaccard index from which two networks count
	// as overlapping; zero or NaN: DefaultOverlapThreshold; negative: every
	// pair of networks is listed, whether they share a member or not.
	OverlapThreshold float64
	// Betweenness says whose betweenness the analysis works out (see
	// Centrality): zero is every stakeholder's.
	Betweenness BetweennessScope
	// BetweennessBudget bounds the work of the betweenness, in steps of
	// its breadth-first searches: the exact measure takes about V·(V+2E)
	// of them for V stakeholders and E ties, and when that is more than
	// the budget, betweenness is estimated from the searches of a sample
	// of sources spread evenly over the stakeholders, as many as the
	// budget allows (at least one). Zero: DefaultBetweennessBudget;
	// negative: always exact, whatever it costs.
	BetweennessBudget int
}

// DefaultBetweennessBudget is the work the betweenness may take unless
// Options say otherwise: about 4 million search steps, some tens of
// milliseconds. Every graph of up to 50 stakeholders, and sparse ones of
// up to about 1,000, are measured exactly within it.
const DefaultBetweennessBudget = 1 << 22

// BetweennessScope says for which stakeholders Analyse works out the
// betweenness centrality, the one measure of an analysis that costs more
// than linear time.
type BetweennessScope uint8

// The betweenness scopes.
const (
	// BetweennessAll works out every stakeholder's betweenness: the default.
	BetweennessAll BetweennessScope = iota
	// BetweennessOfBrokers works it out only when there are brokers, and
	// keeps it only for them (the others have zero): for callers that use
	// it to say how much runs through a broker. A network without brokers
	// then costs linear time.
	BetweennessOfBrokers
	// BetweennessNone leaves every betweenness zero.
	BetweennessNone
)

// budget returns the betweenness budget that o means; negative is none.
func (o Options) budget() int {
	if o.BetweennessBudget == 0 {
		return DefaultBetweennessBudget
	}
	return o.BetweennessBudget
}

// threshold returns the overlap threshold that o means.
func (o Options) threshold() float64 {
	if o.OverlapThreshold == 0 || math.IsNaN(o.OverlapThreshold) {
		return DefaultOverlapThreshold
	}
	return o.OverlapThreshold
}

// Analyse works out the analysis of the graph. It costs O(V+E) time for
// the components and brokers of V stakeholders with E ties, O(N²·k) for
// the overlaps of N networks of at most k members and O(P) for P
// projects, plus the betweenness (Brandes' algorithm): O(V·E) when exact,
// and never more than Options.BetweennessBudget steps (see Options). A nil
// or empty graph gives an empty analysis.
func (g *Graph) Analyse(opts Options) Analysis {
	return g.analyse(&stop{}, opts)
}

// AnalyseContext is Analyse that stops when ctx is done: it looks at ctx
// before each stage (structure, centrality, overlaps) and within them at
// least every CheckInterval steps, so that a cancelled analysis ends
// within about that much work, and returns ctx's error, wrapped with the
// stage it stopped in, and no analysis.
func (g *Graph) AnalyseContext(ctx context.Context, opts Options) (Analysis, error) {
	s := &stop{ctx: ctx}
	a := g.analyse(s, opts)
	if s.err != nil {
		return Analysis{}, s.err
	}
	return a, nil
}

// analyse is Analyse, counting its steps on s; once s stops, what it
// returns is not to be used.
func (g *Graph) analyse(s *stop, opts Options) Analysis {
	a := Analysis{
		Centrality: []Centrality{},
		Isolated:   []uuid.UUID{},
		Brokers:    []Broker{},
		Components: []Component{},
		Fragile:    []FragileProject{},
		Overlaps:   []Overlap{},
	}
	n := g.Len()
	if n == 0 {
		return a
	}
	a.Stakeholders, a.Ties = n, g.TieCount()
	if n >= 2 {
		a.Density = 2 * float64(a.Ties) / (float64(n) * float64(n-1))
	}
	for v := range n {
		if g.degree(v) == 0 {
			a.Isolated = append(a.Isolated, g.ids[v])
		}
	}
	if s.stage("the components and brokers") {
		return a
	}
	a.Components, a.Brokers = g.structure()
	if s.stage("the centrality") {
		return a
	}
	a.Centrality = g.centrality(s, opts, a.Brokers)
	if s.stage("the overlaps") {
		return a
	}
	for i := range g.projects {
		p := &g.projects[i]
		if p.keyPeople != 1 && len(p.nodes) != 1 {
			continue
		}
		f := FragileProject{Index: p.index, Project: p.id, Title: p.title, KeyPeople: p.keyPeople, Participants: len(p.nodes)}
		if len(p.nodes) == 1 {
			f.Only = g.ids[p.nodes[0]]
		}
		a.Fragile = append(a.Fragile, f)
	}
	a.Overlaps = g.overlaps(s, opts.threshold())
	return a
}

// LookupCentrality returns the centrality of the stakeholder id and true,
// or the zero Centrality and false when id is not a node of the analysed
// graph. It searches the ID-ordered list, O(log V).
func (a *Analysis) LookupCentrality(id uuid.UUID) (Centrality, bool) {
	lo, hi := 0, len(a.Centrality)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if compareID(a.Centrality[mid].Stakeholder, id) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(a.Centrality) && a.Centrality[lo].Stakeholder == id {
		return a.Centrality[lo], true
	}
	return Centrality{}, false
}

// Package network measures the actor network of a regional collaboration:
// who is tied to whom through the networks and projects they share, who
// holds the network together, who stands apart, and where networks repeat
// each other.
//
// The sources name regional infrastructure as the fifth mechanism of
// regional collaboration: people from different organisations who know each
// other through standing networks and shared work ("Mechanismen van
// regionale samenwerking: wat werkt en wat niet?", 21 June 2022). They also
// warn of a forest of networks in which the citizen drops out of view, and
// of networks for which nobody feels responsible as a whole (webinar with
// Zoetermeer 2025, March 2021). Network tools such as PARTNER and Kumu
// measure exactly this; this package does the same from the case data.
//
// # The graph
//
// [Build] turns a collaboration and its projects into an undirected,
// weighted [Graph] as it stood on a date. Its nodes are the members active
// on that date (collab.Member.ActiveOn), ordered by stakeholder ID. Two
// members are tied when they take part together in a network that exists
// on that date (collab.Network.Members) or in a project that runs on that
// date (project.Project.IsRunningOn, project.Project.Participants); the
// weight of a tie is the number of such networks and projects they share.
// Members who have left, networks that ended and projects that are not
// running tie nobody. Role holders (aanjager, vraagbaak...) add no ties:
// a role serves the whole collaboration rather than a particular partner,
// and tying the holder's organisation to everyone would make it the hub of
// every graph by construction.
//
// # The analysis
//
// [Graph.Analyse] returns an [Analysis], a plain value with JSON tags:
//   - per stakeholder its degree (distinct partners), its strength (the sum
//     of its tie weights) and its betweenness centrality, both raw and
//     normalised (see [Centrality]);
//   - isolated members: members with no tie at all;
//   - brokers: members whose removal cuts the network into more pieces
//     (articulation points), with how many members would lose their link;
//   - the connected components;
//   - running projects that hang on one person (KeyPeople is 1) or on a
//     single participating member;
//   - pairs of networks whose member sets overlap (Jaccard index at or
//     above a threshold, 0.75 unless [Options] say otherwise).
//
// Betweenness follows Brandes' algorithm ("A faster algorithm for
// betweenness centrality", 2001) on the unweighted graph: weights say how
// strong a tie is, not how long, so every tie counts as one step. It costs
// O(V·E) time and O(V+E) memory for V stakeholders and E ties; above a
// budget of work ([DefaultBetweennessBudget] steps unless [Options] say
// otherwise) it is estimated from a sample of sources, so that an analysis
// never costs more than the budget besides its linear parts; and
// [BetweennessOfBrokers] skips it where no broker needs it. Articulation
// points and components come from one depth-first search (Tarjan, 1972),
// O(V+E); overlaps cost O(N²·k) for N networks of at most k members.
// [BuildContext] and [Graph.AnalyseContext] stop when their context is
// done, looking at it at least every [CheckInterval] steps of this work.
//
// Every list in an Analysis has a documented, deterministic order, so the
// same input always gives the same output. A Graph is immutable once built
// and safe for concurrent use.
//
// The package depends on collab and project only, so that package lesson
// can feed its analysis into the assessment of the infrastructure
// mechanism.
package network

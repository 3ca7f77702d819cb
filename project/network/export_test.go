package network

// Test helpers for the package's external tests and benchmarks: graphs
// built straight from numbered nodes and edges, without a collaboration.
var (
	FromEdges = fromEdges
	NodeID    = nodeID
)

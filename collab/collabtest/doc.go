// Package collabtest holds test helpers for the packages that decode the
// module's JSON documents: the round trip a fuzz target runs on every input
// ([RoundTrip]), and the check that an error is a well-formed
// [collab.Problems] ([RequireWellFormedProblems]).
//
// The helpers take a [testing.TB] and stop the test with t.Fatalf on the
// first failure; the package needs nothing but the standard library and
// collab, so that importing it from a test adds no dependency.
package collabtest

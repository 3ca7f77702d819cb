// Package collabtest holds test helpers for collab and the packages built
// on it:
//   - for the packages that decode the module's JSON documents, the round
//     trip a fuzz target runs on every input ([RoundTrip]) and the check
//     that an error is a well-formed [collab.Problems]
//     ([RequireWellFormedProblems]);
//   - a generator of realistic synthetic collaborations with their
//     stakeholders ([Collaboration], [Collaborations]), for tests and
//     benchmarks, and the seeded source it draws from ([Rand]), which
//     generators of the types built on collab (such as projecttest's
//     portfolios) use in turn;
//   - for the packages whose tables are generated from data (region,
//     lesson), the check that a generated file is up to date
//     ([RequireGeneratedUpToDate]);
//   - for every package that declares enums, the one contract they keep
//     ([CheckEnum], [EnumProblems]).
//
// The checks take a [testing.TB] and fail the test. The package needs
// nothing but the standard library, uuid and collab, so that collab's own
// tests can use it and importing it adds no dependency.
//
// Everything generated is deterministic: the same seed gives the same
// output, on every machine and run (math/rand/v2 with a PCG source; no
// clock, no global state), and valid: collaborations and stakeholders pass
// their Validate. Collaborations live in the 31 zorgkantoorregio's, started
// between mid-2017 (the transition funds of the Kwaliteitskader) and
// mid-2019, and count nursing-home and home-care providers, GPs, hospitals,
// the zorgkantoor and others among their members.
package collabtest

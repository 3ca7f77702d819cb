// Package assesstest generates random, valid whole cases (assess.Case) for
// property tests, fuzz seeds and benchmarks of package lesson and the
// programs built on it.
//
// It builds on package project/projecttest: the collaboration, its
// stakeholders and its projects come from there, and assesstest adds what a
// case holds beyond them: regions of the case's own (a municipality inside
// the collaboration's zorgkantoorregio, with a neighbourhood and a profile),
// sometimes a collaboration working at that municipal scale, stakeholders
// working in the own regions, events, a transition budget, a continuity plan,
// notes, and self-assessment rounds in which the members rate the
// mechanisms.
//
// Everything is deterministic: the same arguments give the same case, on
// every machine and run (math/rand/v2 with a PCG source; no clock, no global
// state). Every case generated passes assess.Case.Validate and shares no
// memory with any other, so a test may change one freely.
package assesstest

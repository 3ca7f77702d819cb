// Package projecttest generates realistic synthetic portfolios of projects
// for tests and benchmarks of package project and of the packages built on
// it. The collaborations and stakeholders the projects belong to come from
// collabtest's generator ([collabtest.Collaborations]), which sits beside
// what it generates.
//
// Everything is deterministic: the same seed gives the same output, on
// every machine and run (collabtest.Rand: math/rand/v2 with a PCG source;
// no clock, no global state). Every project generated passes project's
// ValidateIn with its collaboration.
//
// The data follow the shape the sources describe. Projects start between
// 2018 and mid-2022, most in 2019 and 2020, and their themes drift over the
// years as in the national progress report: attracting new staff leads in
// 2019, technology, new ways of working and keeping staff lead from 2020,
// and task reallocation, triage and ANW services grow after that. Phases
// move as Phase allows, with some projects stopping, restarting or
// stalling; professionals often join programmes late; funding comes from
// the transition funds, ZonMw's impulse subsidies (from 2020) and the
// regional financiers.
package projecttest

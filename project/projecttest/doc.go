// Package projecttest generates realistic synthetic portfolios of projects,
// with the collaborations and stakeholders they belong to, for tests and
// benchmarks of package project and of the packages built on it.
//
// Everything is deterministic: the same seed gives the same output, on
// every machine and run (math/rand/v2 with a PCG source; no clock, no global
// state). Every value generated is valid: collaborations and stakeholders
// pass collab's Validate, and projects pass project's ValidateIn with
// their collaboration.
//
// The data follow the shape the sources describe. Collaborations live in
// the 31 zorgkantoorregio's, started between mid-2017 (the transition funds
// of the Kwaliteitskader) and mid-2019, and count nursing-home and home-care
// providers, GPs, hospitals, the zorgkantoor and others among their
// members. Projects start between 2018 and mid-2022, most in 2019 and 2020,
// and their themes drift over the years as in the national progress report:
// attracting new staff leads in 2019, technology, new ways of working and
// keeping staff lead from 2020, and task reallocation, triage and ANW
// services grow after that. Phases move as Phase allows, with some projects
// stopping, restarting or stalling; professionals often join programmes
// late; funding comes from the transition funds, ZonMw's impulse subsidies
// (from 2020) and the regional financiers.
package projecttest

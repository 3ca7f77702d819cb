// Package project models what regional collaborations in Dutch long-term
// and elderly care do: projects, and portfolios of projects with their
// analytics.
//
// Regions work through projects; the national programme "Waardigheid en
// trots in de regio" alone started 320 of them by April 2021. A [Project]
// says what it is about ([Theme]), how large it is ([Scale]), where it
// stands on the development path from idea to embedded ([Phase], with a
// dated history whose moves are checked), which stakeholders take part and
// when each level of their organisations (executives, managers, care
// professionals) came in, on how few people it depends, how it is funded
// ([FundingLine], [FundingSource]), which milestones it reached and
// celebrated, what it achieved, which leeway issues of its collaboration it
// ran into, which of the five mechanisms it works on and what its team
// learned. The assessment in package lesson reads these facts as evidence.
//
// A project refers to its collaboration by ID and to its region by code
// (the zorgkantoorregio slugs such as "west-brabant" or "midden-ijssel").
// [Project.Validate] checks the project on its own; [Project.ValidateIn]
// checks it as a project of its collaboration: everything Validate checks
// and, besides, that participants are members and referenced leeway issues
// exist, each problem once.
// Both report every problem with its path and a collab.Code, and allocate
// nothing for a valid project. [Decode] reads a project strictly from an
// io.Reader with a size limit, names the path of a bad value, such as an
// unknown theme word, and validates it; [DecodePortfolio] does the same for
// a portfolio. Both have the one shape of the module's decoders (see
// collab): the value and nil, or nil and the error.
//
// A [Portfolio] is a set of projects. Its queries return iterators (by
// region, theme, phase, collaboration, running on a date, stalled), and its
// analytics read it the way the national progress report did: themes per
// year, the [ThemeShift] between two years (in 2019 the focus was on
// attracting new staff, in 2020 on technology, new ways of working and
// keeping staff), projects per phase and per region, funding per source and
// per year. Every analysis takes an as-of date and never reads the clock,
// runs in time proportional to the number of projects and allocates nothing
// per project.
//
// The sub-package projecttest generates realistic synthetic portfolios of
// any size, with matching collaborations and stakeholders, for tests and
// benchmarks.
package project

// Package questionnaire is the questionnaire of a self-assessment round as
// people fill it in: for each of the five mechanisms (collab.Mechanism) a
// short explanation and one to three statements, each rated on a scale
// from 1 (not at all) to 5 (fully) with an optional comment per
// mechanism.
//
// A self-assessment round of package collab holds one score per
// mechanism for each level of each organisation (collab.Rating). People do
// not think in mechanisms, they recognise concrete situations; the
// statements here are those situations, drawn from the sources of the
// lesson catalogue and written in the project's own words, Dutch and
// English, each citing its source by key ([Statement.Source], see
// lesson.LookupSource). Turning the statement scores of several persons
// into the one score per mechanism of a collab.Rating is the job of the
// program that runs the round; the kennisbank example takes the median.
//
// [Default] returns the built-in questionnaire, an immutable value safe for
// concurrent use that hands out copies. Statements have stable keys
// ("urgency.agenda") so that answers stored today still mean the same
// statement tomorrow; [Version] changes when a statement's meaning does.
package questionnaire

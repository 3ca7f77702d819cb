// Package htmlreport renders assessment reports (assess.Report) as one
// self-contained HTML page, for programme managers who would rather look
// at a chart than read a table.
//
// [Write] puts one or more reports on a page. Per report the page shows a
// radar chart of the five mechanisms (an inline SVG with a text
// alternative) with the same scores as a table, how each score adds up
// from the evidence, the findings grouped by mechanism with their next
// steps and the lessons behind them (title, text and source, looked up in
// a lesson.Catalogue), the strengths, and the strategy diagnosis with its
// advantages and drawbacks. The page ends with the sources of the cited
// lessons.
//
// The page needs nothing else: its style sheet is inline, it has no
// scripts and loads no fonts, images or other files. It prints one case per
// page, keeps its colours in print, and meets the WCAG AA contrast levels
// (see the palette in style.go). The whole page, every report's findings
// and evidence included, is in one language (Options.Language), rendered
// from the reports' messages and the assessment's message table; each
// case's section carries it in a lang attribute. The markup is well-formed
// XML as well as HTML5.
//
// The chart is a [Radar] of any number of [Series]. When a report carries a
// self-assessment (assess.MechanismResult.SelfAssessment), its scores table
// gives the median of the ratings in a column of its own; the radar draws
// evidence scores only, since a median from 1 to 5 stretched onto an axis
// of 0 to 100 would read as a score it is not. The round gets a section on
// its own scale of 1 to 5: a small chart with a lane per level (bestuur,
// management, werkvloer, told apart by marker shape as well as colour)
// holding that level's mean, the median of all raters as a tick,
// "verdeeld" (divided) beside a mechanism on which the raters are split,
// the round's date in the legend, a warning when the round is older than
// assess.OldRoundMonths, and a table of the same figures. [Options].Previous
// draws the scores of an earlier report of the same collaboration as a
// faint line, [Options].Series adds any other series, and [Radar.WriteSVG]
// draws a chart on its own for other pages. Money is written by
// assess.FormatMoney (€ 1.250.000 in Dutch, €1,250,000 in English).
//
// Nothing here reads the clock: the page shows each report's as-of date,
// so the same reports always give the same page.
package htmlreport

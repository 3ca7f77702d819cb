package main

import (
	"fmt"
	"io"
	"slices"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
)

const twinsAbout = `
Twins looks over several cases and suggests, for each mechanism on which a
case is weak, the cases it could learn from: cases that are strong on that
mechanism and resemble it in region, strategy and project themes, best
first, with the reasons. Friesland took over West-Brabant's joint approach
to technology with help from West-Brabant; twins looks for such pairs.

Every file is read and checked as assess does, and assessed as of -asof
(default today); when any file has problems, they are listed on standard
error as FILE:LINE:COLUMN: PATH: MESSAGE [CODE] and nothing is suggested
(exit code 1).
Without FILE the built-in demo cases are compared with each other, each as
of its own date unless -asof is given. With FILE the cases of the files are
compared with each other and with the built-in demo cases (each demo as of
its own date unless -asof is given; a demo of the same collaboration as a
file is left out), and only the suggestions for the files are shown, so
that one file of your own is enough to find a region to learn from; pass
-no-demos to compare the files only with each other.

JSON output is an array of suggestions, empty when there is nothing to
suggest. The reasons are written in -lang.`

// twins is the "twins" command.
func (a *app) twins(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("twins", "[-format text|json] [-lang en|nl] [-asof YYYY-MM-DD] [-max N] [-no-demos] [-q] [FILE...]", twinsAbout, stderr)
	format := formatFlag(fs, "text", "json")
	lang := langFlag(fs, collab.English, "`language` of the suggestions: en or nl (default en)")
	var asOf collab.Date
	fs.TextVar(&asOf, "asof", collab.Date{}, "assess the cases as they stood on this `date`, YYYY-MM-DD (default today; the demos' own dates without FILE)")
	most := fs.Int("max", assess.DefaultMaxTwins, "suggest at most this `number` of twins per case and mechanism")
	quiet := fs.Bool("q", false, "quiet: no progress line")
	noDemos := fs.Bool("no-demos", false, "with FILE: compare the files only with each other, not with the built-in demo cases")
	if code, ok := fs.parse(args); !ok {
		return code
	}
	if *most < 1 {
		return fs.fail("-max must be at least 1")
	}

	var (
		cases   []*assess.Case
		reports []*assess.Report
		own     int // with FILE, the first len(files) cases are the files'
	)
	demoAsOf := asOf
	if files := fs.Args(); len(files) == 0 {
		var ok bool
		if cases, reports, ok = assessDemos(demo.All(), asOf, *lang, stderr); !ok {
			return exitInvalid
		}
	} else {
		if code, ok := checkFiles(fs); !ok {
			return code
		}
		if asOf.IsZero() {
			asOf = a.today()
		}
		var failed int
		cases, reports, failed = a.assessFiles(files, stdin, stderr, asOf, *lang, !*quiet && a.terminal(stderr))
		if failed > 0 {
			fmt.Fprintf(stderr, "regioscan twins: %s; nothing suggested\n", problemCount(failed, len(files)))
			return exitInvalid
		}
		own = len(cases)
		if !*noDemos {
			dc, dr, ok := assessDemos(demosBesides(cases), demoAsOf, *lang, stderr)
			if !ok {
				return exitInvalid
			}
			cases, reports = append(cases, dc...), append(reports, dr...)
		}
	}

	suggestions, err := assess.Twins(cases, reports, assess.TwinOptions{Max: *most})
	if err != nil {
		printProblems(stderr, "regioscan twins", err)
		return exitInvalid
	}
	if own > 0 {
		suggestions = suggestionsFor(suggestions, cases[:own])
	}
	return writeOutput("", stdout, stderr, func(w io.Writer) error {
		if *format == "json" {
			return writeJSON(w, assess.LocalizeTwins(suggestions, *lang))
		}
		return assess.WriteTwinsText(w, suggestions, *lang)
	})
}

// demosBesides returns the built-in demo cases of collaborations that none
// of cases is about, so that a dumped demo given as a file is not compared
// with itself.
func demosBesides(cases []*assess.Case) []demo.Demo {
	var out []demo.Demo
	for _, d := range demo.All() {
		if !slices.ContainsFunc(cases, func(c *assess.Case) bool { return c.Collaboration.ID == d.Case.Collaboration.ID }) {
			out = append(out, d)
		}
	}
	return out
}

// suggestionsFor keeps the suggestions for the collaborations of cases, in
// their order.
func suggestionsFor(all []assess.TwinSuggestion, cases []*assess.Case) []assess.TwinSuggestion {
	out := all[:0]
	for _, s := range all {
		if slices.ContainsFunc(cases, func(c *assess.Case) bool { return c.Collaboration.ID == s.Collaboration }) {
			out = append(out, s)
		}
	}
	return out
}

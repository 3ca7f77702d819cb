package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/htmlreport"
)

const assessAbout = `
Assess reads each case file (the JSON form of assess.Case; "-" reads
standard input), checks it strictly and writes its assessment: per
mechanism the score, band and evidence, the findings with their next steps
and lessons, the strengths and the strategy diagnosis.

Every file is read before anything is written: when any file is missing,
not JSON, of the wrong shape or invalid, every problem is listed on
standard error as FILE:LINE:COLUMN: PATH: MESSAGE [CODE] and no report is
written (exit code 1).

JSON output is the report object for one file, and an array of reports for
several. HTML output is one self-contained page with a chart per case.
The assessment date defaults to today; pass -asof for a reproducible
report.

With -format html, -previous REPORT.json (which may be given more than
once) names an earlier report, as assess -format json wrote it for one
file: each case's radar then shows the scores of the latest earlier
report of the same collaboration as a faint line, with its date in the
legend. A previous report is read as strictly as compare reads one; one
that is of no collaboration assessed here, or not dated before the
assessment, is refused (exit code 1). With many files a progress line appears on standard error after a
few seconds when it is a terminal; -q silences it.`

// assess is the "assess" command.
func (a *app) assess(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("assess", "[-format text|json|html] [-lang en|nl] [-asof YYYY-MM-DD] [-previous REPORT.json]... [-o FILE] [-q] FILE...", assessAbout, stderr)
	format := formatFlag(fs, "text", "json", "html")
	lang := langFlag(fs, collab.English, "`language` of the report: en or nl (default en)")
	var asOf collab.Date
	fs.TextVar(&asOf, "asof", collab.Date{}, "assess the cases as they stood on this `date`, YYYY-MM-DD (default today)")
	out := fs.String("o", "", "write the report to this `file` instead of standard output")
	quiet := fs.Bool("q", false, "quiet: no progress line")
	var previousFiles []string
	fs.Func("previous", "with -format html: an earlier `report` (JSON) whose scores each case's radar shows faintly; may be repeated", func(s string) error {
		previousFiles = append(previousFiles, s)
		return nil
	})
	if code, ok := a.parseDated(fs, args, &asOf); !ok {
		return code
	}
	if len(previousFiles) > 0 && *format != "html" {
		return fs.fail("-previous goes with -format html")
	}
	files := fs.Args()
	if slices.Contains(previousFiles, "-") && (slices.Contains(files, "-") || countOf(previousFiles, "-") > 1) {
		return fs.fail("standard input (-) can be read only once")
	}

	previous, failedPrevious := readPrevious(previousFiles, stdin, stderr)
	cases, reports, failed := a.assessFiles(files, stdin, stderr, asOf, *lang, !*quiet && a.terminal(stderr))
	if failed > 0 || failedPrevious > 0 {
		fmt.Fprintf(stderr, "regioscan assess: %s; no report written\n", problemCount(failed+failedPrevious, len(files)+len(previousFiles)))
		return exitInvalid
	}
	if !previousFit(previous, previousFiles, reports, stderr) {
		fmt.Fprintln(stderr, "regioscan assess: a previous report fits no case; no report written")
		return exitInvalid
	}
	return writeOutput(*out, stdout, stderr, func(w io.Writer) error {
		return writeReports(w, *format, *lang, reports, progressOfCases(cases, reports), previous, len(files) > 1)
	})
}

// countOf returns how often s is among xs.
func countOf(xs []string, s string) int {
	n := 0
	for _, x := range xs {
		if x == s {
			n++
		}
	}
	return n
}

// readPrevious reads the earlier reports of -previous, listing the problems
// of those that cannot be read on stderr; it returns the good ones, in
// order, and the number of bad ones.
func readPrevious(files []string, stdin io.Reader, stderr io.Writer) ([]*assess.Report, int) {
	var out []*assess.Report
	failed := 0
	for _, f := range files {
		r, err := readReport(f, stdin)
		if err != nil {
			printProblems(stderr, displayName(f), err)
			failed++
			continue
		}
		out = append(out, r)
	}
	return out, failed
}

// previousFit reports whether every earlier report is of a collaboration
// assessed now and dated before its assessment, so that the page draws it.
// It lists each one that is not on stderr, at its path.
func previousFit(previous []*assess.Report, files []string, reports []*assess.Report, stderr io.Writer) bool {
	ok := true
	for i, p := range previous {
		var ps collab.Problems
		k := slices.IndexFunc(reports, func(r *assess.Report) bool { return r.Collaboration == p.Collaboration })
		switch {
		case k < 0:
			ps = append(ps, collab.Problem{Path: "collaboration", Code: collab.CodeNotAllowed,
				Message: "is " + p.Collaboration.String() + ", the collaboration of no case assessed here"})
		case !slices.ContainsFunc(reports, func(r *assess.Report) bool { return r.Collaboration == p.Collaboration && p.AsOf.Before(r.AsOf) }):
			ps = append(ps, collab.Problem{Path: "asOf", Code: collab.CodeDateOrder,
				Message: p.AsOf.String() + " is not before the assessment's date (" + reports[k].AsOf.String() + ")"})
		}
		if len(ps) > 0 {
			printProblems(stderr, displayName(files[i]), ps)
			ok = false
		}
	}
	return ok
}

// assessFiles reads, checks and assesses every file. It lists the problems
// of bad files on stderr and returns the cases and reports of the good ones,
// in file order, and the number of bad ones.
func (a *app) assessFiles(files []string, stdin io.Reader, stderr io.Writer, asOf collab.Date, lang collab.Language, showProgress bool) (cases []*assess.Case, reports []*assess.Report, failed int) {
	prog := newProgress(stderr, showProgress, a.now, a.progressAfter)
	return eachCase(files, stdin, stderr, prog, func(c *assess.Case) (*assess.Report, error) {
		r, err := assess.Evaluate(c, asOf)
		if err != nil {
			return nil, err
		}
		return r.Localize(lang), nil // one language for text, HTML and JSON alike
	})
}

// eachCase reads and checks every case file of files and turns each case
// into an R with do, telling prog of each file. It lists the problems of
// the files that cannot be read or done on stderr, and returns the cases
// and results of the others, in file order, and the number of bad files.
// It is the loop of every command that reads several case files before it
// writes anything.
func eachCase[R any](files []string, stdin io.Reader, stderr io.Writer, prog *progress, do func(*assess.Case) (R, error)) (cases []*assess.Case, results []R, failed int) {
	for i, f := range files {
		name := displayName(f)
		prog.step(i+1, len(files), name)
		c, err := readCase(f, stdin)
		var r R
		if err == nil {
			r, err = do(c)
		}
		if err != nil {
			prog.done()
			printProblems(stderr, name, err)
			failed++
			continue
		}
		cases, results = append(cases, c), append(results, r)
	}
	prog.done()
	return cases, results, failed
}

// writeJSONItems writes items as JSON: the one object items[0], or an
// array of them when asArray.
func writeJSONItems[T any](w io.Writer, items []T, asArray bool) error {
	if asArray {
		return writeJSON(w, items)
	}
	return writeJSON(w, items[0])
}

// writeReports writes reports in format: text (the reports one after the
// other), json (one object, or an array when asArray) or html (one page,
// with a section holding the progress report that progress gives, and on
// each radar the scores of the latest earlier report among previous).
func writeReports(w io.Writer, format string, lang collab.Language, reports []*assess.Report, progress func(*assess.Report) *assess.Progress, previous []*assess.Report, asArray bool) error {
	switch format {
	case "json":
		return writeJSONItems(w, reports, asArray)
	case "html":
		return htmlreport.Write(w, reports, htmlreport.Options{Language: lang, Progress: progress, Previous: previous})
	}
	return writeSeparated(w, len(reports), func(i int) error { return reports[i].WriteText(w, lang) })
}

// writeSeparated writes n texts with write, a line of "=" between each two.
func writeSeparated(w io.Writer, n int, write func(i int) error) error {
	for i := range n {
		if i > 0 {
			if _, err := io.WriteString(w, "\n"+strings.Repeat("=", 72)+"\n\n"); err != nil {
				return err
			}
		}
		if err := write(i); err != nil {
			return err
		}
	}
	return nil
}

// progressOfCases returns, for the HTML page, the progress report of the
// case each report was made from (cases and reports in the same order), as
// of the report's date; nil for a report that is not among them.
func progressOfCases(cases []*assess.Case, reports []*assess.Report) func(*assess.Report) *assess.Progress {
	return func(r *assess.Report) *assess.Progress {
		i := slices.Index(reports, r)
		if i < 0 || i >= len(cases) {
			return nil
		}
		p, err := assess.NewProgress(cases[i], r.AsOf, assess.ProgressOptions{})
		if err != nil {
			return nil
		}
		return p
	}
}

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
report. With many files a progress line appears on standard error after a
few seconds when it is a terminal; -q silences it.`

// assess is the "assess" command.
func (a *app) assess(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("assess", "[-format text|json|html] [-lang en|nl] [-asof YYYY-MM-DD] [-o FILE] [-q] FILE...", assessAbout, stderr)
	format := formatFlag(fs, "text", "json", "html")
	lang := langFlag(fs, collab.English, "`language` of the report: en or nl (default en)")
	var asOf collab.Date
	fs.TextVar(&asOf, "asof", collab.Date{}, "assess the cases as they stood on this `date`, YYYY-MM-DD (default today)")
	out := fs.String("o", "", "write the report to this `file` instead of standard output")
	quiet := fs.Bool("q", false, "quiet: no progress line")
	if code, ok := a.parseDated(fs, args, &asOf); !ok {
		return code
	}

	files := fs.Args()
	cases, reports, failed := a.assessFiles(files, stdin, stderr, asOf, *lang, !*quiet && a.terminal(stderr))
	if failed > 0 {
		fmt.Fprintf(stderr, "regioscan assess: %s; no report written\n", problemCount(failed, len(files)))
		return exitInvalid
	}
	return writeOutput(*out, stdout, stderr, func(w io.Writer) error {
		return writeReports(w, *format, *lang, reports, progressOfCases(cases, reports), len(files) > 1)
	})
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
// with a section holding the progress report that progress gives).
func writeReports(w io.Writer, format string, lang collab.Language, reports []*assess.Report, progress func(*assess.Report) *assess.Progress, asArray bool) error {
	switch format {
	case "json":
		return writeJSONItems(w, reports, asArray)
	case "html":
		return htmlreport.Write(w, reports, htmlreport.Options{Language: lang, Progress: progress})
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

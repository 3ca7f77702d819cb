package main

import (
	"fmt"
	"io"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/htmlreport"
)

const progressAbout = `
Progress reads each case file and writes its progress report
(voortgangsrapportage): per year the projects per theme, how the themes
shifted between two years (-from and -to; by default the first and the
last year with projects), the projects per phase on the as-of date, the
stalled projects by name and the funding per year and source.

Every file is read before anything is written; problems are listed on
standard error as FILE: PATH: MESSAGE [CODE] and nothing is written
(exit code 1). JSON output is the progress object for one file and an
array for several; HTML output is one self-contained page with a stacked
bar chart per case. The date defaults to today; pass -asof for a
reproducible report.`

// progress is the "progress" command.
func (a *app) progress(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("progress", "[-format text|json|html] [-lang en|nl] [-asof YYYY-MM-DD] [-from YEAR] [-to YEAR] [-o FILE] FILE...", progressAbout, stderr)
	format := formatFlag(fs, "text", "json", "html")
	lang := langFlag(fs, collab.English, "`language` of the report: en or nl (default en)")
	var asOf collab.Date
	fs.TextVar(&asOf, "asof", collab.Date{}, "report on the cases as they stood on this `date`, YYYY-MM-DD (default today)")
	from := fs.Int("from", 0, "the earlier `year` of the theme shift (default the first year with projects)")
	to := fs.Int("to", 0, "the later `year` of the theme shift (default the last year with projects)")
	out := fs.String("o", "", "write the report to this `file` instead of standard output")
	if code, ok := a.parseDated(fs, args, &asOf); !ok {
		return code
	}
	files := fs.Args()
	_, reports, failed := eachCase(files, stdin, stderr, newProgress(stderr, false, nil, 0), func(c *assess.Case) (*assess.Progress, error) {
		return assess.NewProgress(c, asOf, assess.ProgressOptions{From: *from, To: *to})
	})
	if failed > 0 {
		fmt.Fprintf(stderr, "regioscan progress: %s; no report written\n", problemCount(failed, len(files)))
		return exitInvalid
	}
	return writeOutput(*out, stdout, stderr, func(w io.Writer) error {
		switch *format {
		case "json":
			return writeJSONItems(w, reports, len(reports) > 1)
		case "html":
			return htmlreport.WriteProgress(w, reports, htmlreport.Options{Language: *lang})
		}
		return writeSeparated(w, len(reports), func(i int) error { return reports[i].WriteText(w, *lang) })
	})
}

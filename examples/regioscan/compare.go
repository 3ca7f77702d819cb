package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
)

const compareAbout = `
Compare sets two reports of the same collaboration side by side: OLD, the
report of an earlier date, and NEW, that of a later one (or the same date,
for a corrected case). Both are reports as "regioscan assess -format json"
writes them for one file ("-" reads one of them from standard input).

It shows per mechanism how the score and band moved, and the
self-assessment median where both reports have one; how the development
phase moved; and which findings were resolved, which are new and which
persist. JSON output is the comparison object (assess.Comparison).

The reports are read strictly: a file that is not one report (unknown
fields, data after it, an array of reports) is refused, and so are two
reports of different collaborations or a NEW report dated before OLD.
Every problem is listed on standard error as
FILE:LINE:COLUMN: PATH: MESSAGE [CODE] and nothing is written (exit code 1).

Two more ways compare without writing reports first: -case FILE with
-from and -to assesses one case file as it stood on both dates, and
-asof DATE with OLD.json and NEW.json as case files assesses two versions
of a case on the same date. A case file given where a report is expected
gets a message that says so.

-lang sets the language of the comparison, findings included: a report
holds its findings as data, so reports written in different languages
compare and render alike. Without it, the language of NEW is used. The
flags may come before or after the files.`

// compare is the "compare" command.
func (a *app) compare(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("compare", "OLD.json NEW.json [-asof YYYY-MM-DD] [-format text|json] [-lang en|nl]\n       regioscan compare -case CASE.json -from YYYY-MM-DD -to YYYY-MM-DD [-format text|json] [-lang en|nl]", compareAbout, stderr)
	format := formatFlag(fs, "text", "json")
	lang := langFlag(fs, 0, "`language` of the comparison: en or nl (default that of NEW)")
	caseFile := fs.String("case", "", "compare this case `file` with itself, as of -from and of -to")
	var from, to, asOf collab.Date
	fs.TextVar(&from, "from", collab.Date{}, "with -case: the earlier `date`, YYYY-MM-DD")
	fs.TextVar(&to, "to", collab.Date{}, "with -case: the later `date`, YYYY-MM-DD")
	fs.TextVar(&asOf, "asof", collab.Date{}, "OLD and NEW are case files, both assessed as of this `date`")
	files, code, ok := fs.parseAll(args)
	if !ok {
		return code
	}
	var reports [2]*assess.Report
	names := [2]string{}
	switch {
	case *caseFile != "":
		if len(files) > 0 || !asOf.IsZero() {
			return fs.fail("-case compares one case file with itself; it takes no other files and no -asof")
		}
		if from.IsZero() || to.IsZero() {
			return fs.fail("-case needs both -from and -to")
		}
		name := displayName(*caseFile)
		names = [2]string{name, name}
		c, err := readCase(*caseFile, stdin)
		if err != nil {
			printProblems(stderr, name, err)
			fmt.Fprintln(stderr, "regioscan compare: the file has problems; nothing compared")
			return exitInvalid
		}
		for i, d := range []collab.Date{from, to} {
			if reports[i], err = assess.Evaluate(c, d); err != nil {
				printProblems(stderr, name, err)
				return exitInvalid
			}
		}
	case !from.IsZero() || !to.IsZero():
		return fs.fail("-from and -to go with -case")
	case !asOf.IsZero():
		if len(files) != 2 {
			return fs.fail("want two case files, OLD and NEW, with -asof; got %d", len(files))
		}
		if files[0] == "-" && files[1] == "-" {
			return fs.fail("standard input (-) can be read only once")
		}
		names = [2]string{displayName(files[0]), displayName(files[1])}
		cases, ok := readPair(files, names, stdin, stderr, readCase)
		if !ok {
			return exitInvalid
		}
		for i, c := range cases {
			var err error
			if reports[i], err = assess.Evaluate(c, asOf); err != nil {
				printProblems(stderr, names[i], err)
				return exitInvalid
			}
		}
	default:
		var code int
		if reports, names, code = readReportPair(fs, files, stdin, stderr); code != exitOK {
			return code
		}
	}
	return a.writeComparison(reports, names, *format, *lang, stdout, stderr)
}

// readReportPair reads the two report files of compare. It returns the
// exit code to stop with when they cannot be read.
func readReportPair(fs *flags, files []string, stdin io.Reader, stderr io.Writer) ([2]*assess.Report, [2]string, int) {
	var reports [2]*assess.Report
	if len(files) != 2 {
		return reports, [2]string{}, fs.fail("want two report files, OLD and NEW; got %d", len(files))
	}
	if files[0] == "-" && files[1] == "-" {
		return reports, [2]string{}, fs.fail("standard input (-) can be read only once")
	}

	names := [2]string{displayName(files[0]), displayName(files[1])}
	reports, ok := readPair(files, names, stdin, stderr, readReport)
	if !ok {
		return reports, names, exitInvalid
	}
	return reports, names, exitOK
}

// readPair reads the two files OLD and NEW of compare, named names in
// messages, with read (readCase or readReport). It lists the problems of
// both files on stderr, and returns false after a closing line when either
// cannot be read.
func readPair[T any](files []string, names [2]string, stdin io.Reader, stderr io.Writer, read func(string, io.Reader) (*T, error)) ([2]*T, bool) {
	var out [2]*T
	failed := 0
	for i, f := range files {
		v, err := read(f, stdin)
		if err != nil {
			printProblems(stderr, names[i], err)
			failed++
		}
		out[i] = v
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "regioscan compare: %s; nothing compared\n", problemCount(failed, len(files)))
		return out, false
	}
	return out, true
}

// writeComparison compares the two reports and writes the comparison.
func (a *app) writeComparison(reports [2]*assess.Report, names [2]string, format string, lang collab.Language, stdout, stderr io.Writer) int {
	c, err := assess.Compare(reports[0], reports[1])
	if err != nil {
		printPairProblems(stderr, names, err)
		fmt.Fprintln(stderr, "regioscan compare: the reports cannot be compared")
		return exitInvalid
	}
	// The comparison is of data, so the reports may be in any language;
	// it is written in the language asked for, else in NEW's.
	out := lang
	if !out.IsValid() {
		out = reports[1].Language
	}
	if !out.IsValid() {
		out = collab.English // reports just made carry no language
	}
	return writeOutput("", stdout, stderr, func(w io.Writer) error {
		if format == "json" {
			return writeJSON(w, c.Localize(out))
		}
		return c.WriteText(w, out)
	})
}

// printPairProblems lists the problems of assess.Compare under the file
// they concern: a path "old.X" or "new.X" becomes path X of the first or
// the second file.
func printPairProblems(w io.Writer, names [2]string, err error) {
	for _, p := range collab.ProblemsOf(err) {
		name := names[0]
		path, isNew := strings.CutPrefix(p.Path, "new")
		if !isNew {
			path = strings.TrimPrefix(p.Path, "old")
		} else {
			name = names[1]
		}
		p.Path = strings.TrimPrefix(path, ".")
		printProblems(w, name, collab.Problems{p})
	}
}

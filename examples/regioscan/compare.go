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
Every problem is listed on standard error as FILE: PATH: MESSAGE [CODE]
and nothing is written (exit code 1).

-lang sets the language of the comparison, findings included: a report
holds its findings as data, so reports written in different languages
compare and render alike. Without it, the language of NEW is used. The
flags may come before or after the files.`

// compare is the "compare" command.
func (a *app) compare(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("compare", "OLD.json NEW.json [-format text|json] [-lang en|nl]", compareAbout, stderr)
	format := formatFlag(fs, "text", "json")
	lang := langFlag(fs, 0, "`language` of the comparison: en or nl (default that of NEW)")
	files, code, ok := fs.parseAll(args)
	if !ok {
		return code
	}
	if len(files) != 2 {
		return fs.fail("want two report files, OLD and NEW; got %d", len(files))
	}
	if files[0] == "-" && files[1] == "-" {
		return fs.fail("standard input (-) can be read only once")
	}

	names := [2]string{displayName(files[0]), displayName(files[1])}
	var reports [2]*assess.Report
	failed := 0
	for i, f := range files {
		r, err := readReport(f, stdin)
		if err != nil {
			printProblems(stderr, names[i], err)
			failed++
		}
		reports[i] = r
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "regioscan compare: %s; nothing compared\n", problemCount(failed, len(files)))
		return exitInvalid
	}
	c, err := assess.Compare(reports[0], reports[1])
	if err != nil {
		printPairProblems(stderr, names, err)
		fmt.Fprintln(stderr, "regioscan compare: the reports cannot be compared")
		return exitInvalid
	}
	// The comparison is of data, so the reports may be in any language;
	// it is written in the language asked for, else in NEW's.
	out := *lang
	if !out.IsValid() {
		out = reports[1].Language
	}
	return writeOutput("", stdout, stderr, func(w io.Writer) error {
		if *format == "json" {
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

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/regiokompas/regiokompas/region"
)

const demoAbout = `
Demo works with the built-in demo cases, regional collaborations drawn from
the Dutch sources (NAME... picks some; without names, all of them).

Without -dump it assesses each demo as of its own date and prints a
summary: per mechanism the score and band, and the main findings with
their next steps. -full prints the whole reports instead, -format json the
reports as a JSON array and -format html one page with a chart per case.
Running regioscan without arguments does the same as "regioscan demo".

With -dump DIR it writes each demo as a case file DIR/NAME.json, to see
what a full case holds; pick a DIR outside the repository or project you
run it in. A case of your own starts best with "regioscan new", which
gives fresh IDs (an edited demo keeps the demo's IDs). Existing files are
left alone unless -force is given.`

// demo is the "demo" command; without arguments it is also what regioscan
// runs when given none.
func (a *app) demo(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("demo", "[-format text|json|html] [-lang en|nl] [-full] [-o FILE] [NAME...]\n       regioscan demo -dump DIR [-force] [NAME...]", demoAbout, stderr)
	format := formatFlag(fs, "text", "json", "html")
	lang := langFlag(fs, collab.English, "`language` of the reports: en or nl (default en)")
	full := fs.Bool("full", false, "print the full reports instead of a summary (text format)")
	out := fs.String("o", "", "write the output to this `file` instead of standard output")
	dump := fs.String("dump", "", "write the demos as case files into this `directory`")
	force := fs.Bool("force", false, "with -dump: overwrite existing files")
	if code, ok := fs.parse(args); !ok {
		return code
	}
	demos, err := pickDemos(fs.Args())
	if err != nil {
		return fs.fail("%v", err)
	}
	if *dump != "" {
		return dumpDemos(*dump, *force, demos, stdout, stderr)
	}

	cases, reports, ok := assessDemos(demos, collab.Date{}, *lang, stderr)
	if !ok {
		return exitInvalid
	}
	return writeOutput(*out, stdout, stderr, func(w io.Writer) error {
		switch {
		case *format == "json":
			return writeJSON(w, reports)
		case *format == "html", *full:
			return writeReports(w, *format, *lang, reports, progressOfCases(cases, reports), nil, true)
		}
		return writeSummary(w, demos, reports, *lang)
	})
}

// assessDemos assesses each demo as of asOf, or as of its own date when
// asOf is zero, and returns the cases and reports in the order of demos.
// A demo that fails has its problems listed on stderr and gives false:
// the demos are checked by their package's tests, so that is a broken
// build rather than bad input.
func assessDemos(demos []demo.Demo, asOf collab.Date, lang collab.Language, stderr io.Writer) ([]*assess.Case, []*assess.Report, bool) {
	cases := make([]*assess.Case, len(demos))
	reports := make([]*assess.Report, len(demos))
	for i := range demos {
		d := &demos[i]
		when := d.AsOf
		if !asOf.IsZero() {
			when = asOf
		}
		r, err := assess.Evaluate(&d.Case, when)
		if err != nil {
			printProblems(stderr, "demo "+d.Name, err)
			return nil, nil, false
		}
		cases[i], reports[i] = &d.Case, r.Localize(lang)
	}
	return cases, reports, true
}

// pickDemos returns the demos named, in the order given, or all of them
// when names is empty.
func pickDemos(names []string) ([]demo.Demo, error) {
	if len(names) == 0 {
		return demo.All(), nil
	}
	var out []demo.Demo
	for _, n := range names {
		d, ok := demo.Lookup(n)
		if !ok {
			var known []string
			for _, d := range demo.All() {
				known = append(known, d.Name)
			}
			return nil, fmt.Errorf("no demo %q; the demos are %s", n, strings.Join(known, ", "))
		}
		out = append(out, d)
	}
	return out, nil
}

// dumpDemos writes each demo's case file into dir. It checks first that no
// file would be overwritten (unless force), so that it writes all or none.
func dumpDemos(dir string, force bool, demos []demo.Demo, stdout, stderr io.Writer) int {
	paths := make([]string, len(demos))
	for i, d := range demos {
		paths[i] = filepath.Join(dir, d.Name+".json")
		if _, err := os.Stat(paths[i]); err == nil && !force {
			fmt.Fprintf(stderr, "regioscan demo: %s exists; use -force to overwrite it\n", paths[i])
			return exitInvalid
		} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(stderr, "regioscan demo: %v\n", err)
			return exitInvalid
		}
	}
	err := os.MkdirAll(dir, 0o755) // #nosec G301 -- a folder the user asked for, for files meant to be read and edited
	if err != nil {
		fmt.Fprintf(stderr, "regioscan demo: %v\n", err)
		return exitInvalid
	}
	for i, d := range demos {
		data, _ := demo.LookupJSON(d.Name)
		err := os.WriteFile(paths[i], data, 0o644) // #nosec G306 -- case files the user asked for, public demo data
		if err != nil {
			fmt.Fprintf(stderr, "regioscan demo: %v\n", err)
			return exitInvalid
		}
		fmt.Fprintln(stdout, paths[i])
	}
	return exitOK
}

// mainFindings is how many findings the summary shows per case.
const mainFindings = 3

// writeSummary writes the short text summary of the demos' reports: per
// case the scores with a bar, and the gravest findings with their next
// steps.
func writeSummary(w io.Writer, demos []demo.Demo, reports []*assess.Report, lang collab.Language) error {
	t := func(en, nl string) string { return collab.Text{EN: en, NL: nl}.In(lang) }
	var b strings.Builder
	for i, r := range reports {
		d := &demos[i]
		if i > 0 {
			b.WriteString("\n")
		}
		head := fmt.Sprintf("%s [%s]", d.Title.In(lang), d.Name)
		b.WriteString(head + "\n" + strings.Repeat("=", len([]rune(head))) + "\n")
		fmt.Fprintf(&b, "%s, %s %s, %s %s\n\n", r.Name, t("region", "regio"), r.RegionLabel(), t("as of", "per"), assess.Param{Kind: assess.ParamDate, Date: r.AsOf}.In(lang))
		for _, m := range r.Mechanisms {
			fmt.Fprintf(&b, "  %-40s %3d  %s  %s\n", m.Label, m.Score, bar(m.Score), m.Band.Label(lang))
		}
		shown := 0
		for _, f := range r.Findings {
			if f.Severity < assess.SeverityWarning || shown == mainFindings {
				break
			}
			if shown == 0 {
				b.WriteString("\n  " + t("Main findings", "Belangrijkste bevindingen") + "\n")
			}
			b.WriteString(wrap(f.Severity.Label(lang)+": "+f.Message.In(lang), "  - ", "    ", lineWidth))
			b.WriteString(wrap(t("Next step: ", "Volgende stap: ")+f.Next.In(lang), "    ", "    ", lineWidth))
			shown++
		}
		if shown == 0 {
			b.WriteString("\n  " + t("No risks or warnings.", "Geen risico's of waarschuwingen.") + "\n")
		}
		strengths := plural(len(r.Strengths), t("strength", "sterk punt"), t("strengths", "sterke punten"))
		if rest := len(r.Findings) - shown; rest > 0 {
			fmt.Fprintf(&b, "  (%s %s, %s: %s)\n", t("another", "nog"),
				plural(rest, t("finding", "bevinding"), t("findings", "bevindingen")), strengths, t("see the full report", "zie het volledige rapport"))
		} else {
			fmt.Fprintf(&b, "  (%s: %s)\n", strengths, t("see the full report", "zie het volledige rapport"))
		}
	}
	fmt.Fprintf(&b, "\n%s%s\n", plural(len(reports), t("demo case", "demo-casus"), t("demo cases", "demo-casussen")),
		t(", each assessed as of its own date.", ", elk beoordeeld per een eigen datum."))
	// A case of one's own starts with new, in the region of the last demo
	// shown when that is a reference region; a demo to copy from goes to
	// a folder the user picks, not into the current one, which may be
	// the repository.
	last := &demos[len(demos)-1]
	code := last.Case.Collaboration.Region
	if _, ok := region.Reference().Lookup(code); !ok {
		code = "twente"
	}
	file := t("my-case.json", "mijn-casus.json")
	for _, line := range [][2]string{
		{t("Full reports:", "Volledige rapporten:"), "regioscan demo -full"},
		{t("A page with charts:", "Een pagina met grafieken:"), "regioscan demo -format html -o report.html"},
		{t("A case of your own:", "Een eigen casus:"), "regioscan new -region " + code + " -o " + file},
		{"", "regioscan validate " + file},
		{"", "regioscan assess " + file},
		{t("A full demo to copy from:", "Een demo als voorbeeld:"), "regioscan demo -dump " + t("DIR ", "MAP ") + last.Name},
	} {
		fmt.Fprintf(&b, "  %-26s %s\n", line[0], line[1])
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// bar draws a score from 0 to 100 as ten characters.
func bar(score int) string {
	n := min(max(score/10, 0), 10)
	return strings.Repeat("#", n) + strings.Repeat(".", 10-n)
}

// plural writes n with the singular or plural noun.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes.
const (
	exitOK      = 0 // success
	exitInvalid = 1 // invalid input: a file missing, not JSON, of the wrong shape or invalid; or output that cannot be written
	exitUsage   = 2 // wrong usage: an unknown subcommand or flag, a bad flag value, no files
)

// run runs regioscan with the command-line arguments args (without the
// program's name) and returns the exit code. It reads the clock only for
// the default -asof of assess, and never panics: an unexpected failure is
// reported on stderr with exit code 1.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{
		today:         func() collab.Date { return collab.DateOf(time.Now()) },
		now:           time.Now,
		terminal:      isTerminal,
		progressAfter: 2 * time.Second,
	}
	return a.run(args, stdin, stdout, stderr)
}

// app holds what the commands take from the world outside: the date of
// today (the default -asof of assess), the clock and terminal test behind
// the progress line, and how soon that line appears. Tests build one with
// a fixed clock.
type app struct {
	today         func() collab.Date
	now           func() time.Time
	terminal      func(io.Writer) bool
	progressAfter time.Duration
}

// command is one subcommand of regioscan. To add one (compare, twins,
// schema), write its function in a file of its own and add a row to
// app.commands; nothing else changes.
type command struct {
	name    string
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

// commands is the table of subcommands, in the order usage lists them.
func (a *app) commands() []command {
	return []command{
		{"assess", "assess case files and write a report as text, JSON or HTML", a.assess},
		{"validate", "check case files and list every problem with its path", a.validate},
		{"lessons", "search the catalogue of lessons", a.lessons},
		{"regions", "list the Dutch reference regions", a.regions},
		{"demo", "assess the built-in demo cases, or write them as case files (-dump)", a.demo},
		{"twins", "suggest, per weak mechanism, cases that are strong on it and alike", a.twins},
		{"compare", "compare two reports of one collaboration at two dates", a.compare},
		{"schema", "print the JSON Schema of the case file or the report", a.schema},
		{"new", "write a starting case for a region: its collaboration and zorgkantoor", a.newCase},
		{"export", "write a case file as spreadsheets (CSV), or blank ones (-template)", a.export},
		{"import", "read spreadsheets (CSV) back into a case file", a.importCase},
		{"progress", "write the progress report: themes per year, phases, stalled projects, funding", a.progress},
	}
}

func (a *app) run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "regioscan: internal error: %v\n", r)
			code = exitInvalid
		}
	}()
	if len(args) == 0 {
		return a.demo(nil, stdin, stdout, stderr)
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help", "help":
		if name == "help" && len(args) > 1 {
			if c, ok := a.lookup(args[1]); ok {
				return c.run([]string{"-h"}, stdin, stdout, stderr)
			}
			fmt.Fprintf(stderr, "regioscan: no such command %q\n", args[1])
			a.usage(stderr)
			return exitUsage
		}
		a.usage(stderr)
		return exitOK
	}
	c, ok := a.lookup(name)
	if !ok {
		fmt.Fprintf(stderr, "regioscan: no such command %q%s\n", name, a.suggest(name))
		a.usage(stderr)
		return exitUsage
	}
	return c.run(args[1:], stdin, stdout, stderr)
}

// suggest returns "; did you mean X?" for the command nearest to name, or
// "" when none is near.
func (a *app) suggest(name string) string {
	var names []string
	for _, c := range a.commands() {
		names = append(names, c.name)
	}
	return didYouMean(name, names, "")
}

// didYouMean returns "; did you mean PREFIX+X?" for the word of words
// nearest to w, or "" when none is near.
func didYouMean(w string, words []string, prefix string) string {
	if s := check.Closest(w, words); s != "" {
		return fmt.Sprintf("; did you mean %s%s?", prefix, s)
	}
	return ""
}

func (a *app) lookup(name string) (command, bool) {
	for _, c := range a.commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func (a *app) usage(w io.Writer) {
	var b strings.Builder
	b.WriteString(`regioscan assesses regional collaborations in Dutch long-term care.

Usage:
  regioscan                    assess the built-in demo cases and print a summary
  regioscan COMMAND [FLAGS] [ARGS]
  regioscan help COMMAND       explain a command (as does COMMAND -h)

Commands:
`)
	for _, c := range a.commands() {
		fmt.Fprintf(&b, "  %-10s %s\n", c.name, c.summary)
	}
	b.WriteString(`
Exit codes: 0 success, 1 invalid input, 2 wrong usage.
Results go to standard output, messages to standard error.
`)
	_, _ = io.WriteString(w, b.String()) // usage text on stderr: nothing to do if it cannot be written
}

// flags is the flag set of a subcommand with its help text.
type flags struct {
	*flag.FlagSet
	synopsis string
	about    string
	stderr   io.Writer
}

// newFlags returns the flag set of the subcommand name: synopsis is the
// line after "Usage: regioscan name", about the text that -h shows.
func newFlags(name, synopsis, about string, stderr io.Writer) *flags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	f := &flags{FlagSet: fs, synopsis: synopsis, about: about, stderr: stderr}
	fs.Usage = func() {} // parse prints the usage itself; see there
	return f
}

// parse parses args. It returns the exit code to stop with, and false,
// when parsing ends the command:
//   - -h (or -help) prints the command's help on stderr and gives exit
//     code 0, since the user asked for it and got it;
//   - any other mistake prints the flag package's message and the short
//     usage on stderr and gives exit code 2.
func (f *flags) parse(args []string) (int, bool) {
	err := f.Parse(args)
	switch {
	case err == nil:
		return 0, true
	case errors.Is(err, flag.ErrHelp):
		f.help()
		return exitOK, false
	default:
		// The flag package has printed the error; a misspelt flag gets
		// the nearest one suggested.
		if name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -"); ok {
			var known []string
			f.VisitAll(func(fl *flag.Flag) { known = append(known, fl.Name) })
			if hint := didYouMean(strings.TrimPrefix(name, "-"), known, "-"); hint != "" {
				fmt.Fprintln(f.stderr, strings.TrimPrefix(hint, "; "))
			}
		}
		f.short()
		return exitUsage, false
	}
}

// parseAll parses args as parse does, but lets flags follow the other
// arguments too, as in "compare old.json new.json -format json"; a "--"
// ends the flags. It returns the arguments that are not flags, in order.
func (f *flags) parseAll(args []string) ([]string, int, bool) {
	var operands []string
	for {
		if code, ok := f.parse(args); !ok {
			return nil, code, false
		}
		parsed := len(args) - f.NArg()
		if f.NArg() == 0 || (parsed > 0 && args[parsed-1] == "--") {
			return append(operands, f.Args()...), 0, true
		}
		operands = append(operands, f.Arg(0))
		args = f.Args()[1:]
	}
}

// short prints the synopsis and where to find more.
func (f *flags) short() {
	fmt.Fprintf(f.stderr, "Usage: regioscan %s %s\nRun \"regioscan %s -h\" for help.\n", f.Name(), f.synopsis, f.Name())
}

// help prints the synopsis, the text about the command and its flags.
func (f *flags) help() {
	fmt.Fprintf(f.stderr, "Usage: regioscan %s %s\n\n%s\n", f.Name(), f.synopsis, strings.TrimSpace(f.about))
	var any bool
	f.VisitAll(func(*flag.Flag) { any = true })
	if any {
		fmt.Fprintln(f.stderr, "\nFlags:")
		f.PrintDefaults()
	}
}

// fail prints a usage mistake found after parsing, with the short usage,
// and returns exit code 2.
func (f *flags) fail(format string, args ...any) int {
	fmt.Fprintf(f.stderr, "regioscan %s: %s\n", f.Name(), fmt.Sprintf(format, args...))
	f.short()
	return exitUsage
}

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
)

// stdinName is how messages name standard input, given as "-".
const stdinName = "<stdin>"

// displayName is how messages name the file argument arg.
func displayName(arg string) string {
	if arg == "-" {
		return stdinName
	}
	return arg
}

// readCase reads and decodes the case file arg ("-" for stdin) strictly
// with assess.DecodeCase, at most collab.MaxDocumentBytes long, which also
// validates it. It returns the case, or nil and the problems, each with
// the line and column of its path in the file.
func readCase(arg string, stdin io.Reader) (*assess.Case, error) {
	data, err := readDocument(arg, stdin)
	if err != nil {
		return nil, err
	}
	c, err := assess.DecodeCase(bytes.NewReader(data), 0)
	if err != nil {
		return nil, collab.WithPositions(data, err)
	}
	return c, nil
}

// readDocument reads the file argument arg ("-" for stdin) whole, for a
// decoder that takes the default limit, collab.MaxDocumentBytes: it reads
// one byte beyond the limit, so that the decoder can say the file is too
// long, and keeps the bytes, so that problems can be given their line and
// column with collab.WithPositions. An error here (a file that cannot be
// opened or read) is a plain error, not a problem of the document.
func readDocument(arg string, stdin io.Reader) ([]byte, error) {
	f, err := openArg(arg, stdin)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, collab.MaxDocumentBytes+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	return data, nil
}

// openArg opens the file argument arg, or standard input for "-".
func openArg(arg string, stdin io.Reader) (io.ReadCloser, error) {
	if arg == "-" {
		return io.NopCloser(stdin), nil
	}
	f, err := os.Open(arg) // #nosec G304 -- reading the file the user names is the command's job
	if err != nil {
		return nil, openError(err)
	}
	return f, nil
}

// openError says why a file cannot be opened, without repeating its name.
func openError(err error) error {
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("cannot open: no such file")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("cannot open: permission denied")
	case errors.As(err, &pe):
		return fmt.Errorf("cannot open: %w", pe.Err)
	}
	return fmt.Errorf("cannot open: %w", err)
}

// printProblems writes every problem of err as "FILE: PATH: MESSAGE [CODE]",
// leaving out PATH where the problem concerns the whole file, and as
// "FILE:LINE:COLUMN: PATH: MESSAGE [CODE]" where the problem knows its
// place in the file, the form editors jump to; an error that
// is not a problem of the document (a file that cannot be read) is written
// as "FILE: MESSAGE".
func printProblems(w io.Writer, name string, err error) {
	var ps collab.Problems
	if !errors.As(err, &ps) {
		fmt.Fprintf(w, "%s: %s\n", name, err)
		return
	}
	var b strings.Builder
	for _, p := range collab.ProblemsOf(err) {
		b.WriteString(name)
		if p.Line > 0 {
			fmt.Fprintf(&b, ":%d:%d", p.Line, p.Column)
		}
		b.WriteString(": ")
		if p.Path != "" {
			b.WriteString(p.Path + ": ")
		}
		fmt.Fprintf(&b, "%s [%s]\n", p.Message, p.Code)
	}
	_, _ = io.WriteString(w, b.String()) // messages on stderr: nothing to do if they cannot be written
}

// checkFiles reports the usage mistakes in a list of file arguments: none
// at all, or standard input twice.
func checkFiles(fs *flags) (int, bool) {
	files := fs.Args()
	if len(files) == 0 {
		return fs.fail("no files given; name one or more case files, or - for standard input"), false
	}
	if n := len(files) - len(slices.DeleteFunc(slices.Clone(files), func(s string) bool { return s == "-" })); n > 1 {
		return fs.fail("standard input (-) can be read only once"), false
	}
	return 0, true
}

// parseDated parses the arguments of a command that reads case files as of
// a date (-asof, bound to asOf): the flags, then the file arguments (see
// checkFiles); a date not given becomes today. It returns the exit code to
// stop with, and false, on a usage mistake.
func (a *app) parseDated(fs *flags, args []string, asOf *collab.Date) (int, bool) {
	if code, ok := fs.parse(args); !ok {
		return code, false
	}
	if code, ok := checkFiles(fs); !ok {
		return code, false
	}
	if asOf.IsZero() {
		*asOf = a.today()
	}
	return 0, true
}

// formatFlag defines a -format flag on fs that accepts one of formats and
// defaults to the first.
func formatFlag(fs *flags, formats ...string) *string {
	format := formats[0]
	fs.Func("format", "output `format`: "+strings.Join(formats, ", ")+" (default "+formats[0]+")", func(s string) error {
		if !slices.Contains(formats, s) {
			return fmt.Errorf("want one of %s", strings.Join(formats, ", "))
		}
		format = s
		return nil
	})
	return &format
}

// langFlag defines a -lang flag on fs, defaulting to def (zero: none).
func langFlag(fs *flags, def collab.Language, about string) *collab.Language {
	lang := def
	fs.Func("lang", about, func(s string) error {
		l, err := collab.ParseLanguage(s)
		if err != nil {
			return err
		}
		lang = l
		return nil
	})
	return &lang
}

// writeOutput writes what render produces to the file path, or to stdout
// when path is empty. The output is built first, so a failed command leaves
// no half-written file behind.
func writeOutput(path string, stdout, stderr io.Writer, render func(io.Writer) error) int {
	var b strings.Builder
	if err := render(&b); err != nil {
		fmt.Fprintf(stderr, "regioscan: %v\n", err)
		return exitInvalid
	}
	if path == "" {
		if _, err := io.WriteString(stdout, b.String()); err != nil {
			fmt.Fprintf(stderr, "regioscan: writing the output: %v\n", err)
			return exitInvalid
		}
		return exitOK
	}
	err := os.WriteFile(path, []byte(b.String()), 0o644) // #nosec G306 -- output the user asked for, like any report file
	if err != nil {
		fmt.Fprintf(stderr, "regioscan: %v\n", err)
		return exitInvalid
	}
	return exitOK
}

// problemCount says how many of n files have problems.
func problemCount(failed, n int) string {
	if n == 1 {
		return "the file has problems"
	}
	if failed == 1 {
		return fmt.Sprintf("1 of %d files has problems", n)
	}
	return fmt.Sprintf("%d of %d files have problems", failed, n)
}

// writeJSON writes v as indented JSON followed by a newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

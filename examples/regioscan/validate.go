package main

import (
	"fmt"
	"io"
)

const validateAbout = `
Validate reads each case file ("-" reads standard input) strictly and
checks it as assess would, without assessing it. It prints every problem
on standard output as

    FILE:LINE:COLUMN: PATH: MESSAGE [CODE]

the form editors jump to, where LINE and COLUMN say where the value at
PATH begins in the file (for a missing field: the object that should hold
it), PATH is the place in the document, such as stakeholders[2].role, and
CODE the problem's stable code (required, unknown-value, bad-format, ...);
PATH and the place are left out for a problem of the whole file. A file without problems
gets the line FILE: ok. The exit code is 1 when any file has problems.`

// validate is the "validate" command.
func (a *app) validate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("validate", "FILE...", validateAbout, stderr)
	if code, ok := fs.parse(args); !ok {
		return code
	}
	if code, ok := checkFiles(fs); !ok {
		return code
	}
	files := fs.Args()
	failed := 0
	for _, f := range files {
		name := displayName(f)
		if _, err := readCase(f, stdin); err != nil {
			printProblems(stdout, name, err)
			failed++
			continue
		}
		fmt.Fprintf(stdout, "%s: ok\n", name)
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "regioscan validate: %s\n", problemCount(failed, len(files)))
		return exitInvalid
	}
	return exitOK
}

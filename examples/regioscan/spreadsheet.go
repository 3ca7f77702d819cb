package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess/casecsv"
)

const exportAbout = `
Export writes a case file as spreadsheets: one CSV file per table
(stakeholders, members and their levels, role holders, projects and their
participants, and so on) in the folder -o, which it creates. Stakeholders,
projects and the like are named by name in the other files where the name
is unique, and by ID otherwise; "regioscan import" reads the folder back
into the same case. With -template it writes the files with their header
rows only, to fill in from scratch. The columns are described in the
documentation of package casecsv (go doc
github.com/regiokompas/regiokompas/lesson/assess/casecsv).

-lang nl writes Dutch headers, -sep ';' the separator Dutch Excel expects,
and -bom a byte order mark by which Excel knows the files are UTF-8; the
three together suit a Dutch Excel.`

// export is the "export" command.
func (a *app) export(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("export", "[-format csv] [-lang en|nl] [-sep ,|;] [-bom] -o DIR (CASE.json | -template)", exportAbout, stderr)
	formatFlag(fs, "csv")
	lang := langFlag(fs, collab.English, "`language` of the headers: en or nl (default en)")
	sep := fs.String("sep", ",", "the field `separator`: , or ;")
	bom := fs.Bool("bom", false, "start each file with a UTF-8 byte order mark")
	out := fs.String("o", "", "the `folder` to write the files in (required)")
	template := fs.Bool("template", false, "write the files with their headers only")
	operands, code, ok := fs.parseAll(args)
	if !ok {
		return code
	}
	switch {
	case *out == "":
		return fs.fail("no folder given; name one with -o")
	case *sep != "," && *sep != ";":
		return fs.fail("-sep must be , or ;")
	case *template && len(operands) > 0:
		return fs.fail("-template writes blank files; it takes no case file")
	case !*template && len(operands) != 1:
		return fs.fail("name one case file, or -template")
	}
	opt := casecsv.Options{Dutch: *lang == collab.Dutch, Comma: rune((*sep)[0]), BOM: *bom}
	files := casecsv.Template(opt)
	if !*template {
		c, err := readCase(operands[0], stdin)
		if err != nil {
			printProblems(stderr, displayName(operands[0]), err)
			return exitInvalid
		}
		if files, err = casecsv.Export(c, opt); err != nil {
			fmt.Fprintf(stderr, "regioscan export: %v\n", err)
			return exitInvalid
		}
	}
	err := os.MkdirAll(*out, 0o755) // #nosec G301 -- a folder the user asked for, like any output
	if err != nil {
		fmt.Fprintf(stderr, "regioscan export: %v\n", err)
		return exitInvalid
	}
	for _, f := range files {
		err := os.WriteFile(filepath.Join(*out, f.Name), f.Data, 0o644) // #nosec G306 -- output the user asked for
		if err != nil {
			fmt.Fprintf(stderr, "regioscan export: %v\n", err)
			return exitInvalid
		}
	}
	return exitOK
}

const importAbout = `
Import reads a folder of spreadsheets, as "regioscan export" writes them
or as a programme office fills them in from "regioscan export -template",
and writes the case file (to -o, or standard output). The files may use
',' or ';', English or Dutch headers, and may start with a byte order
mark. Empty id cells get IDs made from the names, so that importing the
same folder twice gives the same case.

Every cell that cannot be read is listed on standard error as
FOLDER/FILE:ROW:COLUMN (HEADER): MESSAGE; when every cell reads but the
case is not valid, its problems are listed as validate lists them. Then
no case is written (exit code 1).`

// importCase is the "import" command.
func (a *app) importCase(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("import", "[-o CASE.json] DIR", importAbout, stderr)
	out := fs.String("o", "", "write the case to this `file` instead of standard output")
	operands, code, ok := fs.parseAll(args)
	if !ok {
		return code
	}
	if len(operands) != 1 {
		return fs.fail("name one folder of CSV files")
	}
	dir := operands[0]
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "regioscan import: %s: not a folder\n", dir)
		return exitInvalid
	}
	c, err := casecsv.Import(os.DirFS(dir))
	if err != nil {
		var cells casecsv.Errors
		if errors.As(err, &cells) {
			for _, e := range cells {
				e.File = filepath.Join(dir, e.File)
				fmt.Fprintln(stderr, e.Error())
			}
		} else {
			printProblems(stderr, dir, err)
		}
		fmt.Fprintln(stderr, "regioscan import: the spreadsheets have problems; no case written")
		return exitInvalid
	}
	return writeOutput(*out, stdout, stderr, func(w io.Writer) error { return writeJSON(w, c) })
}

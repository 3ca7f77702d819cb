package main

import (
	"io"

	"github.com/regiokompas/regiokompas/lesson/assess/schema"
)

const schemaAbout = `
Schema prints the JSON Schema (draft 2020-12) of one of the two documents
regioscan exchanges: "case" (the default), the case file that assess,
validate and twins read; or "report", the report that assess -format json
writes and compare reads. Services in other languages can check or
generate the documents with it. The schema describes the structure; rules
that tie fields together (dates in order, references that resolve) are
checked by "regioscan validate".`

// schema is the "schema" command.
func (a *app) schema(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("schema", "[case|report]", schemaAbout, stderr)
	if code, ok := fs.parse(args); !ok {
		return code
	}
	doc := "case"
	switch fs.NArg() {
	case 0:
	case 1:
		doc = fs.Arg(0)
	default:
		return fs.fail("unexpected argument %q", fs.Arg(1))
	}
	var data []byte
	switch doc {
	case "case":
		data = schema.Case()
	case "report":
		data = schema.Report()
	default:
		return fs.fail("no schema %q; want case or report", doc)
	}
	return writeOutput("", stdout, stderr, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

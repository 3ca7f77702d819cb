package casecsv

import (
	"fmt"
	"strings"
)

// CellError is one problem of a spreadsheet: the file, the row (the line
// of the file, the header being row 1) and the column (counted from 1,
// with its header) where it is, and what is wrong. A problem of a whole
// file has no row; one of a whole row has no column.
type CellError struct {
	File    string `json:"file"`
	Row     int    `json:"row,omitempty"`
	Column  int    `json:"column,omitempty"`
	Header  string `json:"header,omitempty"`
	Message string `json:"message"`
}

// Error formats the problem as "FILE:ROW:COLUMN (HEADER): MESSAGE".
func (e *CellError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Row > 0 {
		fmt.Fprintf(&b, ":%d", e.Row)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	if e.Header != "" {
		fmt.Fprintf(&b, " (%s)", e.Header)
	}
	return b.String() + ": " + e.Message
}

// Errors is every problem Import found in the spreadsheets, in the order of
// the files and rows. Reach it with errors.As.
type Errors []CellError

// Error lists every problem, one per line.
func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i := range es {
		lines[i] = es[i].Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns each problem as an error, for errors.As with *CellError.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i := range es {
		out[i] = &es[i]
	}
	return out
}

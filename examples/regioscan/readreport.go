package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson"
)

// readReport reads the report file arg ("-" for stdin) strictly: one JSON
// object of the shape of lesson.Report, as assess -format json writes it
// for one file, with no field a report does not know and nothing but white
// space after it, at most lesson.MaxCaseBytes long. A document that cannot
// be read as a report gives collab.Problems holding one problem, with the
// path where encoding/json names one; a file that cannot be opened or read
// gives a plain error.
func readReport(arg string, stdin io.Reader) (*lesson.Report, error) {
	f, err := openArg(arg, stdin)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, lesson.MaxCaseBytes+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	if int64(len(data)) > lesson.MaxCaseBytes {
		return nil, collab.Problems{{Code: collab.CodeTooLong, Message: fmt.Sprintf("is larger than the limit of %d bytes", lesson.MaxCaseBytes)}}
	}
	var r lesson.Report
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF"))))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return nil, collab.Problems{reportProblem(err)}
	}
	var more json.RawMessage
	if err := dec.Decode(&more); !errors.Is(err, io.EOF) {
		return nil, collab.Problems{{Code: collab.CodeBadFormat, Message: "holds more data after the report"}}
	}
	return &r, nil
}

// reportProblem says why encoding/json could not read a report.
func reportProblem(err error) collab.Problem {
	var (
		syntaxErr *json.SyntaxError
		typeErr   *json.UnmarshalTypeError
		unknown   *collab.UnknownValueError
	)
	bad := func(path, format string, args ...any) collab.Problem {
		return collab.Problem{Path: path, Code: collab.CodeBadFormat, Message: fmt.Sprintf(format, args...)}
	}
	switch {
	case errors.Is(err, io.EOF):
		return bad("", "is empty; a report is a JSON object")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return bad("", "ends too early: the document is cut off")
	case errors.As(err, &syntaxErr):
		return bad("", "is not valid JSON at byte %d: %s", syntaxErr.Offset, syntaxErr)
	case errors.As(err, &typeErr) && typeErr.Field == "":
		return bad("", "is a JSON %s, not one report; assess -format json writes one report for one file", typeErr.Value)
	case errors.As(err, &typeErr):
		return bad(typeErr.Field, "holds a JSON %s where %s is wanted", typeErr.Value, typeErr.Type)
	case errors.As(err, &unknown):
		return collab.Problem{Code: collab.CodeUnknownValue, Message: unknown.Error()}
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if field, ok := strings.CutPrefix(msg, "unknown field "); ok {
		return bad("", "holds the field %s, which a report does not have", field)
	}
	return bad("", "%s", msg)
}

package check

import (
	"errors"
	"strings"
)

// Code is the stable, machine-readable class of a validation problem. Codes
// are part of the wire format: services map them to HTTP answers and tools
// switch on them, so they never change once published.
//
// A Code is itself an error, so that callers can ask
// errors.Is(err, collab.CodeRequired) (collab names every code again) of any error returned by a Validate
// method in this module.
type Code string

// The problem codes used throughout the module.
const (
	// CodeRequired: a field that must be set is empty or zero.
	CodeRequired Code = "required"
	// CodeUnknownValue: a word is not one of the values an enum knows.
	CodeUnknownValue Code = "unknown-value"
	// CodeOutOfRange: a number lies outside its documented range, or an
	// amount or count is negative.
	CodeOutOfRange Code = "out-of-range"
	// CodeTooLong: a text is longer than its documented maximum.
	CodeTooLong Code = "too-long"
	// CodeTooMany: a list holds more items than its documented maximum.
	CodeTooMany Code = "too-many"
	// CodeDuplicate: an ID, code or member occurs more than once.
	CodeDuplicate Code = "duplicate"
	// CodeDanglingReference: an ID or code refers to something that is not
	// there (a role holder who is not a member, an unknown region).
	CodeDanglingReference Code = "dangling-reference"
	// CodeDateOrder: dates contradict each other (an end before a start, a
	// member who joined before the collaboration started).
	CodeDateOrder Code = "date-order"
	// CodeBadFormat: a text does not have the required form (an AGB code
	// that is not eight digits).
	CodeBadFormat Code = "bad-format"
	// CodeNotAllowed: a combination of values that the domain forbids (a
	// project phase that goes back from embedded to idea).
	CodeNotAllowed Code = "not-allowed"
)

// Codes returns every problem code of the module, in the order of their
// declaration above, as a fresh slice that the caller may change. It serves
// those who must know the whole set, such as an HTTP layer that maps each
// code to a status, a schema that lists them, or a test that checks every
// problem carries a known code.
func Codes() []Code {
	return []Code{
		CodeRequired, CodeUnknownValue, CodeOutOfRange, CodeTooLong, CodeTooMany,
		CodeDuplicate, CodeDanglingReference, CodeDateOrder, CodeBadFormat, CodeNotAllowed,
	}
}

// Error returns the code itself, such as "required", so that a Code prints
// as its wire word and serves as a sentinel with errors.Is.
func (c Code) Error() string { return string(c) }

// Problem is one thing wrong with a value: where (Path, in JSON field names
// from the root of the validated document, such as "members[2].joined"),
// what kind (Code) and a message for people that names the offending value.
//
// Problem is the one problem type of the whole module; every Validate method
// reports through it.
type Problem struct {
	Path    string `json:"path"`
	Code    Code   `json:"code"`
	Message string `json:"message"`
	// Line and Column place the problem in the document it was read
	// from, both counted from 1 (the column in characters), so that an
	// editor can jump to it; zero when no document is known. Validation
	// leaves them zero; collab.Locate and collab.WithPositions fill them
	// from the document and the Path.
	Line   int `json:"line,omitempty"`
	Column int `json:"column,omitempty"`
}

// Error formats the problem as "path: message".
func (p *Problem) Error() string {
	if p.Path == "" {
		return p.Message
	}
	return p.Path + ": " + p.Message
}

// Is reports whether target is this problem's Code, so that
// errors.Is(err, collab.CodeDuplicate) finds a duplicate anywhere in err.
func (p *Problem) Is(target error) bool {
	c, ok := target.(Code)
	return ok && c == p.Code
}

// Problems is the error returned by every Validate method in the module: all
// problems that one validation found, in the order they were found. A nil or
// empty Problems is never returned as an error.
//
// Reach it with errors.As(err, &problems); errors.Is works for each Code,
// and errors.As with *Problem finds the first problem.
type Problems []Problem

// Error lists every problem, one per line.
func (ps Problems) Error() string {
	var b strings.Builder
	for i := range ps {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(ps[i].Error())
	}
	return b.String()
}

// Unwrap returns each problem as an error, so that errors.Is and errors.As
// look at every one of them.
func (ps Problems) Unwrap() []error {
	errs := make([]error, len(ps))
	for i := range ps {
		errs[i] = &ps[i]
	}
	return errs
}

// ProblemsOf flattens any error returned by a Validate method of this module
// (or a join or wrap of several) into the list of its problems. An error
// that holds no Problem becomes a single Problem with an empty path, the code
// CodeBadFormat and the error's text, so that nothing is lost. A nil error
// gives nil.
func ProblemsOf(err error) []Problem {
	if err == nil {
		return nil
	}
	var out []Problem
	collectProblems(err, &out)
	return out
}

// problemer is implemented by errors that know which Problem they are, such
// as the *UnknownValueError of an enum's UnmarshalText.
type problemer interface{ problem() Problem }

func collectProblems(err error, out *[]Problem) {
	switch e := err.(type) {
	case Problems:
		*out = append(*out, e...)
	case *Problem:
		*out = append(*out, *e)
	case problemer:
		*out = append(*out, e.problem())
	case interface{ Unwrap() []error }:
		for _, inner := range e.Unwrap() {
			collectProblems(inner, out)
		}
	default:
		if inner := errors.Unwrap(err); inner != nil {
			collectProblems(inner, out)
			return
		}
		*out = append(*out, Problem{Code: CodeBadFormat, Message: err.Error()})
	}
}

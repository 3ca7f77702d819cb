package collab

import "github.com/regiokompas/regiokompas/collab/check"

// Code is the stable, machine-readable class of a validation problem, such
// as "required" or "date-order". Codes are part of the wire format: services
// map them to HTTP answers and tools switch on them, so they never change
// once published. A Code is itself an error, so that callers can ask
// errors.Is(err, collab.CodeRequired) of any error returned by a Validate
// method in this module.
type Code = check.Code

// The problem codes used throughout the module; see package check for what
// each means.
const (
	CodeRequired          = check.CodeRequired          // a field that must be set is empty or zero
	CodeUnknownValue      = check.CodeUnknownValue      // a word is not one of an enum's values
	CodeOutOfRange        = check.CodeOutOfRange        // a number outside its documented range
	CodeTooLong           = check.CodeTooLong           // a text longer than its documented maximum
	CodeTooMany           = check.CodeTooMany           // a list longer than its documented maximum
	CodeDuplicate         = check.CodeDuplicate         // an ID, code or member that occurs twice
	CodeDanglingReference = check.CodeDanglingReference // an ID or code that refers to nothing
	CodeDateOrder         = check.CodeDateOrder         // dates that contradict each other
	CodeBadFormat         = check.CodeBadFormat         // a text without the required form
	CodeNotAllowed        = check.CodeNotAllowed        // a combination the domain forbids
)

// Codes returns every problem code of the module as a fresh slice, for
// those who must know the whole set, such as an HTTP layer that maps each
// code to a status.
func Codes() []Code { return check.Codes() }

// Problem is one thing wrong with a value: where (Path, in JSON field names
// from the root of the validated document, such as "members[2].joined"),
// what kind (Code) and a message for people that names the offending value.
// It is the one problem type of the whole module.
type Problem = check.Problem

// Problems is the error returned by every Validate method in the module:
// all problems that one validation found, each once, in the order they
// were found. Reach it with errors.As(err, &problems); errors.Is works for
// each Code.
type Problems = check.Problems

// ProblemsOf flattens any error returned by a Validate method of this
// module (or a join or wrap of several) into the list of its problems; an
// error that holds no Problem becomes one CodeBadFormat problem with an
// empty path. A nil error gives nil.
func ProblemsOf(err error) []Problem { return check.ProblemsOf(err) }

// UnknownValueError is returned when a word is not one of an enum's values,
// such as ParseMechanism("urgent"). It keeps the word, and errors.Is
// reports it as CodeUnknownValue.
type UnknownValueError = check.UnknownValueError

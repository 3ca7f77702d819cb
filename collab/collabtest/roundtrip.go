package collabtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
)

// RoundTrip decodes data strictly into a T with [collab.Decode] (at most
// [collab.MaxDocumentBytes]) and validates it with validate, the way a
// service handles a document from outside, and fails t unless:
//   - a document that cannot be read gives exactly one well-formed problem;
//   - a document that is read but not valid gives well-formed problems;
//   - a valid value encodes, its encoding decodes strictly to a value that
//     is valid again, and that value encodes to the same bytes.
//
// It returns the decoded value and true when the document was read and
// valid, so that the caller can go on to use it; nil and false otherwise.
// validate must not be nil; a T without rules may pass a function that
// returns nil.
func RoundTrip[T any](t testing.TB, data []byte, validate func(*T) error) (*T, bool) {
	t.Helper()
	var x T
	if err := collab.Decode(bytes.NewReader(data), &x, 0); err != nil {
		RequireWellFormedProblems(t, err)
		if n := len(collab.ProblemsOf(err)); n != 1 {
			t.Fatalf("a document that cannot be read gives one problem, not %d: %v", n, err)
		}
		return nil, false
	}
	if err := validate(&x); err != nil {
		RequireWellFormedProblems(t, err)
		return nil, false
	}
	first, err := json.Marshal(&x)
	if err != nil {
		t.Fatalf("a valid %T must encode: %v", x, err)
	}
	var y T
	if err := collab.Decode(bytes.NewReader(first), &y, max(int64(len(first)), 1)); err != nil {
		t.Fatalf("the encoding of a valid %T must decode: %v\n%s", x, err, first)
	}
	if err := validate(&y); err != nil {
		t.Fatalf("the encoding of a valid %T must decode to a valid value: %v\n%s", x, err, first)
	}
	second, err := json.Marshal(&y)
	if err != nil {
		t.Fatalf("a valid %T, decoded again, must encode: %v", y, err)
	}
	if !bytes.Equal(first, second) {
		t.Fatalf("a round trip must not change the document:\nfirst:  %s\nsecond: %s", first, second)
	}
	return &x, true
}

// RequireWellFormedProblems fails t unless err is, or wraps, a non-empty
// [collab.Problems] in which every problem has one of [collab.Codes] and a
// message.
func RequireWellFormedProblems(t testing.TB, err error) {
	t.Helper()
	var ps collab.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("want collab.Problems, got %T: %v", err, err)
	}
	if len(ps) == 0 {
		t.Fatalf("want at least one problem in %#v", err)
	}
	codes := collab.Codes()
	for _, p := range ps {
		if !slices.Contains(codes, p.Code) {
			t.Fatalf("problem %q has the unknown code %q", p.Error(), p.Code)
		}
		if p.Message == "" {
			t.Fatalf("problem at %q has no message", p.Path)
		}
	}
}

package collabtest

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
)

// Enum is what every enum type of the module offers (see the Enums
// convention in the design): a small unsigned integer whose zero value is
// not valid, with a wire word, labels and a text encoding.
type Enum interface {
	~uint8
	String() string
	IsValid() bool
	IsZero() bool
	Label(collab.Language) string
	MarshalText() ([]byte, error)
}

// EnumPtr is the decoding side of an [Enum] T, whose UnmarshalText has a
// pointer receiver.
type EnumPtr[T any] interface {
	*T
	encoding.TextUnmarshaler
}

// explainer is implemented by the enums whose values may carry a short
// explanation.
type explainer interface{ About(collab.Language) string }

// CheckEnum fails t with every broken promise that [EnumProblems] finds in
// the enum named kind, so that each package tests its enums against one
// contract rather than a copy of its own.
func CheckEnum[T Enum, P EnumPtr[T]](t testing.TB, kind string, all func() []T, parse func(string) (T, error), words ...string) {
	t.Helper()
	for _, p := range EnumProblems[T, P](kind, all, parse, words...) {
		t.Error(p)
	}
}

// EnumProblems checks the contract every enum of the module keeps, and
// returns one line per broken promise; nil when the enum keeps them all.
// kind is the enum's name in messages ("mechanism"), all its list of values
// (such as collab.Mechanisms), parse its ParseX, and words the wire words
// that the enum must have, in order. The contract:
//   - all lists exactly the values 1 to len(words), in order, as a fresh
//     slice on every call;
//   - each value is valid and not zero, its String and text form are its
//     word, and the word comes back through UnmarshalText, parse and JSON;
//   - each value has a Dutch and an English label, English being the
//     default, and an explanation (About) in both languages or in neither;
//   - an empty word, an unknown word, the first word in capitals or with
//     space around it, and "unknown" (unless it is one of the words) are
//     refused by parse, UnmarshalText and JSON decoding with a
//     *collab.UnknownValueError that names kind and the word, is
//     collab.CodeUnknownValue and is one problem; UnmarshalText then leaves
//     the value as it was;
//   - the zero value is zero and not valid, its String is no wire word, and
//     it is never written as text or JSON;
//   - a value out of range (one past the last, and 255) is neither valid nor
//     zero, its String is kind(n) and its label the same, it has no
//     explanation and it is never written.
//
// It returns lines rather than failing a test so that it can be tested and
// shown itself; [CheckEnum] is the form for tests.
func EnumProblems[T Enum, P EnumPtr[T]](kind string, all func() []T, parse func(string) (T, error), words ...string) []string {
	var out []string
	fail := func(format string, args ...any) { out = append(out, kind+": "+fmt.Sprintf(format, args...)) }

	values := all()
	if len(values) != len(words) {
		fail("all lists %d values, want %d", len(values), len(words))
		return out
	}
	for i, x := range values {
		checkEnumValue[T, P](fail, x, T(i+1), words[i], parse)
	}
	refused := []string{"", "no-such-value"}
	if len(words) > 0 {
		refused = append(refused, strings.ToUpper(words[0]), " "+words[0], words[0]+" ")
	}
	if !slices.Contains(words, "unknown") {
		refused = append(refused, "unknown")
	}
	for _, word := range refused {
		if len(values) > 0 && word == strings.ToUpper(words[0]) && word == words[0] {
			continue // a word without letters has no capitals
		}
		checkRefused[T, P](fail, kind, word, values, parse)
	}

	var zero T
	if !zero.IsZero() || zero.IsValid() {
		fail("the zero value is not zero, or it is valid")
	}
	if s := zero.String(); s == "" || slices.Contains(words, s) {
		fail("the zero value's String %q is empty or a wire word", s)
	}
	if _, err := zero.MarshalText(); !errors.Is(err, collab.CodeUnknownValue) {
		fail("the zero value is written as text (error %v)", err)
	}
	if _, err := json.Marshal(struct{ V T }{}); !errors.Is(err, collab.CodeUnknownValue) {
		fail("the zero value is written as JSON (error %v)", err)
	}

	for _, n := range []int{len(values) + 1, 255} {
		checkOutOfRange(fail, kind, T(n), n)
	}

	if len(values) > 0 { // last, as it changes a list that may not be fresh
		want := slices.Clone(values)
		first := all()
		kept := first[0]
		first[0] = 0
		if !slices.Equal(all(), want) {
			fail("changing the list that all returns changes the next one")
		}
		first[0] = kept
	}
	return out
}

// checkEnumValue checks the value x, which must be want and have word.
func checkEnumValue[T Enum, P EnumPtr[T]](fail func(string, ...any), x, want T, word string, parse func(string) (T, error)) {
	if x != want {
		fail("value %d of all is %d; values come in declaration order, from 1", want, x)
	}
	if !x.IsValid() || x.IsZero() {
		fail("%s is not valid, or it is zero", word)
	}
	if x.String() != word {
		fail("value %d has the word %q, want %q", x, x.String(), word)
		return // the checks below would only repeat this
	}
	text, err := x.MarshalText()
	if err != nil || string(text) != word {
		fail("%s is written as %q (error %v)", word, text, err)
	}
	var back T
	if err := P(&back).UnmarshalText([]byte(word)); err != nil || back != x {
		fail("%s does not come back through UnmarshalText (error %v)", word, err)
	}
	if parsed, err := parse(word); err != nil || parsed != x {
		fail("%s does not come back through parse (error %v)", word, err)
	}
	js, err := json.Marshal(map[string]T{"v": x})
	if err != nil || string(js) != `{"v":`+strconv.Quote(word)+`}` {
		fail("%s is written in JSON as %s (error %v)", word, js, err)
	}
	var decoded map[string]T
	if err := json.Unmarshal(js, &decoded); err != nil || decoded["v"] != x {
		fail("%s does not come back through JSON (error %v)", word, err)
	}

	nl, en := x.Label(collab.Dutch), x.Label(collab.English)
	if strings.TrimSpace(nl) == "" || strings.TrimSpace(en) == "" {
		fail("%s lacks a Dutch or an English label (%q, %q)", word, nl, en)
	}
	if x.Label(collab.LanguageUnknown) != en {
		fail("%s is not labelled in English by default", word)
	}
	if a, ok := any(x).(explainer); ok && (a.About(collab.Dutch) == "") != (a.About(collab.English) == "") {
		fail("%s is explained in one language only", word)
	}
}

// checkRefused checks that word is refused everywhere an enum reads one.
func checkRefused[T Enum, P EnumPtr[T]](fail func(string, ...any), kind, word string, values []T, parse func(string) (T, error)) {
	if _, err := parse(word); !isUnknownWord(err, kind, word) {
		fail("parse(%q) gives %v, want an *collab.UnknownValueError that names it", word, err)
	}
	var x T
	if len(values) > 0 {
		x = values[0]
	}
	before := x
	if err := P(&x).UnmarshalText([]byte(word)); !isUnknownWord(err, kind, word) {
		fail("UnmarshalText(%q) gives %v, want an *collab.UnknownValueError that names it", word, err)
	}
	if x != before {
		fail("a failed UnmarshalText(%q) changes the value", word)
	}
	var doc struct{ V T }
	if err := json.Unmarshal([]byte(`{"V":`+strconv.Quote(word)+`}`), &doc); !isUnknownWord(err, kind, word) {
		fail("JSON decoding of %q gives %v, want an *collab.UnknownValueError that names it", word, err)
	}
}

// isUnknownWord reports whether err refuses word as a value of kind the way
// the module does: an *collab.UnknownValueError naming both and the words
// it accepts, matched by collab.CodeUnknownValue, one problem, and a
// message that quotes the word or says that it is empty.
func isUnknownWord(err error, kind, word string) bool {
	var uve *collab.UnknownValueError
	if !errors.As(err, &uve) || uve.Word != word || uve.Kind != kind || len(uve.Known) == 0 {
		return false
	}
	if !errors.Is(err, collab.CodeUnknownValue) {
		return false
	}
	if ps := collab.ProblemsOf(err); len(ps) != 1 || ps[0].Code != collab.CodeUnknownValue {
		return false
	}
	if word == "" {
		return strings.Contains(err.Error(), "empty "+kind)
	}
	return strings.Contains(err.Error(), strconv.Quote(word))
}

// checkOutOfRange checks the value x = n, which lies beyond the enum.
func checkOutOfRange[T Enum](fail func(string, ...any), kind string, x T, n int) {
	if x.IsValid() || x.IsZero() {
		fail("the value %d out of range is valid, or zero", n)
	}
	want := kind + "(" + strconv.Itoa(n) + ")"
	if x.String() != want {
		fail("the value %d out of range has the String %q, want %q", n, x.String(), want)
	}
	if x.Label(collab.Dutch) != x.String() {
		fail("the value %d out of range is labelled %q, not by its String", n, x.Label(collab.Dutch))
	}
	if a, ok := any(x).(explainer); ok && a.About(collab.English) != "" {
		fail("the value %d out of range has an explanation", n)
	}
	var uve *collab.UnknownValueError
	if _, err := x.MarshalText(); !errors.As(err, &uve) || uve.Word != x.String() {
		fail("the value %d out of range is written as text, or its error does not name it (%v)", n, err)
	}
}

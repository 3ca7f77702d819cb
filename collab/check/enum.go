package check

import (
	"strconv"
)

// EnumValue describes one value of an enum: its wire word (the stable
// lowercase text form), its label in both languages and, where the concept
// needs one, a short explanation in both languages.
type EnumValue struct {
	Word  string
	Label Text
	About Text
}

// Enum is the shared machinery behind every enum type of the module (for
// example Mechanism, Role, and the project package's Theme): it turns a
// value into its wire word and back, and reports labels. It keeps the
// module's enums consistent and each enum's own file down to a table.
//
// Enum values are small unsigned integers; the zero value means unknown and
// is never a valid value. Values[i] describes the value i+1. An Enum is
// immutable after NewEnum and safe for concurrent use.
type Enum[T ~uint8] struct {
	kind   string
	values []EnumValue
}

// NewEnum returns the Enum named kind (used in messages, such as "mechanism")
// whose values are described, in order, by values. It panics when a word is
// empty or repeated, or when there are more than 254 values: enums are
// declared once by the packages of this module, never from user input.
func NewEnum[T ~uint8](kind string, values ...EnumValue) Enum[T] {
	if len(values) > 254 {
		panic("check: enum " + kind + " has too many values")
	}
	seen := make(map[string]bool, len(values))
	for _, ev := range values {
		if ev.Word == "" || seen[ev.Word] {
			panic("check: enum " + kind + " has an empty or repeated word " + strconv.Quote(ev.Word))
		}
		seen[ev.Word] = true
	}
	return Enum[T]{kind: kind, values: values}
}

// Kind names the enum, as used in messages.
func (e Enum[T]) Kind() string { return e.kind }

// Valid reports whether v is one of the enum's values (not zero, not out of
// range).
func (e Enum[T]) Valid(v T) bool { return v >= 1 && int(v) <= len(e.values) }

// Value returns the description of v; ok is false for zero or an unknown
// value.
func (e Enum[T]) Value(v T) (EnumValue, bool) {
	if !e.Valid(v) {
		return EnumValue{}, false
	}
	return e.values[v-1], true
}

// String returns v's wire word; it never panics. Zero gives "unknown" and
// a value out of range gives "kind(n)", in the manner of time.Month.
func (e Enum[T]) String(v T) string {
	if v == 0 {
		return "unknown"
	}
	if !e.Valid(v) {
		return e.kind + "(" + strconv.Itoa(int(v)) + ")"
	}
	return e.values[v-1].Word
}

// Label returns v's label in lang (English for an unknown language), or its
// String when v is not valid.
func (e Enum[T]) Label(v T, lang Language) string {
	ev, ok := e.Value(v)
	if !ok {
		return e.String(v)
	}
	return ev.Label.In(lang)
}

// About returns v's explanation in lang; empty when it has none.
func (e Enum[T]) About(v T, lang Language) string {
	ev, _ := e.Value(v)
	return ev.About.In(lang)
}

// Parse returns the value whose wire word is word. It is exact: words are
// lowercase and case matters. An empty or unknown word gives an
// *UnknownValueError that names it.
func (e Enum[T]) Parse(word string) (T, error) {
	for i := range e.values {
		if e.values[i].Word == word {
			return T(i + 1), nil
		}
	}
	return 0, &UnknownValueError{Kind: e.kind, Word: word, Known: e.Words()}
}

// All returns every value of the enum in declaration order, as a new slice
// that the caller may keep and change.
func (e Enum[T]) All() []T {
	out := make([]T, len(e.values))
	for i := range out {
		out[i] = T(i + 1)
	}
	return out
}

// Words returns the wire words in declaration order, as a new slice.
func (e Enum[T]) Words() []string {
	out := make([]string, len(e.values))
	for i := range e.values {
		out[i] = e.values[i].Word
	}
	return out
}

// Marshal implements MarshalText for an enum type: the wire word, or an
// error for zero or an unknown value, so that an invalid value is never
// written.
func (e Enum[T]) Marshal(v T) ([]byte, error) {
	if !e.Valid(v) {
		return nil, &UnknownValueError{Kind: e.kind, Word: e.String(v), Known: e.Words()}
	}
	return []byte(e.values[v-1].Word), nil
}

// Unmarshal implements UnmarshalText for an enum type.
func (e Enum[T]) Unmarshal(text []byte, v *T) error {
	p, err := e.Parse(string(text))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// UnknownValueError is returned when a word is not one of an enum's values.
// It keeps the word, so that the message and callers can name it.
type UnknownValueError struct {
	Kind  string   // the enum, such as "mechanism"
	Word  string   // the word that was given
	Known []string // the words that would have been accepted
}

// Error names the enum, the word and the accepted words.
func (e *UnknownValueError) Error() string {
	if e.Word == "" {
		return "empty " + e.Kind + "; want one of " + joinWords(e.Known)
	}
	return "unknown " + e.Kind + " " + strconv.Quote(e.Word) + "; want one of " + joinWords(e.Known)
}

// Is reports true for CodeUnknownValue.
func (e *UnknownValueError) Is(target error) bool { return target == CodeUnknownValue }

func (e *UnknownValueError) problem() Problem {
	return Problem{Code: CodeUnknownValue, Message: e.Error()}
}

func joinWords(words []string) string {
	n := 0
	for _, w := range words {
		n += len(w) + 2
	}
	b := make([]byte, 0, n)
	for i, w := range words {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = append(b, w...)
	}
	return string(b)
}

package collab

import (
	"bytes"
	"cmp"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"
)

// MaxDocumentBytes is the size limit that Decode, and every DecodeX
// function of the module built on it, applies when it is given none:
// 8 MiB, far more than the documented limits of a collaboration or a case
// need, and little enough that a service can read a document from outside
// into memory.
const MaxDocumentBytes int64 = 8 << 20

// Decode reads one JSON document from r strictly into v, which must be a
// non-nil pointer, and names the place of anything that keeps it from being
// read. It does not validate: call the Validate method of the decoded value
// for that.
//
// Strictly means: the document is one JSON value with no object field that
// v's type and its parts do not know, nothing but white space follows it,
// and it is at most limit bytes long (MaxDocumentBytes when limit is zero or
// negative). A leading UTF-8 byte order mark is ignored, since some editors
// write one. It is as strict as the published JSON Schemas, where
// encoding/json is laxer: every key is given once per object and in the
// case of its field ("Strategy" is not "strategy"); null stands only where
// the schema allows it (a list that encoding/json writes as null, a value
// that may be absent), not for a text, a number, an ID or a list the
// schema wants; a UUID is written 8-4-4-4-12, without braces or
// "urn:uuid:"; and text is valid UTF-8 without lone surrogates, never
// silently repaired. None of this depends on the text of encoding/json's
// errors, so it reads the same under GOEXPERIMENT=jsonv2.
//
// Decode returns:
//   - nil when the document is read into v;
//   - a [Problems] holding one problem when the document cannot be read:
//     [CodeTooLong] when it is larger than limit; [CodeBadFormat] when it
//     is empty, not JSON, cut off, of the wrong shape (a number where a list
//     is wanted), holds an unknown field (with the nearest known field
//     suggested when one is close), a bad date or UUID, or more data after
//     the document; [CodeUnknownValue] for a word that an enum does not
//     know, such as an unknown role. The problem's Path is the place in the
//     document, such as "stakeholders[2].role" (cut short with "..." beyond
//     200 bytes), and the message of a syntax error gives the line and
//     column, as do the problem's Line and Column for a document that is
//     not JSON, is cut off or has data after it (for the other problems,
//     [WithPositions] finds them from the path). v may be partly filled;
//   - the error of r, wrapped, when reading r fails;
//   - the *json.InvalidUnmarshalError of encoding/json when v is not a
//     non-nil pointer.
//
// # How a path is found
//
// encoding/json names no path for a value whose UnmarshalText fails (an
// unknown enum word, a bad date), and only a dotted path without list
// indexes for a value of the wrong type. On that error path Decode reads
// the document a second time, token by token, beside the Go type of v, and
// reports the first place, in document order, where that type rejects the
// value with the same error: the first string whose field type refuses it
// with the same message, the first value of the JSON kind the error names
// that the field's type cannot hold, or the first key its object does not
// know. encoding/json keeps the first error it meets, in document order, so
// this is the value it stumbled on. When that search finds nothing (an
// error of a custom UnmarshalJSON method, say), an unknown word is looked
// for as any string value equal to it (the first occurrence wins), and a
// wrong type falls back to the path encoding/json gives. The second reading
// follows nesting down to 10,000 levels, where encoding/json stops too.
func Decode(r io.Reader, v any, limit int64) error {
	data, err := readDocument(r, v, limit)
	if err != nil {
		return err
	}
	return decodeData(data, v, nil)
}

// readDocument reads the document for Decode: it checks v and the limit
// and drops a leading byte order mark.
func readDocument(r io.Reader, v any, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = MaxDocumentBytes
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return nil, &json.InvalidUnmarshalError{Type: reflect.TypeOf(v)}
	}
	// One byte more than the limit tells a document that is too large.
	data, err := readAtMost(r, min(limit, math.MaxInt64-1)+1)
	if err != nil {
		return nil, fmt.Errorf("reading the document: %w", err)
	}
	if int64(len(data)) > limit {
		return nil, Problems{{Code: CodeTooLong,
			Message: fmt.Sprintf("is larger than the limit of %d bytes", limit)}}
	}
	return bytes.TrimPrefix(data, []byte("\uFEFF")), nil
}

// decodeData decodes the document data strictly into v, as Decode does;
// skipped are the offsets of nulls that DecodeValid put in place of values
// it could not read, which the strict scan lets stand.
func decodeData(data []byte, v any, skipped []int) error {
	// The strict scan finds what encoding/json would let through, where the
	// document ends and whether anything follows it; json.Unmarshal then
	// decodes the document in place, without a decoder's copy of it.
	root := reflect.TypeOf(v).Elem()
	scan := strictScan(data, root, skipped)
	switch {
	case scan.problem != nil:
		return Problems{*scan.problem}
	case skipSpace(data, 0) == len(data):
		return Problems{locateDecodeError(data, root, io.EOF, -1)}
	case scan.syntax == len(data):
		return Problems{locateDecodeError(data, root, io.ErrUnexpectedEOF, -1)}
	case scan.syntax < 0:
		if rest := skipSpace(data, scan.i); rest < len(data) {
			if !scan.mismatch {
				line, col := lineColumn(data, rest)
				return Problems{{Code: CodeBadFormat, Line: line, Column: col,
					Message: fmt.Sprintf("holds more data after the document, at line %d, column %d", line, col)}}
			}
			data = data[:scan.i] // the mismatch comes first
		}
	}
	if err := json.Unmarshal(data, v); err != nil {
		return Problems{locateDecodeError(data, root, err, scan.syntax)}
	}
	return nil
}

// DecodeValid reads one document strictly into a new T, exactly as
// [Decode] does with the same r and limit, and then validates it with T's
// Validate method. It is the one shape of every DecodeX function of the
// module, such as project.Decode and assess.DecodeCase, which call it:
// reader first, limit last (zero or negative: [MaxDocumentBytes]), and a
// result only when there is no error.
//
// DecodeValid returns the value and nil when the document is read and the
// value is valid. Otherwise it returns nil and the error: the read error,
// or every problem found. A value that cannot be read (an unknown word, a
// bad date, a number where a text is wanted) does not hide the rest: its
// problem is reported, the value is read as if it were null, and reading
// goes on, up to 100 such values; then the value read is validated, and
// its problems follow, without those at the places already reported. A
// document that is not JSON, is cut off, has an unknown field or data
// after it gives that one problem. A value that was read but is not valid
// is never handed out, so that nobody goes on with it by mistake; a caller
// who wants to show what was read calls Decode and Validate itself.
func DecodeValid[T any, P interface {
	*T
	Validate() error
}](r io.Reader, limit int64) (*T, error) {
	v := new(T)
	data, err := readDocument(r, v, limit)
	if err != nil {
		return nil, err
	}
	var (
		found   Problems
		skipped []int // where nulls stand in for values that could not be read: one per problem of found
	)
	for range maxSkippedValues {
		err := decodeData(data, v, skipped)
		if err == nil {
			break
		}
		ps := err.(Problems) // decodeData returns nothing else
		if reported(found, ps[0].Path) {
			// The null did not get past it (a repeated key, say): give
			// up on the rest rather than report the place again.
			return nil, inDocumentOrder(found, skipped)
		}
		patched, at, shift, ok := nullAt(data, ps[0])
		if !ok {
			return nil, append(inDocumentOrder(found, skipped), ps...)
		}
		for i := range skipped {
			if skipped[i] > at {
				skipped[i] += shift
			}
		}
		found = append(found, ps[0])
		data, v, skipped = patched, new(T), append(skipped, at)
	}
	found = inDocumentOrder(found, skipped)
	if err := P(v).Validate(); err != nil {
		for _, p := range ProblemsOf(err) {
			if !reported(found, p.Path) {
				found = append(found, p)
			}
		}
	}
	if len(found) > 0 {
		return nil, found
	}
	return v, nil
}

// maxSkippedValues is how many values that cannot be read DecodeValid
// reads as null before it gives up on the rest of the document.
const maxSkippedValues = 100

// reported reports whether a problem at path is among found.
func reported(found Problems, path string) bool {
	for _, p := range found {
		if p.Path == path {
			return true
		}
	}
	return false
}

// nullAt returns a copy of data with the value that problem p names
// replaced by null, the offset of that null, how much later everything
// after it now stands, and true; false when p is not of a single value that
// is in the document (a syntax error, a path cut short). An unknown field
// is nulled like any value and comes back at the same place, where
// DecodeValid stops: reading does not go past it.
func nullAt(data []byte, p Problem) (patched []byte, at, shift int, ok bool) {
	if p.Path == "" || p.Line != 0 || strings.HasSuffix(p.Path, "...") {
		return nil, 0, 0, false
	}
	start, end, ok := valueSpan(data, p.Path)
	if !ok {
		return nil, 0, 0, false
	}
	out := make([]byte, 0, len(data)-(end-start)+4)
	out = append(append(append(out, data[:start]...), "null"...), data[end:]...)
	return out, start, 4 - (end - start), true
}

// inDocumentOrder sorts the problems of values read as null by where they
// stand in the document (at[i] is the place of found[i]), so that they
// come in the order a reader meets them, whichever order encoding/json
// met them in.
func inDocumentOrder(found Problems, at []int) Problems {
	idx := make([]int, len(found))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(at[a], at[b]) })
	out := make(Problems, len(found))
	for i, j := range idx {
		out[i] = found[j]
	}
	return out
}

// readAtMost reads r to its end, or to limit bytes. When r tells how much
// it holds (a bytes.Reader, a strings.Reader, a bytes.Buffer) the buffer is
// made that large at once, so that a large document in memory is copied
// once rather than grown step by step.
func readAtMost(r io.Reader, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	if l, ok := r.(interface{ Len() int }); ok {
		buf.Grow(int(min(int64(l.Len()), limit)) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(io.LimitReader(r, limit))
	return buf.Bytes(), err
}

// skipSpace returns the index of the first byte at or after i that is not
// JSON white space.
func skipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\r', '\n':
			i++
		default:
			return i
		}
	}
	return i
}

// lineColumn returns the line and column, both counted from 1, of the byte
// at offset in data; the column counts characters.
func lineColumn(data []byte, offset int) (line, col int) {
	offset = min(max(offset, 0), len(data))
	head := data[:offset]
	line = 1 + bytes.Count(head, []byte{'\n'})
	start := bytes.LastIndexByte(head, '\n') + 1
	return line, 1 + utf8.RuneCount(head[start:])
}

// locateDecodeError turns an error of json.Decoder.Decode, reading data into
// a value of type root, into a problem at the path of the value that caused
// it. It runs only on the error path.
//
// syntax is where the strict scan found the document to stop being JSON
// (-1: nowhere), which places a syntax error whatever offset the error
// gives.
func locateDecodeError(data []byte, root reflect.Type, err error, syntax int) Problem {
	var (
		syntaxErr *json.SyntaxError
		typeErr   *json.UnmarshalTypeError
		unknown   *UnknownValueError
	)
	switch {
	case errors.Is(err, io.EOF):
		return Problem{Code: CodeBadFormat, Message: fmt.Sprintf("is empty; %s is wanted", describeType(root))}

	case errors.Is(err, io.ErrUnexpectedEOF):
		path, _ := walkDocument(data, root, nil)
		line, col := lineColumn(data, len(data))
		return Problem{Path: path, Code: CodeBadFormat, Line: line, Column: col,
			Message: fmt.Sprintf("ends too early, at line %d, column %d: the document is cut off", line, col)}

	case errors.As(err, &syntaxErr):
		path, _ := walkDocument(data, root, nil)
		// The strict scan knows the bad byte; encoding/json's Offset counts
		// the bytes read up to and including it (v1) or before it (v2).
		at := syntax
		if at < 0 {
			at = int(syntaxErr.Offset) - 1
		}
		line, col := lineColumn(data, at)
		return Problem{Path: path, Code: CodeBadFormat, Line: line, Column: col,
			Message: fmt.Sprintf("is not valid JSON at line %d, column %d: %s", line, col, syntaxErr.Error())}

	case errors.As(err, &typeErr):
		want := deref(typeErr.Type)
		got, _, _ := strings.Cut(typeErr.Value, " ")
		path, found := walkDocument(data, root, func(ev *walkEvent) bool {
			return ev.mismatch && ev.jsonKind == got && deref(ev.typ) == want
		})
		if !found {
			path = typeErr.Field
		}
		return Problem{Path: path, Code: CodeBadFormat,
			Message: fmt.Sprintf("holds a JSON %s where %s is wanted", typeErr.Value, describeType(typeErr.Type))}

	default:
		// An UnmarshalText method refused a string: an unknown enum word, a
		// date that is not YYYY-MM-DD, a malformed UUID.
		var (
			bad     string
			badType reflect.Type
		)
		path, found := walkDocument(data, root, func(ev *walkEvent) bool {
			if ev.text == nil {
				return false
			}
			terr := ev.text.UnmarshalText([]byte(ev.str))
			if terr != nil && terr.Error() == err.Error() {
				bad, badType = ev.str, ev.typ
				return true
			}
			return false
		})
		isUnknown := errors.As(err, &unknown)
		if !found && isUnknown {
			bad = unknown.Word
			path, found = walkDocument(data, nil, func(ev *walkEvent) bool { return ev.isString && ev.str == unknown.Word })
		}
		pr := Problem{Path: path, Code: CodeBadFormat, Message: err.Error()}
		var dateErr *DateError
		switch {
		case isUnknown:
			pr.Code = CodeUnknownValue
		case errors.As(err, &dateErr):
			// The message names the text already.
		case found:
			pr.Message = fmt.Sprintf("%q is not %s: %v", bad, describeText(badType), err)
		}
		return pr
	}
}

// describeText names what a type that decodes from text wants, for
// messages.
func describeText(t reflect.Type) string {
	if t == uuidType {
		return "a valid UUID"
	}
	return "a valid value here"
}

var (
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	uuidType            = reflect.TypeFor[uuid.UUID]()
	dateType            = reflect.TypeFor[Date]()
)

// deref strips pointer types.
func deref(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// textType reports whether values of t decode from a JSON string through
// UnmarshalText.
func textType(t reflect.Type) bool {
	return t != nil && reflect.PointerTo(t).Implements(textUnmarshalerType)
}

// describeType names what a Go type wants in JSON, for messages.
func describeType(t reflect.Type) string {
	t = deref(t)
	switch {
	case t == nil:
		return "a JSON value"
	case t == uuidType:
		return "a UUID in quotes"
	case t == dateType:
		return "a date in quotes (YYYY-MM-DD)"
	case textType(t):
		return "a word in quotes"
	}
	switch t.Kind() {
	case reflect.String:
		return "a text in quotes"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "a whole number"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number, not negative"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "a list [...]"
	case reflect.Struct, reflect.Map:
		return "an object {...}"
	case reflect.Interface:
		return "a JSON value"
	}
	return "another kind of value"
}

package lesson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
)

// MaxCaseBytes is the size limit DecodeCase applies when it is given none:
// 8 MiB, far more than the documented limits of a case need, and little
// enough that a service can read a document from outside into memory.
const MaxCaseBytes int64 = 8 << 20

// DecodeCase reads one case document (the JSON form of [Case]) from r
// strictly, and validates it.
//
// Strictly means: the document is one JSON object with no field that Case
// and its parts do not know, nothing but white space follows it, and it is
// at most maxBytes long (MaxCaseBytes when maxBytes is zero or negative).
// A leading UTF-8 byte order mark is ignored, since some editors write one.
//
// DecodeCase returns:
//   - the case and nil when the document is well formed and the case valid;
//   - nil and a collab.Problems holding one problem when the document cannot
//     be read as a case: CodeTooLong when it is too large; CodeBadFormat
//     when it is empty, not JSON, cut off, of the wrong shape (a number
//     where a list is wanted), holds an unknown field, a bad date or UUID,
//     or more data after the case; CodeUnknownValue for a word that an enum
//     does not know, such as an unknown role. The problem's Path is the
//     place in the document, such as "stakeholders[2].role", and the
//     message of a syntax error gives the line and column;
//   - the decoded case and the collab.Problems of [Case.Validate] when the
//     document is well formed but the case is not valid, so that a caller
//     can still show what was read;
//   - nil and the error of r, wrapped, when reading r fails.
//
// # How a path is found
//
// encoding/json names no path for a value whose UnmarshalText fails (an
// unknown enum word, a bad date), and only a dotted path without list
// indexes for a value of the wrong type. On that error path DecodeCase
// reads the document a second time, token by token, beside the Go type of
// Case, and reports the first place, in document order, where that type
// rejects the value with the same error: the first string whose field type
// refuses it with the same message, the first value of the JSON kind the
// error names that the field's type cannot hold, or the first key its
// object does not know. encoding/json keeps the first error it meets, in
// document order, so this is the value it stumbled on. When that search
// finds nothing, an unknown word is looked for as any string value equal
// to it (the first occurrence wins), and a wrong type falls back to the
// path encoding/json gives.
func DecodeCase(r io.Reader, maxBytes int64) (*Case, error) {
	if maxBytes <= 0 {
		maxBytes = MaxCaseBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading the case: %w", err)
	}
	if int64(len(data)) > maxBytes {
		return nil, collab.Problems{{Code: collab.CodeTooLong,
			Message: fmt.Sprintf("is larger than the limit of %d bytes", maxBytes)}}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))

	var c Case
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return nil, collab.Problems{locateDecodeError(data, err)}
	}
	if rest := skipSpace(data, int(dec.InputOffset())); rest < len(data) {
		line, col := lineColumn(data, rest)
		return nil, collab.Problems{{Code: collab.CodeBadFormat,
			Message: fmt.Sprintf("holds more data after the case, at line %d, column %d", line, col)}}
	}
	if err := c.Validate(); err != nil {
		return &c, err
	}
	return &c, nil
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

// locateDecodeError turns an error of json.Decoder.Decode into a problem at
// the path of the value that caused it. It runs only on the error path.
func locateDecodeError(data []byte, err error) collab.Problem {
	root := reflect.TypeFor[Case]()
	var (
		syntaxErr *json.SyntaxError
		typeErr   *json.UnmarshalTypeError
		unknown   *collab.UnknownValueError
	)
	switch {
	case errors.Is(err, io.EOF):
		return collab.Problem{Code: collab.CodeBadFormat, Message: "is empty; a case is a JSON object"}

	case errors.Is(err, io.ErrUnexpectedEOF):
		path, _ := walkDocument(data, root, nil)
		line, col := lineColumn(data, len(data))
		return collab.Problem{Path: path, Code: collab.CodeBadFormat,
			Message: fmt.Sprintf("ends too early, at line %d, column %d: the document is cut off", line, col)}

	case errors.As(err, &syntaxErr):
		path, _ := walkDocument(data, root, nil)
		// Offset counts the bytes read up to and including the bad one.
		line, col := lineColumn(data, int(syntaxErr.Offset)-1)
		return collab.Problem{Path: path, Code: collab.CodeBadFormat,
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
		return collab.Problem{Path: path, Code: collab.CodeBadFormat,
			Message: fmt.Sprintf("holds a JSON %s where %s is wanted", typeErr.Value, describeType(typeErr.Type))}

	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name, qerr := strconv.Unquote(strings.TrimPrefix(err.Error(), "json: unknown field "))
		if qerr != nil {
			break
		}
		var known []string
		path, _ := walkDocument(data, root, func(ev *walkEvent) bool {
			if ev.unknownKey && ev.key == name {
				known = jsonFieldNames(ev.typ)
				return true
			}
			return false
		})
		msg := fmt.Sprintf("%q is not a known field", name)
		if s := closestWord(name, known); s != "" {
			msg += fmt.Sprintf("; did you mean %q?", s)
		}
		return collab.Problem{Path: path, Code: collab.CodeBadFormat, Message: msg}

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
		pr := collab.Problem{Path: path, Code: collab.CodeBadFormat, Message: err.Error()}
		var dateErr *collab.DateError
		switch {
		case isUnknown:
			pr.Code = collab.CodeUnknownValue
		case errors.As(err, &dateErr):
			// The message names the text already.
		case found:
			pr.Message = fmt.Sprintf("%q is not %s: %v", bad, describeText(badType), err)
		}
		return pr
	}
	return collab.Problem{Code: collab.CodeBadFormat, Message: err.Error()}
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
	dateType            = reflect.TypeFor[collab.Date]()
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
	}
	return "another kind of value"
}

// walkEvent is one thing walkDocument meets that a decoder of the Go type
// could stumble on. Only the fields of its kind are set.
type walkEvent struct {
	// unknownKey: key is not a field of the struct type typ.
	unknownKey bool
	key        string

	// mismatch: a JSON value of jsonKind ("number", "string", "bool",
	// "array", "object") where typ cannot hold it.
	mismatch bool
	jsonKind string

	// isString: a string value str; text is set when the value's type
	// decodes it through UnmarshalText (a fresh value to try it on).
	isString bool
	str      string
	text     encoding.TextUnmarshaler

	typ reflect.Type
}

// maxWalkDepth is how deep walkDocument follows nested values: the depth
// at which encoding/json gives up, too.
const maxWalkDepth = 10000

// maxPathLength is the length beyond which a path in a problem is cut
// short, so that a pathological document cannot make a message huge.
const maxPathLength = 200

// errTooDeep stops a walk at maxWalkDepth.
var errTooDeep = errors.New("nested too deeply")

// docWalker reads a JSON document token by token beside the Go type that
// decodes it, keeping the path of the current value.
type docWalker struct {
	dec   *json.Decoder
	steps []pathStep
	match func(*walkEvent) bool
}

// pathStep is one step of a path: an object key, or a list index when
// index is not negative.
type pathStep struct {
	key   string
	index int
}

// walkDocument walks data beside the Go type root (nil: no type, every value
// fits) and returns the path of the first value for which match reports
// true, and true. When match never does, or is nil, it returns the path at
// which the document ended or stopped being JSON, and false.
func walkDocument(data []byte, root reflect.Type, match func(*walkEvent) bool) (string, bool) {
	w := docWalker{dec: json.NewDecoder(bytes.NewReader(data)), match: match}
	w.dec.UseNumber()
	found, _ := w.value(root)
	return w.path(), found
}

func (w *docWalker) path() string {
	var b strings.Builder
	for _, s := range w.steps {
		if b.Len() > maxPathLength {
			b.WriteString("...")
			break
		}
		if s.index >= 0 {
			b.WriteString("[" + strconv.Itoa(s.index) + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.key)
	}
	return b.String()
}

func (w *docWalker) visit(ev walkEvent) bool {
	return w.match != nil && w.match(&ev)
}

// value walks one value of type t; it reports whether match was satisfied,
// leaving the path at that value.
func (w *docWalker) value(t reflect.Type) (bool, error) {
	if len(w.steps) > maxWalkDepth {
		return false, errTooDeep
	}
	tok, err := w.dec.Token()
	if err != nil {
		return false, err
	}
	t = deref(t)
	if t != nil && t.Kind() == reflect.Interface {
		t = nil
	}
	switch tok := tok.(type) {
	case nil:
		return false, nil // null fits every type
	case json.Delim:
		if tok == '{' {
			return w.object(t)
		}
		return w.array(t)
	case string:
		ev := walkEvent{isString: true, str: tok, typ: t}
		switch {
		case t == nil:
		case textType(t):
			ev.text = reflect.New(t).Interface().(encoding.TextUnmarshaler)
		case t.Kind() != reflect.String:
			ev = walkEvent{mismatch: true, jsonKind: "string", typ: t}
		}
		return w.visit(ev), nil
	case bool:
		if t != nil && (t.Kind() != reflect.Bool || textType(t)) {
			return w.visit(walkEvent{mismatch: true, jsonKind: "bool", typ: t}), nil
		}
	case json.Number:
		if t != nil && !numberFits(tok, t) {
			return w.visit(walkEvent{mismatch: true, jsonKind: "number", typ: t}), nil
		}
	}
	return false, nil
}

// numberFits reports whether encoding/json can store n in a value of type t.
func numberFits(n json.Number, t reflect.Type) bool {
	if textType(t) {
		return false
	}
	var err error
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		_, err = strconv.ParseInt(string(n), 10, t.Bits())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		_, err = strconv.ParseUint(string(n), 10, t.Bits())
	case reflect.Float32, reflect.Float64:
		_, err = strconv.ParseFloat(string(n), t.Bits())
	default:
		return false
	}
	return err == nil
}

func (w *docWalker) object(t reflect.Type) (bool, error) {
	isStruct := t != nil && t.Kind() == reflect.Struct && !textType(t)
	if t != nil && !isStruct && t.Kind() != reflect.Map {
		if w.visit(walkEvent{mismatch: true, jsonKind: "object", typ: t}) {
			return true, nil
		}
		t = nil // encoding/json skips the whole object
	}
	for w.dec.More() {
		tok, err := w.dec.Token()
		if err != nil {
			return false, err
		}
		key, _ := tok.(string)
		w.steps = append(w.steps, pathStep{key: key, index: -1})
		var ft reflect.Type
		switch {
		case t == nil:
		case isStruct:
			var ok bool
			if ft, ok = fieldType(t, key); !ok && w.visit(walkEvent{unknownKey: true, key: key, typ: t}) {
				return true, nil
			}
		default:
			ft = t.Elem()
		}
		if found, err := w.value(ft); found || err != nil {
			return found, err
		}
		w.steps = w.steps[:len(w.steps)-1]
	}
	_, err := w.dec.Token() // '}'
	return false, err
}

func (w *docWalker) array(t reflect.Type) (bool, error) {
	if t != nil && (textType(t) || t.Kind() != reflect.Slice && t.Kind() != reflect.Array) {
		if w.visit(walkEvent{mismatch: true, jsonKind: "array", typ: t}) {
			return true, nil
		}
		t = nil
	}
	var elem reflect.Type
	if t != nil {
		elem = t.Elem()
	}
	for i := 0; w.dec.More(); i++ {
		w.steps = append(w.steps, pathStep{index: i})
		if found, err := w.value(elem); found || err != nil {
			return found, err
		}
		w.steps = w.steps[:len(w.steps)-1]
	}
	_, err := w.dec.Token() // ']'
	return false, err
}

// jsonField is a field of a struct as encoding/json sees it.
type jsonField struct {
	name string
	typ  reflect.Type
}

// jsonFields lists the fields of struct type t under their JSON names,
// with the fields of embedded structs promoted, as encoding/json does.
func jsonFields(t reflect.Type) []jsonField {
	var out []jsonField
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			if et := deref(f.Type); et.Kind() == reflect.Struct {
				out = append(out, jsonFields(et)...)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out = append(out, jsonField{name: name, typ: f.Type})
	}
	return out
}

// fieldType returns the type of the field that encoding/json fills from
// key: an exact match of the JSON name first, then one that differs only
// in case.
func fieldType(t reflect.Type, key string) (reflect.Type, bool) {
	fields := jsonFields(t)
	for _, f := range fields {
		if f.name == key {
			return f.typ, true
		}
	}
	for _, f := range fields {
		if strings.EqualFold(f.name, key) {
			return f.typ, true
		}
	}
	return nil, false
}

// jsonFieldNames lists the JSON names of struct type t's fields.
func jsonFieldNames(t reflect.Type) []string {
	t = deref(t)
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	var names []string
	for _, f := range jsonFields(t) {
		names = append(names, f.name)
	}
	return names
}

// closestWord returns the word of words nearest to w when it is at most one
// edit away (two for words of five or more letters), ignoring case, and ""
// otherwise.
func closestWord(w string, words []string) string {
	if len(w) > MaxCodeLength {
		return ""
	}
	best, bestDist := "", 2
	if len(w) >= 5 {
		bestDist = 3
	}
	for _, c := range words {
		if d := editDistance(strings.ToLower(w), strings.ToLower(c)); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

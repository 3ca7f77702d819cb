package collab

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
)

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
	steps []docStep
	match func(*walkEvent) bool
}

// docStep is one step of a path: an object key, or a list index when
// index is not negative.
type docStep struct {
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
		if !appendStep(&b, s.key, s.index) {
			break
		}
	}
	return b.String()
}

// appendStep adds one step to a path: "[index]" when index is not
// negative, the key otherwise (after a dot unless it comes first). Past
// maxPathLength it writes "..." instead and reports false: the path is
// cut short there, so that a pathological document cannot make a message
// huge.
func appendStep(b *strings.Builder, key string, index int) bool {
	switch {
	case b.Len() > maxPathLength:
		b.WriteString("...")
		return false
	case index >= 0:
		b.WriteString("[" + strconv.Itoa(index) + "]")
	default:
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(key)
	}
	return true
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
		w.steps = append(w.steps, docStep{key: key, index: -1})
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
		w.steps = append(w.steps, docStep{index: i})
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
	omit bool // the tag says omitempty or omitzero
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
		name, opts, _ := strings.Cut(tag, ",")
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
		omit := false
		for opt := range strings.SplitSeq(opts, ",") {
			omit = omit || opt == "omitempty" || opt == "omitzero"
		}
		out = append(out, jsonField{name: name, typ: f.Type, omit: omit})
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

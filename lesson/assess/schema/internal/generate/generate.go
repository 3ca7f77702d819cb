// Package generate derives JSON Schemas (draft 2020-12) from the Go types
// of the module by reflection, so that the published schemas of package
// schema are never maintained by hand beside the types they describe.
//
// The walk follows encoding/json's rules for the types the module uses:
//
//   - a struct becomes an object definition in $defs, named after its
//     package and type ("collab.Member"), with its fields under their JSON
//     names in declaration order, "additionalProperties": false, and every
//     field required unless its tag says omitempty or omitzero;
//   - an enum (an unsigned byte type with a MarshalText method that refuses
//     the zero value) becomes a string definition whose "enum" lists the
//     wire words, in declaration order;
//   - collab.Date becomes a definition of a string of the form YYYY-MM-DD,
//     uuid.UUID one of a string of format uuid, collab.Money one of an
//     integer (euro cents); other integers become an integer, floats a
//     number, strings a string and booleans a boolean;
//   - a slice becomes an array, which may also be null when the field is not
//     omitempty, since encoding/json writes a nil slice as null.
//
// Anything else (maps with other than string keys, interfaces, channels,
// other text marshalers, the json ",string" option) is an error, so that a
// type the walk does not understand cannot slip into a schema unnoticed.
package generate

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/lesson/assess"

	"github.com/regiokompas/regiokompas/collab"
)

// Draft is the JSON Schema dialect of every schema generated.
const Draft = "https://json-schema.org/draft/2020-12/schema"

// IDBase is the base of the schemas' $id: the module's path as a URL.
// The $id only names a schema; nothing is fetched from it.
const IDBase = "https://github.com/regiokompas/regiokompas/lesson/assess/schema/"

// Case returns the schema of the case document (assess.Case), the file
// format users write.
func Case() ([]byte, error) {
	return Document(reflect.TypeFor[assess.Case](), IDBase+"case.schema.json",
		"Regiokompas case",
		"One regional collaboration in Dutch long-term and elderly care with its stakeholders, own regions and projects, as read by assess.Case. "+
			"The schema gives the structure and the enum words; the rules that tie fields together (dates in order, references that resolve, limits) are checked by assess.Case.Validate.")
}

// Report returns the schema of the assessment report (assess.Report) as
// Evaluate's result marshals to JSON.
func Report() ([]byte, error) {
	return Document(reflect.TypeFor[assess.Report](), IDBase+"report.schema.json",
		"Regiokompas assessment report",
		"The assessment of one case on one date, as written by assess.Evaluate: per mechanism a score, band and evidence; findings and strengths citing lessons; and the strategy diagnosis.")
}

// Document returns the schema of root as indented JSON ending in a newline:
// a $ref to root's definition and a $defs entry for every struct and enum
// type reachable from it.
func Document(root reflect.Type, id, title, description string) ([]byte, error) {
	w := walker{defs: map[string]any{}, seen: map[reflect.Type]string{}}
	ref, err := w.schemaOf(root)
	if err != nil {
		return nil, err
	}
	doc := object{
		{"$schema", Draft},
		{"$id", id},
		{"title", title},
		{"description", description},
	}
	doc = append(doc, ref...)
	doc = append(doc, member{"$defs", w.defs})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// member is one key of an object, kept in the order it was added.
type member struct {
	key   string
	value any
}

// object is a JSON object whose keys keep their order when marshalled, so
// that properties appear as the Go fields do.
type object []member

// MarshalJSON writes the members in order.
func (o object) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			buf.WriteByte(',')
		}
		k, err := json.Marshal(m.key)
		if err != nil {
			return nil, err
		}
		buf.Write(k)
		buf.WriteByte(':')
		v, err := marshalNoEscape(m.value)
		if err != nil {
			return nil, err
		}
		buf.Write(v)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

var textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()

// special holds the definitions of the types whose JSON form reflection
// cannot see: the text forms of dates and IDs, and money in cents.
var special = map[reflect.Type]object{
	reflect.TypeFor[collab.Date](): {
		{"description", "A calendar date, YYYY-MM-DD."},
		{"type", "string"}, {"format", "date"}, {"pattern", DatePattern},
	},
	reflect.TypeFor[uuid.UUID](): {
		{"description", "A UUID in its hyphenated form."},
		{"type", "string"}, {"format", "uuid"}, {"pattern", UUIDPattern},
	},
	reflect.TypeFor[collab.Money](): {
		{"description", "An amount of money in euro cents."},
		{"type", "integer"},
	},
}

// DatePattern is the pattern of a date: YYYY-MM-DD.
const DatePattern = `^\d{4}-\d{2}-\d{2}$`

// UUIDPattern is the pattern of a UUID in its usual hyphenated form.
const UUIDPattern = `^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`

type walker struct {
	defs map[string]any
	seen map[reflect.Type]string // types already in defs, by their def name
}

// defName names the definition of a named type: "collab.Member". The
// types of collab/check (such as check.Language) go by the names collab
// gives them again, the names callers use: "collab.Language".
func defName(t reflect.Type) string {
	pkg := t.PkgPath()
	if pkg == "github.com/regiokompas/regiokompas/collab/check" {
		pkg = "collab"
	}
	if i := strings.LastIndexByte(pkg, '/'); i >= 0 {
		pkg = pkg[i+1:]
	}
	return pkg + "." + t.Name()
}

func ref(name string) object { return object{{"$ref", "#/$defs/" + name}} }

// schemaOf returns the schema of a value of type t: a $ref for structs and
// enums (adding their definitions), an inline schema for the rest.
func (w *walker) schemaOf(t reflect.Type) (object, error) {
	if name, ok := w.seen[t]; ok {
		return ref(name), nil
	}
	if def, ok := special[t]; ok {
		name := defName(t)
		w.seen[t] = name
		w.defs[name] = def
		return ref(name), nil
	}
	if words, ok, err := enumWords(t); err != nil {
		return nil, err
	} else if ok {
		name := defName(t)
		w.seen[t] = name
		w.defs[name] = object{{"type", "string"}, {"enum", words}}
		return ref(name), nil
	}
	if t.Implements(textMarshalerType) || reflect.PointerTo(t).Implements(textMarshalerType) {
		return nil, fmt.Errorf("generate: %s is a text marshaler the schema does not know", t)
	}
	if _, ok := reflect.PointerTo(t).MethodByName("MarshalJSON"); ok {
		return nil, fmt.Errorf("generate: %s has its own MarshalJSON, which the schema does not know", t)
	}
	switch t.Kind() {
	case reflect.Bool:
		return object{{"type", "boolean"}}, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return object{{"type", "integer"}}, nil
	case reflect.Float32, reflect.Float64:
		return object{{"type", "number"}}, nil
	case reflect.String:
		return object{{"type", "string"}}, nil
	case reflect.Slice:
		if e := t.Elem(); e.Kind() == reflect.Uint8 && !e.Implements(textMarshalerType) && !reflect.PointerTo(e).Implements(textMarshalerType) {
			return nil, fmt.Errorf("generate: %s would be base64 text, which the schema does not describe", t)
		}
		items, err := w.schemaOf(t.Elem())
		if err != nil {
			return nil, err
		}
		return object{{"type", "array"}, {"items", items}}, nil
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			return nil, fmt.Errorf("generate: %s has keys that are not strings", t)
		}
		values, err := w.schemaOf(t.Elem())
		if err != nil {
			return nil, err
		}
		return object{{"type", "object"}, {"additionalProperties", values}}, nil
	case reflect.Pointer:
		inner, err := w.schemaOf(t.Elem())
		if err != nil {
			return nil, err
		}
		return object{{"anyOf", []any{inner, object{{"type", "null"}}}}}, nil
	case reflect.Struct:
		if t.Name() == "" {
			return nil, fmt.Errorf("generate: anonymous struct %s", t)
		}
		name := defName(t)
		w.seen[t] = name
		def, err := w.structSchema(t)
		if err != nil {
			return nil, err
		}
		w.defs[name] = def
		return ref(name), nil
	}
	return nil, fmt.Errorf("generate: %s of kind %s is not supported", t, t.Kind())
}

// structSchema returns the object definition of struct type t.
func (w *walker) structSchema(t reflect.Type) (object, error) {
	props := object{}
	var required []string
	if err := w.addFields(t, &props, &required); err != nil {
		return nil, err
	}
	def := object{{"title", t.Name()}, {"type", "object"}, {"properties", props}}
	if len(required) > 0 {
		def = append(def, member{"required", required})
	}
	return append(def, member{"additionalProperties", false}), nil
}

// addFields adds the JSON fields of struct t, those of embedded structs
// included as encoding/json promotes them.
func (w *walker) addFields(t reflect.Type, props *object, required *[]string) error {
	for i := range t.NumField() {
		f := t.Field(i)
		tag, hasTag := f.Tag.Lookup("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			if err := w.addFields(f.Type, props, required); err != nil {
				return err
			}
			continue
		}
		if !f.IsExported() {
			continue
		}
		if !hasTag || name == "" {
			name = f.Name
		}
		omit := false
		for opt := range strings.SplitSeq(opts, ",") {
			switch opt {
			case "omitempty", "omitzero":
				omit = true
			case "string":
				return fmt.Errorf("generate: %s.%s uses the ,string option", t, f.Name)
			}
		}
		s, err := w.schemaOf(f.Type)
		if err != nil {
			return fmt.Errorf("%s.%s: %w", t, f.Name, err)
		}
		if f.Type.Kind() == reflect.Slice && !omit {
			// A nil slice of a field without omitempty is written as null.
			s = object{{"type", []string{"array", "null"}}, s[1]}
		}
		*props = append(*props, member{name, s})
		if !omit {
			*required = append(*required, name)
		}
	}
	return nil
}

// enumWords reports whether t is an enum of the module (an unsigned byte
// type whose MarshalText refuses the zero value) and returns its wire words:
// MarshalText of 1, 2, ... up to the first value it refuses.
func enumWords(t reflect.Type) ([]string, bool, error) {
	if t.Kind() != reflect.Uint8 || !t.Implements(textMarshalerType) {
		return nil, false, nil
	}
	marshal := func(n uint64) ([]byte, error) {
		v := reflect.New(t).Elem()
		v.SetUint(n)
		return v.Interface().(encoding.TextMarshaler).MarshalText()
	}
	if _, err := marshal(0); err == nil {
		return nil, false, fmt.Errorf("generate: %s marshals its zero value, so it is not an enum of the module", t)
	}
	var words []string
	for n := uint64(1); n <= 255; n++ {
		b, err := marshal(n)
		if err != nil {
			break
		}
		words = append(words, string(b))
	}
	if len(words) == 0 {
		return nil, false, fmt.Errorf("generate: enum %s has no values", t)
	}
	return words, true, nil
}

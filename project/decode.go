package project

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
)

// Decode reads one project from JSON strictly and validates it. It returns
// the project and nil only when the document is well formed, has no field
// the Project type does not know, holds nothing after the project, and the
// project is valid.
//
// Otherwise the error is collab.Problems. A document that cannot be read
// gives one problem at the path of the offending value, for example an
// unknown theme word at "themes[1]" with collab.CodeUnknownValue, a bad
// date at "phases[0].since" or an unknown field with collab.CodeBadFormat.
// A document that can be read gives every problem of Validate.
//
// Plain json.Unmarshal works as well; it ignores unknown fields and names
// no path in its errors.
func Decode(data []byte) (Project, error) {
	var p Project
	if err := decodeStrict(data, &p); err != nil {
		return Project{}, err
	}
	return p, p.Validate()
}

// DecodePortfolio reads a portfolio ({"projects": [...]}) from JSON as
// Decode reads a project, and validates it with Portfolio.Validate.
func DecodePortfolio(data []byte) (Portfolio, error) {
	var pf Portfolio
	if err := decodeStrict(data, &pf); err != nil {
		return Portfolio{}, err
	}
	return pf, pf.Validate()
}

func decodeStrict(data []byte, into any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(into)
	if err == nil {
		if _, extra := dec.Token(); extra != io.EOF {
			return collab.Problems{{Code: collab.CodeBadFormat, Message: "holds more data after the document"}}
		}
		return nil
	}
	return collab.Problems{locate(data, err)}
}

// enumField names the JSON field that holds the words of the enum kind:
// the list field for enums kept in lists, the plain field otherwise.
func enumField(kind string) string {
	switch kind {
	case "theme":
		return "themes"
	case "funding source":
		return "source"
	case "mechanism":
		return "mechanisms"
	}
	return kind // phase, scale, level
}

// locate turns a decoding error into a problem at the path of the value
// that caused it. It runs only on the error path.
func locate(data []byte, err error) collab.Problem {
	pr := collab.Problem{Code: collab.CodeBadFormat, Message: err.Error()}
	var (
		unknown  *collab.UnknownValueError
		badDate  *collab.DateError
		typeErr  *json.UnmarshalTypeError
		syntaxEr *json.SyntaxError
	)
	switch {
	case errors.As(err, &unknown):
		pr.Code = collab.CodeUnknownValue
		field := enumField(unknown.Kind)
		pr.Path, _ = findPath(data, func(key string, isKey bool, s string) bool {
			return !isKey && s == unknown.Word && key == field
		}, -1)
		if pr.Path == "" {
			pr.Path, _ = findPath(data, func(_ string, isKey bool, s string) bool { return !isKey && s == unknown.Word }, -1)
		}
	case errors.As(err, &badDate):
		pr.Path, _ = findPath(data, func(_ string, isKey bool, s string) bool { return !isKey && s == badDate.Text }, -1)
	case errors.As(err, &typeErr):
		pr.Message = "holds a JSON " + typeErr.Value + " where " + typeErr.Type.String() + " is wanted"
		var ok bool
		if pr.Path, ok = findPath(data, nil, typeErr.Offset); !ok {
			pr.Path = typeErr.Field
		}
	case errors.As(err, &syntaxEr):
		pr.Message = "is not well-formed JSON at byte " + strconv.FormatInt(syntaxEr.Offset, 10) + ": " + syntaxEr.Error()
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name, uerr := strconv.Unquote(strings.TrimPrefix(err.Error(), "json: unknown field "))
		if uerr == nil {
			pr.Message = "is not a known field"
			pr.Path, _ = findPath(data, func(key string, isKey bool, _ string) bool { return isKey && key == name }, -1)
		}
	}
	return pr
}

// findPath walks the JSON document and returns the path, in the module's
// path notation ("funding[1].period.from"), of the first key or string
// value for which match reports true (match gets the nearest object key, or
// the key itself), or of the value that ends at byte offset when offset is
// not negative.
func findPath(data []byte, match func(key string, isKey bool, s string) bool, offset int64) (string, bool) {
	type frame struct {
		array     bool
		index     int
		key       string
		expectKey bool
	}
	var stack []frame
	render := func() string {
		var b strings.Builder
		for _, f := range stack {
			switch {
			case f.array:
				b.WriteString("[" + strconv.Itoa(f.index) + "]")
			case f.key != "" && !f.expectKey:
				if b.Len() > 0 {
					b.WriteByte('.')
				}
				b.WriteString(f.key)
			}
		}
		return b.String()
	}
	nearestKey := func() string {
		for i := len(stack) - 1; i >= 0; i-- {
			if !stack[i].array {
				return stack[i].key
			}
		}
		return ""
	}
	afterValue := func() {
		if n := len(stack); n > 0 && !stack[n-1].array {
			stack[n-1].expectKey = true
		}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	for {
		tok, err := dec.Token()
		if err != nil {
			return "", false
		}
		n := len(stack)
		if n > 0 && !stack[n-1].array && stack[n-1].expectKey {
			key, isString := tok.(string)
			if !isString { // the closing brace
				stack = stack[:n-1]
				if offset >= 0 && dec.InputOffset() == offset {
					return render(), true
				}
				afterValue()
				continue
			}
			stack[n-1].key, stack[n-1].expectKey = key, false
			if match != nil && match(key, true, key) {
				return render(), true
			}
			continue
		}
		if d, ok := tok.(json.Delim); ok && d == ']' {
			stack = stack[:n-1]
			if offset >= 0 && dec.InputOffset() == offset {
				return render(), true
			}
			afterValue()
			continue
		}
		if n > 0 && stack[n-1].array {
			stack[n-1].index++
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, frame{expectKey: true})
			continue
		case json.Delim('['):
			stack = append(stack, frame{array: true, index: -1})
			continue
		}
		if s, ok := tok.(string); ok && match != nil && match(nearestKey(), false, s) {
			return render(), true
		}
		if offset >= 0 && dec.InputOffset() == offset {
			return render(), true
		}
		afterValue()
	}
}

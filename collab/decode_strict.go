package collab

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/regiokompas/regiokompas/collab/check"
)

// strictScanner reads a JSON document byte by byte beside the Go type that
// decodes it, looking for what encoding/json lets through but the
// published schemas do not: a key given twice in one object (encoding/json
// keeps the later), a field name in another case than the type's (it
// matches case-insensitively), a key the type does not know, null where
// the schema wants a value (it leaves the field as it was), a UUID that is
// not written 8-4-4-4-12 (uuid.UUID also takes braces, "urn:uuid:" and no
// hyphens), and text that is not valid UTF-8 or holds a lone surrogate
// (it puts U+FFFD in their place). It allocates nothing on a valid
// document but a table of the fields of each struct type it meets.
//
// It also finds where the document stops being JSON, so that the place of
// a syntax error does not depend on how encoding/json counts its offset.
type strictScanner struct {
	data   []byte
	i      int
	steps  []scanStep
	fields map[reflect.Type][]jsonField
	texts  map[reflect.Type]bool // whether a type decodes through UnmarshalText
	depth  int

	// skipped are the offsets of the nulls that DecodeValid put in place
	// of values it could not read: allowed wherever they stand.
	skipped []int

	problem *Problem // the first strictness problem, when found
	syntax  int      // the offset at which the document stops being JSON, or -1
	// mismatch: a value of a JSON kind its type cannot hold, which
	// encoding/json reports with its place; from there on the scan only
	// looks for the end of the document and where it stops being JSON.
	mismatch bool
}

// scanStep is one step of the current path: a key (its bytes in data) or,
// when index is not negative, a list index.
type scanStep struct {
	start, end int
	index      int
}

// strictScan scans the first JSON value of data beside type root. The
// scanner it returns holds the first problem (or nil), the offset at
// which the document stops being JSON (syntax: -1 when it does not,
// len(data) when it is cut off), whether it stopped at a value its type
// cannot hold (mismatch), and otherwise, in i, the end of the value.
func strictScan(data []byte, root reflect.Type, skipped []int) strictScanner {
	s := strictScanner{data: data, syntax: -1, fields: map[reflect.Type][]jsonField{}, texts: map[reflect.Type]bool{}, skipped: skipped}
	s.value(root, false)
	return s
}

// isText is textType, remembered per type.
func (s *strictScanner) isText(t reflect.Type) bool {
	text, ok := s.texts[t]
	if !ok {
		text = textType(t)
		s.texts[t] = text
	}
	return text
}

// stopped reports whether the scan has found what it reports.
func (s *strictScanner) stopped() bool { return s.problem != nil || s.syntax >= 0 }

// fits reports whether a JSON value of the kind that starts with c can be
// decoded into t (nil: any); when not, the scan stops for encoding/json to
// name the mismatch.
func (s *strictScanner) fits(t reflect.Type, c byte) bool {
	if t == nil || c == 'n' {
		return true
	}
	text := s.isText(t)
	k := t.Kind()
	ok := true
	switch {
	case c == '{':
		ok = !text && (k == reflect.Struct || k == reflect.Map)
	case c == '[':
		ok = !text && (k == reflect.Slice || k == reflect.Array)
	case c == '"':
		ok = text || k == reflect.String
	case c == 't' || c == 'f':
		ok = !text && k == reflect.Bool
	default:
		ok = !text && (k >= reflect.Int && k <= reflect.Float64)
	}
	if !ok {
		s.mismatch = true
	}
	return ok
}

// fail records the problem, unless a mismatch came first: then
// encoding/json's error, earlier in the document, is the one reported.
func (s *strictScanner) fail(format string, args ...any) {
	if s.mismatch {
		return
	}
	s.problem = &Problem{Path: s.path(), Code: CodeBadFormat, Message: fmt.Sprintf(format, args...)}
}

func (s *strictScanner) bad() { s.syntax = min(s.i, len(s.data)) }

func (s *strictScanner) path() string {
	var b strings.Builder
	for _, st := range s.steps {
		if !appendStep(&b, string(s.data[st.start:st.end]), st.index) {
			break
		}
	}
	return b.String()
}

func (s *strictScanner) space() {
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case ' ', '\t', '\r', '\n':
			s.i++
		default:
			return
		}
	}
}

// value scans one value that decodes into t (nil: any value); nullOK says
// whether the schema allows null here.
func (s *strictScanner) value(t reflect.Type, nullOK bool) {
	if s.depth++; s.depth > maxWalkDepth {
		s.bad()
		return
	}
	defer func() { s.depth-- }()
	if t != nil && t.Kind() == reflect.Pointer {
		nullOK, t = true, deref(t)
	}
	if t != nil && t.Kind() == reflect.Interface {
		t = nil
	}
	s.space()
	if s.i >= len(s.data) {
		s.bad()
		return
	}
	c := s.data[s.i]
	if !s.fits(t, c) {
		t = nil
	}
	switch {
	case c == '{':
		s.object(t)
	case c == '[':
		s.array(t)
	case c == '"':
		start := s.i + 1
		if !s.str() {
			return
		}
		if t == uuidType && !canonicalUUID(s.data[start:s.i-1]) {
			s.fail("%q is not a valid UUID: write it as 8-4-4-4-12 hexadecimal digits", s.data[start:s.i-1])
		}
	case c == 'n':
		at := s.i
		if !s.literal("null") {
			return
		}
		if t != nil && !nullOK && !slices.Contains(s.skipped, at) {
			s.fail("is null where %s is wanted", describeType(t))
		}
	case c == 't':
		s.literal("true")
	case c == 'f':
		s.literal("false")
	case c == '-' || '0' <= c && c <= '9':
		for s.i < len(s.data) && strings.IndexByte("+-.eE0123456789", s.data[s.i]) >= 0 {
			s.i++
		}
	default:
		s.bad()
	}
}

func (s *strictScanner) literal(word string) bool {
	if !strings.HasPrefix(string(s.data[s.i:min(s.i+len(word), len(s.data))]), word) {
		s.bad()
		return false
	}
	s.i += len(word)
	return true
}

// str scans a string from its opening quote, checking that it is valid
// UTF-8 without lone surrogates; it reports whether the string is sound.
func (s *strictScanner) str() bool {
	s.i++ // '"'
	for s.i < len(s.data) {
		c := s.data[s.i]
		switch {
		case c == '"':
			s.i++
			return true
		case c < 0x20:
			s.bad()
			return false
		case c == '\\':
			if s.i+1 >= len(s.data) {
				s.i = len(s.data)
				s.bad()
				return false
			}
			if s.data[s.i+1] != 'u' {
				s.i += 2
				continue
			}
			r, ok := s.hex4(s.i + 2)
			if !ok {
				return false
			}
			s.i += 6
			switch {
			case utf16.IsSurrogate(r) && r < 0xdc00:
				if s.i+1 < len(s.data) && s.data[s.i] == '\\' && s.data[s.i+1] == 'u' {
					if low, ok := s.hex4(s.i + 2); ok && low >= 0xdc00 && low <= 0xdfff {
						s.i += 6
						continue
					}
				}
				fallthrough
			case utf16.IsSurrogate(r):
				s.fail(`holds a lone surrogate \u%04x, which is not a character`, r)
				if s.problem != nil {
					return false
				}
			}
		case c < utf8.RuneSelf:
			s.i++
		default:
			r, n := utf8.DecodeRune(s.data[s.i:])
			if r == utf8.RuneError && n == 1 {
				s.fail("holds text that is not valid UTF-8, at byte %d", s.i)
				if s.problem != nil {
					return false
				}
			}
			s.i += n
		}
	}
	s.bad()
	return false
}

// hex4 reads the four hexadecimal digits of a \u escape at i.
func (s *strictScanner) hex4(i int) (rune, bool) {
	if i+4 > len(s.data) {
		s.i = len(s.data)
		s.bad()
		return 0, false
	}
	n, err := strconv.ParseUint(string(s.data[i:i+4]), 16, 16)
	if err != nil {
		s.i = i
		s.bad()
		return 0, false
	}
	return rune(n), true
}

func (s *strictScanner) object(t reflect.Type) {
	s.i++ // '{'
	isStruct := t != nil && t.Kind() == reflect.Struct && !s.isText(t)
	var fields []jsonField
	if isStruct {
		var ok bool
		if fields, ok = s.fields[t]; !ok {
			fields = jsonFields(t)
			s.fields[t] = fields
		}
	}
	var seen uint64                  // the fields given so far, for structs of up to 64 fields
	var seenKeys map[string]struct{} // the keys given so far, otherwise
	s.space()
	if s.i < len(s.data) && s.data[s.i] == '}' {
		s.i++
		return
	}
	for {
		s.space()
		if s.i >= len(s.data) || s.data[s.i] != '"' {
			s.bad()
			return
		}
		start := s.i + 1
		if !s.str() {
			return
		}
		key := s.data[start : s.i-1]
		s.steps = append(s.steps, scanStep{start: start, end: s.i - 1, index: -1})
		var ft reflect.Type
		nullOK := t == nil
		switch {
		case isStruct:
			k := -1
			for j := range fields {
				if fields[j].name == string(key) {
					k = j
					break
				}
			}
			if k < 0 {
				if s.mismatch {
					break // encoding/json names the mismatch before
				}
				s.unknownKey(string(key), fields)
				return
			}
			if len(fields) <= 64 {
				if seen&(1<<k) != 0 {
					s.fail("is given twice in one object; each field is given once")
				}
				seen |= 1 << k
			} else {
				s.firstTime(&seenKeys, key)
			}
			if s.problem != nil {
				return
			}
			ft = fields[k].typ
			nullOK = fields[k].typ.Kind() == reflect.Slice && !fields[k].omit
		default:
			if s.firstTime(&seenKeys, key); s.problem != nil {
				return
			}
			if t != nil && t.Kind() == reflect.Map {
				ft = t.Elem()
			}
		}
		s.space()
		if s.i >= len(s.data) || s.data[s.i] != ':' {
			s.bad()
			return
		}
		s.i++
		s.value(ft, nullOK)
		if s.stopped() || !s.next('}') {
			return
		}
	}
}

// next leaves the current member or element and reads what follows it: a
// comma (it reports true: more to come) or close (false, past it); else
// the document stops being JSON there.
func (s *strictScanner) next(close byte) bool {
	s.steps = s.steps[:len(s.steps)-1]
	s.space()
	if s.i < len(s.data) && s.data[s.i] == ',' {
		s.i++
		return true
	}
	if s.i < len(s.data) && s.data[s.i] == close {
		s.i++
		return false
	}
	s.bad()
	return false
}

// firstTime records key in *seen; a repeated key is a problem.
func (s *strictScanner) firstTime(seen *map[string]struct{}, key []byte) {
	if *seen == nil {
		*seen = map[string]struct{}{}
	}
	if _, dup := (*seen)[string(key)]; dup {
		s.fail("is given twice in one object; each field is given once")
		return
	}
	(*seen)[string(key)] = struct{}{}
}

// unknownKey reports a key that no field of the struct has, suggesting
// the nearest known one.
func (s *strictScanner) unknownKey(key string, fields []jsonField) {
	known := make([]string, len(fields))
	for i := range fields {
		known[i] = fields[i].name
	}
	msg := fmt.Sprintf("%q is not a known field", key)
	if w := check.Closest(key, known); w != "" {
		msg += fmt.Sprintf("; did you mean %q?", w)
	}
	s.problem = &Problem{Path: s.path(), Code: CodeBadFormat, Message: msg}
}

func (s *strictScanner) array(t reflect.Type) {
	s.i++ // '['
	var elem reflect.Type
	if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) && !s.isText(t) {
		elem = t.Elem()
	}
	s.space()
	if s.i < len(s.data) && s.data[s.i] == ']' {
		s.i++
		return
	}
	for n := 0; ; n++ {
		s.steps = append(s.steps, scanStep{index: n})
		s.value(elem, false)
		if s.stopped() || !s.next(']') {
			return
		}
	}
}

// canonicalUUID reports whether b is a UUID in the form of the schemas:
// 8-4-4-4-12 hexadecimal digits, in either case.
func canonicalUUID(b []byte) bool {
	if len(b) != 36 {
		return false
	}
	for i, c := range b {
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
				return false
			}
		}
	}
	return true
}

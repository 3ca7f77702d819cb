package collab

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
)

// Locate returns the line and column, both counted from 1 (the column in
// characters), where the value at path begins in the JSON document doc,
// and true. Path is a problem's path, in the form every Validate method
// and Decode give ("collaboration.members[2].joined"); the empty path is
// the whole document.
//
// When the value at path is not in the document, because a required field
// is missing or a list is too short, Locate gives the place of the nearest
// value around it that is (the object that should hold the field), and
// still true: that is where the user must add it. It returns false only
// when not even the start of the document can be read. A leading byte
// order mark is not counted. Locate reads doc once; it is meant for the
// error path, not for valid documents.
func Locate(doc []byte, path string) (line, col int, ok bool) {
	offs := locateAll(doc, []string{path})
	if offs[0] < 0 {
		return 0, 0, false
	}
	line, col = lineColumn(bytes.TrimPrefix(doc, bom), offs[0])
	return line, col, true
}

// WithPositions returns err with the Line and Column of each of its
// problems filled in from doc, the document it was read from, as Locate
// finds them, reading doc once for all of them. Problems that already have
// a line, or that concern the whole document (an empty path), are left as
// they are. An error that holds no Problems, or nil, is returned as it is;
// otherwise the result is a new Problems, and err is not changed.
func WithPositions(doc []byte, err error) error {
	var ps Problems
	if !errors.As(err, &ps) {
		return err
	}
	out := make(Problems, len(ps))
	copy(out, ps)
	paths := make([]string, len(out))
	for i, p := range out {
		paths[i] = p.Path
	}
	offs := locateAll(doc, paths)
	trimmed := bytes.TrimPrefix(doc, bom)
	for i := range out {
		if out[i].Line != 0 || out[i].Path == "" || offs[i] < 0 {
			continue
		}
		out[i].Line, out[i].Column = lineColumn(trimmed, offs[i])
	}
	return out
}

var bom = []byte("\uFEFF")

// locateAll reads doc once and returns, per path, the byte offset (in doc
// without its byte order mark) at which the value at that path, or the
// nearest value around it, begins; -1 when none does.
func locateAll(doc []byte, paths []string) []int {
	offs, _ := locateSpans(doc, paths)
	return offs
}

// valueSpan returns the offsets in data (without a byte order mark) at
// which the value at path begins and ends, and true; false when the
// value is not in data.
func valueSpan(data []byte, path string) (start, end int, ok bool) {
	offs, ends := locateSpans(data, []string{path})
	if ends[0] < 0 {
		return 0, 0, false
	}
	return offs[0], ends[0], true
}

// locateSpans is locateAll that also returns, per path, the offset at
// which the value at exactly that path ends; -1 when it is not there.
func locateSpans(doc []byte, paths []string) (offs, ends []int) {
	doc = bytes.TrimPrefix(doc, bom)
	// best[p] is the offset of the longest prefix of path p met so far;
	// want maps every prefix of every path to the paths it serves.
	offs, ends = make([]int, len(paths)), make([]int, len(paths))
	depth := make([]int, len(paths))
	want := map[string][]int{}
	for i, p := range paths {
		offs[i], ends[i], depth[i] = -1, -1, -1
		for _, pre := range pathPrefixes(p) {
			want[pre] = append(want[pre], i)
		}
	}
	l := locator{doc: doc, dec: json.NewDecoder(bytes.NewReader(doc)), want: want, paths: paths, offs: offs, ends: ends, depth: depth}
	l.dec.UseNumber()
	_ = l.value("", 0) // a document that stops being JSON keeps what was found
	return offs, ends
}

// pathPrefixes returns path and every path around it, from the whole
// document ("") on: "a.b[1]" gives "", "a", "a.b", "a.b[1]".
func pathPrefixes(path string) []string {
	out := []string{""}
	for i := 0; i < len(path); i++ {
		if (path[i] == '.' || path[i] == '[') && i > 0 {
			out = append(out, path[:i])
		}
	}
	if path != "" {
		out = append(out, path)
	}
	return out
}

// locator walks a document keeping the path of the current value.
type locator struct {
	doc   []byte
	dec   *json.Decoder
	want  map[string][]int
	paths []string
	offs  []int
	ends  []int
	depth []int
}

// start returns the offset at which the next value begins.
func (l *locator) start() int {
	i := int(l.dec.InputOffset())
	for i < len(l.doc) {
		switch l.doc[i] {
		case ' ', '\t', '\n', '\r', ',', ':':
			i++
			continue
		}
		break
	}
	return i
}

// value walks one value at path. Only values whose path is wanted (every
// prefix of a wanted path is) have their path built; the others are
// skipped token by token.
func (l *locator) value(path string, depth int) error {
	if depth > maxWalkDepth {
		return errTooDeep
	}
	at := l.start()
	tok, err := l.dec.Token()
	if err != nil {
		return err
	}
	ps, track := l.want[path]
	if track {
		for _, i := range ps {
			if len(path) > l.depth[i] {
				l.offs[i], l.depth[i] = at, len(path)
			}
		}
	}
	delim, ok := tok.(json.Delim)
	if !ok {
		l.end(ps, path)
		return nil
	}
	if !track {
		return l.skip(depth)
	}
	sep := "."
	if path == "" {
		sep = ""
	}
	if delim == '{' {
		for l.dec.More() {
			tok, err := l.dec.Token()
			if err != nil {
				return err
			}
			key, _ := tok.(string)
			if err := l.value(path+sep+key, depth+1); err != nil {
				return err
			}
		}
	} else {
		for i := 0; l.dec.More(); i++ {
			if err := l.value(path+"["+strconv.Itoa(i)+"]", depth+1); err != nil {
				return err
			}
		}
	}
	if _, err = l.dec.Token(); err != nil { // the closing delimiter
		return err
	}
	l.end(ps, path)
	return nil
}

// end records where the value at path ends, for the paths it is exactly.
func (l *locator) end(ps []int, path string) {
	for _, i := range ps {
		if l.paths[i] == path {
			l.ends[i] = int(l.dec.InputOffset())
		}
	}
}

// skip reads the rest of an object or list whose opening delimiter was
// just read.
func (l *locator) skip(depth int) error {
	for open := 1; open > 0; {
		if depth+open > maxWalkDepth {
			return errTooDeep
		}
		tok, err := l.dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			open++
		case json.Delim('}'), json.Delim(']'):
			open--
		}
	}
	return nil
}

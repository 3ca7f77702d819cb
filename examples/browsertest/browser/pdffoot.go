package browser

import (
	"bytes"
	"cmp"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
)

// PageFoot is a heading printed as the last thing on its page: what it
// heads starts on the next page.
type PageFoot struct {
	// Page is the printed page the heading ends, from 1.
	Page int
	// Level is the heading's tag: "H2" or "H3".
	Level string
	// Heading is the heading's text as printed.
	Heading string
}

// String says it in a sentence, for a test's failure message.
func (f PageFoot) String() string {
	return fmt.Sprintf("page %d ends with the heading %q (%s), whose content starts on the next page", f.Page, f.Heading, strings.ToLower(f.Level))
}

// HeadingsAtPageFoot reads a tagged PDF printed by Chromium (Tab.PrintA4
// asks for the tags) and returns the headings (H2 and H3) that are the
// last thing printed on their page.
//
// It measures rather than guesses: the PDF's structure tree says which
// marked content of each page belongs to a heading, and the page's
// content stream says where each is drawn. A heading is alone at the
// foot when nothing of any other element is drawn below its last line on
// that page. Drawing that is not part of the structure (backgrounds,
// borders that Chromium marks as artifacts) does not count, nor do
// clipping paths.
func HeadingsAtPageFoot(pdf []byte) ([]PageFoot, error) {
	doc, err := parsePDF(pdf)
	if err != nil {
		return nil, err
	}
	pages, err := doc.pageOrder()
	if err != nil {
		return nil, err
	}
	headingOf, err := doc.headings()
	if err != nil {
		return nil, err
	}
	var out []PageFoot
	for i, pg := range pages {
		blocks, err := doc.drawPage(pg)
		if err != nil {
			return nil, fmt.Errorf("page %d: %w", i+1, err)
		}
		for mcid, b := range blocks {
			h, ok := headingOf[mcRef{pg, mcid}]
			if !ok || !b.drawn {
				continue
			}
			alone := true
			for other, o := range blocks {
				if _, isHeading := headingOf[mcRef{pg, other}]; isHeading || !o.drawn {
					continue
				}
				if o.top < b.bottom-0.5 { // PDF y grows upwards: below means smaller
					alone = false
					break
				}
			}
			if alone {
				out = append(out, PageFoot{Page: i + 1, Level: h.level, Heading: strings.TrimSpace(b.text.String())})
			}
		}
	}
	// Map order is random: report in page order, then by text.
	slices.SortFunc(out, func(a, b PageFoot) int {
		return cmp.Or(cmp.Compare(a.Page, b.Page), strings.Compare(a.Heading, b.Heading))
	})
	return out, nil
}

// pdfObject is one indirect object: its dictionary (or value) and, for a
// stream, its raw data.
type pdfObject struct {
	dict   []byte
	stream []byte
}

type pdfDoc struct {
	objs map[int]pdfObject
}

var (
	objHead   = regexp.MustCompile(`(\d+) 0 obj`)
	lengthKey = regexp.MustCompile(`/Length\s+(\d+)(\s+\d+\s+R)?`)
	refRe     = regexp.MustCompile(`(\d+)\s+0\s+R`)
	parentKey = regexp.MustCompile(`/Parent\s+(\d+)\s+0\s+R`)
	kidsKey   = regexp.MustCompile(`/Kids\s*\[([^\]]*)\]`)
	contents  = regexp.MustCompile(`/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)`)
	fontDict  = regexp.MustCompile(`/Font\s*<<([^>]*)>>`)
	fontEntry = regexp.MustCompile(`/([^\s/<>\[\]()]+)\s+(\d+)\s+0\s+R`)
	toUnicode = regexp.MustCompile(`/ToUnicode\s+(\d+)\s+0\s+R`)
	sKey      = regexp.MustCompile(`/S\s*/([A-Za-z0-9]+)`)
	pKey      = regexp.MustCompile(`/P\s+(\d+)\s+0\s+R`)
	pgKey     = regexp.MustCompile(`/Pg\s+(\d+)\s+0\s+R`)
	kKey      = regexp.MustCompile(`/K\s*(\[[^\]]*\]|\d+\s+0\s+R|\d+)`)
	mcrEntry  = regexp.MustCompile(`<<[^>]*/MCID\s+(\d+)[^>]*>>|(\d+)\s+0\s+R|(\d+)`)
)

// parsePDF reads the indirect objects of a PDF, stepping over stream
// data by its length, so that nothing inside a stream is read as an
// object.
func parsePDF(pdf []byte) (*pdfDoc, error) {
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		return nil, errors.New("not a PDF: it does not start with %PDF-")
	}
	if objStm.Match(pdf) {
		return nil, errors.New("the PDF keeps its objects in compressed object streams, which this reader does not read")
	}
	d := &pdfDoc{objs: map[int]pdfObject{}}
	pos := 0
	for {
		loc := objHead.FindSubmatchIndex(pdf[pos:])
		if loc == nil {
			break
		}
		num, _ := strconv.Atoi(string(pdf[pos+loc[2] : pos+loc[3]]))
		start := pos + loc[1]
		end := bytes.Index(pdf[start:], []byte("endobj"))
		if end < 0 {
			return nil, fmt.Errorf("object %d has no endobj", num)
		}
		st := bytes.Index(pdf[start:], []byte("stream"))
		if st < 0 || st > end {
			d.objs[num] = pdfObject{dict: pdf[start : start+end]}
			pos = start + end + len("endobj")
			continue
		}
		dict := pdf[start : start+st]
		m := lengthKey.FindSubmatch(dict)
		if m == nil || len(m[2]) > 0 {
			return nil, fmt.Errorf("stream object %d has no direct /Length", num)
		}
		n, _ := strconv.Atoi(string(m[1]))
		data := start + st + len("stream")
		if data < len(pdf) && pdf[data] == '\r' {
			data++
		}
		if data < len(pdf) && pdf[data] == '\n' {
			data++
		}
		if data+n > len(pdf) {
			return nil, fmt.Errorf("stream object %d runs past the end of the file", num)
		}
		d.objs[num] = pdfObject{dict: dict, stream: pdf[data : data+n]}
		pos = data + n
		if e := bytes.Index(pdf[pos:], []byte("endobj")); e >= 0 {
			pos += e + len("endobj")
		}
	}
	return d, nil
}

// data returns a stream's data, inflated when it is Flate-encoded.
func (d *pdfDoc) data(num int) ([]byte, error) {
	o, ok := d.objs[num]
	if !ok {
		return nil, fmt.Errorf("no object %d", num)
	}
	if !bytes.Contains(o.dict, []byte("/Filter")) {
		return o.stream, nil
	}
	if !bytes.Contains(o.dict, []byte("/FlateDecode")) {
		return nil, fmt.Errorf("object %d has a filter other than FlateDecode", num)
	}
	r, err := zlib.NewReader(bytes.NewReader(o.stream))
	if err != nil {
		return nil, fmt.Errorf("object %d: %w", num, err)
	}
	defer r.Close()
	return io.ReadAll(r)
}

// pageOrder returns the page objects in the order they print, walking the
// page tree from its root.
func (d *pdfDoc) pageOrder() ([]int, error) {
	root := -1
	for num, o := range d.objs {
		if pagesType.Match(o.dict) && !parentKey.Match(o.dict) {
			root = num
		}
	}
	if root < 0 {
		return nil, errors.New("the PDF has no page tree")
	}
	var pages []int
	var walk func(num, depth int) error
	walk = func(num, depth int) error {
		if depth > 32 {
			return errors.New("the page tree is deeper than 32 levels")
		}
		o := d.objs[num]
		if !pagesType.Match(o.dict) {
			pages = append(pages, num)
			return nil
		}
		kids := kidsKey.FindSubmatch(o.dict)
		if kids == nil {
			return fmt.Errorf("page-tree node %d has no /Kids", num)
		}
		for _, k := range refRe.FindAllSubmatch(kids[1], -1) {
			n, _ := strconv.Atoi(string(k[1]))
			if err := walk(n, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	return pages, walk(root, 0)
}

// mcRef names one marked-content sequence: its page object and MCID.
type mcRef struct{ page, mcid int }

// heading is a heading element of the structure tree.
type heading struct{ level string }

// headings maps each marked-content sequence that belongs to an H2 or H3
// element of the structure tree to that heading.
func (d *pdfDoc) headings() (map[mcRef]heading, error) {
	type elem struct {
		s      string
		parent int
	}
	elems := map[int]elem{}
	for num, o := range d.objs {
		if !bytes.Contains(o.dict, []byte("/StructElem")) {
			continue
		}
		e := elem{parent: -1}
		if m := sKey.FindSubmatch(o.dict); m != nil {
			e.s = string(m[1])
		}
		if m := pKey.FindSubmatch(o.dict); m != nil {
			e.parent, _ = strconv.Atoi(string(m[1]))
		}
		elems[num] = e
	}
	if len(elems) == 0 {
		return nil, errors.New("the PDF is not tagged: print it with tags (Tab.PrintA4 does)")
	}
	headingAbove := func(num int) (string, bool) {
		for depth := 0; num >= 0 && depth < 64; depth++ {
			e, ok := elems[num]
			if !ok {
				return "", false
			}
			if e.s == "H2" || e.s == "H3" {
				return e.s, true
			}
			num = e.parent
		}
		return "", false
	}
	out := map[mcRef]heading{}
	for num := range elems {
		level, ok := headingAbove(num)
		if !ok {
			continue
		}
		o := d.objs[num]
		page := -1
		if m := pgKey.FindSubmatch(o.dict); m != nil {
			page, _ = strconv.Atoi(string(m[1]))
		}
		k := kKey.FindSubmatch(o.dict)
		if k == nil {
			continue
		}
		for _, m := range mcrEntry.FindAllSubmatch(k[1], -1) {
			switch {
			case m[1] != nil: // a marked-content reference with its own page
				mcid, _ := strconv.Atoi(string(m[1]))
				pg := page
				if p := pgKey.FindSubmatch(m[0]); p != nil {
					pg, _ = strconv.Atoi(string(p[1]))
				}
				out[mcRef{pg, mcid}] = heading{level}
			case m[3] != nil: // an MCID on the element's page
				mcid, _ := strconv.Atoi(string(m[3]))
				out[mcRef{page, mcid}] = heading{level}
			}
		}
	}
	return out, nil
}

// block is what one marked-content sequence draws on a page: the highest
// and lowest point it paints (PDF y grows upwards) and its text.
type block struct {
	drawn       bool
	top, bottom float64
	text        strings.Builder
}

func (b *block) add(y float64) {
	if !b.drawn {
		b.drawn, b.top, b.bottom = true, y, y
		return
	}
	b.top, b.bottom = max(b.top, y), min(b.bottom, y)
}

// matrix is a PDF transformation matrix [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// times returns m × n: m applied first, then n.
func (m matrix) times(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) y(px, py float64) float64 { return m[1]*px + m[3]*py + m[5] }

// drawPage runs the page's content stream far enough to know where each
// marked-content sequence paints and what text it shows.
func (d *pdfDoc) drawPage(pg int) (map[int]*block, error) {
	o := d.objs[pg]
	m := contents.FindSubmatch(o.dict)
	if m == nil {
		return map[int]*block{}, nil
	}
	var content []byte
	for _, r := range refRe.FindAllSubmatch(m[1], -1) {
		n, _ := strconv.Atoi(string(r[1]))
		data, err := d.data(n)
		if err != nil {
			return nil, err
		}
		content = append(append(content, data...), '\n')
	}
	fonts := d.fonts(o.dict)

	blocks := map[int]*block{}
	var (
		ctm      = identity
		stack    []matrix
		tm, tlm  matrix
		marks    []int // the MCIDs of the open sequences, -1 for untagged ones
		pending  []float64
		operands []token
		font     map[uint16]string
	)
	current := func() *block {
		if len(marks) == 0 || marks[len(marks)-1] < 0 {
			return nil
		}
		id := marks[len(marks)-1]
		if blocks[id] == nil {
			blocks[id] = &block{}
		}
		return blocks[id]
	}
	num := func(i int) float64 {
		if i < 0 || i >= len(operands) {
			return 0
		}
		v, _ := strconv.ParseFloat(operands[i].text, 64)
		return v
	}
	nums := func(n int) []float64 {
		out := make([]float64, n)
		for i := range n {
			out[i] = num(len(operands) - n + i)
		}
		return out
	}
	showText := func(strs ...token) {
		b := current()
		if b == nil {
			return
		}
		b.add(tm.times(ctm).y(0, 0))
		for _, s := range strs {
			b.text.WriteString(decodeText(s, font))
		}
	}
	for tok := range tokens(content) {
		if tok.kind != tokOperator {
			operands = append(operands, tok)
			continue
		}
		switch tok.text {
		case "q":
			stack = append(stack, ctm)
		case "Q":
			if len(stack) > 0 {
				ctm, stack = stack[len(stack)-1], stack[:len(stack)-1]
			}
		case "cm":
			v := nums(6)
			ctm = matrix{v[0], v[1], v[2], v[3], v[4], v[5]}.times(ctm)
		case "BT":
			tm, tlm = identity, identity
		case "Tm":
			v := nums(6)
			tm = matrix{v[0], v[1], v[2], v[3], v[4], v[5]}
			tlm = tm
		case "Td", "TD":
			v := nums(2)
			tlm = matrix{1, 0, 0, 1, v[0], v[1]}.times(tlm)
			tm = tlm
		case "Tf":
			if len(operands) >= 2 {
				font = fonts[strings.TrimPrefix(operands[len(operands)-2].text, "/")]
			}
		case "Tj", "'", "\"":
			if len(operands) > 0 {
				showText(operands[len(operands)-1])
			}
		case "TJ":
			var strs []token
			for _, op := range operands {
				if op.kind == tokString || op.kind == tokHex {
					strs = append(strs, op)
				}
			}
			showText(strs...)
		case "BDC", "BMC":
			id := -1
			for i, op := range operands {
				if op.text == "/MCID" && i+1 < len(operands) {
					id, _ = strconv.Atoi(operands[i+1].text)
				}
			}
			marks = append(marks, id)
		case "EMC":
			if len(marks) > 0 {
				marks = marks[:len(marks)-1]
			}
		case "re":
			v := nums(4)
			x, y, w, h := v[0], v[1], v[2], v[3]
			pending = append(pending, ctm.y(x, y), ctm.y(x+w, y), ctm.y(x, y+h), ctm.y(x+w, y+h))
		case "m", "l":
			v := nums(2)
			pending = append(pending, ctm.y(v[0], v[1]))
		case "c":
			v := nums(6)
			pending = append(pending, ctm.y(v[4], v[5]))
		case "f", "F", "f*", "S", "s", "B", "B*", "b", "b*":
			if b := current(); b != nil {
				for _, y := range pending {
					b.add(y)
				}
			}
			pending = pending[:0]
		case "n":
			pending = pending[:0] // a clipping path paints nothing
		case "Do":
			if b := current(); b != nil { // an image fills the unit square
				b.add(ctm.y(0, 0))
				b.add(ctm.y(1, 1))
			}
		}
		operands = operands[:0]
	}
	return blocks, nil
}

// fonts maps the font resource names of a page to the glyph-to-text maps
// of their ToUnicode CMaps.
func (d *pdfDoc) fonts(page []byte) map[string]map[uint16]string {
	out := map[string]map[uint16]string{}
	m := fontDict.FindSubmatch(page)
	if m == nil {
		return out
	}
	for _, f := range fontEntry.FindAllSubmatch(m[1], -1) {
		n, _ := strconv.Atoi(string(f[2]))
		tu := toUnicode.FindSubmatch(d.objs[n].dict)
		if tu == nil {
			continue
		}
		u, _ := strconv.Atoi(string(tu[1]))
		data, err := d.data(u)
		if err != nil {
			continue
		}
		out[string(f[1])] = parseCMap(data)
	}
	return out
}

var (
	bfchar  = regexp.MustCompile(`(?s)beginbfchar(.*?)endbfchar`)
	bfrange = regexp.MustCompile(`(?s)beginbfrange(.*?)endbfrange`)
	hexPair = regexp.MustCompile(`<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>`)
	hexTrio = regexp.MustCompile(`<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])`)
	hexStr  = regexp.MustCompile(`<([0-9A-Fa-f]+)>`)
)

// parseCMap reads the bfchar and bfrange entries of a ToUnicode CMap.
func parseCMap(data []byte) map[uint16]string {
	out := map[uint16]string{}
	for _, sec := range bfchar.FindAllSubmatch(data, -1) {
		for _, p := range hexPair.FindAllSubmatch(sec[1], -1) {
			out[hexCode(p[1])] = utf16Hex(p[2])
		}
	}
	for _, sec := range bfrange.FindAllSubmatch(data, -1) {
		for _, p := range hexTrio.FindAllSubmatch(sec[1], -1) {
			lo, hi := hexCode(p[1]), hexCode(p[2])
			if p[3][0] == '[' {
				for i, s := range hexStr.FindAllSubmatch(p[3], -1) {
					if int(lo)+i <= int(hi) {
						out[lo+uint16(i)] = utf16Hex(s[1])
					}
				}
				continue
			}
			dst := []rune(utf16Hex(p[3][1 : len(p[3])-1]))
			if len(dst) == 0 {
				continue
			}
			for c := int(lo); c <= int(hi); c++ {
				r := slices.Clone(dst)
				r[len(r)-1] += rune(c - int(lo))
				out[uint16(c)] = string(r)
			}
		}
	}
	return out
}

func hexCode(h []byte) uint16 {
	v, _ := strconv.ParseUint(string(h), 16, 16)
	return uint16(v)
}

// utf16Hex decodes hex digits holding UTF-16BE.
func utf16Hex(h []byte) string {
	var units []uint16
	for i := 0; i+4 <= len(h); i += 4 {
		units = append(units, hexCode(h[i:i+4]))
	}
	return string(utf16.Decode(units))
}

// decodeText turns a shown string into text through the font's map:
// two-byte glyph codes, as Chromium writes them.
func decodeText(s token, font map[uint16]string) string {
	var raw []byte
	switch s.kind {
	case tokHex:
		for i := 0; i+2 <= len(s.text); i += 2 {
			v, _ := strconv.ParseUint(s.text[i:i+2], 16, 8)
			raw = append(raw, byte(v))
		}
	case tokString:
		raw = []byte(s.text)
	}
	var b strings.Builder
	for i := 0; i+2 <= len(raw); i += 2 {
		b.WriteString(font[uint16(raw[i])<<8|uint16(raw[i+1])])
	}
	return b.String()
}

// Package fold is the module's one way of comparing names and words
// written by people: region names ("'s-Hertogenbosch", "Súdwest-Fryslân")
// in package region and the words of a lesson search in package lesson.
//
// Folding lowercases, removes diacritics ("é" and "e" with a combining
// accent both give "e") and spells out the letters that have no plain
// form: "æ" gives "ae", "ß" "ss", "þ" "th", "ĳ" "ij", "œ" "oe", "ð" "d",
// "ø" "o", "ł" "l". Digits stay. Letters of other scripts are lowercased.
// Every other character either joins (apostrophes and combining marks,
// which folding leaves out: "regio's" gives "regios") or breaks
// (spaces, hyphens, slashes, punctuation and symbols).
//
// [Equal] and [Key] compare names and ignore breaks as well: "Noord-Holland",
// "noord holland" and "NOORDHOLLAND" are one name. [AppendWords] splits a
// text into folded words at the breaks, for search.
//
// The package lives under collab, the kernel, so that every package of the
// module can fold the same way without an import cycle, and apart from
// collab's domain types; it imports nothing of the module. Folding
// covers the Latin-1 Supplement and Latin Extended-A by a table, which
// holds every letter of Dutch, Frisian and the European languages its
// names borrow from; other letters go through unicode.ToLower.
package fold

import (
	"unicode"
	"unicode/utf8"
)

// latinFold maps U+00C0 to U+017F (Latin-1 and Latin Extended-A letters) to
// their base letter. A space marks a character that is not a letter; the
// digits 1 to 5 mark the two-letter foldings ae, th, ss, ij and oe.
const latinFold = "" +
	"aaaaaa1ceeeeiiiidnooooo ouuuuy23" + // U+00C0..U+00DF
	"aaaaaa1ceeeeiiiidnooooo ouuuuy2y" + // U+00E0..U+00FF
	"aaaaaaccccccccddddeeeeeeeeeegggg" + // U+0100..U+011F
	"gggghhhhiiiiiiiiii44jjkkklllllll" + // U+0120..U+013F
	"lllnnnnnnnnnoooooo55rrrrrrssssss" + // U+0140..U+015F
	"sstttttt" + "uuuuuuuuuuuu" + "wwyyyzzzzzzs" // U+0160..U+017F

var latinExpansions = [...]string{'1': "ae", '2': "th", '3': "ss", '4': "ij", '5': "oe"}

// What a character is to folding.
const (
	kindBreak  = iota // separates words: left out, and ends a word
	kindJoin          // apostrophe or mark: left out, inside a word
	kindLetter        // letter or digit: folds to one or two runes
)

// foldAt folds the character at the start of s, which must not be empty.
// It returns what the character is, its folded runes (r2 is 0 when it folds
// to one rune; both are 0 unless it is a letter) and its size in bytes.
func foldAt(s string) (kind int, r1, r2 rune, size int) {
	if c := s[0]; c < utf8.RuneSelf {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			return kindLetter, rune(c), 0, 1
		case 'A' <= c && c <= 'Z':
			return kindLetter, rune(c + 'a' - 'A'), 0, 1
		case c == '\'':
			return kindJoin, 0, 0, 1
		}
		return kindBreak, 0, 0, 1
	}
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r >= 0xC0 && r <= 0x17F:
		r1, r2, ok := foldLatin(r)
		if !ok {
			return kindBreak, 0, 0, size
		}
		return kindLetter, r1, r2, size
	case r == '\u2019' || r == '\u02BC' || unicode.Is(unicode.M, r):
		// Right single quotation mark, modifier apostrophe, combining marks.
		return kindJoin, 0, 0, size
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return kindLetter, unicode.ToLower(r), 0, size
	}
	return kindBreak, 0, 0, size
}

// foldLatin folds r, from U+00C0 to U+017F, by the table; ok is false for
// the two characters there that are not letters (× and ÷).
func foldLatin(r rune) (r1, r2 rune, ok bool) {
	m := latinFold[r-0xC0]
	switch {
	case m == ' ':
		return 0, 0, false
	case m <= '5':
		e := latinExpansions[m]
		return rune(e[0]), rune(e[1]), true
	}
	return rune(m), 0, true
}

// letters yields the folded letters and digits of a name one at a time,
// skipping everything else.
type letters struct {
	s       string
	pending rune // second rune of a two-letter folding; 0 when none
}

// next returns the next folded rune, or -1 at the end.
func (l *letters) next() rune {
	if r := l.pending; r != 0 {
		l.pending = 0
		return r
	}
	for l.s != "" {
		// Plain ASCII, most of every name, and the two-byte Latin letters
		// inline: Equal is the hot path of a name lookup.
		switch c := l.s[0]; {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			l.s = l.s[1:]
			return rune(c)
		case 'A' <= c && c <= 'Z':
			l.s = l.s[1:]
			return rune(c + 'a' - 'A')
		case c < utf8.RuneSelf:
			l.s = l.s[1:]
			continue
		}
		if c := l.s[0]; c >= 0xC3 && c <= 0xC5 && len(l.s) > 1 && l.s[1]&0xC0 == 0x80 {
			r := rune(c&0x1F)<<6 | rune(l.s[1]&0x3F)
			l.s = l.s[2:]
			if r1, r2, ok := foldLatin(r); ok {
				l.pending = r2
				return r1
			}
			continue
		}
		kind, r1, r2, size := foldAt(l.s)
		l.s = l.s[size:]
		if kind == kindLetter {
			l.pending = r2
			return r1
		}
	}
	return -1
}

// Equal reports whether a and b are the same name: whether they fold to
// the same, non-empty sequence of letters and digits, leaving out
// everything else. So "Fryslân", "fryslan" and "FRYSLAN" are equal, and so
// are "'s-Hertogenbosch" and "s Hertogenbosch"; two names without a single
// letter or digit are not. Equal(a, b) is Key(a) == Key(b) && Key(a) != "",
// computed without allocating.
func Equal(a, b string) bool {
	la, lb := letters{s: a}, letters{s: b}
	empty := true
	for {
		ra, rb := la.next(), lb.next()
		if ra != rb {
			return false
		}
		if ra < 0 {
			return !empty
		}
		empty = false
	}
}

// Key returns the folded letters and digits of name, without anything
// else: "Súdwest-Fryslân" gives "sudwestfryslan". Names that are [Equal]
// have the same key, so a key can index a map of names; a name without
// letters or digits gives "".
func Key(name string) string {
	var buf [64]byte
	return string(AppendKey(buf[:0], name))
}

// AppendKey appends the key of name (see [Key]) to dst and returns the
// extended slice. With a buffer on the caller's stack it folds a name
// without allocating, so that a map of keys can be looked up with
// m[string(AppendKey(buf[:0], name))] at no cost.
func AppendKey(dst []byte, name string) []byte {
	for l := (letters{s: name}); ; {
		r := l.next()
		if r < 0 {
			return dst
		}
		dst = utf8.AppendRune(dst, r)
	}
}

// AppendWords appends the folded words of text to dst and returns the
// extended slice: runs of letters and digits, folded, split at every break
// (spaces, hyphens, punctuation); apostrophes and combining marks inside a
// word are left out, so "Regio's zo’n ANW-zorg" gives "regios", "zon",
// "anw" and "zorg". It allocates one string per word.
func AppendWords(dst []string, text string) []string {
	var buf [64]byte
	b := buf[:0]
	for s := text; s != ""; {
		kind, r1, r2, size := foldAt(s)
		s = s[size:]
		switch kind {
		case kindLetter:
			b = utf8.AppendRune(b, r1)
			if r2 != 0 {
				b = utf8.AppendRune(b, r2)
			}
		case kindBreak:
			if len(b) > 0 {
				dst = append(dst, string(b))
				b = b[:0]
			}
		}
	}
	if len(b) > 0 {
		dst = append(dst, string(b))
	}
	return dst
}

package region

import (
	"unicode"
	"unicode/utf8"
)

// Names are compared in a folded form: letters in lower case without
// diacritics, digits kept, everything else (spaces, hyphens, apostrophes,
// slashes, combining marks) left out. So "Fryslân", "fryslan" and "FRYSLAN"
// fold alike, and so do "Noord-Holland" and "noord holland". Folding walks
// both names side by side and allocates nothing.

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

// folder yields the folded runes of a string one at a time.
type folder struct {
	s       string
	i       int
	pending rune // second letter of a two-letter folding; 0 when none
}

// next returns the next folded rune, or -1 at the end.
func (f *folder) next() rune {
	if f.pending != 0 {
		r := f.pending
		f.pending = 0
		return r
	}
	for f.i < len(f.s) {
		c := f.s[f.i]
		if c < utf8.RuneSelf {
			f.i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				return rune(c)
			case 'A' <= c && c <= 'Z':
				return rune(c + 'a' - 'A')
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(f.s[f.i:])
		f.i += size
		if r >= 0xC0 && r <= 0x17F {
			m := latinFold[r-0xC0]
			if m == ' ' {
				continue
			}
			if m >= '1' && m <= '5' {
				e := latinExpansions[m]
				f.pending = rune(e[1])
				return rune(e[0])
			}
			return rune(m)
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
	}
	return -1
}

// foldEqual reports whether a and b fold to the same, non-empty name.
func foldEqual(a, b string) bool {
	fa, fb := folder{s: a}, folder{s: b}
	empty := true
	for {
		ra, rb := fa.next(), fb.next()
		if ra != rb {
			return false
		}
		if ra < 0 {
			return !empty
		}
		empty = false
	}
}

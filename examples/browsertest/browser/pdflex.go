package browser

import "iter"

// tokenKind is the kind of a token of a PDF content stream.
type tokenKind int

const (
	tokNumber tokenKind = iota
	tokName
	tokString   // a literal string, its escapes resolved
	tokHex      // a hexadecimal string, its digits
	tokDelim    // [ ] << >>
	tokOperator // any other word: an operator
)

type token struct {
	kind tokenKind
	text string
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' || c == '%'
}

// tokens splits a content stream into tokens. It reads what Chromium
// writes; an inline image (BI … EI) is not expected and its data would
// be read as words.
func tokens(s []byte) iter.Seq[token] {
	return func(yield func(token) bool) {
		i := 0
		for i < len(s) {
			c := s[i]
			switch {
			case isSpace(c):
				i++
			case c == '%':
				for i < len(s) && s[i] != '\n' && s[i] != '\r' {
					i++
				}
			case c == '/':
				j := i + 1
				for j < len(s) && !isSpace(s[j]) && !isDelim(s[j]) {
					j++
				}
				if !yield(token{tokName, string(s[i:j])}) {
					return
				}
				i = j
			case c == '(':
				var b []byte
				depth := 1
				j := i + 1
				for ; j < len(s) && depth > 0; j++ {
					switch s[j] {
					case '\\':
						if j+1 < len(s) {
							j++
							b = append(b, s[j])
						}
						continue
					case '(':
						depth++
					case ')':
						depth--
						if depth == 0 {
							continue
						}
					}
					b = append(b, s[j])
				}
				if !yield(token{tokString, string(b)}) {
					return
				}
				i = j
			case c == '<' && i+1 < len(s) && s[i+1] == '<', c == '>' && i+1 < len(s) && s[i+1] == '>':
				if !yield(token{tokDelim, string(s[i : i+2])}) {
					return
				}
				i += 2
			case c == '<':
				j := i + 1
				var b []byte
				for j < len(s) && s[j] != '>' {
					if !isSpace(s[j]) {
						b = append(b, s[j])
					}
					j++
				}
				if !yield(token{tokHex, string(b)}) {
					return
				}
				i = j + 1
			case c == '[' || c == ']' || c == '{' || c == '}' || c == ')' || c == '>':
				if !yield(token{tokDelim, string(c)}) {
					return
				}
				i++
			default:
				j := i
				for j < len(s) && !isSpace(s[j]) && !isDelim(s[j]) {
					j++
				}
				w := string(s[i:j])
				kind := tokOperator
				if c == '-' || c == '+' || c == '.' || c >= '0' && c <= '9' {
					kind = tokNumber
				}
				if !yield(token{kind, w}) {
					return
				}
				i = j
			}
		}
	}
}

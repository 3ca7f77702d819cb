package lesson

import (
	"slices"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Limits of a lesson. Validation reports CodeTooLong beyond them; titles
// and texts are limited per language by collab.MaxNameLength and
// collab.MaxTextLength.
const (
	MaxCodeLength = 64 // bytes of a lesson code
)

// Lesson is one thing Dutch regions learned about regional collaboration in
// long-term and elderly care, in the project's own words, with the article
// it comes from.
//
// Code is stable and human-readable: a theme prefix (see [Theme.CodePrefix])
// and a slug, separated by a dot, such as "strengthen.continuity" or
// "mechanism.urgency-fluctuates". Assessment rules cite lessons by code, so
// a code never changes once published. Mechanisms lists the mechanisms the
// lesson bears on, at least one. Title is a short name for lists, Text the
// lesson itself in one to three sentences; both exist in Dutch and English.
//
// Its JSON form is
//
//	{"code": "...", "title": {"nl": "...", "en": "..."}, "theme": "...",
//	 "mechanisms": ["urgency", ...], "text": {"nl": "...", "en": "..."},
//	 "source": {"key": "...", "title": "...", "publisher": "...", "date": "..."}}
//
// The zero Lesson is not valid. Lessons handed out by a [Catalogue] are
// copies; changing one does not change the catalogue.
type Lesson struct {
	Code       string             `json:"code"`
	Title      collab.Text        `json:"title"`
	Theme      Theme              `json:"theme"`
	Mechanisms []collab.Mechanism `json:"mechanisms"`
	Text       collab.Text        `json:"text"`
	Source     Source             `json:"source"`
}

// BearsOn reports whether the lesson bears on mechanism m.
func (l *Lesson) BearsOn(m collab.Mechanism) bool {
	return slices.Contains(l.Mechanisms, m)
}

// Clone returns a copy of l that shares no memory with it.
func (l Lesson) Clone() Lesson {
	l.Mechanisms = slices.Clone(l.Mechanisms)
	return l
}

// Validate checks the lesson and returns nil or a collab.Problems holding
// every problem, each with its path (such as "mechanisms[1]" or "text.nl"):
//   - code: CodeRequired when empty, CodeTooLong beyond MaxCodeLength,
//     CodeBadFormat when it is not "prefix.slug" in lowercase letters,
//     digits and single hyphens, or when its prefix is not its theme's;
//   - title and text: CodeRequired for a missing language, CodeTooLong
//     beyond collab.MaxNameLength or collab.MaxTextLength;
//   - theme: CodeRequired when unset, CodeUnknownValue when unknown;
//   - mechanisms: CodeRequired when empty, CodeUnknownValue for an invalid
//     mechanism, CodeDuplicate for a repeated one;
//   - source: as [Source.Validate].
//
// Validating a valid lesson allocates nothing.
func (l *Lesson) Validate() error {
	var v check.Validator
	l.validate(&v)
	return v.Err()
}

func (l *Lesson) validate(v *check.Validator) {
	validateCode(v, l.Code, l.Theme)

	v.Enter("title")
	v.Text("nl", l.Title.NL, true, collab.MaxNameLength)
	v.Text("en", l.Title.EN, true, collab.MaxNameLength)
	v.Leave()

	v.Enum("theme", l.Theme, true)

	if v.Required("mechanisms", len(l.Mechanisms) == 0) {
		v.Enter("mechanisms")
		for i, m := range l.Mechanisms {
			v.Index(i)
			v.Enum("", m, true)
			for j := range i {
				if l.Mechanisms[j] == m && m.IsValid() {
					v.Addf("", collab.CodeDuplicate, "repeats mechanism %s of mechanisms[%d]", m, j)
					break
				}
			}
			v.Leave()
		}
		v.Leave()
	}

	v.Enter("text")
	v.Text("nl", l.Text.NL, true, collab.MaxTextLength)
	v.Text("en", l.Text.EN, true, collab.MaxTextLength)
	v.Leave()

	v.Enter("source")
	l.Source.validate(v)
	v.Leave()
}

// validateCode checks the form of a lesson code and that its prefix belongs
// to theme (when theme is valid).
func validateCode(v *check.Validator, code string, theme Theme) {
	if !v.Required("code", code == "") {
		return
	}
	if len(code) > MaxCodeLength {
		v.Addf("code", collab.CodeTooLong, "has %d bytes, more than the maximum of %d", len(code), MaxCodeLength)
		return
	}
	prefix, ok := splitCode(code)
	if !ok {
		v.Addf("code", collab.CodeBadFormat, "%q is not of the form prefix.slug in lowercase letters, digits and single hyphens", code)
		return
	}
	if theme.IsValid() && prefix != theme.CodePrefix() {
		v.Addf("code", collab.CodeBadFormat, "%q should start with %q, the prefix of theme %s", code, theme.CodePrefix()+".", theme)
	}
}

// splitCode returns the prefix of a well-formed code: two segments joined by
// one dot, each of lowercase ASCII letters and digits in words joined by
// single hyphens, the first starting with a letter.
func splitCode(code string) (prefix string, ok bool) {
	dot := -1
	for i := 0; i < len(code); i++ {
		if code[i] == '.' {
			if dot >= 0 {
				return "", false
			}
			dot = i
		}
	}
	if dot < 0 || !isSlug(code[:dot]) || !isSlug(code[dot+1:]) {
		return "", false
	}
	if c := code[0]; c < 'a' || c > 'z' {
		return "", false
	}
	return code[:dot], true
}

func isSlug(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

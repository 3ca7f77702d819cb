package collab

import "github.com/regiokompas/regiokompas/collab/check"

// Language is a language in which the module shows text to people: English
// or Dutch. The zero value is not valid; functions that take a Language
// fall back to English for it, so that English is the default.
type Language = check.Language

// The languages of the module.
const (
	LanguageUnknown = check.LanguageUnknown
	English         = check.English // en
	Dutch           = check.Dutch   // nl
)

// Languages returns every language, as a new slice.
func Languages() []Language { return check.Languages() }

// ParseLanguage parses "en" or "nl"; another word gives an
// *UnknownValueError.
func ParseLanguage(s string) (Language, error) { return check.ParseLanguage(s) }

// Text is a short text in Dutch and English, such as the label of a
// mechanism. Its JSON form is {"nl": "...", "en": "..."}; Text.In picks
// the language.
type Text = check.Text

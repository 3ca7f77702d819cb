package check

// Language is a language in which the module shows text to people. The zero
// value is not valid; functions that take a Language fall back to English
// for it, so that English is the default.
type Language uint8

// The languages of the module.
const (
	LanguageUnknown Language = iota
	English                  // en
	Dutch                    // nl
)

var languages = NewEnum[Language]("language",
	EnumValue{Word: "en", Label: Text{EN: "English", NL: "Engels"}},
	EnumValue{Word: "nl", Label: Text{EN: "Dutch", NL: "Nederlands"}},
)

// Languages returns every language, as a new slice.
func Languages() []Language { return languages.All() }

// ParseLanguage parses "en" or "nl".
func ParseLanguage(s string) (Language, error) { return languages.Parse(s) }

// String returns "en" or "nl".
func (l Language) String() string { return languages.String(l) }

// IsValid reports whether l is English or Dutch.
func (l Language) IsValid() bool { return languages.Valid(l) }

// IsZero reports whether l is unset.
func (l Language) IsZero() bool { return l == 0 }

// Label names the language in lang.
func (l Language) Label(lang Language) string { return languages.Label(l, lang) }

// MarshalText implements encoding.TextMarshaler.
func (l Language) MarshalText() ([]byte, error) { return languages.Marshal(l) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (l *Language) UnmarshalText(b []byte) error { return languages.Unmarshal(b, l) }

// Text is a short text in Dutch and English. Its JSON form is
// {"nl": "...", "en": "..."}.
type Text struct {
	NL string `json:"nl"`
	EN string `json:"en"`
}

// In returns the text in lang. It falls back to English for an unknown
// language, and to the other language when the asked one is empty.
func (t Text) In(lang Language) string {
	if lang == Dutch && t.NL != "" || t.EN == "" {
		return t.NL
	}
	return t.EN
}

// IsZero reports whether both languages are empty.
func (t Text) IsZero() bool { return t.NL == "" && t.EN == "" }

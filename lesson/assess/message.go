package assess

import (
	"slices"
	"strconv"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/region"
)

// Message is text as data: the key of a template in the assessment's
// message table and the typed parameters the template fills in. Findings,
// strengths, evidence, the strategy diagnosis, the development phase and
// twin reasons hold their text as Messages, so that one evaluation serves
// every language: [Message.In] renders it in the language asked for, with
// numbers and dates written the way that language writes them (3,5 and
// "21 juni 2022" in Dutch, 3.5 and "21 June 2022" in English).
//
// Text is the message rendered in one language, set only by
// [Report.Localize], [Comparison.Localize] and [LocalizeTwins] so that JSON
// is readable as it stands; it is empty in results fresh from Evaluate,
// Compare and Twins, and the renderers never read it. The zero Message
// renders as an empty string.
type Message struct {
	Key    string  `json:"key"`
	Params []Param `json:"params,omitempty"`
	Text   string  `json:"text,omitempty"`
}

// Param is one typed parameter of a Message, filling the placeholder
// {Name} of its template. Its Kind says which field holds the value and how
// it is written:
//
//   - ParamText: Text, as it stands (a name or a title from the case);
//   - ParamInt: Number, a whole number;
//   - ParamNumber: Number with Digits decimals (or as few as it needs
//     when Digits is -1), with a decimal comma in Dutch;
//   - ParamDate: Date, as "21 June 2022" or "21 juni 2022";
//   - an enum kind (ParamMechanism, ParamRole...): Text is the value's wire
//     word, written as its label in the language; Words, when set instead,
//     holds several values, written as "a, b and c" ("a, b en c"). With
//     Lower, labels are written with a small first letter, for use inside a
//     sentence (unless they start with an abbreviation, as "ROAZ-regio").
type Param struct {
	Name   string      `json:"name"`
	Kind   ParamKind   `json:"kind"`
	Text   string      `json:"text,omitempty"`
	Words  []string    `json:"words,omitempty"`
	Lower  bool        `json:"lower,omitzero"`
	Number float64     `json:"number,omitzero"`
	Digits int         `json:"digits,omitzero"`
	Date   collab.Date `json:"date,omitzero"`
}

// ParamKind is the type of a Param. The zero value is not valid.
type ParamKind uint8

// The kinds of parameter.
const (
	ParamUnknown          ParamKind = iota
	ParamText                       // text: a text from the case, as it stands
	ParamInt                        // int: a whole number
	ParamNumber                     // number: a decimal number
	ParamDate                       // date: a calendar date
	ParamMechanism                  // mechanism: a collab.Mechanism
	ParamRole                       // role: a collab.Role
	ParamRoleKind                   // role-kind: a collab.RoleKind
	ParamLevel                      // level: a collab.Level
	ParamNetworkKind                // network-kind: a collab.NetworkKind
	ParamGovernance                 // governance: a collab.Governance
	ParamStrategy                   // strategy: a collab.Strategy
	ParamTheme                      // theme: a project.Theme
	ParamProjectPhase               // project-phase: a project.Phase
	ParamBand                       // band: a Band
	ParamDevelopmentPhase           // development-phase: a DevelopmentPhase
	ParamRegionKind                 // region-kind: a region.Kind
	ParamTrait                      // trait: a region.Trait
	ParamProfession                 // profession: a collab.Profession
)

var paramKinds = check.NewEnum[ParamKind]("parameter kind",
	check.EnumValue{Word: "text", Label: collab.Text{EN: "Text", NL: "Tekst"}},
	check.EnumValue{Word: "int", Label: collab.Text{EN: "Whole number", NL: "Geheel getal"}},
	check.EnumValue{Word: "number", Label: collab.Text{EN: "Number", NL: "Getal"}},
	check.EnumValue{Word: "date", Label: collab.Text{EN: "Date", NL: "Datum"}},
	check.EnumValue{Word: "mechanism", Label: collab.Text{EN: "Mechanism", NL: "Mechanisme"}},
	check.EnumValue{Word: "role", Label: collab.Text{EN: "Role", NL: "Rol"}},
	check.EnumValue{Word: "role-kind", Label: collab.Text{EN: "Role kind", NL: "Soort rol"}},
	check.EnumValue{Word: "level", Label: collab.Text{EN: "Level", NL: "Niveau"}},
	check.EnumValue{Word: "network-kind", Label: collab.Text{EN: "Network kind", NL: "Soort netwerk"}},
	check.EnumValue{Word: "governance", Label: collab.Text{EN: "Governance", NL: "Governance"}},
	check.EnumValue{Word: "strategy", Label: collab.Text{EN: "Strategy", NL: "Strategie"}},
	check.EnumValue{Word: "theme", Label: collab.Text{EN: "Theme", NL: "Thema"}},
	check.EnumValue{Word: "project-phase", Label: collab.Text{EN: "Project phase", NL: "Projectfase"}},
	check.EnumValue{Word: "band", Label: collab.Text{EN: "Band", NL: "Band"}},
	check.EnumValue{Word: "development-phase", Label: collab.Text{EN: "Development phase", NL: "Ontwikkelfase"}},
	check.EnumValue{Word: "region-kind", Label: collab.Text{EN: "Kind of region", NL: "Soort regio"}},
	check.EnumValue{Word: "trait", Label: collab.Text{EN: "Trait of a region", NL: "Kenmerk van een regio"}},
	check.EnumValue{Word: "profession", Label: collab.Text{EN: "Profession", NL: "Beroep"}},
)

// ParamKinds returns every parameter kind in declaration order, as a new
// slice.
func ParamKinds() []ParamKind { return paramKinds.All() }

// ParseParamKind parses a parameter kind's wire word; an empty or unknown
// word gives a *collab.UnknownValueError naming it.
func ParseParamKind(s string) (ParamKind, error) { return paramKinds.Parse(s) }

// String returns the wire word; it never panics.
func (x ParamKind) String() string { return paramKinds.String(x) }

// IsValid reports whether x is a known parameter kind.
func (x ParamKind) IsValid() bool { return paramKinds.Valid(x) }

// IsZero reports whether x is unset.
func (x ParamKind) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x ParamKind) Label(lang collab.Language) string { return paramKinds.Label(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x ParamKind) MarshalText() ([]byte, error) { return paramKinds.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (x *ParamKind) UnmarshalText(b []byte) error { return paramKinds.Unmarshal(b, x) }

// Say returns the message of the key with the parameters; [Message.In]
// renders it. Keys are those of the assessment's message table (see
// [MessageKeys]); an unknown key renders as itself.
func Say(key string, params ...Param) Message { return Message{Key: key, Params: params} }

// MessageKeys returns the keys of the assessment's message table, sorted,
// as a new slice: every text the assessment and its renderers show.
func MessageKeys() []string {
	out := make([]string, 0, len(messages))
	for k := range messages {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// In renders m in lang (English for an unknown language): the template of
// its key with each placeholder {name} replaced by the parameter of that
// name, written in lang; a placeholder {name|one|other} is the word one
// when the number called name is 1 and other otherwise (a plural). An
// unknown key renders as the key, and a
// placeholder without a parameter stays as it is, so that a mistake shows
// rather than vanishes; In never panics.
func (m Message) In(lang collab.Language) string {
	if m.Key == "" {
		return ""
	}
	tmpl, ok := messages[m.Key]
	if !ok {
		return m.Key
	}
	t := tmpl.In(lang)
	if !strings.ContainsRune(t, '{') {
		return t
	}
	var b strings.Builder
	for {
		open := strings.IndexByte(t, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(t[open:], '}')
		if end < 0 {
			break
		}
		b.WriteString(t[:open])
		name := t[open+1 : open+end]
		if word, ok := m.plural(name); ok {
			b.WriteString(word)
		} else if p, ok := m.param(name); ok {
			b.WriteString(p.In(lang))
		} else {
			b.WriteString(t[open : open+end+1])
		}
		t = t[open+end+1:]
	}
	b.WriteString(t)
	return b.String()
}

// plural resolves a plural placeholder {name|one|other}: the word one when
// the number parameter called name is 1, the word other otherwise, so that
// a template says "1 project" and "2 projects" ("1 project", "2
// projecten"). ok is false when spec is no plural placeholder or names no
// parameter.
func (m Message) plural(spec string) (word string, ok bool) {
	name, forms, found := strings.Cut(spec, "|")
	if !found {
		return "", false
	}
	one, other, found := strings.Cut(forms, "|")
	if !found {
		return "", false
	}
	p, ok := m.param(name)
	if !ok {
		return "", false
	}
	if p.Number == 1 {
		return one, true
	}
	return other, true
}

// param returns the parameter called name.
func (m Message) param(name string) (Param, bool) {
	for _, p := range m.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

// IsZero reports whether m is unset.
func (m Message) IsZero() bool { return m.Key == "" && len(m.Params) == 0 && m.Text == "" }

// localized returns m with Text set to its rendering in lang.
func (m Message) localized(lang collab.Language) Message {
	m.Params = cloneParams(m.Params)
	m.Text = m.In(lang)
	return m
}

// cloneParams returns a copy of ps that shares no memory with it; nil for
// no parameters.
func cloneParams(ps []Param) []Param {
	if len(ps) == 0 {
		return nil
	}
	out := slices.Clone(ps)
	for i := range out {
		out[i].Words = slices.Clone(out[i].Words)
	}
	return out
}

// In writes the parameter's value in lang (see [Param]).
func (p Param) In(lang collab.Language) string {
	switch p.Kind {
	case ParamText:
		return p.Text
	case ParamInt:
		return formatInt(int64(p.Number), lang)
	case ParamNumber:
		return formatNumber(p.Number, p.Digits, lang)
	case ParamDate:
		return formatDate(p.Date, lang)
	}
	label := func(word string) string {
		l := enumLabel(p.Kind, word, lang)
		if p.Lower {
			return lowerFirst(l)
		}
		return l
	}
	if len(p.Words) > 0 {
		labels := make([]string, len(p.Words))
		for i, w := range p.Words {
			labels[i] = label(w)
		}
		return joinList(labels, lang)
	}
	return label(p.Text)
}

// formatNumber writes x with digits decimals (as few as needed for -1),
// with a decimal comma in Dutch.
func formatNumber(x float64, digits int, lang collab.Language) string {
	s := strconv.FormatFloat(x, 'f', digits, 64)
	if s == "-0" {
		s = "0"
	}
	if lang == collab.Dutch {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// formatInt writes n in digits, with its thousands grouped from 10,000 on
// as each language does: "17,942,942" in English, "17.942.942" in Dutch.
// Smaller numbers, years among them, stay as they are.
func formatInt(n int64, lang collab.Language) string {
	s := strconv.FormatInt(n, 10)
	if n > -10_000 && n < 10_000 {
		return s
	}
	if s[0] == '-' {
		return "-" + groupDigits(s[1:], thousandsSep(lang))
	}
	return groupDigits(s, thousandsSep(lang))
}

// monthKeys are the keys of the months' names, January first.
var monthKeys = [12]string{msgMonth1, msgMonth2, msgMonth3, msgMonth4, msgMonth5, msgMonth6, msgMonth7, msgMonth8, msgMonth9, msgMonth10, msgMonth11, msgMonth12}

// formatDate writes d as "21 June 2022", or "21 juni 2022" in Dutch; the
// zero date as an empty string.
func formatDate(d collab.Date, lang collab.Language) string {
	if d.IsZero() {
		return ""
	}
	return strconv.Itoa(d.Day()) + " " + Say(monthKeys[d.Month()-1]).In(lang) + " " + strconv.Itoa(d.Year())
}

// joinList joins items as "a, b and c" ("a, b en c" in Dutch).
func joinList(items []string, lang collab.Language) string {
	var b strings.Builder
	for k, s := range items {
		switch {
		case k == 0:
		case k == len(items)-1:
			b.WriteString(" " + Say(msgAnd).In(lang) + " ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(s)
	}
	return b.String()
}

// labeller is an enum value that has a label in each language.
type labeller interface{ Label(collab.Language) string }

// parsers parse the wire word of each enum kind of parameter. The table is
// never written after initialisation.
var parsers = [...]func(string) (labeller, error){
	ParamMechanism:        parser(collab.ParseMechanism),
	ParamRole:             parser(collab.ParseRole),
	ParamRoleKind:         parser(collab.ParseRoleKind),
	ParamLevel:            parser(collab.ParseLevel),
	ParamNetworkKind:      parser(collab.ParseNetworkKind),
	ParamGovernance:       parser(collab.ParseGovernance),
	ParamStrategy:         parser(collab.ParseStrategy),
	ParamTheme:            parser(project.ParseTheme),
	ParamProjectPhase:     parser(project.ParsePhase),
	ParamBand:             parser(ParseBand),
	ParamDevelopmentPhase: parser(ParseDevelopmentPhase),
	ParamRegionKind:       parser(region.ParseKind),
	ParamTrait:            parser(region.ParseTrait),
	ParamProfession:       parser(collab.ParseProfession),
}

// parser adapts the parse function of an enum to the parsers table.
func parser[T labeller](parse func(string) (T, error)) func(string) (labeller, error) {
	return func(word string) (labeller, error) { return parse(word) }
}

// enumLabel returns the label in lang of the enum value of kind k whose
// wire word is word, or the word itself when it is not one.
func enumLabel(k ParamKind, word string, lang collab.Language) string {
	if int(k) >= len(parsers) || parsers[k] == nil {
		return word
	}
	v, err := parsers[k](word)
	if err != nil {
		return word
	}
	return v.Label(lang)
}

// Parameter constructors, for the rules.

// text is a text parameter.
func text(name, s string) Param { return Param{Name: name, Kind: ParamText, Text: s} }

// count is a whole-number parameter.
func count(name string, n int) Param { return Param{Name: name, Kind: ParamInt, Number: float64(n)} }

// number is a decimal parameter shown with digits decimals (-1: as few as
// needed).
func number(name string, x float64, digits int) Param {
	return Param{Name: name, Kind: ParamNumber, Number: x, Digits: digits}
}

// date is a date parameter.
func date(name string, d collab.Date) Param { return Param{Name: name, Kind: ParamDate, Date: d} }

// enum is a parameter holding one enum value of kind k.
func enum(name string, k ParamKind, v interface{ String() string }) Param {
	return Param{Name: name, Kind: k, Text: v.String()}
}

// lower returns p with its labels written with a small first letter.
func lower(p Param) Param {
	p.Lower = true
	return p
}

// enums is a parameter holding several enum values of kind k.
func enums[T interface{ String() string }](name string, k ParamKind, vs []T) Param {
	words := make([]string, len(vs))
	for i, v := range vs {
		words[i] = v.String()
	}
	return Param{Name: name, Kind: k, Words: words}
}

package assess

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Severity says how much a finding matters. The zero value is not valid.
type Severity uint8

// The severities, from mild to grave.
const (
	SeverityUnknown Severity = iota
	SeverityInfo             // info: worth knowing, no harm yet
	SeverityWarning          // warning: weakens the collaboration if left
	SeverityRisk             // risk: endangers the collaboration or a project
)

var severities = check.NewEnum[Severity]("severity",
	check.EnumValue{Word: "info", Label: collab.Text{EN: "Note", NL: "Opmerking"}},
	check.EnumValue{Word: "warning", Label: collab.Text{EN: "Warning", NL: "Waarschuwing"}},
	check.EnumValue{Word: "risk", Label: collab.Text{EN: "Risk", NL: "Risico"}},
)

// Severities returns every severity in declaration order, as a new slice.
func Severities() []Severity { return severities.All() }

// ParseSeverity parses a severity's wire word; an empty or unknown word gives
// a *collab.UnknownValueError naming it.
func ParseSeverity(s string) (Severity, error) { return severities.Parse(s) }

// String returns the wire word; it never panics.
func (x Severity) String() string { return severities.String(x) }

// IsValid reports whether x is a known severity.
func (x Severity) IsValid() bool { return severities.Valid(x) }

// IsZero reports whether x is unset.
func (x Severity) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x Severity) Label(lang collab.Language) string { return severities.Label(x, lang) }

// About explains x in lang; empty where the label says enough.
func (x Severity) About(lang collab.Language) string { return severities.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x Severity) MarshalText() ([]byte, error) { return severities.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (x *Severity) UnmarshalText(b []byte) error { return severities.Unmarshal(b, x) }

package collab

import "github.com/regiokompas/regiokompas/collab/check"

// Level is a level inside an organisation. The sources find that it matters
// when each level is involved: executives (bestuur), managers (management)
// and care professionals on the work floor (werkvloer).
//
// The zero value is LevelUnknown, which is not valid.
type Level uint8

// The levels, from the top of an organisation down.
const (
	LevelUnknown      Level = iota
	LevelExecutive          // executive: bestuurder
	LevelManager            // manager
	LevelProfessional       // professional: care professional on the work floor
)

var levels = check.NewEnum[Level]("level",
	check.EnumValue{Word: "executive", Label: Text{EN: "Executives", NL: "Bestuur"}},
	check.EnumValue{Word: "manager", Label: Text{EN: "Managers", NL: "Management"}},
	check.EnumValue{Word: "professional", Label: Text{EN: "Care professionals", NL: "Werkvloer"},
		About: Text{EN: "The people who give care and have to work with what is agreed.", NL: "De mensen die de zorg verlenen en met de afspraken moeten werken."}},
)

// Levels returns every level in declaration order, as a new slice.
func Levels() []Level { return levels.All() }

// ParseLevel parses a level's wire word; an empty or unknown word gives
// an *UnknownValueError naming it.
func ParseLevel(s string) (Level, error) { return levels.Parse(s) }

// String returns the wire word; it never panics.
func (x Level) String() string { return levels.String(x) }

// IsValid reports whether x is a known level.
func (x Level) IsValid() bool { return levels.Valid(x) }

// IsZero reports whether x is unset.
func (x Level) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x Level) Label(lang Language) string { return levels.Label(x, lang) }

// About explains x in lang; empty where the label says enough.
func (x Level) About(lang Language) string { return levels.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x Level) MarshalText() ([]byte, error) { return levels.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (x *Level) UnmarshalText(b []byte) error { return levels.Unmarshal(b, x) }

package project

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Scale is the size of a project, after the two strategies that the action
// research describes ("Mechanismen van regionale samenwerking", 21 June
// 2022): a small initiative of a few parties, driven from the work floor, or
// a regional programme driven by a vision.
//
// The zero value is ScaleUnknown, which is not valid.
type Scale uint8

// The scales.
const (
	ScaleUnknown   Scale = iota
	ScaleSmall           // small: few parties, work-floor driven
	ScaleProgramme       // programme: regional, vision-driven
)

var scales = check.NewEnum[Scale]("scale",
	check.EnumValue{Word: "small",
		Label: collab.Text{EN: "Small initiative", NL: "Klein initiatief"},
		About: collab.Text{
			EN: "A few parties and quick support on the work floor; hard to scale up and dependent on a few people.",
			NL: "Weinig partijen en snel draagvlak op de werkvloer; lastig op te schalen en afhankelijk van een paar mensen.",
		}},
	check.EnumValue{Word: "programme",
		Label: collab.Text{EN: "Regional programme", NL: "Regionaal programma"},
		About: collab.Text{
			EN: "Driven by a regional vision with many parties; a clear direction, but costly in time and people.",
			NL: "Gedreven door een regiovisie met veel partijen; een heldere richting, maar duur in tijd en mensen.",
		}},
)

// Scales returns every scale in declaration order, as a new slice.
func Scales() []Scale { return scales.All() }

// ParseScale parses a scale's wire word; an empty or unknown word gives a
// *collab.UnknownValueError naming it.
func ParseScale(s string) (Scale, error) { return scales.Parse(s) }

// String returns the wire word; it never panics.
func (x Scale) String() string { return scales.String(x) }

// IsValid reports whether x is a known scale.
func (x Scale) IsValid() bool { return scales.Valid(x) }

// IsZero reports whether x is unset.
func (x Scale) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x Scale) Label(lang collab.Language) string { return scales.Label(x, lang) }

// About explains x in lang.
func (x Scale) About(lang collab.Language) string { return scales.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x Scale) MarshalText() ([]byte, error) { return scales.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown word is a
// *collab.UnknownValueError.
func (x *Scale) UnmarshalText(b []byte) error { return scales.Unmarshal(b, x) }

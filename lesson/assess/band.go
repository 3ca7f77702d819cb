package assess

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Band is the verdict on a mechanism's score. The thresholds are
// documented at [BandOf]. The zero value is not valid.
type Band uint8

// The bands.
const (
	BandUnknown    Band = iota
	BandWeak            // weak: score below 40
	BandDeveloping      // developing: score 40 to 69
	BandStrong          // strong: score 70 and above
)

var bands = check.NewEnum[Band]("band",
	check.EnumValue{Word: "weak", Label: collab.Text{EN: "Weak", NL: "Zwak"}},
	check.EnumValue{Word: "developing", Label: collab.Text{EN: "Developing", NL: "In ontwikkeling"}},
	check.EnumValue{Word: "strong", Label: collab.Text{EN: "Strong", NL: "Sterk"}},
)

// Band thresholds: a score of at least BandDevelopingFrom is developing, of
// at least BandStrongFrom strong, anything lower weak.
const (
	BandDevelopingFrom = 40
	BandStrongFrom     = 70
)

// BandOf returns the band of a score from 0 to 100: weak below 40,
// developing from 40 to 69, strong from 70.
func BandOf(score int) Band {
	switch {
	case score >= BandStrongFrom:
		return BandStrong
	case score >= BandDevelopingFrom:
		return BandDeveloping
	}
	return BandWeak
}

// Bands returns every band in declaration order, as a new slice.
func Bands() []Band { return bands.All() }

// ParseBand parses a band's wire word; an empty or unknown word gives
// a *collab.UnknownValueError naming it.
func ParseBand(s string) (Band, error) { return bands.Parse(s) }

// String returns the wire word; it never panics.
func (x Band) String() string { return bands.String(x) }

// IsValid reports whether x is a known band.
func (x Band) IsValid() bool { return bands.Valid(x) }

// IsZero reports whether x is unset.
func (x Band) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x Band) Label(lang collab.Language) string { return bands.Label(x, lang) }

// About explains x in lang; empty where the label says enough.
func (x Band) About(lang collab.Language) string { return bands.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x Band) MarshalText() ([]byte, error) { return bands.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (x *Band) UnmarshalText(b []byte) error { return bands.Unmarshal(b, x) }

package collab

import "github.com/regiokompas/regiokompas/collab/check"

// Consensus says whether the raters of a self-assessment round agree on a
// mechanism. The rule is documented at [SelfAssessment.Aggregate]: a
// mechanism is divided when more than a quarter of its ratings lie more
// than [ConsensusDistance] points from the median.
//
// The zero value is ConsensusUnknown, which is not valid.
type Consensus uint8

// The consensus bands.
const (
	ConsensusUnknown Consensus = iota
	ConsensusAgreed            // agreed: the ratings lie close together
	ConsensusDivided           // divided: many ratings lie far from the median
)

var consensuses = check.NewEnum[Consensus]("consensus",
	check.EnumValue{Word: "agreed", Label: Text{EN: "Agreed", NL: "Eensgezind"},
		About: Text{
			EN: "At most a quarter of the ratings lie more than one point from the median: the raters see the mechanism much alike.",
			NL: "Hooguit een kwart van de scores ligt meer dan één punt van de mediaan: de beoordelaars zien het mechanisme ongeveer hetzelfde.",
		}},
	check.EnumValue{Word: "divided", Label: Text{EN: "Divided", NL: "Verdeeld"},
		About: Text{
			EN: "More than a quarter of the ratings lie more than one point from the median: the raters see the mechanism differently, which is worth a conversation.",
			NL: "Meer dan een kwart van de scores ligt meer dan één punt van de mediaan: de beoordelaars zien het mechanisme verschillend, en dat is een gesprek waard.",
		}},
)

// Consensuses returns every consensus band in declaration order, as a new
// slice.
func Consensuses() []Consensus { return consensuses.All() }

// ParseConsensus parses a consensus band's wire word; an empty or unknown
// word gives an *UnknownValueError naming it.
func ParseConsensus(s string) (Consensus, error) { return consensuses.Parse(s) }

// String returns the wire word; it never panics.
func (x Consensus) String() string { return consensuses.String(x) }

// IsValid reports whether x is a known consensus band.
func (x Consensus) IsValid() bool { return consensuses.Valid(x) }

// IsZero reports whether x is unset.
func (x Consensus) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x Consensus) Label(lang Language) string { return consensuses.Label(x, lang) }

// About explains x in lang.
func (x Consensus) About(lang Language) string { return consensuses.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x Consensus) MarshalText() ([]byte, error) { return consensuses.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (x *Consensus) UnmarshalText(b []byte) error { return consensuses.Unmarshal(b, x) }

package collab

import "github.com/regiokompas/regiokompas/collab/check"

// Purchasing is how the financier of long-term care, the zorgkantoor,
// makes its agreements with the providers of the region. "Regionale
// samenwerking zorgkantoren en verpleeghuizen in volle gang" (7 July 2020)
// found agreements made one to one between the zorgkantoor and each
// provider, and holds up West-Brabant, where the contracted providers
// agreed to implement technologies together and could buy them jointly and
// more cheaply. The zero value PurchasingUnknown means not recorded.
type Purchasing uint8

// The ways of purchasing.
const (
	PurchasingUnknown       Purchasing = iota
	PurchasingOneToOne                 // one-to-one: separate agreements with each provider
	PurchasingJointRegional            // joint-regional: agreements made with the providers of the region together
)

var purchasings = check.NewEnum[Purchasing]("purchasing",
	check.EnumValue{Word: "one-to-one", Label: Text{EN: "One-to-one agreements", NL: "Een-op-een-afspraken"},
		About: Text{EN: "The zorgkantoor agrees with each provider separately.", NL: "Het zorgkantoor maakt met elke aanbieder afzonderlijk afspraken."}},
	check.EnumValue{Word: "joint-regional", Label: Text{EN: "Joint regional purchasing", NL: "Gezamenlijke regionale inkoop"},
		About: Text{EN: "The zorgkantoor agrees with the providers of the region together, for example on innovations they implement jointly.", NL: "Het zorgkantoor maakt afspraken met de aanbieders van de regio samen, bijvoorbeeld over innovaties die ze gezamenlijk invoeren."}},
)

// Purchasings returns every way of purchasing in declaration order, as a
// new slice.
func Purchasings() []Purchasing { return purchasings.All() }

// ParsePurchasing parses a way of purchasing's wire word; an empty or
// unknown word gives an *UnknownValueError naming it.
func ParsePurchasing(s string) (Purchasing, error) { return purchasings.Parse(s) }

// String returns the wire word; it never panics.
func (x Purchasing) String() string { return purchasings.String(x) }

// IsValid reports whether x is a known way of purchasing.
func (x Purchasing) IsValid() bool { return purchasings.Valid(x) }

// IsZero reports whether x is unset.
func (x Purchasing) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x Purchasing) Label(lang Language) string { return purchasings.Label(x, lang) }

// About explains x in lang; empty where the label says enough.
func (x Purchasing) About(lang Language) string { return purchasings.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x Purchasing) MarshalText() ([]byte, error) { return purchasings.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (x *Purchasing) UnmarshalText(b []byte) error { return purchasings.Unmarshal(b, x) }

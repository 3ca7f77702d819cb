package collab

import "github.com/regiokompas/regiokompas/collab/check"

// Domain is the field a role works in. Cross-domain collaboration (care
// with social, housing, public health) is one of the themes regions work
// on, and a collaboration's spread over domains is part of its profile.
//
// The zero value DomainUnknown is what RoleOther reports.
type Domain uint8

// The domains.
const (
	DomainUnknown      Domain = iota
	DomainCare                // care: long-term, primary and mental health care
	DomainCure                // cure: hospital and acute care
	DomainSocial              // social: welfare, municipality, clients, informal carers
	DomainPublicHealth        // public-health
	DomainHousing             // housing
	DomainKnowledge           // knowledge: universities, funders, consultancies
	DomainGovernance          // governance: financiers and national authorities
)

var domains = check.NewEnum[Domain]("domain",
	check.EnumValue{Word: "care", Label: Text{EN: "Care", NL: "Zorg"}},
	check.EnumValue{Word: "cure", Label: Text{EN: "Cure", NL: "Cure"}},
	check.EnumValue{Word: "social", Label: Text{EN: "Social domain", NL: "Sociaal domein"}},
	check.EnumValue{Word: "public-health", Label: Text{EN: "Public health", NL: "Publieke gezondheid"}},
	check.EnumValue{Word: "housing", Label: Text{EN: "Housing", NL: "Wonen"}},
	check.EnumValue{Word: "knowledge", Label: Text{EN: "Knowledge", NL: "Kennis"}},
	check.EnumValue{Word: "governance", Label: Text{EN: "Financing and governance", NL: "Financiering en toezicht"}},
)

// Domains returns every domain in declaration order, as a new slice.
func Domains() []Domain { return domains.All() }

// ParseDomain parses a domain's wire word; an empty or unknown word gives
// an *UnknownValueError naming it.
func ParseDomain(s string) (Domain, error) { return domains.Parse(s) }

// String returns the wire word; it never panics.
func (x Domain) String() string { return domains.String(x) }

// IsValid reports whether x is a known domain.
func (x Domain) IsValid() bool { return domains.Valid(x) }

// IsZero reports whether x is unset.
func (x Domain) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x Domain) Label(lang Language) string { return domains.Label(x, lang) }

// About explains x in lang; empty where the label says enough.
func (x Domain) About(lang Language) string { return domains.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x Domain) MarshalText() ([]byte, error) { return domains.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (x *Domain) UnmarshalText(b []byte) error { return domains.Unmarshal(b, x) }

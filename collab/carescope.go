package collab

import "github.com/regiokompas/regiokompas/collab/check"

// CareScope is a kind of care a collaboration works on. The scope says
// which financiers a collaboration needs at its table: the zorgkantoor
// article of 7 July 2020 calls the zorgkantoor essential as the financier of
// long-term care, while the webinar of 10 March 2021 shows a
// population-health collaboration (Zoetermeer 2025) financed by the
// municipality and health insurers. A collaboration that records no scope
// is taken to include long-term care, the subject of the sources.
type CareScope uint8

// The kinds of care in scope.
const (
	CareScopeUnknown       CareScope = iota
	CareScopeLongTerm                // long-term-care: Wlz care, nursing homes; financed by the zorgkantoor
	CareScopeDistrict                // district-nursing: wijkverpleging, financed by health insurers
	CareScopePrimary                 // primary-care: GPs and other first-line care
	CareScopeHospital                // hospital-care
	CareScopeSocialSupport           // social-support: Wmo support and welfare, financed by municipalities
	CareScopePublicHealth            // public-health: prevention and population health
	CareScopeMentalHealth            // mental-health: GGZ
)

var careScopes = check.NewEnum[CareScope]("care scope",
	check.EnumValue{Word: "long-term-care", Label: Text{EN: "Long-term care (Wlz)", NL: "Langdurige zorg (Wlz)"},
		About: Text{EN: "Care under the Long-term Care Act, such as nursing homes; the zorgkantoor finances it.", NL: "Zorg uit de Wet langdurige zorg, zoals verpleeghuizen; het zorgkantoor financiert die."}},
	check.EnumValue{Word: "district-nursing", Label: Text{EN: "District nursing", NL: "Wijkverpleging"}},
	check.EnumValue{Word: "primary-care", Label: Text{EN: "Primary care", NL: "Eerstelijnszorg"}},
	check.EnumValue{Word: "hospital-care", Label: Text{EN: "Hospital care", NL: "Ziekenhuiszorg"}},
	check.EnumValue{Word: "social-support", Label: Text{EN: "Social support (Wmo)", NL: "Maatschappelijke ondersteuning (Wmo)"}},
	check.EnumValue{Word: "public-health", Label: Text{EN: "Public and population health", NL: "Publieke en populatiegezondheid"}},
	check.EnumValue{Word: "mental-health", Label: Text{EN: "Mental health care", NL: "Geestelijke gezondheidszorg"}},
)

// CareScopes returns every care scope in declaration order, as a new slice.
func CareScopes() []CareScope { return careScopes.All() }

// ParseCareScope parses a care scope's wire word; an empty or unknown word
// gives an *UnknownValueError naming it.
func ParseCareScope(s string) (CareScope, error) { return careScopes.Parse(s) }

// String returns the wire word; it never panics.
func (x CareScope) String() string { return careScopes.String(x) }

// IsValid reports whether x is a known care scope.
func (x CareScope) IsValid() bool { return careScopes.Valid(x) }

// IsZero reports whether x is unset.
func (x CareScope) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x CareScope) Label(lang Language) string { return careScopes.Label(x, lang) }

// About explains x in lang; empty where the label says enough.
func (x CareScope) About(lang Language) string { return careScopes.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x CareScope) MarshalText() ([]byte, error) { return careScopes.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (x *CareScope) UnmarshalText(b []byte) error { return careScopes.Unmarshal(b, x) }

// InScope reports whether the collaboration works on care of kind s: true
// when s is listed in Scope, and for long-term care also when no scope is
// recorded.
func (c *Collaboration) InScope(s CareScope) bool {
	if len(c.Scope) == 0 {
		return s == CareScopeLongTerm
	}
	for _, x := range c.Scope {
		if x == s {
			return true
		}
	}
	return false
}

func (c *Collaboration) validateScope(v *check.Validator) {
	check.EnumSet(v, "scope", c.Scope, "care scope")
}

package collab

import "github.com/regiokompas/regiokompas/collab/check"

// Governance is the way a collaboration has formalised how it is run. The
// programme managers of April 2021 advise choosing either an execution
// organisation or responsibilities in the line. A collaboration whose
// governance is the zero value GovernanceUnknown has not formalised it yet,
// which is a valid state: Zoetermeer's advice is not to start with it.
type Governance uint8

// The forms of governance.
const (
	GovernanceUnknown               Governance = iota
	GovernanceExecutionOrganisation            // execution-organisation: uitvoeringsorganisatie
	GovernanceLineResponsibility               // line-responsibility: verantwoordelijkheden in de lijn
)

var governances = check.NewEnum[Governance]("governance",
	check.EnumValue{Word: "execution-organisation",
		Label: Text{EN: "Execution organisation", NL: "Uitvoeringsorganisatie"},
		About: Text{EN: "A separate organisation carries out the collaboration's work.", NL: "Een aparte organisatie voert het werk van de samenwerking uit."}},
	check.EnumValue{Word: "line-responsibility",
		Label: Text{EN: "Responsibilities in the line", NL: "Verantwoordelijkheden in de lijn"},
		About: Text{EN: "The partner organisations carry the work within their own line management.", NL: "De partnerorganisaties dragen het werk binnen hun eigen lijn."}},
)

// Governances returns every form of governance in declaration order, as a new slice.
func Governances() []Governance { return governances.All() }

// ParseGovernance parses a form of governance's wire word; an empty or unknown word gives
// an *UnknownValueError naming it.
func ParseGovernance(s string) (Governance, error) { return governances.Parse(s) }

// String returns the wire word; it never panics.
func (x Governance) String() string { return governances.String(x) }

// IsValid reports whether x is a known form of governance.
func (x Governance) IsValid() bool { return governances.Valid(x) }

// IsZero reports whether x is unset.
func (x Governance) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x Governance) Label(lang Language) string { return governances.Label(x, lang) }

// About explains x in lang; empty where the label says enough.
func (x Governance) About(lang Language) string { return governances.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x Governance) MarshalText() ([]byte, error) { return governances.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (x *Governance) UnmarshalText(b []byte) error { return governances.Unmarshal(b, x) }

package project

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// FundingSource is where the money for a project comes from. The sources
// name the transition funds that came with the Kwaliteitskader
// Verpleeghuiszorg in 2017, the impulse subsidies of ZonMw's programme
// "Juiste Zorg op de Juiste Plek" (2020), a collaboration's own transition
// budget, and the financiers that should have a clear role: health insurer,
// zorgkantoor and municipality.
//
// The zero value is FundingSourceUnknown, which is not valid.
type FundingSource uint8

// The funding sources.
const (
	FundingSourceUnknown    FundingSource = iota
	FundingTransitionFunds                // transition-funds: transitiemiddelen of the Kwaliteitskader
	FundingZonMwImpulse                   // zonmw-impulse: ZonMw impulse subsidy (JZOJP)
	FundingTransitionBudget               // transition-budget: the collaboration's own transition budget
	FundingHealthInsurer                  // health-insurer
	FundingZorgkantoor                    // zorgkantoor
	FundingMunicipality                   // municipality
	FundingOwnMeans                       // own-means: the participants' own means
	FundingOther                          // other
)

// numSources is the number of valid funding sources.
const numSources = int(FundingOther)

var fundingSources = check.NewEnum[FundingSource]("funding source",
	check.EnumValue{Word: "transition-funds",
		Label: collab.Text{EN: "Transition funds (Kwaliteitskader)", NL: "Transitiemiddelen (Kwaliteitskader)"},
		About: collab.Text{
			EN: "The money that came with the quality framework for nursing-home care from 2017.",
			NL: "Het geld dat vanaf 2017 met het Kwaliteitskader Verpleeghuiszorg beschikbaar kwam.",
		}},
	check.EnumValue{Word: "zonmw-impulse",
		Label: collab.Text{EN: "ZonMw impulse subsidy", NL: "ZonMw-impulssubsidie"},
		About: collab.Text{
			EN: "Subsidy from the programme for the right care in the right place (JZOJP), for starting and for existing regional collaborations.",
			NL: "Subsidie uit het programma Juiste Zorg op de Juiste Plek (JZOJP), voor startende en voor bestaande regionale samenwerkingen.",
		}},
	check.EnumValue{Word: "transition-budget",
		Label: collab.Text{EN: "Transition budget of the collaboration", NL: "Transitiebudget van de samenwerking"}},
	check.EnumValue{Word: "health-insurer",
		Label: collab.Text{EN: "Health insurer", NL: "Zorgverzekeraar"}},
	check.EnumValue{Word: "zorgkantoor",
		Label: collab.Text{EN: "Zorgkantoor", NL: "Zorgkantoor"}},
	check.EnumValue{Word: "municipality",
		Label: collab.Text{EN: "Municipality", NL: "Gemeente"}},
	check.EnumValue{Word: "own-means",
		Label: collab.Text{EN: "Own means", NL: "Eigen middelen"}},
	check.EnumValue{Word: "other",
		Label: collab.Text{EN: "Other", NL: "Overig"}},
)

// FundingSources returns every funding source in declaration order, as a
// new slice.
func FundingSources() []FundingSource { return fundingSources.All() }

// ParseFundingSource parses a funding source's wire word; an empty or
// unknown word gives a *collab.UnknownValueError naming it.
func ParseFundingSource(s string) (FundingSource, error) { return fundingSources.Parse(s) }

// String returns the wire word; it never panics.
func (x FundingSource) String() string { return fundingSources.String(x) }

// IsValid reports whether x is a known funding source.
func (x FundingSource) IsValid() bool { return fundingSources.Valid(x) }

// IsZero reports whether x is unset.
func (x FundingSource) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x FundingSource) Label(lang collab.Language) string { return fundingSources.Label(x, lang) }

// About explains x in lang; empty where the label says enough.
func (x FundingSource) About(lang collab.Language) string { return fundingSources.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x FundingSource) MarshalText() ([]byte, error) { return fundingSources.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown word is a
// *collab.UnknownValueError.
func (x *FundingSource) UnmarshalText(b []byte) error { return fundingSources.Unmarshal(b, x) }

// FundingLine is one source of money for a project: how much, from where,
// for which period. The period must lie inside the project's own dates.
type FundingLine struct {
	Source FundingSource `json:"source"`
	// Amount is the amount in euro cents; more than zero.
	Amount collab.Money `json:"amount"`
	// Period is the time the money covers; an open end means it runs on.
	Period collab.Period `json:"period"`
}

package region

import (
	"encoding"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

var (
	_ encoding.TextMarshaler   = Trait(0)
	_ encoding.TextUnmarshaler = (*Trait)(nil)
)

// Trait is a typed feature of a region's population, care supply or social
// embedding that matters for how collaboration should be shaped there. The
// sources stress that every region differs: in one, volunteers carry more;
// in another, GPs must be involved more because few large institutions are
// active ("Regionale samenwerking zorgkantoren en verpleeghuizen in volle
// gang", 7 July 2020). Traits make such differences comparable between
// regions; a Profile's notes say the rest in words.
//
// The zero value is TraitUnknown, which is not valid.
type Trait uint8

// The traits.
const (
	TraitUnknown              Trait = iota
	TraitStrongVolunteering         // strong-volunteering
	TraitFewLargeInstitutions       // few-large-institutions
	TraitFastAgeing                 // fast-ageing
	TraitLowSES                     // low-ses: low socio-economic status
	TraitLoneliness                 // loneliness
	TraitStaffShortage              // staff-shortage
)

var traits = check.NewEnum[Trait]("region trait",
	check.EnumValue{Word: "strong-volunteering",
		Label: collab.Text{EN: "Strong volunteer involvement", NL: "Sterke inzet van vrijwilligers"},
		About: collab.Text{
			EN: "Volunteers and informal networks carry much of the support, so they belong at the table.",
			NL: "Vrijwilligers en informele netwerken dragen veel van de ondersteuning en horen dus aan tafel.",
		}},
	check.EnumValue{Word: "few-large-institutions",
		Label: collab.Text{EN: "Few large institutions", NL: "Weinig grote instellingen"},
		About: collab.Text{
			EN: "Few large care institutions are active, so GPs and small providers must be involved more.",
			NL: "Er zijn weinig grote zorginstellingen actief, dus huisartsen en kleine aanbieders moeten meer worden betrokken.",
		}},
	check.EnumValue{Word: "fast-ageing",
		Label: collab.Text{EN: "Fast ageing", NL: "Snelle vergrijzing"},
		About: collab.Text{
			EN: "The share of older residents grows quickly.",
			NL: "Het aandeel oudere inwoners groeit snel.",
		}},
	check.EnumValue{Word: "low-ses",
		Label: collab.Text{EN: "Low socio-economic status", NL: "Lage sociaaleconomische status"}},
	check.EnumValue{Word: "loneliness",
		Label: collab.Text{EN: "Much loneliness", NL: "Veel eenzaamheid"}},
	check.EnumValue{Word: "staff-shortage",
		Label: collab.Text{EN: "Staff shortage", NL: "Personeelstekort"},
		About: collab.Text{
			EN: "Care organisations cannot fill their vacancies; this tends to raise the urgency to work together.",
			NL: "Zorgorganisaties krijgen hun vacatures niet gevuld; dat vergroot meestal de urgentie om samen te werken.",
		}},
)

// Traits returns every trait in declaration order, as a new slice.
func Traits() []Trait { return traits.All() }

// ParseTrait parses a trait's wire word, such as "strong-volunteering"; an
// empty or unknown word gives a *collab.UnknownValueError naming it.
func ParseTrait(s string) (Trait, error) { return traits.Parse(s) }

// String returns the wire word; it never panics.
func (t Trait) String() string { return traits.String(t) }

// IsValid reports whether t is a known trait.
func (t Trait) IsValid() bool { return traits.Valid(t) }

// IsZero reports whether t is unset.
func (t Trait) IsZero() bool { return t == 0 }

// Label returns the name of t in lang.
func (t Trait) Label(lang collab.Language) string { return traits.Label(t, lang) }

// About explains t in lang; empty where the label says enough.
func (t Trait) About(lang collab.Language) string { return traits.About(t, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (t Trait) MarshalText() ([]byte, error) { return traits.Marshal(t) }

// UnmarshalText implements encoding.TextUnmarshaler; unknown words are a
// *collab.UnknownValueError.
func (t *Trait) UnmarshalText(b []byte) error { return traits.Unmarshal(b, t) }

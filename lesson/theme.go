package lesson

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Theme groups the lessons of the catalogue by where in the sources they
// come from: the three themes in which about forty programme managers
// sorted their lessons in April 2021 (strengthening, securing, work floor),
// the five mechanisms of the Erasmus action research (mechanism), network
// collaboration as discussed in the 2021 webinar (network), the capacity to
// take part (capacity) and the financier at the regional table (financier).
//
// The zero value is ThemeUnknown, which is not valid.
type Theme uint8

// The themes, in the order the catalogue lists them.
const (
	ThemeUnknown       Theme = iota
	ThemeStrengthening       // strengthening: strengthening regional collaboration
	ThemeSecuring            // securing: securing and developing further (borging)
	ThemeWorkFloor           // work-floor: implementation on the work floor
	ThemeMechanism           // mechanism: the five mechanisms of regional collaboration
	ThemeNetwork             // network: network collaboration, its barriers and success factors
	ThemeCapacity            // capacity: time, capacity and competences to take part
	ThemeFinancier           // financier: the zorgkantoor and other financiers at the table
)

var themes = check.NewEnum[Theme]("theme",
	check.EnumValue{Word: "strengthening",
		Label: collab.Text{EN: "Strengthening regional collaboration", NL: "Versterken van regionale samenwerking"},
		About: collab.Text{
			EN: "What programme managers learned about making a regional collaboration firmer while it runs.",
			NL: "Wat programmamanagers leerden over het steviger maken van een lopende regionale samenwerking.",
		}},
	check.EnumValue{Word: "securing",
		Label: collab.Text{EN: "Securing and developing further", NL: "Borging en doorontwikkeling"},
		About: collab.Text{
			EN: "How a collaboration lasts beyond its start: keeping its value visible and its people engaged.",
			NL: "Hoe een samenwerking blijft bestaan na de start: de meerwaarde zichtbaar en de mensen betrokken houden.",
		}},
	check.EnumValue{Word: "work-floor",
		Label: collab.Text{EN: "Implementation on the work floor", NL: "Implementatie op de werkvloer"},
		About: collab.Text{
			EN: "Where agreements become practice, or fail to: the care professionals who have to work with them.",
			NL: "Waar afspraken praktijk worden, of niet: bij de zorgprofessionals die ermee moeten werken.",
		}},
	check.EnumValue{Word: "mechanism",
		Label: collab.Text{EN: "Mechanisms of regional collaboration", NL: "Mechanismen van regionale samenwerking"},
		About: collab.Text{
			EN: "The five mechanisms the Erasmus action research found: urgency, strategy, involving actors in time, regulatory leeway and regional infrastructure.",
			NL: "De vijf mechanismen uit het actieonderzoek van de Erasmus Universiteit: urgentie, strategie, tijdig betrekken van actoren, regelruimte en regionale infrastructuur.",
		}},
	check.EnumValue{Word: "network",
		Label: collab.Text{EN: "Network collaboration", NL: "Netwerksamenwerking"},
		About: collab.Text{
			EN: "What helps and what hinders a network of care and welfare parties, with Zoetermeer 2025 as a worked example.",
			NL: "Wat een netwerk van zorg- en welzijnspartijen helpt en wat het hindert, met Zoetermeer 2025 als uitgewerkt voorbeeld.",
		}},
	check.EnumValue{Word: "capacity",
		Label: collab.Text{EN: "Capacity to take part", NL: "Capaciteit om mee te doen"},
		About: collab.Text{
			EN: "Money alone does not make an organisation able to join in; it also needs time, people and skills.",
			NL: "Geld alleen maakt een organisatie nog niet in staat om mee te doen; er zijn ook tijd, mensen en vaardigheden nodig.",
		}},
	check.EnumValue{Word: "financier",
		Label: collab.Text{EN: "The financier at the table", NL: "De financier aan tafel"},
		About: collab.Text{
			EN: "The zorgkantoor and other financiers as part of the regional table, and how regions learn from each other.",
			NL: "Het zorgkantoor en andere financiers als deel van de regionale tafel, en hoe regio's van elkaar leren.",
		}},
)

// themePrefixes holds, per theme (index value-1), the first segment of the
// codes of its lessons.
var themePrefixes = [...]string{
	"strengthen",
	"secure",
	"workfloor",
	"mechanism",
	"network",
	"capacity",
	"financier",
}

// CodePrefix returns the first segment that the codes of the theme's lessons
// carry (such as "strengthen" for ThemeStrengthening), or "" for an invalid
// theme.
func (x Theme) CodePrefix() string {
	if !x.IsValid() {
		return ""
	}
	return themePrefixes[x-1]
}

// Themes returns every theme in declaration order, as a new slice.
func Themes() []Theme { return themes.All() }

// ParseTheme parses a theme's wire word, such as "work-floor"; an empty or
// unknown word gives a *collab.UnknownValueError naming it.
func ParseTheme(s string) (Theme, error) { return themes.Parse(s) }

// String returns the wire word; it never panics.
func (x Theme) String() string { return themes.String(x) }

// IsValid reports whether x is a known theme.
func (x Theme) IsValid() bool { return themes.Valid(x) }

// IsZero reports whether x is unset.
func (x Theme) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x Theme) Label(lang collab.Language) string { return themes.Label(x, lang) }

// About explains x in lang.
func (x Theme) About(lang collab.Language) string { return themes.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x Theme) MarshalText() ([]byte, error) { return themes.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler; an empty or unknown
// word is a *collab.UnknownValueError.
func (x *Theme) UnmarshalText(b []byte) error { return themes.Unmarshal(b, x) }

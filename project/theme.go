package project

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Theme is what a project is about. The list follows the themes the
// national programme "Waardigheid en trots in de regio" saw in its regional
// projects ("Regionaal samenwerken in de langdurige zorg heeft de
// toekomst", April 2021), the initiatives that a poll among participants
// found to help most with the capacity problem ("Mechanismen van regionale
// samenwerking", 21 June 2022) and the regional practice cases of 2022.
//
// A project carries one or more themes. The zero value is ThemeUnknown,
// which is not valid.
type Theme uint8

// The themes.
const (
	ThemeUnknown            Theme = iota
	ThemeRegionalVision           // regional-vision: a shared vision for the region
	ThemeTechnology               // technology: care technology and e-health
	ThemeStaffInflow              // staff-inflow: attracting new staff
	ThemeStaffRetention           // staff-retention: keeping staff
	ThemeNewWaysOfWorking         // new-ways-of-working
	ThemeCrossDomain              // cross-domain: care with the social domain, housing, public health
	ThemeTaskReallocation         // task-reallocation: taakherschikking
	ThemeTriage                   // triage
	ThemeANW                      // anw: evening, night and weekend services
	ThemeAcuteCare                // acute-care
	ThemeCapacityManagement       // capacity-management: regional capacity management
	ThemeRealEstate               // real-estate: vastgoed
	ThemeTraining                 // training
	ThemePopulationHealth         // population-health: population-oriented care
	ThemeInformalCare             // informal-care: mantelzorg and volunteers
	ThemeGoodEmployership         // good-employership: goed werkgeverschap
	ThemeDataExchange             // data-exchange
)

// numThemes is the number of valid themes; arrays indexed by Theme have
// numThemes+1 elements, index 0 unused.
const numThemes = int(ThemeDataExchange)

var themes = check.NewEnum[Theme]("theme",
	check.EnumValue{Word: "regional-vision",
		Label: collab.Text{EN: "Shared regional vision", NL: "Gedeelde regiovisie"},
		About: collab.Text{
			EN: "Working out together where care in the region should be heading.",
			NL: "Samen uitwerken waar de zorg in de regio naartoe moet.",
		}},
	check.EnumValue{Word: "technology",
		Label: collab.Text{EN: "Technology", NL: "Technologie"},
		About: collab.Text{
			EN: "Care technology and e-health that save work or let people live at home longer.",
			NL: "Zorgtechnologie en e-health die werk besparen of mensen langer thuis laten wonen.",
		}},
	check.EnumValue{Word: "staff-inflow",
		Label: collab.Text{EN: "Inflow of new staff", NL: "Instroom van nieuw personeel"}},
	check.EnumValue{Word: "staff-retention",
		Label: collab.Text{EN: "Keeping staff", NL: "Behoud van personeel"}},
	check.EnumValue{Word: "new-ways-of-working",
		Label: collab.Text{EN: "New ways of working", NL: "Anders werken"}},
	check.EnumValue{Word: "cross-domain",
		Label: collab.Text{EN: "Cross-domain collaboration", NL: "Domeinoverstijgend samenwerken"},
		About: collab.Text{
			EN: "Care working with the social domain, housing and public health.",
			NL: "Zorg die samenwerkt met het sociaal domein, wonen en publieke gezondheid.",
		}},
	check.EnumValue{Word: "task-reallocation",
		Label: collab.Text{EN: "Task reallocation", NL: "Taakherschikking"},
		About: collab.Text{
			EN: "Moving tasks to other professionals; the initiative that participants in 2022 thought helped the capacity problem most.",
			NL: "Taken bij andere professionals beleggen; volgens deelnemers in 2022 het initiatief dat het capaciteitsprobleem het meest helpt.",
		}},
	check.EnumValue{Word: "triage",
		Label: collab.Text{EN: "Triage", NL: "Triage"}},
	check.EnumValue{Word: "anw",
		Label: collab.Text{EN: "Evening, night and weekend services", NL: "Avond-, nacht- en weekenddiensten (ANW)"}},
	check.EnumValue{Word: "acute-care",
		Label: collab.Text{EN: "Acute care", NL: "Acute zorg"}},
	check.EnumValue{Word: "capacity-management",
		Label: collab.Text{EN: "Regional capacity management", NL: "Regionaal capaciteitsmanagement"}},
	check.EnumValue{Word: "real-estate",
		Label: collab.Text{EN: "Real estate", NL: "Vastgoed"}},
	check.EnumValue{Word: "training",
		Label: collab.Text{EN: "Training", NL: "Opleiden"}},
	check.EnumValue{Word: "population-health",
		Label: collab.Text{EN: "Population-oriented care", NL: "Populatiegerichte zorg"}},
	check.EnumValue{Word: "informal-care",
		Label: collab.Text{EN: "Informal carers and volunteers", NL: "Mantelzorg en vrijwilligers"}},
	check.EnumValue{Word: "good-employership",
		Label: collab.Text{EN: "Good employership", NL: "Goed werkgeverschap"}},
	check.EnumValue{Word: "data-exchange",
		Label: collab.Text{EN: "Data exchange", NL: "Gegevensuitwisseling"}},
)

// Themes returns every theme in declaration order, as a new slice.
func Themes() []Theme { return themes.All() }

// ParseTheme parses a theme's wire word, such as "new-ways-of-working"; an
// empty or unknown word gives a *collab.UnknownValueError naming it.
func ParseTheme(s string) (Theme, error) { return themes.Parse(s) }

// String returns the wire word; it never panics.
func (x Theme) String() string { return themes.String(x) }

// IsValid reports whether x is a known theme.
func (x Theme) IsValid() bool { return themes.Valid(x) }

// IsZero reports whether x is unset.
func (x Theme) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x Theme) Label(lang collab.Language) string { return themes.Label(x, lang) }

// About explains x in lang; empty where the label says enough.
func (x Theme) About(lang collab.Language) string { return themes.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x Theme) MarshalText() ([]byte, error) { return themes.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown word is a
// *collab.UnknownValueError.
func (x *Theme) UnmarshalText(b []byte) error { return themes.Unmarshal(b, x) }

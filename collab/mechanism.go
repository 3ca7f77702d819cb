package collab

import "github.com/regiokompas/regiokompas/collab/check"

// Mechanism is one of the five mechanisms that, according to the action
// research of Erasmus University with the programme "Waardigheid en trots in
// de regio" ("Mechanismen van regionale samenwerking: wat werkt en wat
// niet?", 21 June 2022), decide whether regional collaboration works.
//
// The zero value is MechanismUnknown, which is not valid.
type Mechanism uint8

// The five mechanisms, in the order the research presents them.
const (
	MechanismUnknown        Mechanism = iota
	MechanismUrgency                  // urgency: urgency and commitment
	MechanismStrategy                 // strategy: small initiatives, a regional vision, or both
	MechanismActors                   // actors: involving the relevant actors in time
	MechanismLeeway                   // regulatory-leeway: room in the rules (regelruimte)
	MechanismInfrastructure           // infrastructure: regional infrastructure
)

var mechanisms = check.NewEnum[Mechanism]("mechanism",
	check.EnumValue{Word: "urgency",
		Label: Text{EN: "Urgency and commitment", NL: "Urgentie en commitment"},
		About: Text{
			EN: "A precondition: parties must feel the need to work together. The sense of urgency rises and falls (a staff shortage raises it) and leaves with the people who carry it.",
			NL: "Een voorwaarde: partijen moeten de noodzaak van samenwerken voelen. Dat gevoel komt en gaat (personeelstekort versterkt het) en vertrekt met de mensen die het dragen.",
		}},
	check.EnumValue{Word: "strategy",
		Label: Text{EN: "Strategy", NL: "Strategie"},
		About: Text{
			EN: "How the region goes about it: small initiatives with few parties, a programme driven by a regional vision, or both at once.",
			NL: "Hoe de regio het aanpakt: kleine initiatieven met weinig partijen, een programma vanuit een regiovisie, of beide tegelijk.",
		}},
	check.EnumValue{Word: "actors",
		Label: Text{EN: "Involving relevant actors in time", NL: "Tijdig betrekken van relevante actoren"},
		About: Text{
			EN: "Everyone who will be affected takes part early: executives, managers, professionals on the work floor and, where rules are at stake, national actors.",
			NL: "Iedereen die er iets van merkt doet vroeg mee: bestuurders, managers, professionals op de werkvloer en, waar regels knellen, landelijke partijen.",
		}},
	check.EnumValue{Word: "regulatory-leeway",
		Label: Text{EN: "Regulatory leeway", NL: "Regelruimte"},
		About: Text{
			EN: "Regional plans can run into national rules; working on that friction in the region is also a way to get national rules changed.",
			NL: "Regionale plannen kunnen botsen met landelijke regels; juist in de regio aan die knelpunten werken is ook een weg om landelijke regels te veranderen.",
		}},
	check.EnumValue{Word: "infrastructure",
		Label: Text{EN: "Regional infrastructure", NL: "Regionale infrastructuur"},
		About: Text{
			EN: "Lasting networks of executives, of professionals and of shared care practices; regions that build them keep their medical care going better.",
			NL: "Blijvende netwerken van bestuurders, van professionals en van gedeelde zorgpraktijken; regio's die ze opbouwen houden hun medische zorg beter overeind.",
		}},
)

// Mechanisms returns the five mechanisms in order, as a new slice.
func Mechanisms() []Mechanism { return mechanisms.All() }

// ParseMechanism parses a mechanism's wire word, such as "regulatory-leeway".
func ParseMechanism(s string) (Mechanism, error) { return mechanisms.Parse(s) }

// String returns the wire word; it never panics.
func (m Mechanism) String() string { return mechanisms.String(m) }

// IsValid reports whether m is one of the five mechanisms.
func (m Mechanism) IsValid() bool { return mechanisms.Valid(m) }

// IsZero reports whether m is unset.
func (m Mechanism) IsZero() bool { return m == 0 }

// Label returns the mechanism's name in lang.
func (m Mechanism) Label(lang Language) string { return mechanisms.Label(m, lang) }

// About explains the mechanism in lang.
func (m Mechanism) About(lang Language) string { return mechanisms.About(m, lang) }

// MarshalText implements encoding.TextMarshaler.
func (m Mechanism) MarshalText() ([]byte, error) { return mechanisms.Marshal(m) }

// UnmarshalText implements encoding.TextUnmarshaler; unknown words are an
// *UnknownValueError.
func (m *Mechanism) UnmarshalText(b []byte) error { return mechanisms.Unmarshal(b, m) }

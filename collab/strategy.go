package collab

import "github.com/regiokompas/regiokompas/collab/check"

// Strategy is how a collaboration goes about its work, the second of the
// five mechanisms. The sources contrast small initiatives with few parties
// and large programmes driven by a regional vision, and advise doing both at
// once ("Mechanismen van regionale samenwerking: wat werkt en wat niet?",
// 21 June 2022).
//
// The zero value is StrategyUnknown, which is not valid.
type Strategy uint8

// The strategies.
const (
	StrategyUnknown          Strategy = iota
	StrategySmallInitiatives          // small-initiatives
	StrategyRegionalVision            // regional-vision
	StrategyCombined                  // combined: a shared vision with small projects in parallel
)

var strategies = check.NewEnum[Strategy]("strategy",
	check.EnumValue{Word: "small-initiatives",
		Label: Text{EN: "Small initiatives", NL: "Kleine initiatieven"},
		About: Text{
			EN: "Concrete initiatives of a few parties, such as a shared triage instrument, started from the work floor.",
			NL: "Concrete initiatieven van een paar partijen, zoals een gezamenlijk triage-instrument, gestart vanaf de werkvloer.",
		}},
	check.EnumValue{Word: "regional-vision",
		Label: Text{EN: "Programme from a regional vision", NL: "Programma vanuit een regiovisie"},
		About: Text{
			EN: "A large programme steered by a vision for the whole region, with many parties.",
			NL: "Een groot programma, gestuurd door een visie voor de hele regio, met veel partijen.",
		}},
	check.EnumValue{Word: "combined",
		Label: Text{EN: "Vision and small projects together", NL: "Visie en kleine projecten samen"},
		About: Text{
			EN: "A shared regional vision while small concrete projects start in parallel; the approach the sources recommend.",
			NL: "Een gedeelde regiovisie terwijl tegelijk kleine, concrete projecten starten; de aanpak die de bronnen aanraden.",
		}},
)

// strategyTradeOffs holds, per strategy (index value-1), the advantages and
// drawbacks the sources name.
var strategyTradeOffs = [...]struct{ pros, cons []Text }{
	{
		pros: []Text{
			{EN: "Easy and quick to get going", NL: "Makkelijk en snel op gang"},
			{EN: "Commitment on the work floor comes fast", NL: "Snel draagvlak op de werkvloer"},
			{EN: "Few parties, so it stays organisable", NL: "Weinig partijen, dus goed te organiseren"},
		},
		cons: []Text{
			{EN: "Hard to scale up to the region", NL: "Lastig op te schalen naar de regio"},
			{EN: "Vulnerable: it leans on a few particular people", NL: "Kwetsbaar: het leunt op een paar specifieke mensen"},
		},
	},
	{
		pros: []Text{
			{EN: "A clear point on the horizon for every party", NL: "Een helder stip op de horizon voor alle partijen"},
			{EN: "Room for regional choices that go beyond one organisation", NL: "Ruimte voor regionale keuzes die één organisatie overstijgen"},
		},
		cons: []Text{
			{EN: "Hard to turn into concrete initiatives", NL: "Moeilijk te vertalen naar concrete initiatieven"},
			{EN: "Costs much time and many people", NL: "Kost veel tijd en veel mensen"},
		},
	},
	{
		pros: []Text{
			{EN: "The vision gives direction while small projects show results early", NL: "De visie geeft richting terwijl kleine projecten vroeg resultaat laten zien"},
			{EN: "Small successes feed support for the larger programme", NL: "Kleine successen voeden draagvlak voor het grotere programma"},
		},
		cons: []Text{
			{EN: "Asks for steering so that projects stay tied to the vision", NL: "Vraagt regie om projecten aan de visie verbonden te houden"},
		},
	},
}

// Advantages returns the advantages the sources give for s, in lang, as a
// new slice; nil for an invalid strategy.
func (x Strategy) Advantages(lang Language) []string {
	if !x.IsValid() {
		return nil
	}
	return textsIn(strategyTradeOffs[x-1].pros, lang)
}

// Drawbacks returns the drawbacks the sources give for s, in lang, as a new
// slice; nil for an invalid strategy.
func (x Strategy) Drawbacks(lang Language) []string {
	if !x.IsValid() {
		return nil
	}
	return textsIn(strategyTradeOffs[x-1].cons, lang)
}

func textsIn(ts []Text, lang Language) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.In(lang)
	}
	return out
}

// Strategies returns every strategy in declaration order, as a new slice.
func Strategies() []Strategy { return strategies.All() }

// ParseStrategy parses a strategy's wire word; an empty or unknown word gives
// an *UnknownValueError naming it.
func ParseStrategy(s string) (Strategy, error) { return strategies.Parse(s) }

// String returns the wire word; it never panics.
func (x Strategy) String() string { return strategies.String(x) }

// IsValid reports whether x is a known strategy.
func (x Strategy) IsValid() bool { return strategies.Valid(x) }

// IsZero reports whether x is unset.
func (x Strategy) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x Strategy) Label(lang Language) string { return strategies.Label(x, lang) }

// About explains x in lang; empty where the label says enough.
func (x Strategy) About(lang Language) string { return strategies.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x Strategy) MarshalText() ([]byte, error) { return strategies.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (x *Strategy) UnmarshalText(b []byte) error { return strategies.Unmarshal(b, x) }

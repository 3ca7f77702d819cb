package region

import (
	"encoding"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

var (
	_ encoding.TextMarshaler   = Kind(0)
	_ encoding.TextUnmarshaler = (*Kind)(nil)
)

// Kind is the kind of area a region is. A "region" in Dutch care is elastic:
// a few neighbourhoods, a municipality, one of the 31 zorgkantoorregio's, a
// province; collaborations choose the scale that fits their work.
//
// The zero value is KindUnknown, which is not valid.
type Kind uint8

// The kinds of region, roughly from small to large; KindCustom is last.
const (
	KindUnknown          Kind = iota
	KindNeighbourhood         // neighbourhood: wijk or buurt
	KindMunicipality          // municipality: gemeente
	KindZorgkantoorregio      // zorgkantoorregio: purchasing region for long-term care
	KindAcuteCareRegion       // acute-care-region: ROAZ region
	KindGGDRegion             // ggd-region: area of one public health service
	KindIZARegion             // iza-region: regional care table under the Integraal Zorgakkoord
	KindProvince              // province: provincie
	KindCountry               // country: the Netherlands
	KindCustom                // custom: any other area a collaboration defines
)

var kinds = check.NewEnum[Kind]("region kind",
	check.EnumValue{Word: "neighbourhood",
		Label: collab.Text{EN: "Neighbourhood", NL: "Wijk of buurt"},
		About: collab.Text{
			EN: "A district or neighbourhood within a municipality, the smallest scale at which care and welfare meet.",
			NL: "Een wijk of buurt binnen een gemeente, de kleinste schaal waarop zorg en welzijn elkaar treffen.",
		}},
	check.EnumValue{Word: "municipality",
		Label: collab.Text{EN: "Municipality", NL: "Gemeente"}},
	check.EnumValue{Word: "zorgkantoorregio",
		Label: collab.Text{EN: "Zorgkantoor region", NL: "Zorgkantoorregio"},
		About: collab.Text{
			EN: "One of the 31 regions in which a single zorgkantoor purchases long-term care under the Wlz.",
			NL: "Een van de 31 regio's waarin één zorgkantoor de langdurige zorg (Wlz) inkoopt.",
		}},
	check.EnumValue{Word: "acute-care-region",
		Label: collab.Text{EN: "Acute-care region (ROAZ)", NL: "ROAZ-regio"},
		About: collab.Text{
			EN: "One of the 11 regions of a regional consultation body for acute care (ROAZ).",
			NL: "Een van de 11 regio's van een Regionaal Overleg Acute Zorgketen (ROAZ).",
		}},
	check.EnumValue{Word: "ggd-region",
		Label: collab.Text{EN: "Public health service region", NL: "GGD-regio"},
		About: collab.Text{
			EN: "The area of one of the 25 municipal public health services (GGD).",
			NL: "Het werkgebied van een van de 25 GGD'en.",
		}},
	check.EnumValue{Word: "iza-region",
		Label: collab.Text{EN: "IZA region", NL: "IZA-regio"},
		About: collab.Text{
			EN: "A region with a regional care table under the 2022 Integraal Zorgakkoord; its borders may differ from the zorgkantoorregio's.",
			NL: "Een regio met een regiotafel onder het Integraal Zorgakkoord van 2022; de grenzen kunnen afwijken van die van de zorgkantoorregio's.",
		}},
	check.EnumValue{Word: "province",
		Label: collab.Text{EN: "Province", NL: "Provincie"}},
	check.EnumValue{Word: "country",
		Label: collab.Text{EN: "Country", NL: "Land"}},
	check.EnumValue{Word: "custom",
		Label: collab.Text{EN: "Custom region", NL: "Eigen regio"},
		About: collab.Text{
			EN: "An area that a collaboration defines itself, such as a metropolitan area or part of a province.",
			NL: "Een gebied dat een samenwerkingsverband zelf afbakent, zoals een stedelijk gebied of een deel van een provincie.",
		}},
)

// Kinds returns every kind in declaration order, as a new slice.
func Kinds() []Kind { return kinds.All() }

// ParseKind parses a kind's wire word, such as "zorgkantoorregio"; an empty
// or unknown word gives a *collab.UnknownValueError naming it.
func ParseKind(s string) (Kind, error) { return kinds.Parse(s) }

// String returns the wire word; it never panics.
func (k Kind) String() string { return kinds.String(k) }

// IsValid reports whether k is a known kind.
func (k Kind) IsValid() bool { return kinds.Valid(k) }

// IsZero reports whether k is unset.
func (k Kind) IsZero() bool { return k == 0 }

// Label returns the name of k in lang.
func (k Kind) Label(lang collab.Language) string { return kinds.Label(k, lang) }

// About explains k in lang; empty where the label says enough.
func (k Kind) About(lang collab.Language) string { return kinds.About(k, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (k Kind) MarshalText() ([]byte, error) { return kinds.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler; unknown words are a
// *collab.UnknownValueError.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.Unmarshal(b, k) }

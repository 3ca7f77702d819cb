package region_test

import (
	"fmt"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/regiokompas/regiokompas/region"
)

// Names match whatever the case, the diacritics or the spelling: Fryslân,
// Friesland and fryslan are one province. The zorgkantoorregio of the same
// name is found by asking for its kind.
func ExampleCatalogue_LookupByName() {
	c := region.Reference()
	for _, name := range []string{"Fryslân", "Friesland", "fryslan"} {
		r, ok := c.LookupByName(name)
		fmt.Println(name, "->", r.Code, ok)
	}

	p, _ := c.LookupByName("Fryslân")
	fmt.Printf("%s: %s, CBS code %s (%s)\n", p.Name, p.Kind.Label(collab.Dutch), p.CBSCode, p.Provenance.CBSCode)

	zk, _ := c.LookupByNameKind("Fryslân", region.KindZorgkantoorregio)
	fmt.Printf("%s: %s, zorgkantoor %s (%s)\n", zk.Name, zk.Kind.Label(collab.Dutch), zk.Zorgkantoor, zk.Provenance.Zorgkantoor)
	// Output:
	// Fryslân -> provincie-fryslan true
	// Friesland -> provincie-fryslan true
	// fryslan -> provincie-fryslan true
	// Fryslân: Provincie, CBS code PV21 (verified)
	// Friesland: Zorgkantoorregio, zorgkantoor Zorgkantoor Friesland (uncertain)
}

// A zorgkantoorregio lies in the provinces of its municipalities; 't Gooi
// spans three.
func ExampleCatalogue_Ancestors() {
	c := region.Reference()
	r, _ := c.Lookup("t-gooi")
	fmt.Println(r.Name, "lies in:")
	for _, code := range r.Parents {
		p, _ := c.Lookup(code)
		fmt.Println("-", p.Name)
	}
	for _, a := range c.Ancestors("t-gooi") {
		fmt.Print(a.Code, " ")
	}
	fmt.Println()
	// Output:
	// 't Gooi lies in:
	// - Noord-Holland
	// - Flevoland
	// - Utrecht
	// provincie-noord-holland provincie-flevoland provincie-utrecht nederland
}

// Users describe their own regions and layer them over the reference
// catalogue: here a neighbourhood of Zoetermeer with the traits the
// Zoetermeer 2025 programme named in the webinar of 10 March 2021.
func ExampleCatalogue_With() {
	centrum := region.Region{
		Code:    "zoetermeer-centrum",
		Name:    "Zoetermeer Centrum",
		Kind:    region.KindNeighbourhood,
		Parents: []string{"gemeente-zoetermeer"},
		Profile: region.Profile{
			Traits: []region.Trait{region.TraitFastAgeing, region.TraitLowSES, region.TraitLoneliness},
		},
	}
	c, err := region.Reference().With(centrum)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, _ := c.LookupByName("ZOETERMEER CENTRUM")
	fmt.Println(r.Name, r.Kind, len(r.Profile.Traits), "traits")
	for _, a := range c.Ancestors(r.Code) {
		fmt.Println("in", a.Name)
	}
	fmt.Println(c.Len(), "regions; the reference catalogue still has", region.Reference().Len())
	// Output:
	// Zoetermeer Centrum neighbourhood 3 traits
	// in Zoetermeer
	// in Haaglanden
	// in Zuid-Holland
	// in Nederland
	// 387 regions; the reference catalogue still has 386
}

// A municipality is found by its CBS code and lies in its
// zorgkantoorregio and its province; its population is CBS's.
func ExampleCatalogue_LookupByCBSCode() {
	c := region.Reference()
	r, _ := c.LookupByCBSCode("GM0637")
	zk, _ := c.Lookup(r.Parents[0])
	pv, _ := c.Lookup(r.Parents[1])
	fmt.Printf("%s (%s): %d inhabitants on %s\n", r.Name, r.Code, r.Profile.Population, r.Profile.AsOf)
	fmt.Printf("zorgkantoorregio %s (%s), province %s\n", zk.Name, zk.CBSCode, pv.Name)
	// Output:
	// Zoetermeer (gemeente-zoetermeer): 128434 inhabitants on 2024-01-01
	// zorgkantoorregio Haaglanden (ZK10), province Zuid-Holland
}

// Old data may name a CBS code that has since been retired; Retired says
// which region took it over.
func ExampleCatalogue_Retired() {
	c := region.Reference()
	_, ok := c.LookupByCBSCode("ZK05")
	fmt.Println("ZK05 is a current code:", ok)
	old, _ := c.Retired("ZK05")
	now, _ := c.Lookup(old.Successor)
	fmt.Printf("%s %s went into %s (%s) in %d\n", old.CBSCode, old.Name, now.Name, now.CBSCode, old.Since)
	// Output:
	// ZK05 is a current code: false
	// ZK05 Delft Westland Oostland went into Westland, Schieland, Delfland (ZK33) in 2016
}

// A region made of municipalities, such as four municipalities of the
// Achterhoek working together, gets their populations added up and its
// zorgkantoorregio's derived.
func ExampleCatalogue_Summarize() {
	achterhoek := region.Region{
		Code: "oost-achterhoek", Name: "Oost-Achterhoek", Kind: region.KindCustom,
		Members: []string{"gemeente-aalten", "gemeente-berkelland", "gemeente-oost-gelre", "gemeente-winterswijk"},
	}
	c, err := region.Reference().With(achterhoek)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, _ := c.Summarize("oost-achterhoek")
	fmt.Println(s.Population, "inhabitants on", s.AsOf)
	fmt.Println("zorgkantoorregio's:", s.Zorgkantoorregios)
	fmt.Println("provinces:", s.Provinces)
	fmt.Println(len(c.Municipalities("oost-achterhoek")), "municipalities")
	// Output:
	// 130441 inhabitants on 2024-01-01
	// zorgkantoorregio's: [arnhem]
	// provinces: [provincie-gelderland]
	// 4 municipalities
}

// With reports every mistake in the regions it is given, each with its
// path.
func ExampleCatalogue_With_mistakes() {
	_, err := region.Reference().With(
		region.Region{Code: "zeeland", Name: "Zeeland", Kind: region.KindMunicipality, CBSCode: "0687"},
		region.Region{Code: "wijk-noord", Name: "Noord", Kind: region.KindNeighbourhood, Parents: []string{"gemeente-atlantis"}},
		region.Region{Code: "iza-oost", Name: "IZA Oost", Kind: region.KindIZARegion, Parents: []string{"iza-west"}},
		region.Region{Code: "iza-west", Name: "IZA West", Kind: region.KindIZARegion, Parents: []string{"iza-oost"}},
	)
	for _, p := range collab.ProblemsOf(err) {
		fmt.Printf("%s [%s] %s\n", p.Path, string(p.Code), p.Message)
	}
	// Output:
	// regions[0].code [duplicate] code "zeeland" is already in the catalogue, for the zorgkantoorregio "Zeeland"
	// regions[0].cbsCode [bad-format] "0687" is not a CBS code for a municipality: want GM and 4 digits
	// regions[1].parents[0] [dangling-reference] parent "gemeente-atlantis" is not a region in the catalogue
	// regions[3].parents[0] [not-allowed] parent "iza-oost" closes a cycle, in which each region lies in the next: iza-oost -> iza-west -> iza-oost
}

// A catalogue of one's own, without the reference regions: a region and
// its neighbourhoods. Lookup finds a region by code; LookupByName by name;
// ByKind lists.
func ExampleNewCatalogue() {
	c, err := region.NewCatalogue([]region.Region{
		{Code: "gemeente-zoetermeer", Name: "Zoetermeer", Kind: region.KindMunicipality},
		{Code: "wijk-oost", Name: "Oost", Kind: region.KindNeighbourhood, Parents: []string{"gemeente-zoetermeer"}},
		{Code: "wijk-west", Name: "West", Kind: region.KindNeighbourhood, Parents: []string{"gemeente-zoetermeer"}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, ok := c.Lookup("wijk-oost")
	fmt.Println(r.Name, ok)
	_, ok = c.Lookup("west-brabant")
	fmt.Println("west-brabant:", ok)
	r, _ = c.LookupByName("WEST")
	fmt.Println(r.Code, len(c.ByKind(region.KindNeighbourhood)), "neighbourhoods")

	c, err = region.NewCatalogue([]region.Region{
		{Code: "wijk-oost", Name: "Oost", Kind: region.KindNeighbourhood, Parents: []string{"gemeente-zoetermeer"}},
	})
	fmt.Println(c.Len(), err)
	// Output:
	// Oost true
	// west-brabant: false
	// wijk-west 2 neighbourhoods
	// 0 regions[0].parents[0]: parent "gemeente-zoetermeer" is not a region in the catalogue
}

// Other packages check a region code they hold against a catalogue.
func ExampleCatalogue_CheckCode() {
	c := region.Reference()
	var v check.Validator
	c.CheckCode(&v, "region", "zuid-limburg")
	c.CheckCode(&v, "regions[1]", "limburg")
	fmt.Println(v.Err())
	// Output:
	// regions[1]: region "limburg" is not in the catalogue
}

func ExampleRegion_Validate() {
	r := region.Region{
		Code:    "Den Haag",
		Name:    "'s-Gravenhage",
		Kind:    region.KindMunicipality,
		CBSCode: "GM518",
		Profile: region.Profile{Share75Plus: 7.5},
	}
	fmt.Println(r.Validate())
	// Output:
	// code: "Den Haag" is not a region code: lowercase letters and digits joined by single hyphens, at most 64 bytes
	// cbsCode: "GM518" is not a CBS code for a municipality: want GM and 4 digits
	// profile.share75Plus: is 7.5, outside 0 to 1 (a fraction: 0.12 means 12%)
}

// People type a few words of a name; Search finds every region with a
// name or alias that has them, and CodeByName resolves a whole name to a
// code without allocating.
func ExampleCatalogue_Search() {
	c := region.Reference()
	for _, r := range c.Search("den bosch") {
		fmt.Println(r.Code, r.Name, r.Profile.Population)
	}
	for _, r := range c.Search("twente") {
		fmt.Println(r.Code, r.Kind)
	}
	code, ok := c.CodeByName("Sudwest Fryslan", region.KindMunicipality)
	fmt.Println(code, ok)
	// Output:
	// gemeente-s-hertogenbosch 's-Hertogenbosch 160757
	// twente zorgkantoorregio
	// gemeente-twenterand municipality
	// gemeente-hof-van-twente municipality
	// gemeente-sudwest-fryslan true
}

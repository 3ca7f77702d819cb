package region

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func codes(regions []Region) []string {
	out := make([]string, len(regions))
	for i, r := range regions {
		out[i] = r.Code
	}
	return out
}

func readCSV(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open(filepath.Join("data", name))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.NotEmpty(t, rows)
	return rows[1:]
}

func TestReferenceCatalogueShape(t *testing.T) {
	c := Reference()
	zks := c.ByKind(KindZorgkantoorregio)
	provinces := c.ByKind(KindProvince)
	countries := c.ByKind(KindCountry)

	municipalities := c.ByKind(KindMunicipality)

	t.Run("it holds 342 municipalities, 31 zorgkantoorregio's, 12 provinces and the Netherlands", func(t *testing.T) {
		assert.Len(t, municipalities, 342)
		assert.Len(t, zks, 31)
		assert.Len(t, provinces, 12)
		assert.Equal(t, []string{"nederland"}, codes(countries))
		assert.Equal(t, 386, c.Len())
	})
	t.Run("every code is unique and a valid slug", func(t *testing.T) {
		seen := map[string]bool{}
		for _, r := range c.All() {
			assert.False(t, seen[r.Code], "code %q occurs twice", r.Code)
			seen[r.Code] = true
			assert.True(t, ValidCode(r.Code), r.Code)
		}
		assert.Len(t, seen, 386)
	})
	t.Run("every CBS code is unique", func(t *testing.T) {
		seen := map[string]bool{}
		for _, r := range c.All() {
			if r.CBSCode != "" {
				assert.False(t, seen[r.CBSCode], "CBS code %q occurs twice", r.CBSCode)
				seen[r.CBSCode] = true
			}
		}
		assert.Len(t, seen, 342+31+12, "every region but the country has one")
	})
	t.Run("every zorgkantoorregio lies in at least one province", func(t *testing.T) {
		for _, r := range zks {
			require.NotEmpty(t, r.Parents, r.Code)
			for _, p := range r.Parents {
				parent, ok := c.Lookup(p)
				require.True(t, ok, "%s: parent %s", r.Code, p)
				assert.Equal(t, KindProvince, parent.Kind, "%s: parent %s", r.Code, p)
			}
			assert.NotEmpty(t, r.Zorgkantoor, r.Code)
			assert.True(t, r.Provenance.Zorgkantoor.IsValid(), r.Code)
		}
	})
	t.Run("every municipality lies in its zorgkantoorregio and then its province", func(t *testing.T) {
		for _, r := range municipalities {
			require.Len(t, r.Parents, 2, r.Code)
			zk, ok := c.Lookup(r.Parents[0])
			require.True(t, ok, r.Code)
			assert.Equal(t, KindZorgkantoorregio, zk.Kind, r.Code)
			pv, ok := c.Lookup(r.Parents[1])
			require.True(t, ok, r.Code)
			assert.Equal(t, KindProvince, pv.Kind, r.Code)
			assert.True(t, zk.HasParent(pv.Code), "%s: its zorgkantoorregio %s lies in its province %s", r.Code, zk.Code, pv.Code)
			assert.True(t, strings.HasPrefix(r.Code, "gemeente-"), r.Code)
			assert.Positive(t, r.Profile.Population, r.Code)
		}
	})
	t.Run("every region has a population on the reference date, the larger ones the sum of their municipalities", func(t *testing.T) {
		for _, r := range c.All() {
			assert.Equal(t, PopulationDate(), r.Profile.AsOf, r.Code)
			if r.Kind == KindMunicipality {
				continue
			}
			sum := 0
			for _, m := range c.Municipalities(r.Code) {
				sum += m.Profile.Population
			}
			assert.Equal(t, sum, r.Profile.Population, r.Code)
		}
		assert.Equal(t, collab.MustParseDate("2024-01-01"), PopulationDate())
	})
	t.Run("every province lies in the Netherlands", func(t *testing.T) {
		for _, r := range provinces {
			assert.Equal(t, []string{"nederland"}, r.Parents, r.Code)
			assert.True(t, strings.HasPrefix(r.Code, "provincie-"), r.Code)
			assert.True(t, ValidISOCode(r.ISOCode), r.Code)
		}
	})
	t.Run("every reference region is valid and says how sure its CBS code is", func(t *testing.T) {
		for _, r := range c.All() {
			assert.NoError(t, r.Validate(), r.Code)
			assert.True(t, r.Provenance.CBSCode.IsValid(), r.Code)
		}
	})
	t.Run("the order is the country, the provinces, the zorgkantoorregio's, the municipalities", func(t *testing.T) {
		all := c.All()
		assert.Equal(t, "nederland", all[0].Code)
		assert.Equal(t, codes(provinces), codes(all[1:13]))
		assert.Equal(t, codes(zks), codes(all[13:44]))
		assert.Equal(t, codes(municipalities), codes(all[44:]))
	})
}

// TestReferenceCatalogueMatchesTheCSVCopies fails when catalogue_data.go is
// stale against data/*.csv: every fact of every row must be in the
// catalogue, and the catalogue must hold nothing else.
func TestReferenceCatalogueMatchesTheCSVCopies(t *testing.T) {
	c := Reference()
	provinceCode := map[string]string{}
	var provinceCodes []string
	for _, row := range readCSV(t, "provinces.csv") {
		slug, name, cbs, status, iso := row[0], row[1], row[2], row[3], row[4]
		code := "provincie-" + slug
		provinceCode[name] = code
		provinceCodes = append(provinceCodes, code)
		r, ok := c.Lookup(code)
		require.True(t, ok, code)
		assert.Equal(t, name, r.Name)
		assert.Equal(t, KindProvince, r.Kind)
		assert.Equal(t, cbs, r.CBSCode)
		assert.Equal(t, csvStatus(status), r.Provenance.CBSCode.String())
		assert.Equal(t, iso, r.ISOCode)
	}
	assert.Equal(t, provinceCodes, codes(c.ByKind(KindProvince)))

	var zkSlugs []string
	for _, row := range readCSV(t, "zorgkantoorregios.csv") {
		slug, name, cbs, status, zk, zkStatus, provinces, population, date := row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8]
		zkSlugs = append(zkSlugs, slug)
		r, ok := c.Lookup(slug)
		require.True(t, ok, slug)
		assert.Equal(t, name, r.Name, slug)
		assert.Equal(t, KindZorgkantoorregio, r.Kind, slug)
		assert.Equal(t, cbs, r.CBSCode, slug)
		assert.Equal(t, csvStatus(status), r.Provenance.CBSCode.String(), slug)
		assert.Equal(t, population, strconv.Itoa(r.Profile.Population), slug)
		assert.Equal(t, date, r.Profile.AsOf.String(), slug)
		assert.Len(t, c.Municipalities(slug), atoi(t, row[9]), slug)
		assert.Equal(t, zk, r.Zorgkantoor, slug)
		assert.Equal(t, zkStatus, r.Provenance.Zorgkantoor.String(), slug)
		var parents []string
		for _, p := range strings.Split(provinces, ";") {
			parents = append(parents, provinceCode[p])
		}
		assert.Equal(t, parents, r.Parents, slug)
	}
	assert.Equal(t, zkSlugs, codes(c.ByKind(KindZorgkantoorregio)), "zorgkantoorregio slugs are exactly those of the CSV, in its order")

	var gmCodes []string
	for _, row := range readCSV(t, "municipalities.csv") {
		gm, name, pv, zkCBS, zk, population, date := row[0], row[1], row[2], row[3], row[4], row[5], row[6]
		gmCodes = append(gmCodes, gm)
		r, ok := c.LookupByCBSCode(gm)
		require.True(t, ok, gm)
		assert.Equal(t, name, r.Name, gm)
		assert.Equal(t, KindMunicipality, r.Kind, gm)
		assert.Equal(t, CBSCodeVerified, r.Provenance.CBSCode, gm)
		assert.Equal(t, population, strconv.Itoa(r.Profile.Population), gm)
		assert.Equal(t, date, r.Profile.AsOf.String(), gm)
		region, _ := c.Lookup(r.Parents[0])
		province, _ := c.Lookup(r.Parents[1])
		assert.Equal(t, []string{zk, zkCBS, pv}, []string{region.Code, region.CBSCode, province.CBSCode}, gm)
	}
	var got []string
	for _, r := range c.ByKind(KindMunicipality) {
		got = append(got, r.CBSCode)
	}
	assert.Equal(t, gmCodes, got, "the municipalities are exactly those of the CSV, in its order")

	for _, row := range readCSV(t, "retired_codes.csv") {
		retired, ok := c.Retired(row[0])
		require.True(t, ok, row[0])
		successor, _ := c.Lookup(retired.Successor)
		assert.Equal(t, []string{row[1], row[2], row[3]}, []string{retired.Name, successor.CBSCode, strconv.Itoa(retired.Since)}, row[0])
	}
}

// csvStatus is the word of the CBS code status that a status of the CSV
// files stands for: a code seen in the 2024 table is verified.
func csvStatus(s string) string {
	if s == "cbs-2024" {
		return "verified"
	}
	return s
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	require.NoError(t, err)
	return n
}

// TestGeneratedTableIsUpToDate regenerates the table from the CSV copies
// and gen.go and compares it byte for byte with catalogue_data.go.
func TestGeneratedTableIsUpToDate(t *testing.T) {
	collabtest.RequireGeneratedUpToDate(t, "gen.go", "catalogue_data.go")
}

func TestCatalogueLookups(t *testing.T) {
	c := Reference()

	t.Run("Lookup finds a zorgkantoorregio with its provenance", func(t *testing.T) {
		r, ok := c.Lookup("west-brabant")
		require.True(t, ok)
		assert.Equal(t, "West-Brabant", r.Name)
		assert.Equal(t, "ZK25", r.CBSCode)
		assert.Equal(t, "CZ", r.Zorgkantoor)
		assert.Equal(t, Provenance{CBSCode: CBSCodeVerified, Zorgkantoor: ZorgkantoorListed}, r.Provenance)
	})
	t.Run("Lookup finds the merged region with its code of 2024", func(t *testing.T) {
		r, ok := c.Lookup("westland-schieland-delfland")
		require.True(t, ok)
		assert.Equal(t, "ZK33", r.CBSCode)
		assert.Equal(t, CBSCodeVerified, r.Provenance.CBSCode)
		assert.Equal(t, ZorgkantoorConfirmed, r.Provenance.Zorgkantoor)
	})
	t.Run("Lookup is exact", func(t *testing.T) {
		for _, code := range []string{"", "West-Brabant", "west brabant", "atlantis"} {
			_, ok := c.Lookup(code)
			assert.False(t, ok, code)
		}
	})

	cbsTests := []struct {
		name, code, want string
	}{
		{"LookupByCBSCode finds a zorgkantoorregio", "ZK02", "amsterdam"},
		{"LookupByCBSCode ignores the case of letters", "zk32", "zwolle"},
		{"LookupByCBSCode finds a province", "PV26", "provincie-utrecht"},
		{"LookupByCBSCode finds nothing for a code merged away", "ZK05", ""},
		{"LookupByCBSCode finds Zuid-Limburg as ZK31", "ZK31", "zuid-limburg"},
		{"LookupByCBSCode finds Zuidoost-Brabant as ZK30", "ZK30", "zuidoost-brabant"},
		{"LookupByCBSCode finds Westland, Schieland, Delfland as ZK33", "ZK33", "westland-schieland-delfland"},
		{"LookupByCBSCode finds Zoetermeer by its municipality code", "GM0637", "gemeente-zoetermeer"},
		{"LookupByCBSCode finds Voorne aan Zee, formed in 2023", "gm1992", "gemeente-voorne-aan-zee"},
		{"LookupByCBSCode finds nothing for an overlong code", "GM0637GM0637GM0637", ""},
		{"LookupByCBSCode finds nothing for the empty code", "", ""},
	}
	for _, tt := range cbsTests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := c.LookupByCBSCode(tt.code)
			assert.Equal(t, tt.want != "", ok)
			assert.Equal(t, tt.want, r.Code)
		})
	}

	nameTests := []struct {
		name, query, want string
	}{
		{"LookupByName finds Fryslân by its own name", "Fryslân", "provincie-fryslan"},
		{"LookupByName takes Friesland for Fryslân", "Friesland", "provincie-fryslan"},
		{"LookupByName takes fryslan for Fryslân", "fryslan", "provincie-fryslan"},
		{"LookupByName ignores case and diacritics", "FRYSLÂN", "provincie-fryslan"},
		{"LookupByName tolerates combining diacritics", "Frysla\u0302n", "provincie-fryslan"},
		{"LookupByName knows the Frisian name", "Provinsje Fryslân", "provincie-fryslan"},
		{"LookupByName ignores hyphens and spaces", "noord holland", "provincie-noord-holland"},
		{"LookupByName finds 't Gooi without its apostrophe", "t Gooi", "t-gooi"},
		{"LookupByName finds 't Gooi by its alias", "Het Gooi", "t-gooi"},
		{"LookupByName ignores the slash in Zaanstreek/Waterland", "Zaanstreek-Waterland", "zaanstreek-waterland"},
		{"LookupByName matches a name with a comma", "apeldoorn zutphen eo", "apeldoorn-zutphen"},
		{"LookupByName prefers the province Utrecht to the zorgkantoorregio", "Utrecht", "provincie-utrecht"},
		{"LookupByName finds a province by its full title", "Provincie Utrecht", "provincie-utrecht"},
		{"LookupByName finds the Netherlands in English", "the Netherlands", "nederland"},
		{"LookupByName finds the Netherlands in Dutch", "Nederland", "nederland"},
		{"LookupByName finds 's-Hertogenbosch by its name", "'s-Hertogenbosch", "gemeente-s-hertogenbosch"},
		{"LookupByName finds 's-Hertogenbosch as Den Bosch", "Den Bosch", "gemeente-s-hertogenbosch"},
		{"LookupByName finds Súdwest-Fryslân by its name", "Súdwest-Fryslân", "gemeente-sudwest-fryslan"},
		{"LookupByName finds Súdwest-Fryslân written plainly", "Sudwest Fryslan", "gemeente-sudwest-fryslan"},
		{"LookupByName finds 's-Gravenhage as Den Haag", "Den Haag", "gemeente-s-gravenhage"},
		{"LookupByName finds Bergen in Limburg by CBS's name", "Bergen (L.)", "gemeente-bergen-l"},
		{"LookupByName knows CBS's spelling of Apeldoorn, Zutphen e.o.", "Apeldoorn/Zutphen", "apeldoorn-zutphen"},
		{"LookupByName knows CBS's spelling of Amstelland en de Meerlanden", "Amstelland en De Meerlanden", "amstelland-en-de-meerlanden"},
		{"LookupByName finds nothing for an unknown name", "Atlantis", ""},
		{"LookupByName finds nothing for the empty name", "", ""},
		{"LookupByName finds nothing for punctuation", "--", ""},
	}
	for _, tt := range nameTests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := c.LookupByName(tt.query)
			assert.Equal(t, tt.want != "", ok)
			assert.Equal(t, tt.want, r.Code)
		})
	}

	t.Run("LookupByNameKind chooses the zorgkantoorregio Friesland", func(t *testing.T) {
		r, ok := c.LookupByNameKind("Fryslân", KindZorgkantoorregio)
		require.True(t, ok)
		assert.Equal(t, "friesland", r.Code)
		_, ok = c.LookupByNameKind("Friesland", KindMunicipality)
		assert.False(t, ok)
		r, ok = c.LookupByNameKind("Utrecht", KindMunicipality)
		require.True(t, ok)
		assert.Equal(t, "gemeente-utrecht", r.Code)
	})
	t.Run("CodeByName and CodeByCBSCode give the code alone", func(t *testing.T) {
		code, ok := c.CodeByName("den bosch", KindUnknown)
		assert.True(t, ok)
		assert.Equal(t, "gemeente-s-hertogenbosch", code)
		code, ok = c.CodeByCBSCode("zk31")
		assert.True(t, ok)
		assert.Equal(t, "zuid-limburg", code)
		_, ok = c.CodeByName("Atlantis", KindUnknown)
		assert.False(t, ok)
		_, ok = c.CodeByCBSCode("ZK05")
		assert.False(t, ok)
	})
	t.Run("looking up by code, CBS code or name without the copy allocates nothing", func(t *testing.T) {
		assert.Zero(t, testing.AllocsPerRun(100, func() { c.Has("gemeente-zoetermeer") }))
		assert.Zero(t, testing.AllocsPerRun(100, func() { c.CodeByCBSCode("gm0637") }))
		assert.Zero(t, testing.AllocsPerRun(100, func() { c.CodeByName("Súdwest-Fryslân", KindMunicipality) }))
		assert.Zero(t, testing.AllocsPerRun(100, func() { c.CodeByName("Atlantis", KindUnknown) }))
	})
	t.Run("a lookup copies a region in a single allocation", func(t *testing.T) {
		assert.Equal(t, 1.0, testing.AllocsPerRun(100, func() { c.Lookup("gemeente-zoetermeer") }))
		assert.Equal(t, 1.0, testing.AllocsPerRun(100, func() { c.LookupByName("Den Bosch") }))
	})
	t.Run("Retired says which region took a retired code over", func(t *testing.T) {
		for _, code := range []string{"ZK05", "zk15"} {
			r, ok := c.Retired(code)
			require.True(t, ok, code)
			assert.Equal(t, "westland-schieland-delfland", r.Successor, code)
			assert.Equal(t, 2016, r.Since, code)
		}
		_, ok := c.Retired("ZK33")
		assert.False(t, ok, "a current code is not retired")
		_, ok = Catalogue{}.Retired("ZK05")
		assert.False(t, ok, "the zero catalogue knows no retired codes")
	})
	t.Run("Search finds regions by the start of their words", func(t *testing.T) {
		assert.Equal(t, []string{"twente", "gemeente-twenterand", "gemeente-hof-van-twente"}, codes(c.Search("twente")))
		assert.Equal(t, []string{"gemeente-s-hertogenbosch"}, codes(c.Search("den bosch")))
		assert.Equal(t, []string{"gemeente-sudwest-fryslan"}, codes(c.Search("sudwest")))
		assert.Equal(t, []string{"gemeente-bergen-nh", "gemeente-bergen-op-zoom", "gemeente-bergen-l"}, codes(c.Search("Bergen")))
		assert.Nil(t, c.Search("atlantis"))
		assert.Nil(t, c.Search(" - "))
	})
	t.Run("ByName lists every region of a name", func(t *testing.T) {
		assert.Equal(t, []string{"provincie-utrecht", "utrecht", "gemeente-utrecht"}, codes(c.ByName("utrecht")))
		assert.Equal(t, []string{"provincie-fryslan", "friesland"}, codes(c.ByName("Friesland")))
		assert.Nil(t, c.ByName("Atlantis"))
	})
}

func TestCatalogueHierarchy(t *testing.T) {
	c := Reference()
	t.Run("Ancestors lists parents first, then theirs, each once", func(t *testing.T) {
		assert.Equal(t, []string{"provincie-noord-brabant", "provincie-gelderland", "nederland"},
			codes(c.Ancestors("noordoost-brabant")))
		assert.Equal(t, []string{"nederland"}, codes(c.Ancestors("provincie-zeeland")))
	})
	t.Run("Ancestors of the country or an unknown code is nil", func(t *testing.T) {
		assert.Nil(t, c.Ancestors("nederland"))
		assert.Nil(t, c.Ancestors("atlantis"))
	})
	t.Run("Children lists the direct children in order", func(t *testing.T) {
		var zks []Region
		for _, r := range c.Children("provincie-gelderland") {
			if r.Kind == KindZorgkantoorregio {
				zks = append(zks, r)
			}
		}
		assert.Equal(t, []string{"apeldoorn-zutphen", "arnhem", "midden-ijssel", "nijmegen", "noordoost-brabant", "utrecht", "zwolle"}, codes(zks))
		assert.Len(t, c.Children("nederland"), 12)
		assert.Len(t, c.Children("west-brabant"), 16)
		assert.Nil(t, c.Children("gemeente-breda"))
		assert.Nil(t, c.Children("atlantis"))
	})
	t.Run("Zoetermeer lies in Haaglanden and Zuid-Holland", func(t *testing.T) {
		r, ok := c.LookupByCBSCode("GM0637")
		require.True(t, ok)
		assert.Equal(t, "Zoetermeer", r.Name)
		assert.Equal(t, []string{"haaglanden", "provincie-zuid-holland"}, r.Parents)
		assert.True(t, c.Within(r.Code, "haaglanden"))
	})
	t.Run("Within follows parents up the hierarchy", func(t *testing.T) {
		assert.True(t, c.Within("t-gooi", "provincie-flevoland"))
		assert.True(t, c.Within("t-gooi", "nederland"))
		assert.False(t, c.Within("t-gooi", "provincie-zeeland"))
		assert.False(t, c.Within("nederland", "nederland"), "a region does not lie within itself")
		assert.False(t, c.Within("atlantis", "nederland"))
		assert.False(t, c.Within("t-gooi", "atlantis"))
	})
}

func TestCatalogueHandsOutCopies(t *testing.T) {
	c := Reference()
	t.Run("changing a looked-up region changes nothing in the catalogue", func(t *testing.T) {
		r, _ := c.Lookup("t-gooi")
		r.Parents[0] = "changed"
		r.Aliases[0] = "changed"
		again, _ := c.Lookup("t-gooi")
		assert.Equal(t, "provincie-noord-holland", again.Parents[0])
		assert.Equal(t, "Het Gooi", again.Aliases[0])
	})
	t.Run("changing the listing changes nothing in the catalogue", func(t *testing.T) {
		all := c.All()
		all[0].Name = "changed"
		all[14].Parents[0] = "changed"
		assert.Equal(t, "Nederland", c.All()[0].Name)
		assert.Equal(t, "provincie-noord-holland", c.All()[14].Parents[0])
		for _, list := range [][]Region{c.Ancestors("t-gooi"), c.Children("nederland"), c.ByKind(KindProvince), c.ByName("utrecht")} {
			list[0].Parents = append(list[0].Parents[:0], "changed")
		}
		r, _ := c.Lookup("provincie-noord-holland")
		assert.Equal(t, []string{"nederland"}, r.Parents)
		r, _ = c.Lookup("provincie-groningen")
		assert.Equal(t, []string{"nederland"}, r.Parents)
	})
	t.Run("changing the arguments of With afterwards changes nothing", func(t *testing.T) {
		mine := []Region{{Code: "wijk", Name: "Wijk", Kind: KindNeighbourhood, Parents: []string{"nederland"},
			Profile: Profile{Traits: []Trait{TraitLoneliness}}}}
		c2, err := c.With(mine...)
		require.NoError(t, err)
		mine[0].Parents[0] = "changed"
		mine[0].Profile.Traits[0] = TraitLowSES
		r, _ := c2.Lookup("wijk")
		assert.Equal(t, []string{"nederland"}, r.Parents)
		assert.Equal(t, []Trait{TraitLoneliness}, r.Profile.Traits)
	})
}

func TestMunicipalitiesAreFoundByTheirNamesWrittenPlainly(t *testing.T) {
	c := Reference()
	tests := []struct{ name, query, want string }{
		{"Súdwest-Fryslân without its circumflexes and hyphen", "Sudwest Fryslan", "gemeente-sudwest-fryslan"},
		{"'s-Hertogenbosch without its apostrophe", "s hertogenbosch", "gemeente-s-hertogenbosch"},
		{"'s-Hertogenbosch with a typographic apostrophe", "’s-Hertogenbosch", "gemeente-s-hertogenbosch"},
		{"'s-Hertogenbosch by its alias", "den bosch", "gemeente-s-hertogenbosch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := c.LookupByNameKind(tt.query, KindMunicipality)
			require.True(t, ok)
			assert.Equal(t, tt.want, r.Code)
		})
	}
}

func TestCatalogueWith(t *testing.T) {
	zoetermeer := Region{Code: "mijn-zoetermeer", Name: "Mijn Zoetermeer", Kind: KindCustom,
		Parents: []string{"provincie-zuid-holland"}}
	wijk := Region{Code: "zoetermeer-centrum", Name: "Centrum", Kind: KindNeighbourhood,
		Parents: []string{"mijn-zoetermeer"}}

	t.Run("user regions are layered over the reference catalogue", func(t *testing.T) {
		c, err := Reference().With(wijk, zoetermeer) // a parent may come after its child
		require.NoError(t, err)
		assert.Equal(t, 388, c.Len())
		assert.Equal(t, 386, Reference().Len(), "the reference catalogue does not change")
		assert.Equal(t, []string{"mijn-zoetermeer", "provincie-zuid-holland", "nederland"}, codes(c.Ancestors("zoetermeer-centrum")))
		assert.Equal(t, []string{"zoetermeer-centrum"}, codes(c.Children("mijn-zoetermeer")))
		r, ok := c.LookupByName("mijn zoetermeer")
		require.True(t, ok)
		assert.Equal(t, "mijn-zoetermeer", r.Code)
		assert.Equal(t, "zoetermeer-centrum", c.All()[386].Code, "added regions follow in the order given")
	})
	t.Run("layers can be stacked", func(t *testing.T) {
		c, err := Reference().With(zoetermeer)
		require.NoError(t, err)
		c, err = c.With(wijk)
		require.NoError(t, err)
		assert.True(t, c.Within("zoetermeer-centrum", "nederland"))
	})
	t.Run("adding nothing returns the same catalogue", func(t *testing.T) {
		c, err := Reference().With()
		require.NoError(t, err)
		assert.Equal(t, 386, c.Len())
	})
	t.Run("NewCatalogue builds a catalogue from scratch", func(t *testing.T) {
		c, err := NewCatalogue([]Region{{Code: "land", Name: "Land", Kind: KindCountry}, {Code: "deel", Name: "Deel", Kind: KindCustom, Parents: []string{"land"}}})
		require.NoError(t, err)
		assert.Equal(t, []string{"land", "deel"}, codes(c.All()))
		c, err = NewCatalogue([]Region{{Code: "deel", Name: "Deel", Kind: KindCustom, Parents: []string{"nederland"}}})
		assert.Equal(t, []problem{{"regions[0].parents[0]", collab.CodeDanglingReference}}, problemsOf(err), "NewCatalogue does not see the reference regions")
		assert.Zero(t, c.Len(), "on error the catalogue is the zero, empty one")
	})

	t.Run("every mistake in the set is reported with its path and code", func(t *testing.T) {
		regions := []Region{
			zoetermeer, // 0: valid
			{Code: "west-brabant", Name: "Mijn West-Brabant", Kind: KindCustom},                                  // 1: code of a reference region
			{Code: "wijk-x", Name: "Wijk X", Kind: KindNeighbourhood, Parents: []string{"atlantis"}},             // 2: unknown parent
			{Code: "mijn-zoetermeer", Name: "Zoetermeer", Kind: KindMunicipality},                                // 3: code used by regions[0]
			{Code: "wijk-a", Name: "A", Kind: KindNeighbourhood, Parents: []string{"wijk-b"}},                    // 4: cycle a -> b -> c -> a
			{Code: "wijk-b", Name: "B", Kind: KindNeighbourhood, Parents: []string{"wijk-c"}},                    // 5
			{Code: "wijk-c", Name: "C", Kind: KindNeighbourhood, Parents: []string{"mijn-zoetermeer", "wijk-a"}}, // 6
			{Code: "zelf", Name: "Zelf", Kind: KindCustom, Parents: []string{"zelf"}},                            // 7: its own parent
			{Code: "gemeente-x", Name: "X", Kind: KindMunicipality, CBSCode: "GM12"},                             // 8: bad CBS code
		}
		ref := Reference()
		c, err := ref.With(regions...)
		require.Error(t, err)
		assert.Zero(t, c.Len(), "on error With gives the zero, empty catalogue")
		assert.Equal(t, 386, ref.Len(), "and the receiver is unchanged")
		assert.Equal(t, []problem{
			{"regions[1].code", collab.CodeDuplicate},
			{"regions[3].code", collab.CodeDuplicate},
			{"regions[7].parents[0]", collab.CodeNotAllowed},
			{"regions[8].cbsCode", collab.CodeBadFormat},
			{"regions[2].parents[0]", collab.CodeDanglingReference},
			{"regions[6].parents[1]", collab.CodeNotAllowed},
		}, problemsOf(err))
		msg := err.Error()
		assert.Contains(t, msg, `regions[1].code: code "west-brabant" is already in the catalogue, for the zorgkantoorregio "West-Brabant"`)
		assert.Contains(t, msg, `regions[3].code: code "mijn-zoetermeer" is used before, by regions[0]`)
		assert.Contains(t, msg, `regions[2].parents[0]: parent "atlantis" is not a region in the catalogue`)
		assert.Contains(t, msg, `regions[6].parents[1]: parent "wijk-a" closes a cycle, in which each region lies in the next: wijk-a -> wijk-b -> wijk-c -> wijk-a`)
		assert.ErrorIs(t, err, collab.CodeDuplicate)
		assert.ErrorIs(t, err, collab.CodeDanglingReference)
	})
	t.Run("members that are not in the catalogue are dangling, and members are checked as parents are", func(t *testing.T) {
		_, err := Reference().With(Region{Code: "iza-x", Name: "IZA X", Kind: KindIZARegion,
			Members: []string{"gemeente-zoetermeer", "gemeente-atlantis", "gemeente-zoetermeer", "iza-x"}})
		assert.Equal(t, []problem{
			{"regions[0].members[2]", collab.CodeDuplicate},
			{"regions[0].members[3]", collab.CodeNotAllowed},
			{"regions[0].members[1]", collab.CodeDanglingReference},
		}, problemsOf(err))
		assert.Contains(t, err.Error(), `member "gemeente-atlantis" is not a region in the catalogue`)
	})
	t.Run("two separate cycles are both reported", func(t *testing.T) {
		_, err := NewCatalogue([]Region{
			{Code: "a", Name: "A", Kind: KindCustom, Parents: []string{"b"}},
			{Code: "b", Name: "B", Kind: KindCustom, Parents: []string{"a"}},
			{Code: "c", Name: "C", Kind: KindCustom, Parents: []string{"d"}},
			{Code: "d", Name: "D", Kind: KindCustom, Parents: []string{"c"}},
		})
		assert.Equal(t, []problem{
			{"regions[1].parents[0]", collab.CodeNotAllowed},
			{"regions[3].parents[0]", collab.CodeNotAllowed},
		}, problemsOf(err))
		assert.Contains(t, err.Error(), "a -> b -> a")
		assert.Contains(t, err.Error(), "c -> d -> c")
	})
	t.Run("a shared ancestor is no cycle", func(t *testing.T) {
		_, err := NewCatalogue([]Region{
			{Code: "top", Name: "Top", Kind: KindCustom},
			{Code: "left", Name: "Left", Kind: KindCustom, Parents: []string{"top"}},
			{Code: "right", Name: "Right", Kind: KindCustom, Parents: []string{"top"}},
			{Code: "bottom", Name: "Bottom", Kind: KindCustom, Parents: []string{"left", "right"}},
		})
		assert.NoError(t, err)
	})
	t.Run("more than MaxRegions regions are too many", func(t *testing.T) {
		_, err := Reference().With(make([]Region, MaxRegions-385)...)
		assert.Equal(t, []problem{{"regions", collab.CodeTooMany}}, problemsOf(err))
	})
}

func TestCatalogueCheckCode(t *testing.T) {
	c := Reference()
	tests := []struct {
		name string
		code string
		want []problem
	}{
		{"a known code resolves", "west-brabant", nil},
		{"an empty code is required", "", []problem{{"region", collab.CodeRequired}}},
		{"a name instead of a code has a bad format", "West-Brabant", []problem{{"region", collab.CodeBadFormat}}},
		{"an unknown code is a dangling reference", "atlantis", []problem{{"region", collab.CodeDanglingReference}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v check.Validator
			ok := c.CheckCode(&v, "region", tt.code)
			assert.Equal(t, tt.want == nil, ok)
			assert.Equal(t, tt.want, problemsOf(v.Err()))
		})
	}
	t.Run("a municipality's code resolves, and its CBS code is refused with the region code to use", func(t *testing.T) {
		var v check.Validator
		assert.True(t, c.CheckCode(&v, "region", "gemeente-zoetermeer"))
		assert.False(t, c.CheckCode(&v, "region", "GM0637"))
		assert.Contains(t, v.Err().Error(), `region: "GM0637" is a CBS code, not a region code; the region code of that area is "gemeente-zoetermeer"`)
	})
	t.Run("checking a known code allocates nothing", func(t *testing.T) {
		allocs := testing.AllocsPerRun(100, func() {
			var v check.Validator
			c.CheckCode(&v, "region", "zuid-limburg")
		})
		assert.Zero(t, allocs)
	})
}

func TestZeroCatalogueIsEmpty(t *testing.T) {
	var c Catalogue
	assert.Zero(t, c.Len())
	assert.Empty(t, c.All())
	_, ok := c.Lookup("nederland")
	assert.False(t, ok)
	_, ok = c.LookupByName("Nederland")
	assert.False(t, ok)
	_, ok = c.LookupByCBSCode("PV20")
	assert.False(t, ok)
	assert.Nil(t, c.Ancestors("nederland"))
	assert.Nil(t, c.Children("nederland"))
	assert.False(t, c.Has("nederland"))
}

func TestCatalogueIsSafeForConcurrentUse(t *testing.T) {
	c := Reference()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				r, ok := c.LookupByName("Fryslân")
				if ok {
					r.Aliases[0] = "changed"
				}
				c.Ancestors("t-gooi")
				c.All()[1].Parents[0] = "changed"
				_, _ = c.With(Region{Code: "x", Name: "X", Kind: KindCustom})
			}
		})
	}
	wg.Wait()
	r, _ := c.Lookup("provincie-fryslan")
	assert.Equal(t, "Provincie Fryslân", r.Aliases[0])
}

// The lookups that hand out a copy of a region allocate once (the copy of
// its string slices); those that resolve to a code allocate nothing.
func BenchmarkCatalogueLookupByName(b *testing.B) {
	c := Reference()
	for _, name := range []string{"Fryslân", "zuidoost brabant", "Sudwest Fryslan", "Den Bosch", "Atlantis"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c.LookupByName(name)
			}
		})
	}
}

func BenchmarkCatalogueCodeByName(b *testing.B) {
	c := Reference()
	for _, name := range []string{"Fryslân", "Sudwest Fryslan", "Den Bosch", "Atlantis"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c.CodeByName(name, KindUnknown)
			}
		})
	}
}

func BenchmarkCatalogueLookup(b *testing.B) {
	c := Reference()
	b.ReportAllocs()
	for b.Loop() {
		c.Lookup("gemeente-zoetermeer")
	}
}

func BenchmarkCatalogueHas(b *testing.B) {
	c := Reference()
	b.ReportAllocs()
	for b.Loop() {
		c.Has("gemeente-zoetermeer")
	}
}

func BenchmarkCatalogueLookupByCBSCode(b *testing.B) {
	c := Reference()
	b.ReportAllocs()
	for b.Loop() {
		c.LookupByCBSCode("gm0637")
	}
}

func BenchmarkCatalogueCodeByCBSCode(b *testing.B) {
	c := Reference()
	b.ReportAllocs()
	for b.Loop() {
		c.CodeByCBSCode("gm0637")
	}
}

package region

import (
	"encoding/csv"
	"os"
	"path/filepath"
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

	t.Run("it holds 31 zorgkantoorregio's, 12 provinces and the Netherlands", func(t *testing.T) {
		assert.Len(t, zks, 31)
		assert.Len(t, provinces, 12)
		assert.Equal(t, []string{"nederland"}, codes(countries))
		assert.Equal(t, 44, c.Len())
	})
	t.Run("every code is unique and a valid slug", func(t *testing.T) {
		seen := map[string]bool{}
		for _, r := range c.All() {
			assert.False(t, seen[r.Code], "code %q occurs twice", r.Code)
			seen[r.Code] = true
			assert.True(t, ValidCode(r.Code), r.Code)
		}
		assert.Len(t, seen, 44)
	})
	t.Run("every CBS code is unique", func(t *testing.T) {
		seen := map[string]bool{}
		for _, r := range c.All() {
			if r.CBSCode != "" {
				assert.False(t, seen[r.CBSCode], "CBS code %q occurs twice", r.CBSCode)
				seen[r.CBSCode] = true
			}
		}
		assert.Len(t, seen, 30+12, "every region but Westland, Schieland, Delfland and the country has one")
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
	t.Run("the order is the country, the provinces, the zorgkantoorregio's", func(t *testing.T) {
		all := c.All()
		assert.Equal(t, "nederland", all[0].Code)
		assert.Equal(t, codes(provinces), codes(all[1:13]))
		assert.Equal(t, codes(zks), codes(all[13:]))
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
		assert.Equal(t, status, r.Provenance.CBSCode.String())
		assert.Equal(t, iso, r.ISOCode)
	}
	assert.Equal(t, provinceCodes, codes(c.ByKind(KindProvince)))

	var zkSlugs []string
	for _, row := range readCSV(t, "zorgkantoorregios.csv") {
		slug, name, cbs, status, zk, zkStatus, provinces := row[0], row[1], row[2], row[3], row[4], row[5], row[6]
		zkSlugs = append(zkSlugs, slug)
		r, ok := c.Lookup(slug)
		require.True(t, ok, slug)
		assert.Equal(t, name, r.Name, slug)
		assert.Equal(t, KindZorgkantoorregio, r.Kind, slug)
		assert.Equal(t, cbs, r.CBSCode, slug)
		assert.Equal(t, status, r.Provenance.CBSCode.String(), slug)
		assert.Equal(t, zk, r.Zorgkantoor, slug)
		assert.Equal(t, zkStatus, r.Provenance.Zorgkantoor.String(), slug)
		var parents []string
		for _, p := range strings.Split(provinces, ";") {
			parents = append(parents, provinceCode[p])
		}
		assert.Equal(t, parents, r.Parents, slug)
	}
	assert.Equal(t, zkSlugs, codes(c.ByKind(KindZorgkantoorregio)), "zorgkantoorregio slugs are exactly those of the CSV, in its order")
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
		assert.Equal(t, Provenance{CBSCode: CBSCodeInferred, Zorgkantoor: ZorgkantoorListed}, r.Provenance)
	})
	t.Run("Lookup finds the merged region without a CBS code", func(t *testing.T) {
		r, ok := c.Lookup("westland-schieland-delfland")
		require.True(t, ok)
		assert.Empty(t, r.CBSCode)
		assert.Equal(t, CBSCodeUnknown, r.Provenance.CBSCode)
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
	})
	t.Run("ByName lists every region of a name", func(t *testing.T) {
		assert.Equal(t, []string{"provincie-utrecht", "utrecht"}, codes(c.ByName("utrecht")))
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
		assert.Equal(t, []string{"apeldoorn-zutphen", "arnhem", "midden-ijssel", "nijmegen", "noordoost-brabant", "utrecht", "zwolle"},
			codes(c.Children("provincie-gelderland")))
		assert.Len(t, c.Children("nederland"), 12)
		assert.Nil(t, c.Children("west-brabant"))
		assert.Nil(t, c.Children("atlantis"))
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
	c, err := Reference().With(
		Region{Code: "gemeente-sudwest-fryslan", Name: "Súdwest-Fryslân", Kind: KindMunicipality, Parents: []string{"provincie-fryslan"}},
		Region{Code: "gemeente-s-hertogenbosch", Name: "'s-Hertogenbosch", Kind: KindMunicipality, Aliases: []string{"Den Bosch"}, Parents: []string{"provincie-noord-brabant"}},
	)
	require.NoError(t, err)
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
	zoetermeer := Region{Code: "gemeente-zoetermeer", Name: "Zoetermeer", Kind: KindMunicipality,
		Parents: []string{"provincie-zuid-holland"}}
	wijk := Region{Code: "zoetermeer-centrum", Name: "Centrum", Kind: KindNeighbourhood,
		Parents: []string{"gemeente-zoetermeer"}}

	t.Run("user regions are layered over the reference catalogue", func(t *testing.T) {
		c, err := Reference().With(wijk, zoetermeer) // a parent may come after its child
		require.NoError(t, err)
		assert.Equal(t, 46, c.Len())
		assert.Equal(t, 44, Reference().Len(), "the reference catalogue does not change")
		assert.Equal(t, []string{"gemeente-zoetermeer", "provincie-zuid-holland", "nederland"}, codes(c.Ancestors("zoetermeer-centrum")))
		assert.Equal(t, []string{"zoetermeer-centrum"}, codes(c.Children("gemeente-zoetermeer")))
		r, ok := c.LookupByName("zoetermeer")
		require.True(t, ok)
		assert.Equal(t, "gemeente-zoetermeer", r.Code)
		assert.Equal(t, "zoetermeer-centrum", c.All()[44].Code, "added regions follow in the order given")
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
		assert.Equal(t, 44, c.Len())
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
			{Code: "west-brabant", Name: "Mijn West-Brabant", Kind: KindCustom},                                      // 1: code of a reference region
			{Code: "wijk-x", Name: "Wijk X", Kind: KindNeighbourhood, Parents: []string{"atlantis"}},                 // 2: unknown parent
			{Code: "gemeente-zoetermeer", Name: "Zoetermeer", Kind: KindMunicipality},                                // 3: code used by regions[0]
			{Code: "wijk-a", Name: "A", Kind: KindNeighbourhood, Parents: []string{"wijk-b"}},                        // 4: cycle a -> b -> c -> a
			{Code: "wijk-b", Name: "B", Kind: KindNeighbourhood, Parents: []string{"wijk-c"}},                        // 5
			{Code: "wijk-c", Name: "C", Kind: KindNeighbourhood, Parents: []string{"gemeente-zoetermeer", "wijk-a"}}, // 6
			{Code: "zelf", Name: "Zelf", Kind: KindCustom, Parents: []string{"zelf"}},                                // 7: its own parent
			{Code: "gemeente-x", Name: "X", Kind: KindMunicipality, CBSCode: "GM12"},                                 // 8: bad CBS code
		}
		ref := Reference()
		c, err := ref.With(regions...)
		require.Error(t, err)
		assert.Zero(t, c.Len(), "on error With gives the zero, empty catalogue")
		assert.Equal(t, 44, ref.Len(), "and the receiver is unchanged")
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
		assert.Contains(t, msg, `regions[3].code: code "gemeente-zoetermeer" is used before, by regions[0]`)
		assert.Contains(t, msg, `regions[2].parents[0]: parent "atlantis" is not a region in the catalogue`)
		assert.Contains(t, msg, `regions[6].parents[1]: parent "wijk-a" closes a cycle, in which each region lies in the next: wijk-a -> wijk-b -> wijk-c -> wijk-a`)
		assert.ErrorIs(t, err, collab.CodeDuplicate)
		assert.ErrorIs(t, err, collab.CodeDanglingReference)
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
		_, err := Reference().With(make([]Region, MaxRegions-43)...)
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

func BenchmarkCatalogueLookupByName(b *testing.B) {
	c := Reference()
	for _, name := range []string{"Fryslân", "zuidoost brabant", "Atlantis"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c.LookupByName(name)
			}
		})
	}
}

func BenchmarkCatalogueLookup(b *testing.B) {
	c := Reference()
	b.ReportAllocs()
	for b.Loop() {
		c.Lookup("zuidoost-brabant")
	}
}

package region

import (
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTheMunicipalitiesOfTheNetherlandsAddUpToItsPopulation(t *testing.T) {
	c := Reference()
	municipalities := c.ByKind(KindMunicipality)
	require.Len(t, municipalities, 342)
	sum := 0
	for _, m := range municipalities {
		sum += m.Profile.Population
	}
	assert.Equal(t, 17_942_942, sum)
	nl, _ := c.Lookup("nederland")
	assert.Equal(t, 17_942_942, nl.Profile.Population)
	assert.Len(t, c.Municipalities("nederland"), 342)
}

func TestSummarize(t *testing.T) {
	c, err := Reference().With(
		Region{Code: "oost-achterhoek", Name: "Oost-Achterhoek", Kind: KindCustom,
			Members: []string{"gemeente-aalten", "gemeente-berkelland", "gemeente-oost-gelre", "gemeente-winterswijk"}},
		Region{Code: "iza-grens", Name: "Over de grens", Kind: KindIZARegion,
			Members: []string{"gemeente-zoetermeer", "gemeente-huizen", "zoetermeer-wijk"}},
		Region{Code: "zoetermeer-wijk", Name: "Een wijk", Kind: KindNeighbourhood, Parents: []string{"gemeente-zoetermeer"}},
	)
	require.NoError(t, err)

	t.Run("a custom region of four municipalities reports the sum of their populations", func(t *testing.T) {
		s, ok := c.Summarize("oost-achterhoek")
		require.True(t, ok)
		assert.Equal(t, 27_308+43_933+29_969+29_231, s.Population)
		assert.Equal(t, collab.MustParseDate("2024-01-01"), s.AsOf)
		assert.Nil(t, s.Unknown)
		assert.Equal(t, []string{"arnhem"}, s.Zorgkantoorregios)
		assert.Equal(t, []string{"provincie-gelderland"}, s.Provinces)
	})
	t.Run("members across regions give every zorgkantoorregio and province they lie in, and members without a population are named", func(t *testing.T) {
		s, ok := c.Summarize("iza-grens")
		require.True(t, ok)
		assert.Equal(t, 128_434+41_193, s.Population)
		assert.Equal(t, []string{"zoetermeer-wijk"}, s.Unknown)
		assert.Equal(t, []string{"haaglanden", "t-gooi"}, s.Zorgkantoorregios)
		assert.Equal(t, []string{"provincie-noord-holland", "provincie-zuid-holland"}, s.Provinces)
		assert.Equal(t, []string{"gemeente-huizen", "gemeente-zoetermeer"}, codes(c.Municipalities("iza-grens")), "the municipalities in the catalogue's order")
	})
	t.Run("a municipality of a zorgkantoorregio across provinces lies only in its own province", func(t *testing.T) {
		s, ok := c.Summarize("gemeente-huizen")
		require.True(t, ok)
		assert.Equal(t, 41_193, s.Population)
		assert.Equal(t, []string{"t-gooi"}, s.Zorgkantoorregios)
		assert.Equal(t, []string{"provincie-noord-holland"}, s.Provinces)
	})
	t.Run("a zorgkantoorregio is its own and touches the provinces it lies in", func(t *testing.T) {
		s, ok := c.Summarize("t-gooi")
		require.True(t, ok)
		assert.Equal(t, []string{"t-gooi"}, s.Zorgkantoorregios)
		assert.Equal(t, []string{"provincie-flevoland", "provincie-utrecht", "provincie-noord-holland"}, s.Provinces, "in the catalogue's order")
	})
	t.Run("an unknown code has no summary", func(t *testing.T) {
		_, ok := c.Summarize("atlantis")
		assert.False(t, ok)
	})
	t.Run("the municipalities of a region are those that lie in it", func(t *testing.T) {
		assert.Len(t, c.Municipalities("haaglanden"), 5)
		assert.Nil(t, c.Municipalities("gemeente-zoetermeer"), "a municipality has none")
		assert.Nil(t, c.Municipalities("atlantis"))
		sum := 0
		for _, m := range c.Municipalities("provincie-flevoland") {
			sum += m.Profile.Population
		}
		pv, _ := c.Lookup("provincie-flevoland")
		assert.Equal(t, pv.Profile.Population, sum)
	})
}

func BenchmarkReferenceCatalogueBuild(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewCatalogue(referenceRegions[:]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCatalogueSummarize(b *testing.B) {
	c, err := Reference().With(Region{Code: "oost-achterhoek", Name: "Oost-Achterhoek", Kind: KindCustom,
		Members: []string{"gemeente-aalten", "gemeente-berkelland", "gemeente-oost-gelre", "gemeente-winterswijk"}})
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		c.Summarize("oost-achterhoek")
	}
}

func BenchmarkCatalogueWithOneRegion(b *testing.B) {
	c := Reference()
	own := Region{Code: "zoetermeer-centrum", Name: "Centrum", Kind: KindNeighbourhood, Parents: []string{"gemeente-zoetermeer"}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.With(own); err != nil {
			b.Fatal(err)
		}
	}
}

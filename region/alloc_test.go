package region_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/regiokompas/regiokompas/region"
)

// TestValidatingAnyValidRegionAllocatesNothing checks the promise of the
// package documentation on every reference region, on a user's region
// with every optional part filled in, and on the reference check of every
// reference code.
func TestValidatingAnyValidRegionAllocatesNothing(t *testing.T) {
	ref := region.Reference()
	regions := ref.All()
	regions = append(regions, region.Region{
		Code: "oost-achterhoek", Name: "Oost-Achterhoek", Kind: region.KindCustom,
		Members: []string{"gemeente-aalten", "gemeente-berkelland", "gemeente-oost-gelre", "gemeente-winterswijk"},
	}, region.Region{
		Code: "zoetermeer", Name: "Zoetermeer", Kind: region.KindMunicipality,
		Aliases: []string{"Zoetermeer stad", "Stadsgewest Zoetermeer"}, Parents: []string{"haaglanden", "provincie-zuid-holland"},
		CBSCode: "GM0637",
		Profile: region.Profile{
			Population: 125_000, Share75Plus: 0.085, AsOf: collab.MustParseDate("2024-01-01"),
			CareSupply: "Eén ziekenhuis en een huisartsenpost.", SocialEmbedding: "Veel vrijwilligers.",
			Traits: region.Traits(),
		},
	})
	for i := range regions {
		r := &regions[i]
		require.NoError(t, r.Validate(), r.Code)
		require.Zero(t, testing.AllocsPerRun(10, func() { _ = r.Validate() }), "validating %s allocates", r.Code)
		require.Zero(t, testing.AllocsPerRun(10, func() { _ = r.Profile.Validate() }), "validating the profile of %s allocates", r.Code)
	}
	for _, r := range ref.All() {
		require.Zero(t, testing.AllocsPerRun(10, func() {
			var v check.Validator
			ref.CheckCode(&v, "region", r.Code)
		}), "checking the code %s allocates", r.Code)
	}
}

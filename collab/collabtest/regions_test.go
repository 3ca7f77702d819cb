package collabtest

import (
	"testing"

	"github.com/regiokompas/regiokompas/region"
	"github.com/stretchr/testify/assert"
)

func TestRegionTableAgreesWithTheReferenceCatalogue(t *testing.T) {
	ref := region.Reference().ByKind(region.KindZorgkantoorregio)
	assert.Len(t, zorgkantoorRegions, len(ref))
	for _, z := range zorgkantoorRegions {
		r, ok := region.Reference().Lookup(z.code)
		if !assert.True(t, ok, z.code) {
			continue
		}
		assert.Equal(t, region.KindZorgkantoorregio, r.Kind, z.code)
		assert.Equal(t, r.Name, z.name, z.code)
		assert.Equal(t, r.Zorgkantoor, z.zorgkantoor, z.code)
	}
}

package project_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/region"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func encode(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(v))
	return b.Bytes()
}

func TestFixturesDecodeValidateAndReencodeUnchanged(t *testing.T) {
	cs := loadCollaborations(t)
	for _, name := range fixtureNames {
		t.Run(name, func(t *testing.T) {
			data := readFixture(t, name)
			p, err := project.Decode(bytes.NewReader(data), 0)
			require.NoError(t, err)
			assert.Equal(t, string(data), string(encode(t, p)), "decoding and encoding again loses nothing")

			var c *collab.Collaboration
			for i := range cs {
				if cs[i].ID == p.Collaboration {
					c = &cs[i]
				}
			}
			require.NotNil(t, c, "the fixture's collaboration is in collaborations.json")
			assert.Equal(t, c.Region, p.Region)
			assert.NoError(t, p.ValidateIn(c))
		})
	}
}

func TestFixtureCollaborationsAreValidAndStable(t *testing.T) {
	data := readFixture(t, "collaborations")
	cs := loadCollaborations(t)
	require.Len(t, cs, 7)
	for i := range cs {
		assert.NoError(t, cs[i].Validate(), cs[i].Region)
	}
	assert.Equal(t, string(data), string(encode(t, cs)))
}

func TestFixturesFormOneValidPortfolio(t *testing.T) {
	cs := loadCollaborations(t)
	ptrs := make([]*collab.Collaboration, len(cs))
	for i := range cs {
		ptrs[i] = &cs[i]
	}
	var pf project.Portfolio
	for _, name := range fixtureNames {
		p, err := project.Decode(bytes.NewReader(readFixture(t, name)), 0)
		require.NoError(t, err)
		pf.Projects = append(pf.Projects, *p)
	}
	assert.NoError(t, pf.ValidateIn(ptrs...))
}

// The Achterhoek is not a zorgkantoorregio but a part of Gelderland that
// the sources name as a region of its own; a catalogue that holds the
// fixtures adds it as a custom region. Every other fixture region is a
// reference region.
func achterhoekCatalogue(t *testing.T) region.Catalogue {
	t.Helper()
	cat, err := region.Reference().With(region.Region{
		Code: "achterhoek", Name: "Achterhoek", Kind: region.KindCustom, Parents: []string{"provincie-gelderland"},
	})
	require.NoError(t, err)
	return cat
}

func TestFixtureRegionsResolve(t *testing.T) {
	cat := achterhoekCatalogue(t)
	for _, c := range loadCollaborations(t) {
		var v check.Validator
		assert.True(t, cat.CheckCode(&v, "region", c.Region), c.Region)
		if c.Region != "achterhoek" {
			assert.True(t, region.Reference().Has(c.Region), "%s is a reference region", c.Region)
		}
	}
}

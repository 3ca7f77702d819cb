package assess_test

import (
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/regiokompas/regiokompas/region"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTheCaseChecksItsOwnRegions(t *testing.T) {
	wijk := func(code string, parents ...string) region.Region {
		return region.Region{Code: code, Name: code, Kind: region.KindNeighbourhood, Parents: parents}
	}
	tests := []struct {
		name     string
		regions  []region.Region
		colRegio string
		want     []collab.Problem // path and code only
	}{
		{name: "own regions under reference regions resolve",
			regions: []region.Region{wijk("wijk-a", "west-brabant"), wijk("wijk-b", "wijk-a")}, colRegio: "wijk-b"},
		{name: "a parent that is nowhere is a dangling reference, and the region itself still resolves",
			regions: []region.Region{wijk("wijk-a", "atlantis")}, colRegio: "wijk-a",
			want: []collab.Problem{{Path: "regions[0].parents[0]", Code: collab.CodeDanglingReference}}},
		{name: "regions that lie in each other form a cycle",
			regions: []region.Region{wijk("wijk-a", "wijk-b"), wijk("wijk-b", "wijk-a")}, colRegio: "west-brabant",
			want: []collab.Problem{{Path: "regions[1].parents[0]", Code: collab.CodeNotAllowed}}},
		{name: "a municipality of the reference catalogue may be the case's region",
			colRegio: "gemeente-zoetermeer"},
		{name: "an own region made of reference municipalities resolves",
			regions:  []region.Region{{Code: "iza-oost", Name: "IZA Oost", Kind: region.KindIZARegion, Members: []string{"gemeente-aalten", "gemeente-winterswijk"}}},
			colRegio: "iza-oost"},
		{name: "a member that is nowhere is a dangling reference",
			regions:  []region.Region{{Code: "iza-oost", Name: "IZA Oost", Kind: region.KindIZARegion, Members: []string{"gemeente-aalten", "gemeente-atlantis"}}},
			colRegio: "iza-oost",
			want:     []collab.Problem{{Path: "regions[0].members[1]", Code: collab.CodeDanglingReference}}},
		{name: "a CBS code is not a region code",
			colRegio: "GM0637",
			want:     []collab.Problem{{Path: "collaboration.region", Code: collab.CodeBadFormat}}},
		{name: "an own region may not reuse a reference code",
			regions: []region.Region{wijk("friesland", "nederland")}, colRegio: "friesland",
			want: []collab.Problem{{Path: "regions[0].code", Code: collab.CodeDuplicate}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := demo.Lookup("west-brabant")
			require.True(t, ok)
			c := d.Case
			c.Regions = tt.regions
			c.Collaboration.Region = tt.colRegio
			var got []collab.Problem
			for _, p := range collab.ProblemsOf(c.Validate()) {
				got = append(got, collab.Problem{Path: p.Path, Code: p.Code})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

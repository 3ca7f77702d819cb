package region

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fullRegion is a valid region that uses every field. Its figures are made
// up for the test.
func fullRegion() Region {
	return Region{
		Code:        "voorbeeldregio",
		Name:        "Voorbeeldregio",
		Kind:        KindZorgkantoorregio,
		Aliases:     []string{"Regio Voorbeeld", "Voorbeeld"},
		Parents:     []string{"provincie-utrecht", "provincie-gelderland"},
		CBSCode:     "ZK99",
		Zorgkantoor: "Voorbeeld Zorgkantoor",
		Profile: Profile{
			Population:      250000,
			Share75Plus:     0.085,
			AsOf:            collab.MustParseDate("2024-01-01"),
			CareSupply:      "Few large institutions; GPs carry much of the care.",
			SocialEmbedding: "Strong volunteer involvement in the villages.",
			Traits:          []Trait{TraitFewLargeInstitutions, TraitStrongVolunteering},
		},
		Provenance: Provenance{CBSCode: CBSCodeInferred, Zorgkantoor: ZorgkantoorListed},
	}
}

type problem struct {
	Path string
	Code collab.Code
}

// problemsOf returns the path and code of every problem in err.
func problemsOf(err error) []problem {
	var out []problem
	for _, p := range collab.ProblemsOf(err) {
		out = append(out, problem{p.Path, p.Code})
	}
	return out
}

func TestRegionValidateAcceptsValidRegions(t *testing.T) {
	tests := []struct {
		name   string
		region Region
	}{
		{"a region using every field is valid", fullRegion()},
		{"a region with only code, name and kind is valid", Region{Code: "x", Name: "X", Kind: KindCustom}},
		{"a neighbourhood with a buurt code is valid", Region{Code: "centrum", Name: "Centrum", Kind: KindNeighbourhood, CBSCode: "BU03630000"}},
		{"a share of exactly 1 is valid", Region{Code: "x", Name: "X", Kind: KindCustom, Profile: Profile{Share75Plus: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NoError(t, tt.region.Validate())
		})
	}
}

func TestRegionValidateReportsEachMistake(t *testing.T) {
	tests := []struct {
		name   string
		change func(r *Region)
		want   []problem
	}{
		{"a missing code is required", func(r *Region) { r.Code = "" },
			[]problem{{"code", collab.CodeRequired}}},
		{"a code with capitals has a bad format", func(r *Region) { r.Code = "Voorbeeld" },
			[]problem{{"code", collab.CodeBadFormat}}},
		{"a blank name is required", func(r *Region) { r.Name = "  " },
			[]problem{{"name", collab.CodeRequired}}},
		{"a name over the limit is too long", func(r *Region) { r.Name = strings.Repeat("é", collab.MaxNameLength+1) },
			[]problem{{"name", collab.CodeTooLong}}},
		{"a missing kind is required", func(r *Region) { r.Kind = KindUnknown; r.Zorgkantoor = ""; r.Provenance.Zorgkantoor = 0 },
			[]problem{{"kind", collab.CodeRequired}}},
		{"a kind out of range is unknown", func(r *Region) { r.Kind = Kind(42); r.Zorgkantoor = ""; r.Provenance.Zorgkantoor = 0 },
			[]problem{{"kind", collab.CodeUnknownValue}}},
		{"a repeated alias is a duplicate", func(r *Region) { r.Aliases = []string{"A", "B", "A"} },
			[]problem{{"aliases[2]", collab.CodeDuplicate}}},
		{"an empty alias is required", func(r *Region) { r.Aliases = []string{""} },
			[]problem{{"aliases[0]", collab.CodeRequired}}},
		{"too many aliases are too many", func(r *Region) { r.Aliases = make([]string, MaxAliases+1) },
			[]problem{{"aliases", collab.CodeTooMany}}},
		{"an empty parent is required", func(r *Region) { r.Parents = []string{"provincie-utrecht", ""} },
			[]problem{{"parents[1]", collab.CodeRequired}}},
		{"a parent that is no slug has a bad format", func(r *Region) { r.Parents = []string{"Utrecht"} },
			[]problem{{"parents[0]", collab.CodeBadFormat}}},
		{"a repeated parent is a duplicate", func(r *Region) { r.Parents = []string{"a", "b", "a"} },
			[]problem{{"parents[2]", collab.CodeDuplicate}}},
		{"a region cannot be its own parent", func(r *Region) { r.Parents = []string{"voorbeeldregio"} },
			[]problem{{"parents[0]", collab.CodeNotAllowed}}},
		{"an empty member is required", func(r *Region) { r.Members = []string{"gemeente-aalten", ""} },
			[]problem{{"members[1]", collab.CodeRequired}}},
		{"a member that is no slug has a bad format", func(r *Region) { r.Members = []string{"GM0197"} },
			[]problem{{"members[0]", collab.CodeBadFormat}}},
		{"a repeated member is a duplicate", func(r *Region) { r.Members = []string{"a", "b", "a"} },
			[]problem{{"members[2]", collab.CodeDuplicate}}},
		{"a region cannot be its own member", func(r *Region) { r.Members = []string{"voorbeeldregio"} },
			[]problem{{"members[0]", collab.CodeNotAllowed}}},
		{"too many members are too many", func(r *Region) { r.Members = make([]string, MaxMembers+1) },
			[]problem{{"members", collab.CodeTooMany}}},
		{"too many parents are too many", func(r *Region) { r.Parents = make([]string, MaxParents+1) },
			[]problem{{"parents", collab.CodeTooMany}}},
		{"a municipality code on a zorgkantoorregio has a bad format", func(r *Region) { r.CBSCode = "GM0363" },
			[]problem{{"cbsCode", collab.CodeBadFormat}}},
		{"an ISO code in lower case has a bad format", func(r *Region) { r.ISOCode = "nl-ut" },
			[]problem{{"isoCode", collab.CodeBadFormat}}},
		{"a zorgkantoor on a municipality is not allowed", func(r *Region) {
			r.Kind = KindMunicipality
			r.CBSCode = "GM0363"
		}, []problem{{"zorgkantoor", collab.CodeNotAllowed}}},
		{"a zorgkantoor name over the limit is too long", func(r *Region) { r.Zorgkantoor = strings.Repeat("z", collab.MaxNameLength+1) },
			[]problem{{"zorgkantoor", collab.CodeTooLong}}},
		{"a negative population is out of range", func(r *Region) { r.Profile.Population = -1 },
			[]problem{{"profile.population", collab.CodeOutOfRange}}},
		{"a share given as a percentage is out of range", func(r *Region) { r.Profile.Share75Plus = 8.5 },
			[]problem{{"profile.share75Plus", collab.CodeOutOfRange}}},
		{"a negative share is out of range", func(r *Region) { r.Profile.Share75Plus = -0.1 },
			[]problem{{"profile.share75Plus", collab.CodeOutOfRange}}},
		{"a share that is not a number is out of range", func(r *Region) { r.Profile.Share75Plus = math.NaN() },
			[]problem{{"profile.share75Plus", collab.CodeOutOfRange}}},
		{"a care-supply note over the limit is too long", func(r *Region) { r.Profile.CareSupply = strings.Repeat("x", collab.MaxTextLength+1) },
			[]problem{{"profile.careSupply", collab.CodeTooLong}}},
		{"a social-embedding note over the limit is too long", func(r *Region) { r.Profile.SocialEmbedding = strings.Repeat("x", collab.MaxTextLength+1) },
			[]problem{{"profile.socialEmbedding", collab.CodeTooLong}}},
		{"an unset trait is required", func(r *Region) { r.Profile.Traits = []Trait{TraitFastAgeing, 0} },
			[]problem{{"profile.traits[1]", collab.CodeRequired}}},
		{"a trait out of range is unknown", func(r *Region) { r.Profile.Traits = []Trait{Trait(77)} },
			[]problem{{"profile.traits[0]", collab.CodeUnknownValue}}},
		{"a repeated trait is a duplicate", func(r *Region) { r.Profile.Traits = []Trait{TraitLowSES, TraitLoneliness, TraitLowSES} },
			[]problem{{"profile.traits[2]", collab.CodeDuplicate}}},
		{"too many traits are too many", func(r *Region) { r.Profile.Traits = make([]Trait, MaxTraits+1) },
			[]problem{{"profile.traits", collab.CodeTooMany}}},
		{"an unknown provenance status is unknown", func(r *Region) { r.Provenance.CBSCode = CBSCodeStatus(9) },
			[]problem{{"provenance.cbsCode", collab.CodeUnknownValue}}},
		{"a CBS code whose status is unknown is not allowed", func(r *Region) { r.Provenance.CBSCode = CBSCodeUnknown },
			[]problem{{"provenance.cbsCode", collab.CodeNotAllowed}}},
		{"a verified status without a CBS code is not allowed", func(r *Region) { r.CBSCode = "" },
			[]problem{{"provenance.cbsCode", collab.CodeNotAllowed}}},
		{"a zorgkantoor status without a zorgkantoor is not allowed", func(r *Region) { r.Zorgkantoor = "" },
			[]problem{{"provenance.zorgkantoor", collab.CodeNotAllowed}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := fullRegion()
			tt.change(&r)
			err := r.Validate()
			require.Error(t, err)
			assert.Equal(t, tt.want, problemsOf(err))
			for _, p := range tt.want {
				assert.ErrorIs(t, err, p.Code)
			}
		})
	}
}

func TestRegionValidateCollectsEveryProblem(t *testing.T) {
	r := Region{
		Code:        "Bad Code",
		Kind:        KindMunicipality,
		Parents:     []string{"bad code", "Bad Code"},
		CBSCode:     "ZK01",
		Zorgkantoor: "CZ",
		Profile:     Profile{Population: -5, Share75Plus: 12, Traits: []Trait{TraitLoneliness, TraitLoneliness}},
	}
	err := r.Validate()
	assert.Equal(t, []problem{
		{"code", collab.CodeBadFormat},
		{"name", collab.CodeRequired},
		{"parents[0]", collab.CodeBadFormat},
		{"parents[1]", collab.CodeBadFormat},
		{"cbsCode", collab.CodeBadFormat},
		{"zorgkantoor", collab.CodeNotAllowed},
		{"profile.population", collab.CodeOutOfRange},
		{"profile.share75Plus", collab.CodeOutOfRange},
		{"profile.traits[1]", collab.CodeDuplicate},
	}, problemsOf(err))
	assert.Contains(t, err.Error(), `cbsCode: "ZK01" is not a CBS code for a municipality: want GM and 4 digits`)
	assert.Contains(t, err.Error(), "profile.share75Plus: is 12, outside 0 to 1")
}

func TestRegionValidateNestsUnderTheCallersPath(t *testing.T) {
	var v check.Validator
	v.Enter("case")
	v.Enter("region")
	r := Region{Code: "x", Kind: KindCustom}
	v.AddError("", r.Validate())
	v.Leave()
	v.Leave()
	assert.Equal(t, []problem{{"case.region.name", collab.CodeRequired}}, problemsOf(v.Err()))
}

func TestRegionJSON(t *testing.T) {
	t.Run("a region survives a JSON round trip unchanged", func(t *testing.T) {
		r := fullRegion()
		first, err := json.Marshal(r)
		require.NoError(t, err)
		var back Region
		require.NoError(t, json.Unmarshal(first, &back))
		require.NoError(t, back.Validate())
		assert.Equal(t, r, back)
		second, err := json.Marshal(back)
		require.NoError(t, err)
		assert.Equal(t, string(first), string(second))
	})
	t.Run("field names are camelCase and enums are words", func(t *testing.T) {
		b, err := json.Marshal(fullRegion())
		require.NoError(t, err)
		assert.JSONEq(t, `{
			"code": "voorbeeldregio",
			"name": "Voorbeeldregio",
			"kind": "zorgkantoorregio",
			"aliases": ["Regio Voorbeeld", "Voorbeeld"],
			"parents": ["provincie-utrecht", "provincie-gelderland"],
			"cbsCode": "ZK99",
			"zorgkantoor": "Voorbeeld Zorgkantoor",
			"profile": {
				"population": 250000,
				"share75Plus": 0.085,
				"asOf": "2024-01-01",
				"careSupply": "Few large institutions; GPs carry much of the care.",
				"socialEmbedding": "Strong volunteer involvement in the villages.",
				"traits": ["few-large-institutions", "strong-volunteering"]
			},
			"provenance": {"cbsCode": "inferred", "zorgkantoor": "listed"}
		}`, string(b))
	})
	t.Run("optional fields are left out when zero", func(t *testing.T) {
		b, err := json.Marshal(Region{Code: "x", Name: "X", Kind: KindCustom})
		require.NoError(t, err)
		assert.Equal(t, `{"code":"x","name":"X","kind":"custom"}`, string(b))
	})
	t.Run("an unknown kind word is rejected with the word", func(t *testing.T) {
		var r Region
		err := json.Unmarshal([]byte(`{"code":"x","name":"X","kind":"gemeente"}`), &r)
		require.Error(t, err)
		assert.Contains(t, err.Error(), `"gemeente"`)
	})
	t.Run("a region with an unset kind cannot be written", func(t *testing.T) {
		_, err := json.Marshal(Region{Code: "x", Name: "X"})
		assert.Error(t, err)
	})
}

func TestRegionValidateAllocatesNothingWhenValid(t *testing.T) {
	r := fullRegion()
	allocs := testing.AllocsPerRun(100, func() {
		if err := r.Validate(); err != nil {
			t.Fatal(err)
		}
	})
	assert.Zero(t, allocs)
}

func TestProfileHas(t *testing.T) {
	p := fullRegion().Profile
	assert.True(t, p.Has(TraitStrongVolunteering))
	assert.False(t, p.Has(TraitLoneliness))
	assert.True(t, Profile{}.IsZero())
	assert.False(t, p.IsZero())
}

func BenchmarkRegionValidate(b *testing.B) {
	r := fullRegion()
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

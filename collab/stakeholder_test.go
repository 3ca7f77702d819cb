package collab_test

import (
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// validStakeholder returns a stakeholder that passes validation; tests
// change one thing at a time. The AGB and KVK numbers are made up.
func validStakeholder() collab.Stakeholder {
	return collab.Stakeholder{
		ID:      uuid.MustParse("5a4e0000-0000-4000-8000-000000000001"),
		Name:    "Huisartsencoöperatie Voorbeeld",
		Role:    collab.RoleGPCooperative,
		AGB:     "12345678",
		KVK:     "87654321",
		Regions: []string{"haaglanden", "zoetermeer"},
	}
}

func TestStakeholderValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(s *collab.Stakeholder)
		want   []pathCode
	}{
		{"a complete stakeholder is valid", func(s *collab.Stakeholder) {}, nil},
		{"a stakeholder without the optional fields is valid", func(s *collab.Stakeholder) {
			s.AGB, s.KVK, s.Regions = "", "", nil
		}, nil},
		{"a name of the maximum length in multi-byte characters is valid", func(s *collab.Stakeholder) {
			s.Name = strings.Repeat("ë", collab.MaxNameLength)
		}, nil},
		{"the zero stakeholder lacks its ID, name and role", func(s *collab.Stakeholder) {
			*s = collab.Stakeholder{}
		}, []pathCode{{"id", collab.CodeRequired}, {"name", collab.CodeRequired}, {"role", collab.CodeRequired}}},
		{"a blank name is missing", func(s *collab.Stakeholder) { s.Name = "   " },
			[]pathCode{{"name", collab.CodeRequired}}},
		{"a name over the maximum is too long", func(s *collab.Stakeholder) { s.Name = strings.Repeat("x", collab.MaxNameLength+1) },
			[]pathCode{{"name", collab.CodeTooLong}}},
		{"an unknown role is reported", func(s *collab.Stakeholder) { s.Role = collab.Role(77) },
			[]pathCode{{"role", collab.CodeUnknownValue}}},
		{"an AGB code of seven digits is badly formed", func(s *collab.Stakeholder) { s.AGB = "1234567" },
			[]pathCode{{"agb", collab.CodeBadFormat}}},
		{"an AGB code with a letter is badly formed", func(s *collab.Stakeholder) { s.AGB = "1234567a" },
			[]pathCode{{"agb", collab.CodeBadFormat}}},
		{"a KVK branch number of twelve digits is not a KVK number", func(s *collab.Stakeholder) { s.KVK = "123456789012" },
			[]pathCode{{"kvk", collab.CodeBadFormat}}},
		{"an empty and a repeated region code are reported by index", func(s *collab.Stakeholder) {
			s.Regions = []string{"haaglanden", "", "zoetermeer", "haaglanden"}
		}, []pathCode{{"regions[1]", collab.CodeRequired}, {"regions[3]", collab.CodeDuplicate}}},
		{"too many region codes are reported", func(s *collab.Stakeholder) {
			s.Regions = make([]string, collab.MaxRegionCodes+1)
			for i := range s.Regions {
				s.Regions[i] = "r" + strings.Repeat("x", i)
			}
		}, []pathCode{{"regions", collab.CodeTooMany}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := validStakeholder()
			tt.change(&s)
			err := s.Validate()
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			assert.Equal(t, tt.want, pathCodes(err))
		})
	}

	t.Run("the message names the bad AGB code", func(t *testing.T) {
		s := validStakeholder()
		s.AGB = "1234"
		assert.EqualError(t, s.Validate(), `agb: "1234" is not an AGB code of exactly 8 digits`)
	})
	t.Run("AddError puts the problems of Validate below the current path", func(t *testing.T) {
		s := validStakeholder()
		s.Name = ""
		var v check.Validator
		v.Item("stakeholders", 4)
		v.AddError("", s.Validate())
		v.Leave()
		assert.Equal(t, []pathCode{{"stakeholders[4].name", collab.CodeRequired}}, pathCodes(v.Err()))
	})
}

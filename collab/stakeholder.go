package collab

import (
	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Stakeholder is an organisation or group that takes part in regional
// collaboration: a care provider, a GP cooperative, the zorgkantoor, a
// municipality, the informal carers of a district.
//
// The zero Stakeholder is not valid: ID, Name and Role are required.
type Stakeholder struct {
	ID   uuid.UUID `json:"id"`
	Name string    `json:"name"`
	Role Role      `json:"role"`
	// AGB is the optional AGB code of the Vektis register of care
	// providers: exactly eight digits. Only the form is checked; the
	// register publishes no check digit.
	AGB string `json:"agb,omitempty"`
	// KVK is the optional Chamber of Commerce number: exactly eight digits.
	KVK string `json:"kvk,omitempty"`
	// Regions are the codes of the regions the stakeholder works in.
	Regions []string `json:"regions,omitempty"`
}

// Validate checks the stakeholder and returns nil or Problems.
func (s *Stakeholder) Validate() error {
	var v check.Validator
	s.validate(&v)
	return v.Err()
}

func (s *Stakeholder) validate(v *check.Validator) {
	v.Required("id", s.ID == uuid.Nil)
	v.Text("name", s.Name, true, MaxNameLength)
	v.Enum("role", s.Role, true)
	if s.AGB != "" && !isDigits(s.AGB, 8) {
		v.Addf("agb", CodeBadFormat, "%q is not an AGB code of exactly 8 digits", s.AGB)
	}
	if s.KVK != "" && !isDigits(s.KVK, 8) {
		v.Addf("kvk", CodeBadFormat, "%q is not a KVK number of exactly 8 digits", s.KVK)
	}
	for i, code := range s.Regions[:v.Count("regions", len(s.Regions), MaxRegionCodes)] {
		v.Item("regions", i)
		if code == "" {
			v.Addf("", CodeRequired, "is empty")
		}
		check.Unique(v, "", s.Regions, i, func(c *string) string { return *c }, "regions")
		v.Leave()
	}
}

func isDigits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

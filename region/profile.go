package region

import (
	"math"
	"slices"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Profile describes what makes a region differ from others: its population,
// how old it is, its care supply and its social embedding. The sources
// stress that each region must work to its own size and character; the
// profile is where that character is written down.
//
// Every field is optional; the zero Profile says nothing about the region.
// The reference regions carry only their CBS population and its date (see
// Reference); fill in the rest for your own regions.
type Profile struct {
	// Population is the number of residents; zero means unknown. It must
	// not be negative.
	Population int `json:"population,omitempty"`
	// Share75Plus is the share of residents aged 75 and over as a FRACTION
	// between 0 and 1 (0.12 means 12 per cent); zero means unknown.
	Share75Plus float64 `json:"share75Plus,omitempty"`
	// AsOf is the date the figures refer to; zero means not given.
	AsOf collab.Date `json:"asOf,omitzero"`
	// CareSupply is a free note on the care supply: which providers are
	// active, whether there are few large institutions, the role of GPs.
	// At most collab.MaxTextLength characters.
	CareSupply string `json:"careSupply,omitempty"`
	// SocialEmbedding is a free note on the social embedding: volunteers,
	// informal carers, neighbourhood networks, loneliness. At most
	// collab.MaxTextLength characters.
	SocialEmbedding string `json:"socialEmbedding,omitempty"`
	// Traits are typed features for comparing regions, each at most once;
	// at most MaxTraits.
	Traits []Trait `json:"traits,omitempty"`
}

// IsZero reports whether the profile says nothing.
func (p Profile) IsZero() bool {
	return p.Population == 0 && p.Share75Plus == 0 && p.AsOf.IsZero() &&
		p.CareSupply == "" && p.SocialEmbedding == "" && len(p.Traits) == 0
}

// Has reports whether the profile lists trait t.
func (p *Profile) Has(t Trait) bool { return slices.Contains(p.Traits, t) }

// Validate checks the profile and returns nil or collab.Problems: a
// negative population or a share outside 0 to 1 (CodeOutOfRange), notes over
// collab.MaxTextLength (CodeTooLong), more than MaxTraits traits (CodeTooMany),
// unknown traits (CodeUnknownValue) and repeated traits (CodeDuplicate).
func (p *Profile) Validate() error {
	var v check.Validator
	p.validate(&v)
	return v.Err()
}

// validate adds the profile's problems to v at v's current path.
func (p *Profile) validate(v *check.Validator) {
	if p.Population < 0 {
		v.Addf("population", collab.CodeOutOfRange, "is %d; a population cannot be negative", p.Population)
	}
	if math.IsNaN(p.Share75Plus) || p.Share75Plus < 0 || p.Share75Plus > 1 {
		v.Addf("share75Plus", collab.CodeOutOfRange, "is %v, outside 0 to 1 (a fraction: 0.12 means 12%%)", p.Share75Plus)
	}
	v.Text("careSupply", p.CareSupply, false, collab.MaxTextLength)
	v.Text("socialEmbedding", p.SocialEmbedding, false, collab.MaxTextLength)
	if len(p.Traits) > MaxTraits {
		v.Count("traits", len(p.Traits), MaxTraits)
		return
	}
	if len(p.Traits) == 0 {
		return
	}
	check.EnumSet(v, "traits", p.Traits, "trait")
}

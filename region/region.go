package region

import (
	"slices"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Region is an area in which care is organised and collaborations work: a
// neighbourhood, a municipality, a zorgkantoorregio, a province, the
// Netherlands, or an area a collaboration defines itself. Regions form a
// hierarchy through Parents; a Catalogue holds them and resolves codes.
//
// The zero Region is not valid: Code, Name and Kind are required.
type Region struct {
	// Code is the region's stable key, a slug such as "west-brabant" (see
	// ValidCode). Other values refer to a region by this code.
	Code string `json:"code"`
	// Name is the region's name as people write it, such as "Fryslân" or
	// "'t Gooi"; at most collab.MaxNameLength characters.
	Name string `json:"name"`
	// Kind is the kind of area.
	Kind Kind `json:"kind"`
	// Aliases are other names by which the region is known, such as
	// "Friesland" for the province Fryslân; Catalogue.LookupByName matches them.
	// At most MaxAliases, each at most collab.MaxNameLength characters.
	Aliases []string `json:"aliases,omitempty"`
	// Parents are the codes of the regions this region lies in, wholly or
	// partly: a zorgkantoorregio whose municipalities lie in two provinces
	// has both. At most MaxParents, each once.
	Parents []string `json:"parents,omitempty"`
	// Members are the codes of the regions this region is made of, for a
	// region that is the sum of others: an IZA region or "the four
	// municipalities of the Achterhoek", made of reference municipalities.
	// Catalogue.Summarize adds up their populations and finds their
	// zorgkantoorregio's; Catalogue.Municipalities lists them. Members are
	// not parents: a region does not lie in its members, nor they in it,
	// so the reference regions need not change when a user draws a region
	// across them. At most MaxMembers, each once.
	Members []string `json:"members,omitempty"`
	// CBSCode is the optional area code of Statistics Netherlands, whose
	// form depends on Kind (see ValidCBSCode): GM0363, PV26, ZK02, GG3406.
	CBSCode string `json:"cbsCode,omitempty"`
	// ISOCode is the optional ISO 3166 code: "NL" for the country, "NL-UT"
	// for a province (see ValidISOCode).
	ISOCode string `json:"isoCode,omitempty"`
	// Zorgkantoor is the name of the zorgkantoor that holds the concession
	// for a zorgkantoorregio, such as "CZ"; only zorgkantoorregio's have
	// one. At most collab.MaxNameLength characters.
	Zorgkantoor string `json:"zorgkantoor,omitempty"`
	// Profile describes the region's population, care supply and social
	// embedding; optional.
	Profile Profile `json:"profile,omitzero"`
	// Provenance tells where the facts of a reference region come from;
	// regions that users add usually leave it zero.
	Provenance Provenance `json:"provenance,omitzero"`
}

// HasParent reports whether code is one of r's direct parents.
func (r *Region) HasParent(code string) bool { return slices.Contains(r.Parents, code) }

// Validate checks the region on its own and returns nil or collab.Problems
// with every problem found: a missing code, name or kind (CodeRequired); a
// code, parent code, CBS code or ISO code of the wrong form (CodeBadFormat);
// an unknown kind, trait or provenance status (CodeUnknownValue); texts over
// their limits (CodeTooLong); too many aliases, parents, members or traits
// (CodeTooMany); repeated parents, members or aliases (CodeDuplicate); a
// region that is its own parent or member, or a zorgkantoor or provenance
// that does not fit (CodeNotAllowed); numbers out of range in the profile
// (CodeOutOfRange). Member codes are checked as parent codes are.
//
// Whether the parents and members exist, and whether they form a cycle, is a question
// for the Catalogue that holds the region (see Catalogue.With). Validating a
// valid region allocates nothing.
func (r *Region) Validate() error {
	var v check.Validator
	r.validate(&v)
	return v.Err()
}

// validate adds the region's problems to v at v's current path.
func (r *Region) validate(v *check.Validator) {
	if v.Required("code", r.Code == "") && !ValidCode(r.Code) {
		v.Addf("code", collab.CodeBadFormat, "%q is not a region code: lowercase letters and digits joined by single hyphens, at most %d bytes", r.Code, MaxCodeLength)
	}
	v.Text("name", r.Name, true, collab.MaxNameLength)
	v.Enum("kind", r.Kind, true)
	r.validateAliases(v)
	r.validateParents(v)
	r.validateMembers(v)
	if r.CBSCode != "" && r.Kind.IsValid() && !ValidCBSCode(r.Kind, r.CBSCode) {
		v.Addf("cbsCode", collab.CodeBadFormat, "%q is not a CBS code for a %s: want %s", r.CBSCode, r.Kind, CBSCodeForm(r.Kind))
	}
	if r.ISOCode != "" && !ValidISOCode(r.ISOCode) {
		v.Addf("isoCode", collab.CodeBadFormat, "%q is not an ISO 3166 code such as NL or NL-UT", r.ISOCode)
	}
	if r.Zorgkantoor != "" && r.Kind.IsValid() && r.Kind != KindZorgkantoorregio {
		v.Addf("zorgkantoor", collab.CodeNotAllowed, "only a zorgkantoorregio has a zorgkantoor, and this region is a %s", r.Kind)
	}
	v.Text("zorgkantoor", r.Zorgkantoor, false, collab.MaxNameLength)
	if !r.Profile.IsZero() {
		v.Enter("profile")
		r.Profile.validate(v)
		v.Leave()
	}
	if !r.Provenance.IsZero() {
		v.Enter("provenance")
		r.validateProvenance(v)
		v.Leave()
	}
}

func (r *Region) validateAliases(v *check.Validator) {
	if len(r.Aliases) > MaxAliases {
		v.Count("aliases", len(r.Aliases), MaxAliases)
		return
	}
	if len(r.Aliases) == 0 {
		return
	}
	v.Enter("aliases")
	for i, a := range r.Aliases {
		v.Index(i)
		v.Text("", a, true, collab.MaxNameLength)
		for j := range i {
			if a != "" && r.Aliases[j] == a {
				v.Addf("", collab.CodeDuplicate, "alias %q is listed before, at aliases[%d]", a, j)
				break
			}
		}
		v.Leave()
	}
	v.Leave()
}

func (r *Region) validateParents(v *check.Validator) {
	r.validateCodes(v, "parents", "parent", r.Parents, MaxParents)
}

func (r *Region) validateMembers(v *check.Validator) {
	r.validateCodes(v, "members", "member", r.Members, MaxMembers)
}

// validateCodes checks a list of region codes that r refers to: its
// parents or its members.
func (r *Region) validateCodes(v *check.Validator, field, what string, list []string, most int) {
	if len(list) > most {
		v.Count(field, len(list), most)
		return
	}
	if len(list) == 0 {
		return
	}
	v.Enter(field)
	for i, p := range list {
		v.Index(i)
		switch {
		case p == "":
			v.Addf("", collab.CodeRequired, "is empty")
		case !ValidCode(p):
			v.Addf("", collab.CodeBadFormat, "%q is not a region code: lowercase letters and digits joined by single hyphens", p)
		case p == r.Code:
			v.Addf("", collab.CodeNotAllowed, "region %q cannot be its own %s", p, what)
		}
		for j := range i {
			if p != "" && list[j] == p {
				v.Addf("", collab.CodeDuplicate, "%s %q is listed before, at %s[%d]", what, p, field, j)
				break
			}
		}
		v.Leave()
	}
	v.Leave()
}

func (r *Region) validateProvenance(v *check.Validator) {
	p := r.Provenance
	v.Enum("cbsCode", p.CBSCode, false)
	v.Enum("zorgkantoor", p.Zorgkantoor, false)
	switch {
	case p.CBSCode == CBSCodeUnknown && r.CBSCode != "":
		v.Addf("cbsCode", collab.CodeNotAllowed, "says the CBS code is unknown, but the region has CBS code %q", r.CBSCode)
	case (p.CBSCode == CBSCodeVerified || p.CBSCode == CBSCodeInferred) && r.CBSCode == "":
		v.Addf("cbsCode", collab.CodeNotAllowed, "says the CBS code is %s, but the region has no CBS code", p.CBSCode)
	}
	if p.Zorgkantoor.IsValid() && r.Zorgkantoor == "" {
		v.Addf("zorgkantoor", collab.CodeNotAllowed, "says the zorgkantoor is %s, but the region names no zorgkantoor", p.Zorgkantoor)
	}
}

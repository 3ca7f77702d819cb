package region

import (
	"slices"

	"github.com/regiokompas/regiokompas/collab"
)

// Summary is what a catalogue can say about a region from the regions it
// is made of: how many people live there and which zorgkantoorregio's and
// provinces it touches. Catalogue.Summarize returns it.
type Summary struct {
	// Code is the region summarised.
	Code string `json:"code"`
	// Population is the number of residents: for a region with Members the
	// sum of its members' populations, else the region's own
	// Profile.Population. Zero when none is known.
	Population int `json:"population"`
	// AsOf is the date of the population: the latest date among the
	// figures added up; zero when none gives one.
	AsOf collab.Date `json:"asOf,omitzero"`
	// Unknown are the codes of the members without a population, which
	// Population therefore leaves out; nil when every member has one.
	Unknown []string `json:"unknown,omitempty"`
	// Zorgkantoorregios are the codes of the zorgkantoorregio's the region
	// lies in, or its members lie in or are, in the catalogue's order.
	Zorgkantoorregios []string `json:"zorgkantoorregios,omitempty"`
	// Provinces are the codes of the provinces the region or its members
	// lie in or are, in the catalogue's order.
	Provinces []string `json:"provinces,omitempty"`
}

// Summarize returns the summary of the region with code and true, or the
// zero Summary and false when c holds no such region.
//
// A region with Members (a custom region made of municipalities, such as
// an IZA region or "the four municipalities of the Achterhoek") gets the
// sum of its members' populations, and the zorgkantoorregio's and
// provinces that its members are or lie in: its zorgkantoorregio's are
// derived, not declared. Any other region is summarised as itself: its own
// population, and the zorgkantoorregio's and provinces it is or lies in.
// Members are summed one level deep: a member that has members itself
// counts with its own Profile.Population. A region lies in its parents and
// in what they lie in, except above a region with several parents, which
// lies in each only partly: the provinces of a municipality of 't Gooi are
// its own, not the three of its zorgkantoorregio.
func (c Catalogue) Summarize(code string) (Summary, bool) {
	at, ok := c.position(code)
	if !ok {
		return Summary{}, false
	}
	s := Summary{Code: code}
	r := &c.regions[at]
	parts := []int{at}
	if len(r.Members) > 0 {
		parts = parts[:0]
		for _, m := range r.Members {
			if p, ok := c.position(m); ok {
				parts = append(parts, p)
			}
		}
	}
	var zks, provinces []int
	note := func(list []int, p int) []int {
		if !slices.Contains(list, p) {
			list = append(list, p)
		}
		return list
	}
	for _, p := range parts {
		part := &c.regions[p]
		switch {
		case part.Profile.Population > 0:
			s.Population += part.Profile.Population
			if part.Profile.AsOf.After(s.AsOf) {
				s.AsOf = part.Profile.AsOf
			}
		case len(r.Members) > 0:
			s.Unknown = append(s.Unknown, part.Code)
		}
		for _, q := range append([]int{p}, c.enclosing(p)...) {
			switch c.regions[q].Kind {
			case KindZorgkantoorregio:
				zks = note(zks, q)
			case KindProvince:
				provinces = note(provinces, q)
			}
		}
	}
	s.Zorgkantoorregios = c.codesAt(zks)
	s.Provinces = c.codesAt(provinces)
	return s, true
}

// codesAt returns the codes of the regions at positions, sorted into the
// catalogue's order; nil when there are none.
func (c Catalogue) codesAt(positions []int) []string {
	if len(positions) == 0 {
		return nil
	}
	slices.Sort(positions)
	out := make([]string, len(positions))
	for i, p := range positions {
		out[i] = c.regions[p].Code
	}
	return out
}

// enclosing returns the positions of the regions that the region at
// position at is or lies in by its parents: its direct parents, and above
// them only the parents of regions with a single parent. A region with
// several parents (a zorgkantoorregio across two provinces) lies partly in
// each, so what lies in it need not lie in them: a municipality of 't Gooi
// lies in Noord-Holland through its own province, not in Flevoland
// through its zorgkantoorregio.
func (c Catalogue) enclosing(at int) []int {
	var found []int
	add := func(parents []string) {
		for _, p := range parents {
			if q, ok := c.position(p); ok && q != at && !slices.Contains(found, q) {
				found = append(found, q)
			}
		}
	}
	add(c.regions[at].Parents)
	for k := 0; k < len(found); k++ {
		if ps := c.regions[found[k]].Parents; len(ps) == 1 {
			add(ps)
		}
	}
	return found
}

// Municipalities returns the municipalities of the region with code, in
// All's order, as a new slice; nil when there are none or c does not hold
// code. For a region with Members they are its members that are
// municipalities and the municipalities of its other members; for any
// other region, the municipalities that lie in it: those that name it as
// a parent, or lie in a region that lies wholly in it (see Summarize):
// the municipalities of a zorgkantoorregio, a province, the Netherlands.
func (c Catalogue) Municipalities(code string) []Region {
	at, ok := c.position(code)
	if !ok {
		return nil
	}
	targets := []int{at}
	members := len(c.regions[at].Members) > 0
	if members {
		targets = targets[:0]
		for _, m := range c.regions[at].Members {
			if p, ok := c.position(m); ok {
				targets = append(targets, p)
			}
		}
	}
	var out []Region
	for i := range c.regions {
		r := &c.regions[i]
		if r.Kind != KindMunicipality {
			continue
		}
		if members && slices.Contains(targets, i) {
			out = append(out, cloneRegion(*r))
			continue
		}
		around := c.enclosing(i)
		if slices.ContainsFunc(targets, func(t int) bool { return slices.Contains(around, t) }) {
			out = append(out, cloneRegion(*r))
		}
	}
	return out
}

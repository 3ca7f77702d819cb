package assess

import (
	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/regiokompas/regiokompas/region"
)

// maxQuickRegions is the largest number of a case's own regions that
// caseRegions checks in place; more are layered over the reference
// catalogue with region.Catalogue.With, which allocates.
const maxQuickRegions = 64

// caseRegions resolves region codes against the reference catalogue and a
// case's own regions. When the own regions are sound it answers without
// building a new catalogue, so that validating a valid case allocates
// nothing; otherwise it lets region.Catalogue.With name every problem.
type caseRegions struct {
	catalogue region.Catalogue
	own       []region.Region // checked in place; nil once layered into catalogue
}

// resolveRegions checks the case's own regions, adding their problems to v
// at "regions", and returns the resolver for the case's region codes.
func resolveRegions(v *check.Validator, own []region.Region) caseRegions {
	ref := region.Reference()
	if len(own) == 0 || ownRegionsSound(ref, own) {
		return caseRegions{catalogue: ref, own: own}
	}
	withOwn, err := ref.With(own...)
	if err != nil {
		v.AddError("", err)
		return caseRegions{catalogue: ref, own: own}
	}
	return caseRegions{catalogue: withOwn}
}

// checkCode records a problem at field when code does not resolve, with the
// messages of region.Catalogue.CheckCode.
func (r caseRegions) checkCode(v *check.Validator, field, code string) {
	if isOwn(r.own, code) {
		return
	}
	r.catalogue.CheckCode(v, field, code)
}

// ownRegionsSound reports, without allocating, whether a few own regions
// are valid, use codes of their own, have parents and members that resolve
// and lie in no cycle. A false answer sends the regions through region.Catalogue.With,
// which names the problems.
func ownRegionsSound(ref region.Catalogue, own []region.Region) bool {
	if len(own) > maxQuickRegions {
		return false
	}
	for i := range own {
		if own[i].Validate() != nil || ref.Has(own[i].Code) {
			return false
		}
		for j := range i {
			if own[j].Code == own[i].Code {
				return false
			}
		}
		for _, m := range own[i].Members {
			if !ref.Has(m) && !isOwn(own, m) {
				return false
			}
		}
	}
	// A region is settled once each of its parents is a reference region
	// or a settled own region; the reference regions lie in no cycle, so
	// the own regions are sound when all of them settle.
	var settled [maxQuickRegions]bool
	for left, progress := len(own), true; progress; {
		progress = false
		for i := range own {
			if settled[i] || !parentsSettled(ref, own, &settled, i) {
				continue
			}
			settled[i], progress = true, true
			left--
		}
		if left == 0 {
			return true
		}
	}
	return false
}

// isOwn reports whether code is the code of one of the own regions.
func isOwn(own []region.Region, code string) bool {
	for i := range own {
		if own[i].Code == code {
			return true
		}
	}
	return false
}

func parentsSettled(ref region.Catalogue, own []region.Region, settled *[maxQuickRegions]bool, i int) bool {
	for _, p := range own[i].Parents {
		if ref.Has(p) {
			continue
		}
		found := false
		for j := range own {
			if own[j].Code == p && settled[j] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

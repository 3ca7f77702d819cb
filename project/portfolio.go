package project

import (
	"cmp"
	"iter"
	"slices"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Portfolio is a set of projects, for example all projects of a region or
// of a national programme, which started 320 of them. It answers queries
// (which projects run in a region, carry a theme, stand in a phase) and
// analytics (ThemesPerYear, ThemeShift, PhasesOn, Regions, FundingBySource,
// FundingPerYear, Stalled).
//
// Queries return iterators over pointers into Projects, in the order of
// Projects; they see changes made to the portfolio while iterating. The
// zero Portfolio is empty and valid. A Portfolio is a plain struct, built
// as a literal (&Portfolio{Projects: ps}) or read with DecodePortfolio; it
// is safe for concurrent reading.
type Portfolio struct {
	Projects []Project `json:"projects"`
}

// Len returns the number of projects.
func (pf *Portfolio) Len() int { return len(pf.Projects) }

// Project returns the project with the given ID, or nil. It searches
// linearly.
func (pf *Portfolio) Project(id uuid.UUID) *Project {
	for i := range pf.Projects {
		if pf.Projects[i].ID == id {
			return &pf.Projects[i]
		}
	}
	return nil
}

// Validate checks every project and that no ID occurs twice, and returns
// nil or collab.Problems with paths such as "projects[3].themes[0]".
//
// Projects are validated without allocating, and a portfolio of up to 64
// projects is checked for duplicate IDs pair by pair, also without
// allocating. A larger portfolio sorts a copy of its IDs instead: one
// allocation of 24 bytes per project and O(n log n) time, instead of the
// O(n²) comparisons that would make a portfolio of a million projects
// impossible to check. Duplicates are reported at the later project, with
// the index of the first.
func (pf *Portfolio) Validate() error {
	var v check.Validator
	for i := range pf.Projects {
		v.Item("projects", i)
		pf.Projects[i].validate(&v)
		v.Leave()
	}
	pf.checkDuplicates(&v)
	return v.Err()
}

// ValidateIn checks the portfolio as projects of the collaborations cs: it
// returns every problem Validate reports and, besides, each project's
// references into its collaboration among cs, as Project.ValidateIn
// describes, each problem once. A project whose collaboration is not among
// cs gives collab.CodeDanglingReference at "projects[i].collaboration".
func (pf *Portfolio) ValidateIn(cs ...*collab.Collaboration) error {
	var v check.Validator
	for i := range pf.Projects {
		p := &pf.Projects[i]
		v.Item("projects", i)
		p.validate(&v)
		if c := findCollaboration(cs, p.Collaboration); c != nil {
			p.validateIn(&v, c)
		} else if p.Collaboration != uuid.Nil {
			v.Addf("collaboration", collab.CodeDanglingReference, "%s is not a known collaboration", p.Collaboration)
		}
		v.Leave()
	}
	pf.checkDuplicates(&v)
	return v.Err()
}

func findCollaboration(cs []*collab.Collaboration, id uuid.UUID) *collab.Collaboration {
	for _, c := range cs {
		if c != nil && c.ID == id {
			return c
		}
	}
	return nil
}

// smallPortfolio is the size up to which duplicate IDs are found by
// comparing every pair, without allocating.
const smallPortfolio = 64

func (pf *Portfolio) checkDuplicates(v *check.Validator) {
	ps := pf.Projects
	if len(ps) <= smallPortfolio {
		for i := range ps {
			if ps[i].ID == uuid.Nil {
				continue
			}
			if j := check.EarlierIndex(ps, i, projectKey); j >= 0 {
				reportDuplicate(v, i, j, ps[i].ID)
			}
		}
		return
	}
	refs := make([]check.IDKey, 0, len(ps))
	for i := range ps {
		if id := ps[i].ID; id != uuid.Nil {
			refs = append(refs, check.NewIDKey(id, i))
		}
	}
	check.SortIDKeys(refs)
	first := 0
	type dup struct{ i, j int } // projects[i] repeats the ID of projects[j]
	var dups []dup              // only allocated when there are duplicates
	for k := 1; k < len(refs); k++ {
		if !refs[k].SameID(refs[first]) {
			first = k
			continue
		}
		dups = append(dups, dup{i: refs[k].I, j: refs[first].I})
	}
	// Report in the order of the projects, as the small case does.
	slices.SortFunc(dups, func(a, b dup) int { return cmp.Compare(a.i, b.i) })
	for _, d := range dups {
		reportDuplicate(v, d.i, d.j, ps[d.i].ID)
	}
}

func projectKey(p *Project) uuid.UUID { return p.ID }

func reportDuplicate(v *check.Validator, i, j int, id uuid.UUID) {
	v.Item("projects", i)
	v.Addf("id", collab.CodeDuplicate, "%s is already used, at projects[%d]", id, j)
	v.Leave()
}

// All iterates over every project.
func (pf *Portfolio) All() iter.Seq[*Project] {
	return pf.where(func(*Project) bool { return true })
}

// ByRegion iterates over the projects in the region with the given code.
func (pf *Portfolio) ByRegion(code string) iter.Seq[*Project] {
	return pf.where(func(p *Project) bool { return p.Region == code })
}

// ByTheme iterates over the projects that carry theme t.
func (pf *Portfolio) ByTheme(t Theme) iter.Seq[*Project] {
	return pf.where(func(p *Project) bool { return p.HasTheme(t) })
}

// ByPhase iterates over the projects that were in phase ph on asOf.
func (pf *Portfolio) ByPhase(ph Phase, asOf collab.Date) iter.Seq[*Project] {
	return pf.where(func(p *Project) bool { return p.PhaseOn(asOf) == ph })
}

// ByCollaboration iterates over the projects of the collaboration id.
func (pf *Portfolio) ByCollaboration(id uuid.UUID) iter.Seq[*Project] {
	return pf.where(func(p *Project) bool { return p.Collaboration == id })
}

// RunningOn iterates over the projects that were running on d (see
// Project.IsRunningOn).
func (pf *Portfolio) RunningOn(d collab.Date) iter.Seq[*Project] {
	return pf.where(func(p *Project) bool { return p.IsRunningOn(d) })
}

// Stalled iterates over the projects that stall as of asOf: running on
// asOf (so in an active phase; embedded and stopped projects never stall)
// and in the same phase for more than months whole months, counted from
// the last phase change on or before asOf.
func (pf *Portfolio) Stalled(asOf collab.Date, months int) iter.Seq[*Project] {
	return pf.where(func(p *Project) bool { return p.stalls(asOf, months) })
}

func (p *Project) stalls(asOf collab.Date, months int) bool {
	if !p.IsRunningOn(asOf) {
		return false
	}
	pc, _ := p.PhaseChangeOn(asOf)
	return asOf.MonthsSince(pc.Since) > months
}

func (pf *Portfolio) where(keep func(*Project) bool) iter.Seq[*Project] {
	return func(yield func(*Project) bool) {
		for i := range pf.Projects {
			if p := &pf.Projects[i]; keep(p) && !yield(p) {
				return
			}
		}
	}
}

package lesson

import (
	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/region"
)

// Case bundles what the assessment needs to judge one collaboration: the
// collaboration, the stakeholders it refers to, any regions of its own
// beside the Dutch reference regions, and its projects. Its JSON form is the
// file format users write (see the package documentation for a complete
// example):
//
//	{
//	  "stakeholders": [{"id": "...", "name": "...", "role": "zorgkantoor"}, ...],
//	  "collaboration": {"id": "...", "name": "...", "region": "friesland", ...},
//	  "regions": [{"code": "...", "name": "...", "kind": "municipality", "parents": [...]}],
//	  "projects": [{"id": "...", "title": "...", "collaboration": "...", ...}]
//	}
//
// The zero Case is not valid.
type Case struct {
	Stakeholders  []collab.Stakeholder `json:"stakeholders"`
	Collaboration collab.Collaboration `json:"collaboration"`
	// Regions are the case's own regions (a municipality, a few
	// neighbourhoods), layered over region.Reference(); omit it when the
	// collaboration's region is a reference region.
	Regions  []region.Region   `json:"regions,omitempty"`
	Projects []project.Project `json:"projects,omitempty"`
}

// Documented limits of a case, beyond those of its parts.
const (
	MaxStakeholders = collab.MaxMembers * 2
	MaxProjects     = 10000
)

// Validate checks the case as a whole and returns nil or collab.Problems
// with paths from the root of the case document. Besides validating each
// part it checks that every reference resolves: members and role holders
// are stakeholders of the case, the regions of stakeholders and projects
// are known, projects belong to this collaboration and
// involve its members, the collaboration's region is a reference region or
// one of the case's own, and IDs are unique.
func (c *Case) Validate() error {
	var v collab.Validator
	c.ValidateWith(&v)
	return v.Err()
}

// ValidateWith adds the case's problems to v at v's current path.
func (c *Case) ValidateWith(v *collab.Validator) {
	v.Required("stakeholders", len(c.Stakeholders) == 0)
	collab.Items(v, "stakeholders", c.Stakeholders, MaxStakeholders, func(i int, s *collab.Stakeholder) {
		s.ValidateWith(v)
		collab.Unique(v, "id", c.Stakeholders, i, stakeholderID, "stakeholders")
	})

	col := &c.Collaboration
	v.Enter("collaboration")
	col.ValidateWith(v)
	for i := range col.Members {
		id := col.Members[i].Stakeholder
		if id != uuid.Nil && c.stakeholderIndex(id) < 0 {
			v.Item("members", i)
			v.Addf("stakeholder", collab.CodeDanglingReference, "%s is not among the case's stakeholders", id)
			v.Leave()
		}
	}
	v.Leave()

	regions := region.Reference()
	if len(c.Regions) > 0 {
		withOwn, err := regions.With(c.Regions...)
		if err != nil {
			v.AddError("", err)
		} else {
			regions = withOwn
		}
	}
	if col.Region != "" {
		v.Enter("collaboration")
		regions.CheckCode(v, "region", col.Region)
		v.Leave()
	}
	for i := range c.Stakeholders {
		for j, code := range c.Stakeholders[i].Regions {
			if code != "" {
				v.Item("stakeholders", i)
				v.Item("regions", j)
				regions.CheckCode(v, "", code)
				v.Leave()
				v.Leave()
			}
		}
	}

	collab.Items(v, "projects", c.Projects, MaxProjects, func(i int, p *project.Project) {
		p.ValidateWith(v)
		p.ValidateAgainst(v, col)
		if p.Region != "" {
			regions.CheckCode(v, "region", p.Region)
		}
		collab.Unique(v, "id", c.Projects, i, projectID, "projects")
	})
}

func stakeholderID(s *collab.Stakeholder) uuid.UUID { return s.ID }
func projectID(p *project.Project) uuid.UUID        { return p.ID }

// stakeholderIndex returns the index of the stakeholder id, or -1.
func (c *Case) stakeholderIndex(id uuid.UUID) int {
	for i := range c.Stakeholders {
		if c.Stakeholders[i].ID == id {
			return i
		}
	}
	return -1
}

// Stakeholder returns the stakeholder with the given ID, or nil. The
// pointer refers into c.Stakeholders.
func (c *Case) Stakeholder(id uuid.UUID) *collab.Stakeholder {
	if i := c.stakeholderIndex(id); i >= 0 {
		return &c.Stakeholders[i]
	}
	return nil
}

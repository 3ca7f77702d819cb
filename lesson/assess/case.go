package assess

import (
	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
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
//	  "projects": [{"id": "...", "title": "...", "collaboration": "...", ...}],
//	  "selfAssessments": [{"id": "...", "date": "2024-03-01", "ratings": [...]}]
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
	// SelfAssessments are the rounds in which the partners rated the
	// collaboration themselves (see collab.SelfAssessment), in any order.
	// The report shows the latest round on or before its as-of date beside
	// the evidence; earlier rounds stay for comparison over time.
	SelfAssessments []collab.SelfAssessment `json:"selfAssessments,omitempty"`
}

// Documented limits of a case, beyond those of its parts.
const (
	MaxStakeholders = collab.MaxMembers * 2
	MaxProjects     = 10000
	// MaxSelfAssessments is the number of self-assessment rounds of one
	// case: four a year for 25 years.
	MaxSelfAssessments = 100
)

// Validate checks the case as a whole and returns nil or collab.Problems
// with paths from the root of the case document. Besides validating each
// part it checks that every reference resolves: members and role holders
// are stakeholders of the case, the regions of stakeholders and projects
// and of the help other regions gave (with its stakeholder) are known, projects belong to this collaboration and
// involve its members, the collaboration's region is a reference region or
// one of the case's own, and IDs are unique. Each self-assessment round is
// checked as collab.SelfAssessment.ValidateIn describes,
// with paths such as "selfAssessments[0].ratings[2].scores[1].score"; two
// rounds may not share an ID (CodeDuplicate at "id") or a date
// (CodeDuplicate at "date"), so that the latest round is always one.
//
// Each problem is reported once: a project's own problems and those of its
// references into the collaboration come from project.Project.ValidateIn,
// a round's from collab.SelfAssessment.ValidateIn. Validating a valid case
// allocates nothing.
func (c *Case) Validate() error {
	var v check.Validator
	c.validate(&v)
	return v.Err()
}

func (c *Case) validate(v *check.Validator) {
	v.Required("stakeholders", len(c.Stakeholders) == 0)
	check.Items(v, "stakeholders", c.Stakeholders, MaxStakeholders, func(i int, s *collab.Stakeholder) {
		v.AddError("", s.Validate())
		check.Unique(v, "id", c.Stakeholders, i, stakeholderID, "stakeholders")
	})

	col := &c.Collaboration
	v.Enter("collaboration")
	v.AddError("", col.Validate())
	for i := range col.Members[:min(len(col.Members), collab.MaxMembers)] {
		id := col.Members[i].Stakeholder
		if id != uuid.Nil && len(c.Stakeholders) <= MaxStakeholders && c.stakeholderIndex(id) < 0 {
			v.Item("members", i)
			v.Addf("stakeholder", collab.CodeDanglingReference, "%s is not among the case's stakeholders", id)
			v.Leave()
		}
	}
	for i := range col.HelpedBy {
		if id := col.HelpedBy[i].Stakeholder; id != uuid.Nil && c.stakeholderIndex(id) < 0 {
			v.Item("helpedBy", i)
			v.Addf("stakeholder", collab.CodeDanglingReference, "%s is not among the case's stakeholders", id)
			v.Leave()
		}
	}
	for i := range col.RoleHolders {
		if id := col.RoleHolders[i].Project; id != uuid.Nil && c.projectIndex(id) < 0 {
			v.Item("roleHolders", i)
			v.Addf("project", collab.CodeDanglingReference, "%s is not among the case's projects", id)
			v.Leave()
		}
	}
	v.Leave()

	regions := resolveRegions(v, c.Regions)
	if col.Region != "" {
		v.Enter("collaboration")
		regions.checkCode(v, "region", col.Region)
		v.Leave()
	}
	for i := range col.HelpedBy[:min(len(col.HelpedBy), collab.MaxHelp)] {
		if code := col.HelpedBy[i].Region; code != "" {
			v.Enter("collaboration")
			v.Item("helpedBy", i)
			regions.checkCode(v, "region", code)
			v.Leave()
			v.Leave()
		}
	}
	for i := range c.Stakeholders[:min(len(c.Stakeholders), MaxStakeholders)] {
		for j, code := range c.Stakeholders[i].Regions[:min(len(c.Stakeholders[i].Regions), collab.MaxRegionCodes)] {
			if code != "" {
				v.Item("stakeholders", i)
				v.Item("regions", j)
				regions.checkCode(v, "", code)
				v.Leave()
				v.Leave()
			}
		}
	}

	check.Items(v, "projects", c.Projects, MaxProjects, func(i int, p *project.Project) {
		v.AddError("", p.ValidateIn(col))
		if p.Region != "" {
			regions.checkCode(v, "region", p.Region)
		}
		check.Unique(v, "id", c.Projects, i, projectID, "projects")
	})

	check.Items(v, "selfAssessments", c.SelfAssessments, MaxSelfAssessments, func(i int, r *collab.SelfAssessment) {
		v.AddError("", r.ValidateIn(col))
		check.Unique(v, "id", c.SelfAssessments, i, roundID, "selfAssessments")
		check.Unique(v, "date", c.SelfAssessments, i, roundDate, "selfAssessments")
	})
}

func roundID(r *collab.SelfAssessment) uuid.UUID     { return r.ID }
func roundDate(r *collab.SelfAssessment) collab.Date { return r.Date }

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

// projectIndex returns the index of the project id, or -1.
func (c *Case) projectIndex(id uuid.UUID) int {
	for i := range c.Projects {
		if c.Projects[i].ID == id {
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

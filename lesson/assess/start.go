package assess

import (
	"fmt"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/region"
)

// Start is what a new case begins with: the collaboration's region, name,
// start date and strategy, and the IDs its first entities get. The library
// reads no clock and draws no random numbers, so the caller passes the IDs
// (uuid.New in a program, fixed IDs in a test) and the date in.
type Start struct {
	// Region is the collaboration's region, usually from
	// region.Reference().
	Region region.Region
	// Name is the collaboration's name; empty means "Samenwerking" and the
	// region's name.
	Name     string
	Started  collab.Date
	Strategy collab.Strategy
	// Zorgkantoor is the name of the zorgkantoor that becomes the case's
	// first stakeholder; empty means Region.Zorgkantoor. A municipality
	// names none itself: pass that of its zorgkantoorregio.
	Zorgkantoor string
	// CollaborationID is the collaboration's ID; ZorgkantoorID the ID of
	// the region's zorgkantoor as a stakeholder (unused when the region
	// names no zorgkantoor).
	CollaborationID uuid.UUID
	ZorgkantoorID   uuid.UUID
}

// NewCase returns the starting case that s describes: the collaboration in
// s.Region with its name, start date and strategy, and the region's
// zorgkantoor (s.Zorgkantoor, or else region.Region.Zorgkantoor) as its one stakeholder, since a
// case needs at least one. Nothing else is filled in: members, role holders
// and the rest are for the user to add.
//
// NewCase returns the case, or nil and collab.Problems when no zorgkantoor
// is known (CodeRequired at "zorgkantoor") or the case
// it would build is not valid (a missing ID, date or strategy).
func NewCase(s Start) (*Case, error) {
	zk := s.Zorgkantoor
	if zk == "" {
		zk = s.Region.Zorgkantoor
	}
	if zk == "" {
		return nil, collab.Problems{{Path: "zorgkantoor", Code: collab.CodeRequired,
			Message: fmt.Sprintf("is empty, and region %q names no zorgkantoor to start the case with", s.Region.Code)}}
	}
	name := s.Name
	if name == "" {
		name = "Samenwerking " + s.Region.Name
	}
	c := &Case{
		Stakeholders: []collab.Stakeholder{{
			ID:      s.ZorgkantoorID,
			Name:    zk,
			Role:    collab.RoleZorgkantoor,
			Regions: []string{s.Region.Code},
		}},
		Collaboration: collab.Collaboration{
			ID:       s.CollaborationID,
			Name:     name,
			Region:   s.Region.Code,
			Started:  s.Started,
			Strategy: s.Strategy,
			Members:  []collab.Member{},
		},
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

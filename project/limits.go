package project

import "github.com/regiokompas/regiokompas/collab"

// Documented limits of a project. Validation reports collab.CodeTooLong or
// collab.CodeTooMany beyond them, and collab.CodeOutOfRange for numbers
// outside their range. They are generous for any real project and keep one
// document from growing without bound.
const (
	MaxTitleLength  = collab.MaxNameLength // title, milestone text and measure unit, in characters
	MaxTextLength   = collab.MaxTextLength // description, outcome texts and lessons, in characters
	MaxThemes       = 8                    // themes of one project
	MaxPhaseChanges = 50                   // entries in the phase history
	MaxParticipants = collab.MaxMembers    // participants of one project
	MaxKeyPeople    = 10000                // the key-people count
	MaxFundingLines = 100                  // funding lines of one project
	MaxMilestones   = 200                  // milestones of one project
	MaxOutcomes     = 100                  // outcomes of one project
	MaxLeewayIssues = 100                  // leeway issues one project refers to
	MaxLessons      = 100                  // lessons recorded by one project's team
	MaxMechanisms   = 5                    // mechanisms of one project: each of the five at most once
)

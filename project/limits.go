package project

// Documented limits of a project. Validation reports collab.CodeTooLong or
// collab.CodeTooMany beyond them, and collab.CodeOutOfRange for numbers
// outside their range. They are generous for any real project and keep one
// document from growing without bound. Titles, texts, participants, levels,
// leeway issues and mechanisms are limited by the collab package's limits
// (collab.MaxNameLength and the others), defined there once.
const (
	MaxThemes       = 8     // themes of one project
	MaxPhaseChanges = 50    // entries in the phase history
	MaxKeyPeople    = 10000 // the key-people count
	MaxFundingLines = 100   // funding lines of one project
	MaxMilestones   = 200   // milestones of one project
	MaxOutcomes     = 100   // outcomes of one project
	MaxLessons      = 100   // lessons recorded by one project's team
)

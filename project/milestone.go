package project

import "github.com/regiokompas/regiokompas/collab"

// Milestone is a dated point a project reached. The programme managers of
// the national programme advise celebrating successes, small ones too;
// Celebrated records whether that happened.
//
// The zero Milestone is not valid: Date and Text are required.
type Milestone struct {
	Date       collab.Date `json:"date"`
	Text       string      `json:"text"`
	Celebrated bool        `json:"celebrated,omitempty"`
}

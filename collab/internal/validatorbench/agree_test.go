package validatorbench

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/go-playground/validator/v10"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
)

// paths returns where validator v10 found problems, as collab's paths: the
// namespace without the root type's name.
func paths(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var ves validator.ValidationErrors
	require.True(t, errors.As(err, &ves), "validator returned %T: %v", err, err)
	var out []string
	for _, fe := range ves {
		out = append(out, strings.TrimPrefix(fe.Namespace(), "Collaboration."))
	}
	return out
}

// samePlace reports whether collab's path p and validator's path q name
// the same place: equal, or q the list that holds p (validator's unique
// and max rules report at the list, collab at the element).
func samePlace(p, q string) bool {
	return p == q || strings.HasPrefix(p, q+".") || strings.HasPrefix(p, q+"[")
}

// TestBothValidatorsRejectTheSameBrokenInputs keeps the comparison fair:
// for the valid 50-member collaboration and each way of breaking one rule
// of it, collab.Collaboration.Validate and validator v10 with the rules of
// newValidator agree on whether it is valid, and every problem one of them
// reports is at a place the other reports too.
func TestBothValidatorsRejectTheSameBrokenInputs(t *testing.T) {
	v := newValidator()
	d := collab.MustParseDate
	other := uuid.MustParse("0b6e1f6e-3c1a-4c39-9a55-6f0d0c8c2a11")
	tests := []struct {
		name  string
		valid bool
		mut   func(c *collab.Collaboration)
	}{
		{"the full collaboration is valid", true, func(*collab.Collaboration) {}},
		{"a collaboration without an ID is not", false, func(c *collab.Collaboration) { c.ID = uuid.Nil }},
		{"a name of white space only is not", false, func(c *collab.Collaboration) { c.Name = "   " }},
		{"a name one character over the limit is not", false, func(c *collab.Collaboration) {
			c.Name = strings.Repeat("é", collab.MaxNameLength+1)
		}},
		{"a name at the limit in characters, over it in bytes, is valid", true, func(c *collab.Collaboration) {
			c.Name = strings.Repeat("é", collab.MaxNameLength)
		}},
		{"a missing region is not", false, func(c *collab.Collaboration) { c.Region = "" }},
		{"an unknown strategy is not", false, func(c *collab.Collaboration) { c.Strategy = 99 }},
		{"an unknown governance is not", false, func(c *collab.Collaboration) { c.Governance = 99 }},
		{"a care scope listed twice is not", false, func(c *collab.Collaboration) {
			c.Scope = []collab.CareScope{collab.CareScopes()[0], collab.CareScopes()[0]}
		}},
		{"an end before the start is not", false, func(c *collab.Collaboration) { c.Ended = d("2018-12-31") }},
		{"a governance date without governance is not", false, func(c *collab.Collaboration) { c.Governance = 0 }},
		{"governance without its date is not", false, func(c *collab.Collaboration) { c.GovernanceSince = collab.Date{} }},
		{"a vision without the date it was adopted is not", false, func(c *collab.Collaboration) { c.Vision.Adopted = collab.Date{} }},
		{"a negative transition budget is not", false, func(c *collab.Collaboration) { c.TransitionBudget.Amount = -1 }},
		{"a budget both given and unknown is not", false, func(c *collab.Collaboration) { c.TransitionBudget.AmountUnknown = true }},
		{"a budget period that ends before it starts is not", false, func(c *collab.Collaboration) {
			c.TransitionBudget.Period.Until = d("2018-01-01")
		}},
		{"a continuity plan without its date is not", false, func(c *collab.Collaboration) { c.Continuity.Adopted = collab.Date{} }},
		{"notes one character over the limit are not", false, func(c *collab.Collaboration) {
			c.Notes = strings.Repeat("x", collab.MaxTextLength+1)
		}},
		{"a member without a stakeholder is not", false, func(c *collab.Collaboration) {
			c.Members[49].Stakeholder = uuid.Nil
		}},
		{"two members with the same stakeholder are not", false, func(c *collab.Collaboration) {
			c.Members[49].Stakeholder = c.Members[48].Stakeholder
		}},
		{"a member who joined before the start is not", false, func(c *collab.Collaboration) { c.Members[7].Joined = d("2018-01-01") }},
		{"a member who joined after the end is not", false, func(c *collab.Collaboration) { c.Members[7].Joined = d("2026-01-01") }},
		{"a member who left before joining is not", false, func(c *collab.Collaboration) { c.Members[7].Left = d("2019-01-01").AddDate(0, 0, -1) }},
		{"a member without a joining date is not", false, func(c *collab.Collaboration) { c.Members[7].Joined = collab.Date{} }},
		{"a level listed twice is not", false, func(c *collab.Collaboration) { c.Members[7].Levels[2].Level = c.Members[7].Levels[0].Level }},
		{"an unknown level is not", false, func(c *collab.Collaboration) { c.Members[7].Levels[1].Level = 99 }},
		{"four levels are not", false, func(c *collab.Collaboration) {
			c.Members[7].Levels = append(c.Members[7].Levels, c.Members[7].Levels[0])
		}},
		{"a level involved before the member joined is not", false, func(c *collab.Collaboration) {
			c.Members[7].Levels[0].Since = c.Members[7].Joined.AddDate(0, 0, -1)
		}},
		{"more hours than a week has are not", false, func(c *collab.Collaboration) { c.Members[3].CapacityHours = new(168.5) }},
		{"hours that are not a number are not", false, func(c *collab.Collaboration) { c.Members[3].CapacityHours = new(math.NaN()) }},
		{"a seat flag without a seat at the regional table is not", false, func(c *collab.Collaboration) { c.Members[1].RegionalTable = true }},
		{"a role holder who is not a member is not", false, func(c *collab.Collaboration) { c.RoleHolders[2].Stakeholder = other }},
		{"a role holder of an unknown kind is not", false, func(c *collab.Collaboration) { c.RoleHolders[2].Kind = 99 }},
		{"a role that ends before it begins is not", false, func(c *collab.Collaboration) { c.RoleHolders[2].Until = d("2019-06-01") }},
		{"an urgency of six is not", false, func(c *collab.Collaboration) { c.UrgencySignals[4].Urgency = 6 }},
		{"an urgency signal after the end is not", false, func(c *collab.Collaboration) { c.UrgencySignals[4].Date = d("2026-01-01") }},
		{"a leeway issue raised with a regional actor is not", false, func(c *collab.Collaboration) {
			c.LeewayIssues[1].NationalActor = collab.RoleZorgkantoor
		}},
		{"a resolved leeway issue without its date is not", false, func(c *collab.Collaboration) { c.LeewayIssues[1].Resolved = collab.Date{} }},
		{"an open leeway issue with a resolution date is not", false, func(c *collab.Collaboration) { c.LeewayIssues[1].Status = collab.LeewayOpen }},
		{"two leeway issues with the same ID are not", false, func(c *collab.Collaboration) { c.LeewayIssues[4].ID = c.LeewayIssues[0].ID }},
		{"a network naming a stranger is not", false, func(c *collab.Collaboration) { c.Networks[0].Members[5] = other }},
		{"a network naming a member twice is not", false, func(c *collab.Collaboration) { c.Networks[0].Members[5] = c.Networks[0].Members[4] }},
		{"a network of a negative number of people is not", false, func(c *collab.Collaboration) { c.Networks[1].People = -1 }},
		{"two networks with the same ID are not", false, func(c *collab.Collaboration) { c.Networks[3].ID = c.Networks[0].ID }},
		{"a network that ends before it starts is not", false, func(c *collab.Collaboration) { c.Networks[2].Until = d("2019-12-31") }},
		{"an event without a title is not", false, func(c *collab.Collaboration) { c.Events[0].Title = "" }},
		{"an event of a negative number of participants is not", false, func(c *collab.Collaboration) { c.Events[0].Participants = -1 }},
		{"help from the collaboration's own region is not", false, func(c *collab.Collaboration) { c.HelpedBy[0].Region = c.Region }},
		{"help that ends before it starts is not", false, func(c *collab.Collaboration) { c.HelpedBy[0].Until = d("2019-12-31") }},
		{"one member over the maximum is not", false, func(c *collab.Collaboration) {
			*c = collabtest.Full(collab.MaxMembers)
			extra := c.Members[1]
			extra.Stakeholder = other
			c.Members = append(c.Members, extra)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := collabtest.Full(50)
			tt.mut(&c)
			var ours []string
			cut := false // collab lists the first check.MaxProblems, then counts
			for _, p := range collab.ProblemsOf(c.Validate()) {
				if p.Path == "" && p.Code == collab.CodeTooMany {
					cut = true
					continue
				}
				ours = append(ours, p.Path)
			}
			theirs := paths(t, v.Struct(&c))
			require.Equal(t, !tt.valid, len(ours) > 0, "regiokompas: %v", ours)
			require.Equal(t, !tt.valid, len(theirs) > 0, "validator v10: %v", theirs)
			for _, p := range ours {
				require.True(t, slices.ContainsFunc(theirs, func(q string) bool { return samePlace(p, q) }),
					"regiokompas reports %s, validator v10 only %v", p, theirs)
			}
			for _, q := range theirs {
				if cut {
					break // validator lists every problem; collab only the first
				}
				require.True(t, slices.ContainsFunc(ours, func(p string) bool { return samePlace(p, q) }),
					"validator v10 reports %s, regiokompas only %v", q, ours)
			}
		})
	}
}

package projecttest_test

import (
	"fmt"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/project/projecttest"
)

// A synthetic portfolio the size of the national programme's 320 projects,
// with its collaboration: it validates, and its themes shift from 2019 to
// 2020 the way the progress report saw.
func Example() {
	c, stakeholders := collabtest.Collaboration(2021, 25)
	pf := project.Portfolio{Projects: projecttest.Portfolio(2021, 320, &c)}

	err := pf.ValidateIn(&c)
	fmt.Println("valid:", err == nil, "members:", len(c.Members), "stakeholders:", len(stakeholders))

	s := pf.ThemeShift(2019, 2020, collab.MustParseDate("2021-04-08"))
	for ch := range s.Falling() {
		fmt.Println("falling most:", ch.Theme)
		break
	}
	n := 0
	for ch := range s.Rising() {
		fmt.Printf("rising: %s (%+.0f points)\n", ch.Theme, 100*ch.Change)
		if n++; n == 3 {
			break
		}
	}
	// Output:
	// valid: true members: 25 stakeholders: 25
	// falling most: staff-inflow
	// rising: new-ways-of-working (+8 points)
	// rising: technology (+7 points)
	// rising: staff-retention (+5 points)
}

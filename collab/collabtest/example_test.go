package collabtest_test

import (
	"fmt"

	"github.com/regiokompas/regiokompas/collab/collabtest"
)

// A synthetic collaboration of twelve members in a zorgkantoorregio: the
// same seed gives the same collaboration on every machine, and it is valid.
func ExampleCollaboration() {
	c, stakeholders := collabtest.Collaboration(2021, 12)
	fmt.Println("members:", len(c.Members), "stakeholders:", len(stakeholders))
	fmt.Println("valid:", c.Validate() == nil)
	fmt.Println("first member:", stakeholders[0].Role)
	// Output:
	// members: 12 stakeholders: 12
	// valid: true
	// first member: zorgkantoor
}

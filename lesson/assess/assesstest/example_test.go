package assesstest_test

import (
	"fmt"

	"github.com/regiokompas/regiokompas/lesson/assess/assesstest"
)

// A generated case is valid and the same for the same seed.
func ExampleCase() {
	c := assesstest.Case(2026, 12, 5)
	fmt.Println(len(c.Collaboration.Members), "members,", len(c.Projects), "projects")
	fmt.Println("valid:", c.Validate() == nil)
	// Output:
	// 12 members, 5 projects
	// valid: true
}

package collabtest_test

import (
	"fmt"

	"github.com/regiokompas/regiokompas/collab"
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

// The one enum contract, checked for collab.Strategy: with its three wire
// words it keeps every promise; a list of words that forgets one is a
// problem. A package's tests call CheckEnum with the same arguments, which
// fails the test with each problem.
func ExampleEnumProblems() {
	fmt.Println(collabtest.EnumProblems[collab.Strategy]("strategy", collab.Strategies, collab.ParseStrategy,
		"small-initiatives", "regional-vision", "combined"))
	fmt.Println(collabtest.EnumProblems[collab.Strategy]("strategy", collab.Strategies, collab.ParseStrategy,
		"small-initiatives", "combined"))
	// Output:
	// []
	// [strategy: all lists 3 values, want 2]
}

// The benchmarks' collaboration: every part filled in, no randomness, valid
// at every size.
func ExampleFull() {
	c := collabtest.Full(50)
	fmt.Println("members:", len(c.Members), "networks:", len(c.Networks))
	fmt.Println("valid:", c.Validate() == nil)
	largest := collabtest.Full(collab.MaxMembers)
	fmt.Println("valid at the maximum:", largest.Validate() == nil)
	// Output:
	// members: 50 networks: 4
	// valid: true
	// valid at the maximum: true
}

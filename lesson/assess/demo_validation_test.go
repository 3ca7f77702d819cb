package assess_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
)

func TestTwoMistakesInOneProjectOfADemoGiveExactlyTwoProblems(t *testing.T) {
	d, ok := demo.Lookup("zoetermeer-2025")
	require.True(t, ok)
	c := d.Case
	p := &c.Projects[0]
	p.Title = ""                                                         // wrong in the project itself
	p.Participants[0].Stakeholder = freshID(rand.New(rand.NewPCG(1, 2))) // wrong about its collaboration

	require.Equal(t, []want{
		{"projects[0].title", collab.CodeRequired},
		{"projects[0].participants[0].stakeholder", collab.CodeDanglingReference},
	}, wantsOf(c.Validate()), "each problem once, the project's own before its references")
}

func TestEveryMutationOfEveryDemoGivesExactlyItsProblems(t *testing.T) {
	for _, d := range demo.All() {
		require.NoError(t, d.Case.Validate(), "demo %s is valid before it is changed", d.Name)
		for _, kind := range mutationKinds {
			t.Run(d.Name+"/"+kind.name, func(t *testing.T) {
				applied := 0
				for site, mutate := range kind.sites {
					c, _ := demo.Lookup(d.Name)
					r := rand.New(rand.NewPCG(uint64(site), 0x64656d6f))
					wants, ok := mutate(r, &c.Case)
					if !ok {
						continue
					}
					applied++
					requireProblems(t, c.Case.Validate(), wants, fmt.Sprintf("site %d", site))
				}
				require.Positive(t, applied, "at least one site of %s fits demo %s", kind.name, d.Name)
			})
		}
	}
}

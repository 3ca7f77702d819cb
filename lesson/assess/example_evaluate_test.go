package assess_test

import (
	"fmt"

	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
)

// Evaluate assesses the West-Brabant demo on the date of the news item it
// is drawn from: the fourteen contracted providers and the zorgkantoor at
// the regional table implement four technologies together.
func ExampleEvaluate() {
	d, ok := demo.Lookup("west-brabant")
	if !ok {
		return
	}
	r, err := assess.Evaluate(&d.Case, d.AsOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Name, "as of", r.AsOf)
	for _, m := range r.Mechanisms {
		fmt.Printf("%-18s %3d  %s\n", m.Mechanism, m.Score, m.Band)
	}
	fmt.Println("findings:", len(r.Findings), "strengths:", len(r.Strengths))
	// Output:
	// Regionale samenwerking verpleeghuiszorg West-Brabant as of 2020-07-07
	// urgency             80  strong
	// strategy            85  strong
	// actors              95  strong
	// regulatory-leeway   50  developing
	// infrastructure      80  strong
	// findings: 0 strengths: 11
}

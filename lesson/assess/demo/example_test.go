package demo_test

import (
	"bytes"
	"fmt"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
)

func ExampleAll() {
	for _, d := range demo.All() {
		fmt.Printf("%-25s %s  %s\n", d.Name, d.AsOf, d.Title.In(collab.English))
	}
	// Output:
	// zoetermeer-2025           2021-12-01  Zoetermeer 2025: a transition around the citizen
	// west-brabant              2020-07-07  West-Brabant: fourteen providers and the zorgkantoor implement four technologies together
	// friesland                 2022-06-21  Friesland: copying West-Brabant's approach
	// achterhoek-anw            2022-06-21  Achterhoek: evening, night and weekend services
	// single-person-initiative  2022-03-01  A triage initiative that hangs on one person
	// no-zorgkantoor            2019-06-01  Providers among themselves: no zorgkantoor at the table
	// midden-ijssel             2022-06-21  Midden-IJssel: an ambulant team for older people
	// midden-ijssel-voortgang   2022-06-21  Midden-IJssel's projects over the years: from staff inflow to technology and retention
}

func ExampleLookup() {
	d, ok := demo.Lookup("achterhoek-anw")
	if !ok {
		return
	}
	r, err := assess.Evaluate(&d.Case, d.AsOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Title.In(collab.Dutch))
	for _, f := range r.Findings {
		fmt.Println("-", f.Rule)
	}
	// Output:
	// Achterhoek: avond-, nacht- en weekenddiensten
	// - actors.professionals-late
	// - selfassessment.level-gap
	// - leeway.national-actor
	// - leeway.progress
	// - selfassessment.divided
}

// The embedded document of a demo reads back, with assess.DecodeCase, as
// the case that Lookup gives.
func ExampleLookupJSON() {
	doc, ok := demo.LookupJSON("midden-ijssel")
	if !ok {
		return
	}
	c, err := assess.DecodeCase(bytes.NewReader(doc), 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	d, _ := demo.Lookup("midden-ijssel")
	fmt.Println(c.Collaboration.Name == d.Case.Collaboration.Name, len(c.Projects) == len(d.Case.Projects))
	_, ok = demo.LookupJSON("atlantis")
	fmt.Println(ok)
	// Output:
	// true true
	// false
}

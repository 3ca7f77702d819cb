package assess_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
)

// One evaluation serves both languages: a finding is a message key with
// typed parameters, rendered in the language asked for, with Dutch dates
// in Dutch.
func ExampleMessage_In() {
	d, _ := demo.Lookup("friesland")
	r, err := assess.Evaluate(&d.Case, d.AsOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	f := r.Findings[0]
	fmt.Println(f.Rule, f.Message.Key)
	fmt.Println(f.Message.In(collab.English))
	fmt.Println(f.Message.In(collab.Dutch))
	// Output:
	// infrastructure.continuity infrastructure.continuity.unplanned
	// Programme funding ends on 30 June 2022 and there is no plan for what comes after.
	// De programmafinanciering stopt op 30 juni 2022 en er is geen plan voor daarna.
}

// Localize writes a report in one language for JSON: each message keeps
// its key and typed parameters, with its text beside them.
func ExampleReport_Localize() {
	d, _ := demo.Lookup("friesland")
	r, err := assess.Evaluate(&d.Case, d.AsOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	nl := r.Localize(collab.Dutch)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	_ = enc.Encode(nl.Findings[0].Message)
	// Output:
	// {
	//   "key": "infrastructure.continuity.unplanned",
	//   "params": [
	//     {
	//       "name": "end",
	//       "kind": "date",
	//       "date": "2022-06-30"
	//     }
	//   ],
	//   "text": "De programmafinanciering stopt op 30 juni 2022 en er is geen plan voor daarna."
	// }
}

// Compare matches findings by rule, mechanism and subjects, so reports
// written in two languages compare clean; the comparison renders in the
// language asked for.
func ExampleCompare_twoLanguages() {
	d, _ := demo.Lookup("achterhoek-anw")
	r, err := assess.Evaluate(&d.Case, d.AsOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := assess.Compare(r.Localize(collab.English), r.Localize(collab.Dutch))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("resolved:", len(c.Resolved), "new:", len(c.New), "persisting:", len(c.Persisting))
	fmt.Println(c.Persisting[0].Message.In(collab.Dutch))
	// Output:
	// resolved: 0 new: 0 persisting: 5
	// Projecten waarin de werkvloer laat is betrokken: 2. Dat geeft wrijving en weerstand.
}

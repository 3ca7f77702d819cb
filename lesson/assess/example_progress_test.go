package assess_test

import (
	"fmt"
	"os"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
)

// The progress report of the Friesland demo: its projects per phase, the
// stalled ones by name, and how its themes shifted.
func ExampleNewProgress() {
	d, _ := demo.Lookup("friesland")
	p, err := assess.NewProgress(&d.Case, d.AsOf, assess.ProgressOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(p.ThemesPerYear), "years,", len(p.Stalled), "stalled")
	_ = p.WriteText(os.Stdout, collab.English)
	// Output:
	// 4 years, 1 stalled
	// Regionale samenwerking ouderenzorg Friesland (Friesland), as of 21 June 2022
	//
	// Projects per theme per year
	//   2019: 2 projects
	//     Technology                             1    50.0%
	//     Evening, night and weekend services    1    50.0%
	//     Acute care                             1    50.0%
	//   2020: 3 projects
	//     Technology                             1    33.3%
	//     Cross-domain collaboration             1    33.3%
	//     Evening, night and weekend services    1    33.3%
	//     Acute care                             1    33.3%
	//     Population-oriented care               1    33.3%
	//   2021: 3 projects
	//     Technology                             1    33.3%
	//     Cross-domain collaboration             1    33.3%
	//     Evening, night and weekend services    1    33.3%
	//     Acute care                             1    33.3%
	//     Population-oriented care               1    33.3%
	//   2022: 3 projects
	//     Technology                             1    33.3%
	//     Cross-domain collaboration             1    33.3%
	//     Evening, night and weekend services    1    33.3%
	//     Acute care                             1    33.3%
	//     Population-oriented care               1    33.3%
	//
	// How the themes shifted from 2019 to 2022 (share of the projects running)
	//   Rising:
	//     Cross-domain collaboration              0.0% ->   33.3%
	//     Population-oriented care                0.0% ->   33.3%
	//   Falling:
	//     Technology                             50.0% ->   33.3%
	//     Evening, night and weekend services    50.0% ->   33.3%
	//     Acute care                             50.0% ->   33.3%
	//
	// Projects per phase on 21 June 2022
	//   Pilot                                  2
	//   Implementation                         1
	//
	// Stalled projects (no new phase for over 12 months)
	//   - "Vier technologische innovaties samen invoeren Friesland" has been in phase pilot since 2 March 2020 (27 months)
	//
	// Funding per year and source
	//   2019  €85,211
	//     Transition funds (Kwaliteitskader) €85,211
	//   2020  €490,298
	//     Transition funds (Kwaliteitskader) €440,161
	//     ZonMw impulse subsidy              €50,137
	//   2021  €725,249
	//     Transition funds (Kwaliteitskader) €474,628
	//     ZonMw impulse subsidy              €233,196
	//     Municipality                       €17,424
	//   2022  €99,242
	//     ZonMw impulse subsidy              €66,667
	//     Municipality                       €32,576
}

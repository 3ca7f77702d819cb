package casecsv_test

import (
	"fmt"
	"strings"

	"github.com/regiokompas/regiokompas/lesson/assess/casecsv"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
)

// Export writes a demo case as spreadsheets, the way a Dutch Excel reads
// them, and Import reads them back.
func ExampleExport() {
	d, _ := demo.Lookup("west-brabant")
	files, err := casecsv.Export(&d.Case, casecsv.Options{Dutch: true, Comma: ';'})
	if err != nil {
		fmt.Println(err)
		return
	}
	lines := strings.SplitN(string(files[1].Data), "\n", 3)
	fmt.Println(files[1].Name)
	fmt.Println(lines[0])
	fmt.Println(lines[1])
	c, err := casecsv.Import(asFS(files))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(c.Stakeholders), "stakeholders,", len(c.Projects), "projects")
	// Output:
	// stakeholders.csv
	// id;naam;rol;agb;kvk;regios
	// 5a000000-0000-4000-8000-000000007001;Woonzorg Breda;nursing-home-care;;;west-brabant
	// 17 stakeholders, 5 projects
}

package htmlreport_test

import (
	"io"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/regiokompas/regiokompas/lesson/assess/htmlreport"
)

// BenchmarkWrite renders the Achterhoek demo, which has a self-assessment
// round, in Dutch with the report of a year before as the earlier one:
// every part of the page, the per-level chart and the faint line included.
func BenchmarkWrite(b *testing.B) {
	d, ok := demo.Lookup("achterhoek-anw")
	if !ok {
		b.Fatal("no Achterhoek demo")
	}
	now, err := assess.Evaluate(&d.Case, d.AsOf)
	if err != nil {
		b.Fatal(err)
	}
	before, err := assess.Evaluate(&d.Case, d.AsOf.AddDate(-1, 0, 0))
	if err != nil {
		b.Fatal(err)
	}
	reports := []*assess.Report{now}
	opts := htmlreport.Options{Language: collab.Dutch, Previous: []*assess.Report{before}}
	b.ReportAllocs()
	for b.Loop() {
		if err := htmlreport.Write(io.Discard, reports, opts); err != nil {
			b.Fatal(err)
		}
	}
}

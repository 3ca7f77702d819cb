package casecsv_test

import (
	"testing"

	"github.com/regiokompas/regiokompas/lesson/assess/assesstest"
	"github.com/regiokompas/regiokompas/lesson/assess/casecsv"
)

// BenchmarkExport writes a case of 50 members and 300 projects as
// spreadsheets.
func BenchmarkExport(b *testing.B) {
	c := assesstest.Case(1, 50, 300)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := casecsv.Export(&c, casecsv.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImport reads the same case back from its spreadsheets,
// validation included.
func BenchmarkImport(b *testing.B) {
	c := assesstest.Case(1, 50, 300)
	files, err := casecsv.Export(&c, casecsv.Options{})
	if err != nil {
		b.Fatal(err)
	}
	fsys := asFS(files)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := casecsv.Import(fsys); err != nil {
			b.Fatal(err)
		}
	}
}

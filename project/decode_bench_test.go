package project_test

import (
	"bytes"
	"encoding/json"
	"sync"
	"testing"

	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/project/projecttest"
)

// The two benchmarks of this file measure, in the same run, what a service
// pays to accept a portfolio of 10,000 projects from outside: the strict
// decoding and validation of DecodePortfolio, beside plain encoding/json
// decoding of the same document into the same structs. The target is that
// decoding and validating costs at most 1.5 times decoding alone.
//
//	go test -run '^$' -bench 'PortfolioDecode' -benchmem ./project

// portfolioDocument10k is the JSON document of a generated portfolio of
// 10,000 projects, made once.
var portfolioDocument10k = sync.OnceValues(func() ([]byte, error) {
	return json.Marshal(project.Portfolio{Projects: projecttest.Portfolio(1, 10_000)})
})

func document10k(b *testing.B) []byte {
	b.Helper()
	doc, err := portfolioDocument10k()
	if err != nil {
		b.Fatal(err)
	}
	return doc
}

func BenchmarkPortfolioDecodeValidate10k(b *testing.B) {
	doc := document10k(b)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		pf, err := project.DecodePortfolio(bytes.NewReader(doc), int64(len(doc)))
		if err != nil {
			b.Fatal(err)
		}
		if pf.Len() != 10_000 {
			b.Fatalf("decoded %d projects", pf.Len())
		}
	}
}

func BenchmarkPortfolioDecodeOnly10k(b *testing.B) {
	doc := document10k(b)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		var pf project.Portfolio
		if err := json.Unmarshal(doc, &pf); err != nil {
			b.Fatal(err)
		}
		if pf.Len() != 10_000 {
			b.Fatalf("decoded %d projects", pf.Len())
		}
	}
}

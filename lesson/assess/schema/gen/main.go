// Command gen writes the JSON Schemas of package schema, case.schema.json
// and report.schema.json, from the Go types of the module. Package schema
// runs it through go generate:
//
//	go generate ./lesson/schema
//
// It writes into the directory given by -dir, the current one by default,
// which go generate sets to the package's own.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/regiokompas/regiokompas/lesson/assess/schema/internal/generate"
)

func main() {
	dir := flag.String("dir", ".", "directory to write the schemas into")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	for _, s := range []struct {
		file     string
		generate func() ([]byte, error)
	}{
		{"case.schema.json", generate.Case},
		{"report.schema.json", generate.Report},
	} {
		b, err := s.generate()
		if err != nil {
			return err
		}
		// #nosec G306 -- a source file of the repository, read by everyone who builds it.
		if err := os.WriteFile(filepath.Join(dir, s.file), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

//go:build ignore

// gen.go writes catalogue_data.go, the table of Dutch reference regions,
// from the CSV files in data/ (copies of the project's shared reference
// data, see data/README.md). Run it with "go generate" in this directory
// after changing the CSV files, and raise DataVersion in provenance.go when
// the facts change. It checks the files against each other (every
// municipality's region and province exist, the populations and counts of
// the zorgkantoorregio's are the sums over their municipalities) and fails
// with the file and row of the first mistake.
//
// Usage:
//
//	go run gen.go [-data data] [-o catalogue_data.go]
package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/regiokompas/regiokompas/collab/fold"
)

// The Netherlands as a region: not in the CSV files.
const (
	countryCode = "nederland"
	countryName = "Nederland"
	countryISO  = "NL"
)

// Prefixes of region codes made from a name, because names are shared
// across kinds: several provinces share their slug with a zorgkantoorregio
// (utrecht, groningen, drenthe, flevoland, zeeland), and municipalities
// share theirs with both (Groningen, Utrecht).
const (
	provinceCodePrefix     = "provincie-"
	municipalityCodePrefix = "gemeente-"
)

// aliases are other names by which a region is known, by region code. They
// are editorial, not facts from the CSV files. The two aliases of
// zorgkantoorregio's are the names CBS gives them; the municipalities'
// are the names people use in speech.
var aliases = map[string][]string{
	countryCode:                   {"Netherlands", "The Netherlands"},
	"provincie-fryslan":           {"Friesland", "Provinsje Fryslân", "Provincie Friesland"},
	"friesland":                   {"Fryslân"},
	"t-gooi":                      {"Het Gooi"},
	"amstelland-en-de-meerlanden": {"Amstelland en De Meerlanden"},
	"apeldoorn-zutphen":           {"Apeldoorn/Zutphen"},
	"gemeente-s-hertogenbosch":    {"Den Bosch"},
	"gemeente-s-gravenhage":       {"Den Haag", "The Hague"},
}

var cbsStatus = map[string]string{
	"cbs-2024": "CBSCodeVerified",
	"verified": "CBSCodeVerified",
	"inferred": "CBSCodeInferred",
	"unknown":  "CBSCodeUnknown",
}

var zorgkantoorStatus = map[string]string{
	"listed":         "ZorgkantoorListed",
	"confirmed":      "ZorgkantoorConfirmed",
	"confirmed-2023": "ZorgkantoorConfirmed2023",
	"uncertain":      "ZorgkantoorUncertain",
}

type region struct {
	code, name, kind    string
	aliases, parents    []string
	cbsCode, isoCode    string
	zorgkantoor         string
	cbsStatus, zkStatus string
	population          int
}

type retired struct {
	cbsCode, name, successor string
	since                    int
}

func main() {
	dataDir := flag.String("data", "data", "directory holding the CSV files")
	out := flag.String("o", "catalogue_data.go", "file to write")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gen: ")

	provinces := readCSV(filepath.Join(*dataDir, "provinces.csv"),
		"slug", "name", "cbs_code", "cbs_code_status", "iso_3166_2")
	zks := readCSV(filepath.Join(*dataDir, "zorgkantoorregios.csv"),
		"slug", "name", "cbs_code", "cbs_code_status", "zorgkantoor", "zorgkantoor_status", "provinces",
		"population", "population_date", "municipalities")
	municipalities := readCSV(filepath.Join(*dataDir, "municipalities.csv"),
		"cbs_code", "name", "province_cbs_code", "zorgkantoorregio_cbs_code", "zorgkantoorregio",
		"population", "population_date")
	retiredRows := readCSV(filepath.Join(*dataDir, "retired_codes.csv"),
		"cbs_code", "name", "successor_cbs_code", "since")
	if len(municipalities) == 0 {
		log.Fatal("municipalities.csv has no municipalities")
	}
	date := municipalities[0][6]

	regions := []region{{
		code: countryCode, name: countryName, kind: "KindCountry",
		aliases: aliases[countryCode], isoCode: countryISO, cbsStatus: "CBSCodeUnknown",
	}}
	provinceByName := map[string]int{}
	provinceByCBS := map[string]int{}
	for _, row := range provinces {
		code := provinceCodePrefix + row[0]
		provinceByName[row[1]] = len(regions)
		provinceByCBS[row[2]] = len(regions)
		al := append([]string{"Provincie " + row[1]}, aliases[code]...)
		regions = append(regions, region{
			code: code, name: row[1], kind: "KindProvince",
			aliases: al, parents: []string{countryCode},
			cbsCode: row[2], cbsStatus: status(cbsStatus, row[3]), isoCode: row[4],
		})
	}
	zkBySlug := map[string]int{}
	zkByCBS := map[string]int{}
	for i, row := range zks {
		var parents []string
		for _, name := range strings.Split(row[6], ";") {
			at, ok := provinceByName[strings.TrimSpace(name)]
			if !ok {
				log.Fatalf("zorgkantoorregios.csv row %d: unknown province %q", i+2, name)
			}
			parents = append(parents, regions[at].code)
		}
		zkBySlug[row[0]] = len(regions)
		if row[2] != "" {
			zkByCBS[row[2]] = len(regions)
		}
		regions = append(regions, region{
			code: row[0], name: row[1], kind: "KindZorgkantoorregio",
			aliases: aliases[row[0]], parents: parents,
			cbsCode: row[2], cbsStatus: status(cbsStatus, row[3]),
			zorgkantoor: row[4], zkStatus: status(zorgkantoorStatus, row[5]),
		})
	}
	counts := map[int]int{}
	for i, row := range municipalities {
		line := i + 2
		zk, ok := zkBySlug[row[4]]
		if !ok || regions[zk].cbsCode != row[3] {
			log.Fatalf("municipalities.csv row %d: zorgkantoorregio %s %q is not in zorgkantoorregios.csv", line, row[3], row[4])
		}
		pv, ok := provinceByCBS[row[2]]
		if !ok {
			log.Fatalf("municipalities.csv row %d: province %q is not in provinces.csv", line, row[2])
		}
		if !slices.Contains(regions[zk].parents, regions[pv].code) {
			log.Fatalf("municipalities.csv row %d: zorgkantoorregio %s does not list province %s", line, row[4], regions[pv].name)
		}
		if row[6] != date {
			log.Fatalf("municipalities.csv row %d: population date %s differs from the first row's, %s", line, row[6], date)
		}
		n := number("municipalities.csv", line, row[5])
		code := municipalityCodePrefix + strings.Join(fold.AppendWords(nil, row[1]), "-")
		regions = append(regions, region{
			code: code, name: row[1], kind: "KindMunicipality",
			aliases: aliases[code], parents: []string{regions[zk].code, regions[pv].code},
			cbsCode: row[0], cbsStatus: "CBSCodeVerified", population: n,
		})
		regions[zk].population += n
		regions[pv].population += n
		regions[0].population += n
		counts[zk]++
	}
	for i, row := range zks {
		at := zkBySlug[row[0]]
		if want := number("zorgkantoorregios.csv", i+2, row[7]); regions[at].population != want {
			log.Fatalf("zorgkantoorregios.csv row %d: population %d, but its municipalities add up to %d", i+2, want, regions[at].population)
		}
		if want := number("zorgkantoorregios.csv", i+2, row[9]); counts[at] != want {
			log.Fatalf("zorgkantoorregios.csv row %d: %d municipalities, but municipalities.csv has %d", i+2, want, counts[at])
		}
		if row[8] != date {
			log.Fatalf("zorgkantoorregios.csv row %d: population date %s differs from municipalities.csv's, %s", i+2, row[8], date)
		}
	}
	var retireds []retired
	for i, row := range retiredRows {
		at, ok := zkByCBS[row[2]]
		if !ok {
			log.Fatalf("retired_codes.csv row %d: successor %q is not in zorgkantoorregios.csv", i+2, row[2])
		}
		if _, taken := zkByCBS[row[0]]; taken {
			log.Fatalf("retired_codes.csv row %d: %s is a current code", i+2, row[0])
		}
		retireds = append(retireds, retired{cbsCode: row[0], name: row[1], successor: regions[at].code, since: number("retired_codes.csv", i+2, row[3])})
	}

	seen := map[string]bool{}
	for _, r := range regions {
		if seen[r.code] {
			log.Fatalf("region code %q occurs twice", r.code)
		}
		seen[r.code] = true
	}
	for code := range aliases {
		if !seen[code] {
			log.Fatalf("aliases for unknown region %q", code)
		}
	}

	src, err := format.Source(render(regions, retireds, date))
	if err != nil {
		log.Fatalf("formatting the output: %v", err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// readCSV reads a CSV file whose header must be exactly columns and returns
// its rows without the header.
func readCSV(path string, columns ...string) [][]string {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = len(columns)
	rows, err := r.ReadAll()
	if err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	if len(rows) == 0 || !slices.Equal(rows[0], columns) {
		log.Fatalf("%s: header is not %s", path, strings.Join(columns, ","))
	}
	return rows[1:]
}

func number(file string, line int, s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		log.Fatalf("%s row %d: %q is not a count", file, line, s)
	}
	return n
}

func status(known map[string]string, word string) string {
	ident, ok := known[word]
	if !ok {
		log.Fatalf("unknown status %q", word)
	}
	return ident
}

func render(regions []region, retireds []retired, date string) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by gen.go; DO NOT EDIT.\n\n")
	b.WriteString("// Source: data/provinces.csv, data/zorgkantoorregios.csv,\n// data/municipalities.csv and data/retired_codes.csv.\n\n")
	b.WriteString("package region\n\n")
	b.WriteString("import \"github.com/regiokompas/regiokompas/collab\"\n\n")
	var y, m, d int
	if n, err := fmt.Sscanf(date, "%4d-%2d-%2d", &y, &m, &d); n != 3 || err != nil {
		log.Fatalf("municipalities.csv: population date %q is not a date such as 2024-01-01", date)
	}
	b.WriteString("// referenceAsOf is the date of the reference populations.\n")
	fmt.Fprintf(&b, "var referenceAsOf = collab.NewDate(%d, %d, %d)\n\n", y, m, d)
	b.WriteString("// referenceRegions are the Dutch reference regions in the order of\n")
	b.WriteString("// Reference: the Netherlands, the provinces, the zorgkantoorregio's,\n")
	b.WriteString("// the municipalities.\n")
	b.WriteString("var referenceRegions = [...]Region{\n")
	for _, r := range regions {
		b.WriteString("{\n")
		fmt.Fprintf(&b, "Code: %q,\n", r.code)
		fmt.Fprintf(&b, "Name: %q,\n", r.name)
		fmt.Fprintf(&b, "Kind: %s,\n", r.kind)
		if len(r.aliases) > 0 {
			fmt.Fprintf(&b, "Aliases: %s,\n", stringSlice(r.aliases))
		}
		if len(r.parents) > 0 {
			fmt.Fprintf(&b, "Parents: %s,\n", stringSlice(r.parents))
		}
		if r.cbsCode != "" {
			fmt.Fprintf(&b, "CBSCode: %q,\n", r.cbsCode)
		}
		if r.isoCode != "" {
			fmt.Fprintf(&b, "ISOCode: %q,\n", r.isoCode)
		}
		if r.zorgkantoor != "" {
			fmt.Fprintf(&b, "Zorgkantoor: %q,\n", r.zorgkantoor)
		}
		fmt.Fprintf(&b, "Profile: Profile{Population: %d, AsOf: referenceAsOf},\n", r.population)
		b.WriteString("Provenance: Provenance{")
		fmt.Fprintf(&b, "CBSCode: %s", r.cbsStatus)
		if r.zkStatus != "" {
			fmt.Fprintf(&b, ", Zorgkantoor: %s", r.zkStatus)
		}
		b.WriteString("},\n")
		b.WriteString("},\n")
	}
	b.WriteString("}\n\n")
	b.WriteString("// referenceRetired are the retired CBS codes of the reference catalogue.\n")
	b.WriteString("var referenceRetired = [...]RetiredCode{\n")
	for _, r := range retireds {
		fmt.Fprintf(&b, "{CBSCode: %q, Name: %q, Successor: %q, Since: %d},\n", r.cbsCode, r.name, r.successor, r.since)
	}
	b.WriteString("}\n")
	return b.Bytes()
}

func stringSlice(s []string) string {
	quoted := make([]string, len(s))
	for i, x := range s {
		quoted[i] = fmt.Sprintf("%q", x)
	}
	return "[]string{" + strings.Join(quoted, ", ") + "}"
}

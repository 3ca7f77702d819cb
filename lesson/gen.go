//go:build ignore

// gen.go writes catalogue_data.go, the built-in lessons and their sources,
// from data/lessons.json. Run it with "go generate" in this directory after
// changing the data file, and raise DataVersion in catalogue.go when the
// lessons change.
//
// It reads the file strictly (no unknown fields, nothing after the
// document) and stops with the path of the first problem it finds: a
// missing field, a repeated code or source key, an unknown theme,
// mechanism or source. The package's tests check the rest (code format,
// lengths, repeated mechanisms) through Lesson.Validate.
//
// Usage:
//
//	go run gen.go [-data data/lessons.json] [-o catalogue_data.go]
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"io"
	"log"
	"os"

	"github.com/regiokompas/regiokompas/collab"
)

// themeIdents maps the wire word of every theme to its Go name. A word
// missing here stops the generator; a wrong name fails the package's test
// that reads the data file through Theme.UnmarshalText.
var themeIdents = map[string]string{
	"strengthening": "ThemeStrengthening",
	"securing":      "ThemeSecuring",
	"work-floor":    "ThemeWorkFloor",
	"mechanism":     "ThemeMechanism",
	"network":       "ThemeNetwork",
	"capacity":      "ThemeCapacity",
	"financier":     "ThemeFinancier",
}

// mechanismIdents maps the wire word of every mechanism to its Go name;
// main checks that it covers collab.Mechanisms exactly.
var mechanismIdents = map[string]string{
	"urgency":           "collab.MechanismUrgency",
	"strategy":          "collab.MechanismStrategy",
	"actors":            "collab.MechanismActors",
	"regulatory-leeway": "collab.MechanismLeeway",
	"infrastructure":    "collab.MechanismInfrastructure",
}

type text struct {
	NL string `json:"nl"`
	EN string `json:"en"`
}

type source struct {
	Key       string `json:"key"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	Date      string `json:"date"`
}

type lesson struct {
	Code       string   `json:"code"`
	Theme      string   `json:"theme"`
	Mechanisms []string `json:"mechanisms"`
	Source     string   `json:"source"`
	Title      text     `json:"title"`
	Text       text     `json:"text"`
}

type dataFile struct {
	Sources []source `json:"sources"`
	Lessons []lesson `json:"lessons"`
}

func main() {
	data := flag.String("data", "data/lessons.json", "the data file")
	out := flag.String("o", "catalogue_data.go", "file to write")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gen: ")

	if len(mechanismIdents) != len(collab.Mechanisms()) {
		log.Fatalf("mechanismIdents has %d mechanisms, collab %d", len(mechanismIdents), len(collab.Mechanisms()))
	}
	for _, m := range collab.Mechanisms() {
		if _, ok := mechanismIdents[m.String()]; !ok {
			log.Fatalf("mechanismIdents lacks mechanism %q", m)
		}
	}

	f, err := read(*data)
	if err != nil {
		log.Fatalf("%s: %v", *data, err)
	}
	sourceIndex, err := check(f)
	if err != nil {
		log.Fatalf("%s: %v", *data, err)
	}
	src, err := format.Source(render(f, sourceIndex))
	if err != nil {
		log.Fatalf("formatting the output: %v", err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// read decodes the data file strictly.
func read(path string) (dataFile, error) {
	var f dataFile
	b, err := os.ReadFile(path)
	if err != nil {
		return f, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return f, err
	}
	if err := dec.Decode(&struct{}{}); !errors.Is(err, io.EOF) {
		return f, errors.New("data after the document")
	}
	return f, nil
}

// check returns the index of every source by key, or the first problem of
// f with its path.
func check(f dataFile) (map[string]int, error) {
	if len(f.Sources) == 0 || len(f.Lessons) == 0 {
		return nil, errors.New("sources and lessons are required")
	}
	sourceIndex := map[string]int{}
	for i, s := range f.Sources {
		if field := missing("key", s.Key, "title", s.Title, "publisher", s.Publisher, "date", s.Date); field != "" {
			return nil, fmt.Errorf("sources[%d].%s is required", i, field)
		}
		if j, dup := sourceIndex[s.Key]; dup {
			return nil, fmt.Errorf("sources[%d].key repeats %q of sources[%d]", i, s.Key, j)
		}
		sourceIndex[s.Key] = i
	}
	codes := map[string]int{}
	for i, l := range f.Lessons {
		at := fmt.Sprintf("lessons[%d]", i)
		if l.Code == "" {
			return nil, fmt.Errorf("%s.code is required", at)
		}
		if j, dup := codes[l.Code]; dup {
			return nil, fmt.Errorf("%s.code repeats %q of lessons[%d]", at, l.Code, j)
		}
		codes[l.Code] = i
		if _, ok := themeIdents[l.Theme]; !ok {
			return nil, fmt.Errorf("%s.theme: unknown theme %q", at, l.Theme)
		}
		if len(l.Mechanisms) == 0 {
			return nil, fmt.Errorf("%s.mechanisms is required", at)
		}
		for k, m := range l.Mechanisms {
			if _, ok := mechanismIdents[m]; !ok {
				return nil, fmt.Errorf("%s.mechanisms[%d]: unknown mechanism %q", at, k, m)
			}
		}
		if _, ok := sourceIndex[l.Source]; !ok {
			return nil, fmt.Errorf("%s.source: unknown source %q", at, l.Source)
		}
		if field := missing("title.nl", l.Title.NL, "title.en", l.Title.EN, "text.nl", l.Text.NL, "text.en", l.Text.EN); field != "" {
			return nil, fmt.Errorf("%s.%s is required", at, field)
		}
	}
	return sourceIndex, nil
}

// missing returns the name of the first empty value of fieldValues, which
// alternates names and values, or "" when none is empty.
func missing(fieldValues ...string) string {
	for i := 0; i+1 < len(fieldValues); i += 2 {
		if fieldValues[i+1] == "" {
			return fieldValues[i]
		}
	}
	return ""
}

func render(f dataFile, sourceIndex map[string]int) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by gen.go; DO NOT EDIT.\n\n")
	b.WriteString("// Source: data/lessons.json.\n\n")
	b.WriteString("package lesson\n\n")
	b.WriteString("import \"github.com/regiokompas/regiokompas/collab\"\n\n")
	b.WriteString("// sources are the articles the lessons are drawn from, in the order\n")
	b.WriteString("// Sources lists them; they are never written.\n")
	b.WriteString("var sources = [...]Source{\n")
	for _, s := range f.Sources {
		fmt.Fprintf(&b, "{\nKey: %q,\nTitle: %q,\nPublisher: %q,\nDate: %q,\n},\n", s.Key, s.Title, s.Publisher, s.Date)
	}
	b.WriteString("}\n\n")
	b.WriteString("// builtinLessons are the lessons of the built-in catalogue in catalogue\n")
	b.WriteString("// order: by theme, and within a theme in the order of the source. They\n")
	b.WriteString("// are never written; the catalogue hands out copies.\n")
	b.WriteString("var builtinLessons = [...]Lesson{\n")
	for _, l := range f.Lessons {
		b.WriteString("{\n")
		fmt.Fprintf(&b, "Code: %q,\n", l.Code)
		fmt.Fprintf(&b, "Title: collab.Text{NL: %q, EN: %q},\n", l.Title.NL, l.Title.EN)
		fmt.Fprintf(&b, "Theme: %s,\n", themeIdents[l.Theme])
		b.WriteString("Mechanisms: []collab.Mechanism{")
		for k, m := range l.Mechanisms {
			if k > 0 {
				b.WriteString(", ")
			}
			b.WriteString(mechanismIdents[m])
		}
		b.WriteString("},\n")
		fmt.Fprintf(&b, "Text: collab.Text{\nNL: %q,\nEN: %q,\n},\n", l.Text.NL, l.Text.EN)
		fmt.Fprintf(&b, "Source: sources[%d], // %s\n", sourceIndex[l.Source], l.Source)
		b.WriteString("},\n")
	}
	b.WriteString("}\n")
	return b.Bytes()
}

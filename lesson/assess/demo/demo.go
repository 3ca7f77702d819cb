package demo

import (
	"bytes"
	"embed"
	"fmt"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
)

//go:embed cases/*.json
var files embed.FS

// Demo is one built-in demonstration case.
//
// The zero Demo is not a demo: a Demo returned by [All] or [Lookup] always
// has a Name, a Title in both languages, an AsOf date and a valid Case.
type Demo struct {
	// Name is the stem of the embedded file, such as "zoetermeer-2025".
	Name string
	// Title is a short title in Dutch and English.
	Title collab.Text
	// AsOf is the date the demo is meant to be assessed on: the date of
	// the source it is drawn from, or a date at which its story shows.
	AsOf collab.Date
	// Case is the decoded case document.
	Case assess.Case
}

// entry is the part of a demo that lives in Go rather than in its file.
type entry struct {
	name  string
	title collab.Text
	asOf  collab.Date
}

// entries lists the demos in the order All returns them. It is never
// written after initialisation; a test checks that it matches the embedded
// files one to one.
var entries = [...]entry{
	{"zoetermeer-2025",
		collab.Text{EN: "Zoetermeer 2025: a transition around the citizen", NL: "Zoetermeer 2025: een transitie rond de burger"},
		collab.MustParseDate("2021-12-01")},
	{"west-brabant",
		collab.Text{EN: "West-Brabant: fourteen providers and the zorgkantoor implement four technologies together", NL: "West-Brabant: veertien aanbieders en het zorgkantoor voeren samen vier technologieën in"},
		collab.MustParseDate("2020-07-07")},
	{"friesland",
		collab.Text{EN: "Friesland: copying West-Brabant's approach", NL: "Friesland: de aanpak van West-Brabant overnemen"},
		collab.MustParseDate("2022-06-21")},
	{"achterhoek-anw",
		collab.Text{EN: "Achterhoek: evening, night and weekend services", NL: "Achterhoek: avond-, nacht- en weekenddiensten"},
		collab.MustParseDate("2022-06-21")},
	{"single-person-initiative",
		collab.Text{EN: "A triage initiative that hangs on one person", NL: "Een triage-initiatief dat aan één persoon hangt"},
		collab.MustParseDate("2022-03-01")},
	{"no-zorgkantoor",
		collab.Text{EN: "Providers among themselves: no zorgkantoor at the table", NL: "Aanbieders onder elkaar: geen zorgkantoor aan tafel"},
		collab.MustParseDate("2019-06-01")},
	{"midden-ijssel",
		collab.Text{EN: "Midden-IJssel: an ambulant team for older people", NL: "Midden-IJssel: een ambulant team ouderen"},
		collab.MustParseDate("2022-06-21")},
	{"midden-ijssel-voortgang",
		collab.Text{EN: "Midden-IJssel's projects over the years: from staff inflow to technology and retention", NL: "De projecten van Midden-IJssel door de jaren: van instroom naar technologie en behoud"},
		collab.MustParseDate("2022-06-21")},
}

// All returns every demo in a fixed order (see the package documentation),
// each decoded afresh, so the caller may change them.
//
// The embedded files are checked by the package's tests; should one fail
// to decode, the build is broken and All panics naming the file.
func All() []Demo {
	out := make([]Demo, len(entries))
	for i := range entries {
		out[i] = load(&entries[i])
	}
	return out
}

// Lookup returns the demo with the given name, decoded afresh, and true,
// or the zero Demo and false when there is no such demo. Like All, it panics only when an embedded
// file is broken.
func Lookup(name string) (Demo, bool) {
	for i := range entries {
		if entries[i].name == name {
			return load(&entries[i]), true
		}
	}
	return Demo{}, false
}

// LookupJSON returns the embedded case document of the named demo exactly
// as it is stored and true, or nil and false when there is no such demo.
// The caller owns the returned slice.
func LookupJSON(name string) ([]byte, bool) {
	for i := range entries {
		if entries[i].name == name {
			b, err := files.ReadFile(path(name))
			return b, err == nil
		}
	}
	return nil, false
}

func path(name string) string { return "cases/" + name + ".json" }

// load decodes the demo's file strictly with collab.Decode: unknown fields
// and data after the case are errors.
func load(e *entry) Demo {
	c, err := decode(e.name)
	if err != nil {
		panic(fmt.Sprintf("demo: embedded case %s is broken: %v", path(e.name), err))
	}
	return Demo{Name: e.name, Title: e.title, AsOf: e.asOf, Case: c}
}

func decode(name string) (assess.Case, error) {
	var c assess.Case
	b, err := files.ReadFile(path(name))
	if err != nil {
		return c, err
	}
	err = collab.Decode(bytes.NewReader(b), &c, 0)
	return c, err
}

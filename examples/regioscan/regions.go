package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/regiokompas/regiokompas/region"
)

const regionsAbout = `
Regions lists the Dutch reference regions that a case's collaboration and
projects may name by code: the Netherlands, the 12 provinces, the 31
zorgkantoorregio's and the 342 municipalities, with their CBS codes,
their population on 1 January 2024 and, for a zorgkantoorregio, its
zorgkantoor. -kind lists one kind only; -in lists the municipalities of a
region, given by code or by name; NAME... searches the names and aliases
for regions that have every word ("regions twente", "regions den bosch").
JSON output is an array of regions in their JSON form, the population in
profile.population. Bron: CBS, Gebieden in Nederland 2024 (CC BY 4.0).`

// regions is the "regions" command.
func (a *app) regions(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("regions", "[-kind K] [-in REGION] [-format text|json] [NAME...]", regionsAbout, stderr)
	format := formatFlag(fs, "text", "json")
	var kind region.Kind
	fs.Func("kind", "only regions of this `kind`: "+strings.Join(words(region.Kinds()), ", "), func(s string) error {
		k, err := region.ParseKind(s)
		kind = k
		return err
	})
	in := fs.String("in", "", "only the municipalities of this `region`, by code or name")
	if code, ok := fs.parse(args); !ok {
		return code
	}
	ref := region.Reference()
	regions := ref.All()
	if *in != "" {
		code, ok := resolveRegion(ref, *in)
		if !ok {
			return fs.fail("no region %q: give a region code such as west-brabant, or a name", *in)
		}
		regions = ref.Municipalities(code)
	}
	if fs.NArg() > 0 {
		found := ref.Search(strings.Join(fs.Args(), " "))
		regions = keepIn(regions, found)
	}
	if !kind.IsZero() {
		regions = keepIn(regions, ref.ByKind(kind))
	}
	return writeOutput("", stdout, stderr, func(w io.Writer) error {
		if *format == "json" {
			if regions == nil {
				regions = []region.Region{}
			}
			return writeJSON(w, regions)
		}
		if len(regions) == 0 {
			_, err := io.WriteString(w, "No regions found.\n")
			return err
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%-38s %-17s %-6s %10s %s\n", "CODE", "KIND", "CBS", "POPULATION", "NAME")
		for _, r := range regions {
			name := r.Name
			if r.Zorgkantoor != "" {
				name += " (zorgkantoor " + r.Zorgkantoor + ")"
			}
			population := ""
			if r.Profile.Population > 0 {
				population = strconv.Itoa(r.Profile.Population)
			}
			fmt.Fprintf(&b, "%-38s %-17s %-6s %10s %s\n", r.Code, r.Kind, r.CBSCode, population, name)
		}
		fmt.Fprintf(&b, "Population on %s (%s; %s). %s.\n", region.PopulationDate(), region.SourceCBSAreas, region.SourceCBSLicence, region.SourceCBSCitation)
		_, err := io.WriteString(w, b.String())
		return err
	})
}

// resolveRegion finds a region by its code, or else by its name.
func resolveRegion(c region.Catalogue, s string) (string, bool) {
	if c.Has(s) {
		return s, true
	}
	return c.CodeByName(s, region.KindUnknown)
}

// keepIn returns the regions of list whose code is among those of keep, in
// list's order.
func keepIn(list, keep []region.Region) []region.Region {
	codes := make(map[string]bool, len(keep))
	for _, r := range keep {
		codes[r.Code] = true
	}
	var out []region.Region
	for _, r := range list {
		if codes[r.Code] {
			out = append(out, r)
		}
	}
	return out
}

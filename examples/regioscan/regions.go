package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/regiokompas/regiokompas/region"
)

const regionsAbout = `
Regions lists the Dutch reference regions that a case's collaboration and
projects may name by code: the Netherlands, the 12 provinces and the 31
zorgkantoorregio's, with their CBS codes and, for a zorgkantoorregio, its
zorgkantoor. -kind lists one kind only. JSON output is an array of regions
in their JSON form.`

// regions is the "regions" command.
func (a *app) regions(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("regions", "[-kind K] [-format text|json]", regionsAbout, stderr)
	format := formatFlag(fs, "text", "json")
	var kind region.Kind
	fs.Func("kind", "only regions of this `kind`: "+strings.Join(words(region.Kinds()), ", "), func(s string) error {
		k, err := region.ParseKind(s)
		kind = k
		return err
	})
	if code, ok := fs.parse(args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return fs.fail("unexpected argument %q", fs.Arg(0))
	}
	ref := region.Reference()
	regions := ref.All()
	if !kind.IsZero() {
		regions = ref.ByKind(kind)
	}
	return writeOutput("", stdout, stderr, func(w io.Writer) error {
		if *format == "json" {
			if regions == nil {
				regions = []region.Region{}
			}
			return writeJSON(w, regions)
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%-38s %-17s %-6s %s\n", "CODE", "KIND", "CBS", "NAME")
		for _, r := range regions {
			name := r.Name
			if r.Zorgkantoor != "" {
				name += " (zorgkantoor " + r.Zorgkantoor + ")"
			}
			fmt.Fprintf(&b, "%-38s %-17s %-6s %s\n", r.Code, r.Kind, r.CBSCode, name)
		}
		_, err := io.WriteString(w, b.String())
		return err
	})
}

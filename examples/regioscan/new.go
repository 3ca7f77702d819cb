package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/region"
)

const newAbout = `
New writes a starting case for a region of the catalogue: the
collaboration, with fresh IDs, the name given (default "Samenwerking" and
the region's name), the start date given (default today) and a strategy,
and the region's zorgkantoor as its first stakeholder, as the reference
data names it. Nothing else is made up: add the members, role holders,
projects and the rest yourself, then check and assess the file:

    regioscan new -region twente -o twente.json
    regioscan validate twente.json
    regioscan assess twente.json

-region takes a code of "regioscan regions" (twente) or a region's name
(Twente); for a region without a zorgkantoor of its own, such as a
municipality, the zorgkantoor of the zorgkantoorregio it lies in is taken.
A case must have a strategy: -strategy sets it (default combined, a shared
vision with small projects beside it); change it in the file as you learn.`

// newCase is the "new" command.
func (a *app) newCase(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("new", "-region CODE [-name NAME] [-started YYYY-MM-DD] [-strategy S] [-o FILE]", newAbout, stderr)
	code := fs.String("region", "", "the region's `code` or name, as regioscan regions lists it (required)")
	name := fs.String("name", "", "the collaboration's `name` (default \"Samenwerking\" and the region's name)")
	var started collab.Date
	fs.TextVar(&started, "started", collab.Date{}, "the `date` the collaboration started, YYYY-MM-DD (default today)")
	strategy := collab.StrategyCombined
	fs.TextVar(&strategy, "strategy", collab.StrategyCombined, "the collaboration's `strategy`: "+strings.Join(words(collab.Strategies()), ", "))
	out := fs.String("o", "", "write the case to this `file` instead of standard output")
	if code, ok := fs.parse(args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return fs.fail("unexpected argument %q; the region is given with -region", fs.Arg(0))
	}
	if *code == "" {
		return fs.fail("no region given; name one with -region, such as -region twente (see regioscan regions)")
	}
	cat := region.Reference()
	r, ok := cat.Lookup(*code)
	if !ok {
		r, ok = cat.LookupByName(*code)
	}
	if !ok {
		fmt.Fprintf(stderr, "regioscan new: no region %q in the catalogue; regioscan regions lists them\n", *code)
		return exitInvalid
	}
	if started.IsZero() {
		started = a.today()
	}
	c, err := assess.NewCase(assess.Start{
		Region:          r,
		Name:            *name,
		Started:         started,
		Strategy:        strategy,
		Zorgkantoor:     zorgkantoorOf(cat, r),
		CollaborationID: uuid.New(),
		ZorgkantoorID:   uuid.New(),
	})
	if err != nil {
		printProblems(stderr, "regioscan new", err)
		return exitInvalid
	}
	return writeOutput(*out, stdout, stderr, func(w io.Writer) error { return writeJSON(w, c) })
}

// zorgkantoorOf returns the zorgkantoor of r, or of the nearest region r
// lies in that names one, or "" when none does.
func zorgkantoorOf(cat region.Catalogue, r region.Region) string {
	if r.Zorgkantoor != "" {
		return r.Zorgkantoor
	}
	for _, up := range cat.Ancestors(r.Code) {
		if up.Zorgkantoor != "" {
			return up.Zorgkantoor
		}
	}
	return ""
}

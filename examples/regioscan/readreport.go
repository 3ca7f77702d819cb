package main

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"github.com/google/uuid"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/regiokompas/regiokompas/lesson/assess"
)

// isCaseField reports whether path is a field of the top of a case file
// that a report does not have.
func isCaseField(path string) bool {
	switch path {
	case "stakeholders", "collaboration", "projects", "regions", "selfAssessments":
		return true
	}
	return false
}

// readReport reads the report file arg ("-" for stdin) strictly with
// collab.Decode: one JSON object of the shape of assess.Report, as assess
// -format json writes it for one file, with no field a report does not know
// and nothing but white space after it, at most collab.MaxDocumentBytes
// long (the default limit, as for a case file). A document that cannot be
// read as a report gives collab.Problems holding one problem at its path in
// the report, with its line and column; a file that cannot be opened or read gives a plain error.
func readReport(arg string, stdin io.Reader) (*assess.Report, error) {
	data, err := readDocument(arg, stdin)
	if err != nil {
		return nil, err
	}
	var r assess.Report
	if err := collab.Decode(bytes.NewReader(data), &r, 0); err != nil {
		return nil, collab.WithPositions(data, withReportHint(err))
	}
	if err := checkReport(&r); err != nil {
		return nil, err
	}
	return &r, nil
}

// checkReport finds what no report of Evaluate holds: a missing
// collaboration ID, name or as-of date, no mechanisms, a mechanism listed
// twice, a score outside 0 to 100, or a band that is not the band of its
// score. A report edited by hand or written by another tool is refused
// with every such problem, at its path, before anything is compared.
func checkReport(r *assess.Report) error {
	var v check.Validator
	v.Required("collaboration", r.Collaboration == uuid.Nil)
	v.Text("name", r.Name, true, collab.MaxNameLength)
	v.Required("asOf", r.AsOf.IsZero())
	v.Required("mechanisms", len(r.Mechanisms) == 0)
	check.Items(&v, "mechanisms", r.Mechanisms, len(collab.Mechanisms()), func(i int, m *assess.MechanismResult) {
		v.Enum("mechanism", m.Mechanism, true)
		check.Unique(&v, "mechanism", r.Mechanisms, i, mechanismOf, "mechanisms")
		v.Range("score", int64(m.Score), 0, 100)
		v.Enum("band", m.Band, true)
		if want := assess.BandOf(m.Score); m.Score >= 0 && m.Score <= 100 && m.Band.IsValid() && m.Band != want {
			v.Addf("band", collab.CodeNotAllowed, "is %s, but a score of %d is %s", m.Band, m.Score, want)
		}
	})
	return v.Err()
}

func mechanismOf(m *assess.MechanismResult) collab.Mechanism { return m.Mechanism }

// withReportHint adds to the problem of a document that is a list, not
// one report, where such lists come from: assess -format json writes a list
// for several files.
func withReportHint(err error) error {
	var ps collab.Problems
	if errors.As(err, &ps) && len(ps) == 1 && ps[0].Path == "" && strings.HasPrefix(ps[0].Message, "holds a JSON array") {
		ps[0].Message += "; assess -format json writes one report for one file"
	}
	if errors.As(err, &ps) && len(ps) == 1 && isCaseField(ps[0].Path) && strings.Contains(ps[0].Message, "is not a known field") {
		ps[0].Message += "; this is a case file, not a report: compare -case FILE -from DATE -to DATE compares a case at two dates, " +
			"compare -asof DATE OLD.json NEW.json two case files, and assess -format json writes a report"
	}
	return err
}

package project

import (
	"bytes"

	"github.com/regiokompas/regiokompas/collab"
)

// Decode reads one project from JSON strictly with [collab.Decode] and
// validates it. It returns the project and nil only when the document is
// well formed, has no field the Project type does not know, holds nothing
// after the project, and the project is valid. A leading UTF-8 byte order
// mark is ignored. data is already in memory, so no size limit applies.
//
// Otherwise the error is collab.Problems. A document that cannot be read
// gives one problem at the path of the offending value and the zero
// Project, for example an unknown theme word at "themes[1]" with
// collab.CodeUnknownValue, a bad date at "phases[0].since" or an unknown
// field with collab.CodeBadFormat; a syntax error names its line and
// column. A document that can be read gives the decoded project and every
// problem of Validate.
//
// Plain json.Unmarshal works as well; it ignores unknown fields and names
// no path in its errors.
func Decode(data []byte) (Project, error) {
	var p Project
	if err := decodeAll(data, &p); err != nil {
		return Project{}, err
	}
	return p, p.Validate()
}

// DecodePortfolio reads a portfolio ({"projects": [...]}) from JSON as
// Decode reads a project, and validates it with Portfolio.Validate. Paths
// start at the portfolio, such as "projects[3].themes[1]".
func DecodePortfolio(data []byte) (Portfolio, error) {
	var pf Portfolio
	if err := decodeAll(data, &pf); err != nil {
		return Portfolio{}, err
	}
	return pf, pf.Validate()
}

// decodeAll decodes data strictly into v, with a size limit of data's own
// length, so that a document of any size that is already in memory is read.
func decodeAll(data []byte, v any) error {
	return collab.Decode(bytes.NewReader(data), v, max(int64(len(data)), 1))
}

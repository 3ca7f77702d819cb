package project

import (
	"io"

	"github.com/regiokompas/regiokompas/collab"
)

// Decode reads one project document (the JSON form of [Project]) from r
// strictly, and validates it with [Project.Validate]. It has the shape of
// every decoder of the module ([collab.DecodeValid]): reader first, then
// the size limit in bytes, where zero or negative means
// collab.MaxDocumentBytes (8 MiB); a project only when there is no error.
// To read a document already in memory whatever its size, pass its length
// as the limit.
//
// Strictly means: the document is one JSON object with no field the
// Project type does not know, nothing but white space follows it, and it
// is at most limit bytes long. A leading UTF-8 byte order mark is ignored.
//
// Decode returns the project and nil when the document is well formed and
// the project valid. Otherwise it returns nil and:
//   - a collab.Problems whose first problem says why the document cannot
//     be read (a value that cannot be read is followed by the others and
//     by those of Validate, as collab.DecodeValid says), at the path of
//     the offending value: an unknown theme word at
//     "themes[1]" with collab.CodeUnknownValue, a bad date at
//     "phases[0].since" or an unknown field with collab.CodeBadFormat, a
//     document over the limit with collab.CodeTooLong; a syntax error names
//     its line and column;
//   - every problem of Validate when the document is read but the project
//     is not valid;
//   - the error of r, wrapped, when reading r fails.
//
// Plain json.Unmarshal works as well; it ignores unknown fields and names
// no path in its errors.
func Decode(r io.Reader, limit int64) (*Project, error) {
	return collab.DecodeValid[Project](r, limit)
}

// DecodePortfolio reads a portfolio ({"projects": [...]}) from r as Decode
// reads a project, with the same limit, and validates it with
// [Portfolio.Validate]. Paths start at the portfolio, such as
// "projects[3].themes[1]".
func DecodePortfolio(r io.Reader, limit int64) (*Portfolio, error) {
	return collab.DecodeValid[Portfolio](r, limit)
}

package assess

import (
	"io"

	"github.com/regiokompas/regiokompas/collab"
)

// DecodeCase reads one case document (the JSON form of [Case]) from r
// strictly, and validates it with [Case.Validate]. It has the shape of
// every decoder of the module ([collab.DecodeValid]): reader first, then
// the size limit in bytes, where zero or negative means [collab.MaxDocumentBytes] (8 MiB, far
// more than the documented limits of a case need); a
// case only when there is no error.
//
// Strictly means: the document is one JSON object with no field that Case
// and its parts do not know, nothing but white space follows it, and it is
// at most limit bytes long. A leading UTF-8 byte order mark is ignored,
// since some editors write one.
//
// DecodeCase returns:
//   - the case and nil when the document is well formed and the case valid;
//   - nil and a collab.Problems whose first problem says why the document
//     cannot be read as a case (a value that cannot be read is followed by
//     the others and by those of Case.Validate, as collab.DecodeValid
//     says): CodeTooLong when it is too large; CodeBadFormat
//     when it is empty, not JSON, cut off, of the wrong shape (a number
//     where a list is wanted), holds an unknown field, a bad date or UUID,
//     or more data after the case; CodeUnknownValue for a word that an enum
//     does not know, such as an unknown role. The problem's Path is the
//     place in the document, such as "stakeholders[2].role", and the
//     message of a syntax error gives the line and column; collab.Decode
//     says how the path is found;
//   - nil and the collab.Problems of [Case.Validate] when the document is
//     well formed but the case is not valid;
//   - nil and the error of r, wrapped, when reading r fails.
//
// A caller who wants to show an invalid case as it was read decodes it with
// collab.Decode and validates it with Case.Validate.
func DecodeCase(r io.Reader, limit int64) (*Case, error) {
	return collab.DecodeValid[Case](r, limit)
}

package schema

import (
	"bytes"
	_ "embed"
)

//go:generate go run ./gen

//go:embed case.schema.json
var caseSchema []byte

//go:embed report.schema.json
var reportSchema []byte

// Case returns the JSON Schema (draft 2020-12) of the case document, the
// format of assess.Case that users write, as a new slice the caller may
// keep and change.
func Case() []byte { return bytes.Clone(caseSchema) }

// Report returns the JSON Schema (draft 2020-12) of the assessment report,
// assess.Report as Evaluate's result marshals to JSON, as a new slice the
// caller may keep and change.
func Report() []byte { return bytes.Clone(reportSchema) }

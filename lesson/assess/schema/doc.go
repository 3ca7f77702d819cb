// Package schema publishes the JSON Schemas (draft 2020-12) of the two
// documents Regiokompas exchanges with the world, so that services in other
// languages can check and generate them:
//
//   - Case: the case document a user writes (assess.Case): the
//     collaboration, its stakeholders, any regions of its own and its
//     projects;
//   - Report: the assessment report that assess.Evaluate produces
//     (assess.Report) as it marshals to JSON.
//
// The schemas are generated from the Go types by reflection (see the gen
// command beside this file; run "go generate ./lesson/schema" after
// changing a type) and committed as case.schema.json and
// report.schema.json; a test fails when they are stale. They describe the
// structure: field names and types, which fields are required (those whose
// JSON tag does not say omitempty or omitzero), that no other field is
// allowed, the enum words, dates as YYYY-MM-DD, IDs as UUIDs and money as
// integer euro cents. Rules that tie fields together (dates in order,
// references that resolve, the documented limits) are not in the schema:
// assess.Case.Validate checks them and names every problem with its path.
//
// The command regioscan prints them with "regioscan schema case" and
// "regioscan schema report".
package schema

// Package collab is the kernel of Regiokompas: the shared vocabulary of
// regional collaboration in Dutch long-term and elderly care, and the
// collaboration itself.
//
// The vocabulary is a set of small enum types, each with a stable lowercase
// wire word, labels in Dutch and English, and an invalid zero value so that
// a forgotten field is caught rather than defaulted: the five mechanisms
// ([Mechanism]), the strategies ([Strategy]), the kinds of organisation
// ([Role]), the levels inside an organisation ([Level]), the roles people
// hold in a collaboration ([RoleKind]) and the forms of governance
// ([Governance]).
//
// The entities are plain structs with camelCase JSON and a Validate method:
// a [Stakeholder] is an organisation, a [Collaboration] (samenwerkingsverband)
// is what stakeholders in a region do together.
//
// # Validation
//
// Every Validate method of the module returns nil or a [Problems] value that
// holds every problem found, each a [Problem] with a path in JSON field names
// (such as "members[2].joined"), a stable [Code] and a message that names the
// offending value. Codes are sentinels for errors.Is; [ProblemsOf] flattens
// any such error into its problems. Validating a valid value allocates
// nothing.
//
// # Decoding
//
// [Decode] reads one JSON document strictly (a size limit, no unknown
// fields, nothing after the document) into any Go value and, when it
// cannot, returns one Problem at the path inside the document where reading
// stopped, such as "members[2].joined". collabtest holds the round trip
// the fuzz tests of the module share.
//
// Every package that reads one of the module's documents offers a decoder
// of one shape, built on [DecodeValid]:
//
//	func DecodeX(r io.Reader, limit int64) (*X, error)
//
// (just Decode for the type a package is named after, as project.Decode):
// the reader first, then the size limit in bytes, where zero or negative
// means [MaxDocumentBytes] (8 MiB); pass a larger limit for larger
// documents, or a document's length to read one already in memory whatever
// its size. It reads strictly, validates, and returns the value and nil,
// or nil and the error: never a half-read or invalid value beside an
// error. assess.DecodeCase, project.Decode and project.DecodePortfolio
// are such decoders.
//
// # Shapes every package shares
//
// The same kind of operation has the same shape in every package of the
// module, so that what a caller learns in one package holds in the next.
//
// Decoders: DecodeX(r io.Reader, limit int64) (*X, error), as above. A
// decoded document is the caller's to change and may be large, so it comes
// as a pointer, nil on error.
//
// Catalogues (region.Catalogue, lesson.Catalogue) are immutable values:
// copying one is cheap and every copy stays valid and safe for concurrent
// use. NewCatalogue(items []X) (Catalogue, error) builds one; on error it
// returns the zero Catalogue and every problem, with paths that start at
// the argument list ("regions[2].code", "lessons[2].code"). A built-in
// catalogue comes from a function (region.Reference, lesson.Default).
//
// Lookups return (V, bool): the item and true when it is there, the zero V
// and false when it is not, and never an error. Lookup(key) finds an item
// by its primary key, a code or a name (region.Catalogue.Lookup,
// lesson.Catalogue.Lookup); LookupByK by another key K
// (region.Catalogue.LookupByCBSCode); LookupX where the receiver or the
// package holds more than one kind of thing, X naming the kind
// ([LookupAggregate], lesson.LookupSource,
// network.Analysis.LookupCentrality). ByK without Lookup lists every match
// as a fresh slice or an iterator, never with a bool
// (region.Catalogue.ByName, lesson.Catalogue.ByTheme,
// project.Portfolio.ByRegion).
//
// Optional settings are a plain exported struct passed by value as the
// last argument, whose zero value, field by field, means the default, so
// that a caller names only what they change: Options where a package has
// one operation that takes them (htmlreport.Options, network.Options),
// XOptions after the operation otherwise (assess.TwinOptions). Each field
// says what its zero value means. A query that is the argument itself, not
// a setting, has the same form (lesson.Query, whose zero value finds every
// lesson).
//
// Dates are calendar dates ([Date], "YYYY-MM-DD" in JSON), money is integer
// euro cents ([Money]). Nothing in the package reads the clock.
package collab

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
// Every entity of the module has Validate() error: it returns nil or a
// [Problems] value that holds every problem found, each once, each a
// [Problem] with a path in JSON field names (such as "members[2].joined"),
// a stable [Code] and a message that names the offending value. Codes are
// sentinels for errors.Is; [ProblemsOf] flattens any such error into its
// problems. An entity that refers into a collaboration also has
// ValidateIn(c *Collaboration) error, which in every package means
// "everything Validate reports, plus the references into c", each problem
// once ([SelfAssessment.ValidateIn] here, project.Project.ValidateIn);
// call one or the other. Validating a valid value allocates nothing. The
// toolkit these methods are built with, for types of one's own, is package
// [github.com/regiokompas/regiokompas/collab/check].
//
// # Limits
//
// Every list and text of the module's documents has a documented maximum,
// defined once in the package that owns the concept; beyond it validation
// reports CodeTooLong, CodeTooMany or CodeOutOfRange. The limits of the
// whole module:
//
//	limit                          value   what it bounds                           package
//	MaxNameLength                  200     names and titles, everywhere (runes)     collab
//	MaxTextLength                  4000    free texts, everywhere (runes)           collab
//	MaxMembers                     1000    members; participants of a project       collab
//	MaxRoleHolders                 1000    role holders of a collaboration          collab
//	MaxSignals                     10000   urgency signals of a collaboration       collab
//	MaxLeewayIssues                1000    leeway issues; those a project names     collab
//	MaxNetworks                    500     networks of a collaboration              collab
//	MaxNetworkMembers              1000    members of one network                   collab
//	MaxNetworkPeople               10^6    people taking part in one network        collab
//	MaxEvents                      1000    events of a collaboration                collab
//	MaxHelp                        100     help from other regions (helpedBy)       collab
//	MaxRegionCodes                 100     region codes of a stakeholder            collab
//	MaxLevels                      3       levels of a member or participant        collab
//	MaxMechanisms                  5       mechanisms of a project or a rating      collab
//	MaxCapacityHours               168     hours a week of a member                 collab
//	MaxMoney                       10^14   cents of any amount (one trillion euro)  collab
//	MinUrgency, MaxUrgency         1, 5    an urgency reading                       collab
//	MinRatingScore, MaxRatingScore 1, 5    a self-assessment score                  collab
//	MaxRatings                     3000    ratings of a round (MaxLevels×members)   collab
//	MaxDocumentBytes               8 MiB   one JSON document read by Decode         collab
//	MaxThemes                      8       themes of a project                      project
//	MaxPhaseChanges                50      a project's phase history                project
//	MaxKeyPeople                   10000   a project's key-people count             project
//	MaxFundingLines                100     funding lines of a project               project
//	MaxMilestones                  200     milestones of a project                  project
//	MaxOutcomes                    100     outcomes of a project                    project
//	MaxLessons                     100     lessons a project's team recorded        project
//	MaxCodeLength                  64      a region code (bytes)                    region
//	MaxAliases, MaxParents         16      aliases, parents of a region             region
//	MaxTraits                      16      traits of a region's profile             region
//	MaxRegions                     100000  regions of one catalogue                 region
//	MaxCodeLength                  64      a lesson code (bytes)                    lesson
//	MaxStakeholders                2000    stakeholders of a case                   lesson/assess
//	MaxProjects                    10000   projects of a case                       lesson/assess
//	MaxSelfAssessments             100     self-assessment rounds of a case         lesson/assess
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

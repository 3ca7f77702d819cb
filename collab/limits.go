package collab

// Documented limits of a collaboration's documents. Validation reports
// CodeTooLong, CodeTooMany or CodeOutOfRange beyond them, so that a service
// can accept documents from outside without letting one grow without
// bound. They are generous for any real region. Each limit is defined once,
// here or in the package that owns the concept (see the table in the
// package documentation); the other packages use these for their names,
// texts, members and leeway issues.
const (
	MaxNameLength     = 200                         // names and titles anywhere in the module, in characters
	MaxTextLength     = 4000                        // free texts anywhere in the module (notes, descriptions, summaries, comments), in characters
	MaxMembers        = 1000                        // members of one collaboration, and participants of one project
	MaxRoleHolders    = 1000                        // role holders of one collaboration
	MaxSignals        = 10000                       // urgency signals of one collaboration
	MaxLeewayIssues   = 1000                        // leeway issues of one collaboration, and those one project refers to
	MaxNetworks       = 500                         // networks of one collaboration
	MaxNetworkMembers = 1000                        // members of one network
	MaxNetworkPeople  = 1_000_000                   // people taking part in one network
	MaxEvents         = 1000                        // events of one collaboration
	MaxHelp           = 100                         // help from other regions to one collaboration
	MaxRegionCodes    = 100                         // region codes of one stakeholder
	MaxLevels         = 3                           // level involvements of one member or participant: each level once
	MaxMechanisms     = 5                           // mechanisms one list names (a project's, a rating's scores): each once
	MaxCapacityHours  = 168.0                       // dedicated hours per week of one member: a whole week
	MaxMoney          = Money(1_000_000_000_000_00) // one trillion euro, in cents
)

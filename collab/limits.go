package collab

// Documented limits. Validation reports CodeTooLong or CodeTooMany beyond
// them, so that a service can accept documents from outside without letting
// one document grow without bound. They are generous for any real region.
const (
	MaxNameLength     = 200                         // names and titles, in characters
	MaxTextLength     = 4000                        // free texts such as notes and summaries, in characters
	MaxMembers        = 1000                        // members of one collaboration
	MaxRoleHolders    = 1000                        // role holders of one collaboration
	MaxSignals        = 10000                       // urgency signals of one collaboration
	MaxLeewayIssues   = 1000                        // leeway issues of one collaboration
	MaxNetworks       = 500                         // networks of one collaboration
	MaxNetworkMembers = 1000                        // members of one network
	MaxEvents         = 1000                        // events of one collaboration
	MaxRegionCodes    = 100                         // region codes of one stakeholder
	MaxCapacityHours  = 168.0                       // dedicated hours per week of one member: a whole week
	MaxMoney          = Money(1_000_000_000_000_00) // one trillion euro, in cents
)

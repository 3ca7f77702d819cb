package region

// Documented limits of regions. Validation reports collab.CodeTooLong or
// collab.CodeTooMany beyond them (names and notes are limited by
// collab.MaxNameLength and collab.MaxTextLength), so that a service can accept regions from
// outside without letting one document grow without bound.
const (
	MaxCodeLength = 64      // region codes (slugs), in bytes
	MaxAliases    = 16      // aliases of one region
	MaxParents    = 16      // parent codes of one region
	MaxMembers    = 1_000   // member codes of one region: every municipality fits
	MaxTraits     = 16      // traits of one profile
	MaxRegions    = 100_000 // regions of one catalogue, reference regions included
)

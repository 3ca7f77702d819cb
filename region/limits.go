package region

import "github.com/regiokompas/regiokompas/collab"

// Documented limits. Validation reports collab.CodeTooLong or
// collab.CodeTooMany beyond them, so that a service can accept regions from
// outside without letting one document grow without bound.
const (
	MaxCodeLength = 64                   // region codes (slugs), in bytes
	MaxNameLength = collab.MaxNameLength // names, aliases and zorgkantoor names, in characters
	MaxNoteLength = collab.MaxTextLength // the free notes of a Profile, in characters
	MaxAliases    = 16                   // aliases of one region
	MaxParents    = 16                   // parent codes of one region
	MaxTraits     = 16                   // traits of one profile
	MaxRegions    = 100_000              // regions of one catalogue, reference regions included
)

package check

import (
	"cmp"
	"encoding/binary"
	"slices"
)

// IDKey is an ID of sixteen bytes (such as a uuid.UUID) split into two
// numbers that order as its bytes do, with the index I of the element of
// a list that holds it. A list's IDs made into IDKeys and sorted once
// ([SortIDKeys]) show their duplicates side by side and are looked up in
// log n ([FindIDKey]), each comparison two numbers instead of sixteen
// bytes: what a validation needs to check a long list for duplicates and
// references without comparing every pair.
type IDKey struct {
	Hi, Lo uint64
	I      int
}

// NewIDKey returns the IDKey of id, held by element i.
func NewIDKey(id [16]byte, i int) IDKey {
	return IDKey{Hi: binary.BigEndian.Uint64(id[:8]), Lo: binary.BigEndian.Uint64(id[8:]), I: i}
}

// SameID reports whether k and l key the same ID.
func (k IDKey) SameID(l IDKey) bool { return k.Hi == l.Hi && k.Lo == l.Lo }

// SortIDKeys sorts ks by ID and, for equal IDs, by index, so that the
// first of each run of equal IDs is the earliest element that holds it.
func SortIDKeys(ks []IDKey) {
	slices.SortFunc(ks, func(a, b IDKey) int {
		return cmp.Or(cmp.Compare(a.Hi, b.Hi), cmp.Compare(a.Lo, b.Lo), cmp.Compare(a.I, b.I))
	})
}

// FindIDKey returns the position in ks, sorted by SortIDKeys, of the first
// key of id, or -1 when ks has none. Its binary search moves without a
// branch on the keys, which random IDs make unpredictable.
func FindIDKey(ks []IDKey, id [16]byte) int {
	if len(ks) == 0 {
		return -1
	}
	want := NewIDKey(id, 0)
	a, n := 0, len(ks)
	for n > 1 {
		half := n >> 1
		if e := &ks[a+half-1]; e.Hi < want.Hi || (e.Hi == want.Hi && e.Lo < want.Lo) {
			a += half
		}
		n -= half
	}
	if ks[a].SameID(want) {
		return a
	}
	return -1
}

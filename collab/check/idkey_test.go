package check_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/regiokompas/regiokompas/collab/check"
)

// id returns an ID whose bytes are b at positions 0 and 15 (first and
// last half) and zero otherwise.
func id(first, last byte) [16]byte {
	var u [16]byte
	u[0], u[15] = first, last
	return u
}

func TestFindIDKeyFindsTheEarliestHolderOfAnID(t *testing.T) {
	ids := [][16]byte{id(2, 0), id(1, 9), id(2, 0), id(1, 1), id(0, 5), id(1, 9)}
	ks := make([]check.IDKey, len(ids))
	for i, u := range ids {
		ks[i] = check.NewIDKey(u, i)
	}
	check.SortIDKeys(ks)
	tests := []struct {
		name string
		id   [16]byte
		want int // the element, -1 for none
	}{
		{"an ID held once is found", id(0, 5), 4},
		{"an ID held twice is found at its first holder", id(2, 0), 0},
		{"an ID that differs in its last half only is told apart", id(1, 1), 3},
		{"an ID held by the last elements is found at the earlier one", id(1, 9), 1},
		{"an ID smaller than all is not found", id(0, 0), -1},
		{"an ID between two is not found", id(1, 5), -1},
		{"an ID larger than all is not found", id(3, 0), -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := check.FindIDKey(ks, tt.id)
			if tt.want < 0 {
				assert.Equal(t, -1, p)
				return
			}
			assert.Equal(t, tt.want, ks[p].I)
		})
	}
	assert.Equal(t, -1, check.FindIDKey(nil, id(0, 0)), "an empty list holds nothing")
}

// Sorted once, a list's IDs show their duplicates side by side, each run
// starting with the earliest element that holds the ID.
func ExampleSortIDKeys() {
	ids := [][16]byte{id(7, 0), id(3, 0), id(7, 0), id(3, 1)}
	ks := make([]check.IDKey, len(ids))
	for i, u := range ids {
		ks[i] = check.NewIDKey(u, i)
	}
	check.SortIDKeys(ks)
	for k := 1; k < len(ks); k++ {
		if ks[k].SameID(ks[k-1]) {
			fmt.Printf("element %d repeats the ID of element %d\n", ks[k].I, ks[k-1].I)
		}
	}
	fmt.Println("element 3's ID is first held at", ks[check.FindIDKey(ks, ids[3])].I)
	// Output:
	// element 2 repeats the ID of element 0
	// element 3's ID is first held at 3
}

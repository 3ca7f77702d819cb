package check_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/stretchr/testify/assert"
)

// Closest suggests the known word a misspelt one was meant to be.
func ExampleClosest() {
	commands := []string{"assess", "validate", "compare"}
	fmt.Printf("%q %q\n", check.Closest("valdiate", commands), check.Closest("export", commands))
	// Output: "validate" ""
}

func TestClosest(t *testing.T) {
	words := []string{"members", "name", "region"}
	tests := []struct{ name, w, want string }{
		{"a word one letter off is suggested", "nme", "name"},
		{"a long word two letters off is suggested", "membrs", "members"},
		{"case is ignored", "REGION", "region"},
		{"a short word two letters off is not", "nm", ""},
		{"a word far from all is not", "strategy", ""},
		{"a very long word is not compared", strings.Repeat("m", 65), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, check.Closest(tt.w, words))
		})
	}
}

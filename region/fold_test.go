package region

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFoldTableCoversLatin1AndExtendedA(t *testing.T) {
	assert.Len(t, latinFold, 0x180-0xC0)
}

func TestFoldEqual(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"case does not count", "Fryslân", "FRYSLÂN", true},
		{"diacritics do not count", "Fryslân", "fryslan", true},
		{"combining diacritics do not count", "Frysla\u0302n", "Fryslân", true},
		{"hyphens and spaces do not count", "Noord-Holland", "noord holland", true},
		{"apostrophes do not count", "'t Gooi", "t-gooi", true},
		{"slashes do not count", "Zaanstreek/Waterland", "zaanstreek-waterland", true},
		{"ligatures fold to two letters", "Ĳsselmonde", "IJsselmonde", true},
		{"ß folds to ss", "Straße", "strasse", true},
		{"different letters differ", "Groningen", "Gröningen x", false},
		{"a prefix is not a match", "Noord", "Noord-Holland", false},
		{"a longer name is not a match", "Noord-Holland", "Noord", false},
		{"two empty names do not match", "", "", false},
		{"names of punctuation only do not match", "--", "'", false},
		{"other scripts compare case-insensitively", "Αθήνα", "ΑΘΉΝΑ", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, foldEqual(tt.a, tt.b))
			assert.Equal(t, tt.want, foldEqual(tt.b, tt.a), "folding is symmetric")
		})
	}
}

func TestFoldEqualAllocatesNothing(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() { foldEqual("Zuid-Hollandse Eilanden", "zuid hollandse eilanden") })
	assert.Zero(t, allocs)
}

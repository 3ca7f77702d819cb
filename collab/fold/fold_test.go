package fold

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFoldTableCoversLatin1AndExtendedA(t *testing.T) {
	assert.Len(t, latinFold, 0x180-0xC0)
}

func TestEqual(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"case does not count", "Fryslân", "FRYSLÂN", true},
		{"diacritics do not count", "Fryslân", "Fryslan", true},
		{"combining diacritics do not count", "Frysla\u0302n", "Fryslân", true},
		{"a Frisian municipality matches its plain spelling", "Súdwest-Fryslân", "Sudwest Fryslan", true},
		{"the leading apostrophe of 's-Hertogenbosch does not count", "'s-Hertogenbosch", "s Hertogenbosch", true},
		{"a typographic apostrophe is an apostrophe", "’s-Hertogenbosch", "'s-hertogenbosch", true},
		{"hyphens and spaces do not count", "Noord-Holland", "noord holland", true},
		{"apostrophes do not count", "'t Gooi", "t-gooi", true},
		{"slashes do not count", "Zaanstreek/Waterland", "zaanstreek-waterland", true},
		{"the ij ligature folds to two letters", "Ĳsselmonde", "IJsselmonde", true},
		{"ß folds to ss", "Straße", "strasse", true},
		{"æ folds to ae", "Ærø", "aero", true},
		{"ø folds to o", "Tromsø", "tromso", true},
		{"ð folds to d", "Fjarðabyggð", "fjardabyggd", true},
		{"þ folds to th", "Þingvellir", "thingvellir", true},
		{"œ folds to oe", "Cœur", "coeur", true},
		{"ł folds to l", "Łódź", "lodz", true},
		{"different letters differ", "Groningen", "Gröningen x", false},
		{"a prefix is not a match", "Noord", "Noord-Holland", false},
		{"a longer name is not a match", "Noord-Holland", "Noord", false},
		{"two empty names do not match", "", "", false},
		{"names of punctuation only do not match", "--", "'", false},
		{"other scripts compare case-insensitively", "Αθήνα", "ΑΘΉΝΑ", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Equal(tt.a, tt.b))
			assert.Equal(t, tt.want, Equal(tt.b, tt.a), "folding is symmetric")
			assert.Equal(t, tt.want, Key(tt.a) == Key(tt.b) && Key(tt.a) != "", "Equal agrees with Key")
		})
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"keeps only folded letters and digits", "Súdwest-Fryslân", "sudwestfryslan"},
		{"drops the apostrophe of 's-Hertogenbosch", "'s-Hertogenbosch", "shertogenbosch"},
		{"spells out ð, þ, ß, æ and ø", "ð þ ß æ ø", "dthssaeo"},
		{"keeps digits", "Regio 2040", "regio2040"},
		{"gives nothing for a name without letters", " -- ", ""},
		{"folds a name longer than its stack buffer", "Zuid-Hollandse Eilanden en Voorne-Putten en Goeree-Overflakkee samen", "zuidhollandseeilandenenvoorneputtenengoereeoverflakkeesamen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Key(tt.in))
			assert.Equal(t, "x"+tt.want, string(AppendKey([]byte("x"), tt.in)), "AppendKey appends the same key")
		})
	}
}

func TestAppendWords(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"lowercases and splits on punctuation", "Werk met Ambassadeurs!", []string{"werk", "met", "ambassadeurs"}},
		{"removes precomposed diacritics", "Cliënt, één, café, Ærø, straße", []string{"client", "een", "cafe", "aero", "strasse"}},
		{"removes combining marks", "clie\u0308nt", []string{"client"}},
		{"spells out the Nordic letters", "Þórður Fjarðabyggð Tromsø", []string{"thordur", "fjardabyggd", "tromso"}},
		{"splits on hyphens", "ANW-zorg triage-instrument", []string{"anw", "zorg", "triage", "instrument"}},
		{"drops apostrophes inside words", "regio's zo’n", []string{"regios", "zon"}},
		{"splits 's-Hertogenbosch at its hyphen", "'s-Hertogenbosch", []string{"s", "hertogenbosch"}},
		{"keeps digits", "A4 2040", []string{"a4", "2040"}},
		{"folds the Dutch ij ligature", "ĳs", []string{"ijs"}},
		{"gives nothing for no words", " -- ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, AppendWords(nil, tt.in))
		})
	}
}

func TestAppendWordsAppends(t *testing.T) {
	assert.Equal(t, []string{"eerst", "dan", "nu"}, AppendWords([]string{"eerst"}, "Dan, nu."))
}

func TestAppendKeyIntoAStackBufferAllocatesNothing(t *testing.T) {
	m := map[string]int{"sudwestfryslan": 1}
	allocs := testing.AllocsPerRun(100, func() {
		var buf [64]byte
		_ = m[string(AppendKey(buf[:0], "Súdwest-Fryslân"))]
	})
	assert.Zero(t, allocs)
}

func TestEqualAllocatesNothing(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() { Equal("Zuid-Hollandse Eilanden", "zuid hollandse eilanden") })
	assert.Zero(t, allocs)
}

func TestAppendWordsAllocatesOneStringPerWord(t *testing.T) {
	dst := make([]string, 0, 8)
	allocs := testing.AllocsPerRun(100, func() { dst = AppendWords(dst[:0], "Cliënt perspectief") })
	assert.Equal(t, 2.0, allocs)
}

func BenchmarkFoldEqual(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Equal("Súdwest-Fryslân", "sudwest fryslan")
	}
}

func BenchmarkFoldKey(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Key("Súdwest-Fryslân")
	}
}

func BenchmarkFoldAppendWords(b *testing.B) {
	dst := make([]string, 0, 16)
	b.ReportAllocs()
	for b.Loop() {
		dst = AppendWords(dst[:0], "Cliënt perspectief in de regio's: Þórður en Ærø")
	}
}

// FuzzFold checks that the two ways through the folding agree: the words
// of a text, joined, are its key, and Equal is the equality of keys.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Súdwest-Fryslân", "'s-Hertogenbosch", "Þórður ð ß æ ø", "clie\u0308nt", "Αθήνα", "\xc3A", "\xc5", "×÷", "Ĳssel"} {
		f.Add(s, "sudwest fryslan")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ka, kb := Key(a), Key(b)
		assert.Equal(t, ka, strings.Join(AppendWords(nil, a), ""), "the words of %q joined are its key", a)
		assert.Equal(t, ka == kb && ka != "", Equal(a, b), "Equal(%q, %q) agrees with their keys", a, b)
		assert.True(t, Equal(a, a) == (ka != ""), "a name with letters equals itself")
	})
}

package fold_test

import (
	"fmt"

	"github.com/regiokompas/regiokompas/collab/fold"
)

// Names match whatever their case, diacritics, hyphens and apostrophes;
// words for search come out folded the same way.
func Example() {
	fmt.Println(fold.Equal("Súdwest-Fryslân", "sudwest fryslan"))
	fmt.Println(fold.Equal("'s-Hertogenbosch", "S HERTOGENBOSCH"))
	fmt.Println(fold.Key("Fjarðabyggð"))
	fmt.Println(fold.AppendWords(nil, "Regio's en cliënten, straße"))
	// Output:
	// true
	// true
	// fjardabyggd
	// [regios en clienten strasse]
}

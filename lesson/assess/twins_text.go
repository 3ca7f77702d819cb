package assess

import (
	"fmt"
	"io"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
)

// WriteTwinsText writes twin suggestions as plain text for people, with
// headings in lang (English for an invalid language): per case and
// mechanism the case's score, then each twin with its score, rank and
// similarity and the reasons, and the lessons behind twinning. The reasons
// stay in the language they were written in (see Twins). An empty list
// gives one line saying there is nothing to suggest. It returns the first
// write error.
func WriteTwinsText(w io.Writer, suggestions []TwinSuggestion, lang collab.Language) error {
	t := func(en, nl string) string { return collab.Text{EN: en, NL: nl}.In(lang) }
	var b strings.Builder
	if len(suggestions) == 0 {
		b.WriteString(t("No twins to suggest: no case is weak on a mechanism on which another case is strong.",
			"Geen tweelingen voor te stellen: geen casus is zwak op een mechanisme waarop een andere casus sterk is.") + "\n")
	}
	for i, s := range suggestions {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s (%s): %s %d, %s\n", s.Name, s.Region, s.Mechanism.Label(lang), s.Score, lowerFirst(s.Band.Label(lang)))
		for k, tw := range s.Twins {
			fmt.Fprintf(&b, "  %d. %s (%s): %d, %s; %s %.2f, %s %.2f\n", k+1, tw.Name, tw.Region, tw.Score, lowerFirst(tw.Band.Label(lang)),
				t("rank", "rang"), tw.Rank, t("similarity", "gelijkenis"), tw.Similarity.Overall)
			for _, r := range tw.Reasons {
				fmt.Fprintf(&b, "     - %s\n", r)
			}
		}
		fmt.Fprintf(&b, "  %s %s\n", t("Lessons:", "Lessen:"), strings.Join(s.Lessons, ", "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

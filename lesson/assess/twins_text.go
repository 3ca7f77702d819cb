package assess

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
)

// WriteTwinsText writes twin suggestions as plain text for people, in
// lang (English for an invalid language): per case and mechanism the
// case's score, then each twin with its score, rank and similarity and the
// reasons, and the lessons behind twinning. An empty list gives one line
// saying there is nothing to suggest. It returns the first write error.
func WriteTwinsText(w io.Writer, suggestions []TwinSuggestion, lang collab.Language) error {
	var b strings.Builder
	if len(suggestions) == 0 {
		b.WriteString(Say(msgTwinsNone).In(lang) + "\n")
	}
	for i, s := range suggestions {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s (%s): %s %d, %s\n", s.Name, s.Region, s.Mechanism.Label(lang), s.Score, lowerFirst(s.Band.Label(lang)))
		for k, tw := range s.Twins {
			fmt.Fprintf(&b, "  %d. %s (%s): %d, %s; %s %s, %s %s\n", k+1, tw.Name, tw.Region, tw.Score, lowerFirst(tw.Band.Label(lang)),
				Say(msgTwinRank).In(lang), formatNumber(tw.Rank, 2, lang), Say(msgTwinSimilarity).In(lang), formatNumber(tw.Similarity.Overall, 2, lang))
			// The strengths that follow "does well what goes wrong here"
			// are its items, indented under it.
			indent := "     - "
			for _, r := range tw.Reasons {
				fmt.Fprintf(&b, "%s%s\n", indent, r.In(lang))
				if r.Key == msgTwinDoesWhatHereNot {
					indent = "         · "
				}
			}
		}
		fmt.Fprintf(&b, "  %s %s\n", Say(msgReportLessons).In(lang), strings.Join(s.Lessons, ", "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// LocalizeTwins returns copies of the suggestions written in lang (English
// for an invalid language), for JSON: each suggestion has its Label and
// each reason its Text (see Report.Localize). It does not change
// suggestions.
func LocalizeTwins(suggestions []TwinSuggestion, lang collab.Language) []TwinSuggestion {
	lang = orEnglish(lang)
	return localizeEach(suggestions, func(s TwinSuggestion) TwinSuggestion {
		s.Label = s.Mechanism.Label(lang)
		s.Lessons = slices.Clone(s.Lessons)
		s.Twins = localizeEach(s.Twins, func(tw Twin) Twin {
			tw.Reasons = localizeEach(tw.Reasons, func(m Message) Message { return m.localized(lang) })
			return tw
		})
		return s
	})
}

package lesson

import (
	"fmt"
	"io"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
)

// WriteText writes the report as plain text for people, in the report's
// language: per mechanism the score and band, then the findings with their
// next steps and lessons, the strengths and the strategy diagnosis. It
// returns the first write error.
func (r *Report) WriteText(w io.Writer) error {
	lang := r.Language
	t := func(en, nl string) string { return collab.Text{EN: en, NL: nl}.In(lang) }
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s), %s %s\n", r.Name, r.Region, t("as of", "per"), r.AsOf)
	b.WriteString("\n" + t("Mechanisms", "Mechanismen") + "\n")
	for _, m := range r.Mechanisms {
		fmt.Fprintf(&b, "  %-40s %3d  %s\n", m.Label, m.Score, m.Band.Label(lang))
	}
	if len(r.Findings) > 0 {
		b.WriteString("\n" + t("Findings", "Bevindingen") + "\n")
		for _, f := range r.Findings {
			fmt.Fprintf(&b, "  [%s] %s\n", f.Severity.Label(lang), f.Message)
			fmt.Fprintf(&b, "      %s %s\n", t("Next:", "Volgende stap:"), f.Next)
			fmt.Fprintf(&b, "      %s %s\n", t("Lessons:", "Lessen:"), strings.Join(f.Lessons, ", "))
		}
	}
	if len(r.Strengths) > 0 {
		b.WriteString("\n" + t("Strengths", "Sterke punten") + "\n")
		for _, s := range r.Strengths {
			fmt.Fprintf(&b, "  + %s\n", s.Message)
		}
	}
	b.WriteString("\n" + t("Strategy", "Strategie") + "\n  " + r.Strategy.Message + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// String renders the report as WriteText does.
func (r *Report) String() string {
	var b strings.Builder
	_ = r.WriteText(&b)
	return b.String()
}

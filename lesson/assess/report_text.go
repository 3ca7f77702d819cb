package assess

import (
	"fmt"
	"io"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
)

// WriteText writes the report as plain text for people, in the report's
// language: per mechanism the score and band (with the self-assessment
// median beside it when there was a round), the development phase with
// what places the collaboration there and what is missing for the next,
// then the findings with their next steps and lessons, the strengths and
// the strategy diagnosis. It returns the first write error.
func (r *Report) WriteText(w io.Writer) error {
	lang := r.Language
	t := func(en, nl string) string { return collab.Text{EN: en, NL: nl}.In(lang) }
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s), %s %s\n", r.Name, r.Region, t("as of", "per"), r.AsOf)
	b.WriteString("\n" + t("Mechanisms", "Mechanismen") + "\n")
	for _, m := range r.Mechanisms {
		if sa := m.SelfAssessment; sa != nil {
			fmt.Fprintf(&b, "  %-40s %3d  %-16s %s %.1f (%.0f), %s\n", m.Label, m.Score, m.Band.Label(lang),
				t("self-assessment", "zelfevaluatie"), sa.Median, sa.Perceived, sa.Consensus.Label(lang))
			continue
		}
		fmt.Fprintf(&b, "  %-40s %3d  %s\n", m.Label, m.Score, m.Band.Label(lang))
	}
	if sa := firstSelfAssessment(r); sa != nil {
		fmt.Fprintf(&b, "  %s %s: %s\n", t("Self-assessment of", "Zelfevaluatie van"), sa.Date,
			t("median of 1 to 5, in brackets on the scale of 0 to 100", "mediaan van 1 tot 5, tussen haakjes op de schaal van 0 tot 100"))
	}
	if p := r.Phase; p != nil {
		fmt.Fprintf(&b, "\n%s: %s\n", t("Development phase", "Ontwikkelfase"), p.Phase.Label(lang))
		for _, el := range p.Present {
			fmt.Fprintf(&b, "  + %s\n", el.Text)
		}
		if len(p.Missing) > 0 {
			fmt.Fprintf(&b, "  %s %s:\n", t("Missing for", "Nodig voor"), p.Next.Label(lang))
			for _, el := range p.Missing {
				fmt.Fprintf(&b, "  - %s\n", el.Text)
			}
		}
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

// firstSelfAssessment returns the self-assessment summary of the first
// mechanism that has one, or nil.
func firstSelfAssessment(r *Report) *SelfAssessmentSummary {
	for i := range r.Mechanisms {
		if sa := r.Mechanisms[i].SelfAssessment; sa != nil {
			return sa
		}
	}
	return nil
}

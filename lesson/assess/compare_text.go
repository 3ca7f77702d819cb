package assess

import (
	"fmt"
	"io"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
)

// WriteText writes the comparison as plain text for people, in its
// language (the newer report's): per mechanism the score from and to with
// the change, the band and, where both reports have one, the
// self-assessment median; the move of the development phase; then the
// findings resolved, new and persisting. It returns the first write error.
func (c *Comparison) WriteText(w io.Writer) error {
	lang := c.Language
	t := func(en, nl string) string { return collab.Text{EN: en, NL: nl}.In(lang) }
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s), %s %s %s %s\n", c.Name, c.Region, t("from", "van"), c.From, t("to", "tot"), c.To)
	b.WriteString("\n" + t("Mechanisms", "Mechanismen") + "\n")
	for _, m := range c.Mechanisms {
		band := m.Band.To.Label(lang)
		if m.Band.Changed() {
			band = m.Band.From.Label(lang) + " → " + band
		}
		fmt.Fprintf(&b, "  %-40s %3d → %3d  %+4d  %s", m.Label, m.Score.From, m.Score.To, m.Score.Delta, band)
		if sa := m.SelfAssessment; sa != nil {
			fmt.Fprintf(&b, "; %s %.1f → %.1f", t("self-assessment", "zelfevaluatie"), sa.From, sa.To)
		}
		b.WriteByte('\n')
	}
	if p := c.Phase; p != nil {
		if p.Delta == 0 {
			fmt.Fprintf(&b, "\n%s: %s (%s)\n", t("Development phase", "Ontwikkelfase"), p.To.Label(lang), t("unchanged", "ongewijzigd"))
		} else {
			fmt.Fprintf(&b, "\n%s: %s → %s\n", t("Development phase", "Ontwikkelfase"), p.From.Label(lang), p.To.Label(lang))
		}
	}
	list := func(title string, fs []Finding, mark string) {
		if len(fs) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s (%d)\n", title, len(fs))
		for _, f := range fs {
			fmt.Fprintf(&b, "  %s [%s] %s\n", mark, f.Severity.Label(lang), f.Message)
		}
	}
	list(t("Resolved", "Opgelost"), c.Resolved, "✓")
	list(t("New", "Nieuw"), c.New, "!")
	list(t("Persisting", "Blijft"), c.Persisting, "·")
	if len(c.Resolved)+len(c.New)+len(c.Persisting) == 0 {
		b.WriteString("\n" + t("Neither report has findings.", "Geen van beide rapporten heeft bevindingen.") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// String renders the comparison as WriteText does.
func (c *Comparison) String() string {
	var b strings.Builder
	_ = c.WriteText(&b)
	return b.String()
}

package assess

import (
	"fmt"
	"io"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
)

// WriteText writes the comparison as plain text for people, in lang
// (English for an invalid language): per mechanism the score from and to
// with the change, the band and, where both reports have one, the
// self-assessment median; the move of the development phase; then the
// findings resolved, new and persisting. It returns the first write error.
func (c *Comparison) WriteText(w io.Writer, lang collab.Language) error {
	var b strings.Builder
	b.WriteString(Say(msgCompareHeading, text("name", c.Name), text("region", c.Region), date("from", c.From), date("to", c.To)).In(lang) + "\n")
	b.WriteString("\n" + Say(msgReportMechanisms).In(lang) + "\n")
	for _, m := range c.Mechanisms {
		band := m.Band.To.Label(lang)
		if m.Band.Changed() {
			band = m.Band.From.Label(lang) + " → " + band
		}
		fmt.Fprintf(&b, "  %-40s %3d → %3d  %+4d  %s", m.Mechanism.Label(lang), m.Score.From, m.Score.To, m.Score.Delta, band)
		if sa := m.SelfAssessment; sa != nil {
			fmt.Fprintf(&b, "; %s %s → %s", Say(msgReportSelfAssessment).In(lang), formatNumber(sa.From, 1, lang), formatNumber(sa.To, 1, lang))
		}
		b.WriteByte('\n')
	}
	if p := c.Phase; p != nil {
		if p.Delta == 0 {
			fmt.Fprintf(&b, "\n%s: %s (%s)\n", Say(msgReportDevelopmentPhase).In(lang), p.To.Label(lang), Say(msgCompareUnchanged).In(lang))
		} else {
			fmt.Fprintf(&b, "\n%s: %s → %s\n", Say(msgReportDevelopmentPhase).In(lang), p.From.Label(lang), p.To.Label(lang))
		}
	}
	list := func(title string, fs []Finding, mark string) {
		if len(fs) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s (%d)\n", Say(title).In(lang), len(fs))
		for _, f := range fs {
			fmt.Fprintf(&b, "  %s [%s] %s\n", mark, f.Severity.Label(lang), f.Message.In(lang))
		}
	}
	list(msgCompareResolved, c.Resolved, "✓")
	list(msgCompareNew, c.New, "!")
	list(msgComparePersisting, c.Persisting, "·")
	if len(c.Resolved)+len(c.New)+len(c.Persisting) == 0 {
		b.WriteString("\n" + Say(msgCompareNoFindings).In(lang) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// String renders the comparison as WriteText does, in the comparison's
// Language (English when it has none).
func (c *Comparison) String() string {
	var b strings.Builder
	_ = c.WriteText(&b, c.Language)
	return b.String()
}

// Localize returns a copy of the comparison written in lang (English for
// an invalid language), for JSON: Language is lang, every mechanism has
// its Label and every finding's messages their Text (see
// [Report.Localize]). It does not change c.
func (c *Comparison) Localize(lang collab.Language) *Comparison {
	lang = orEnglish(lang)
	out := *c
	out.Language = lang
	out.Mechanisms = localizeEach(c.Mechanisms, func(m MechanismChange) MechanismChange {
		m.Label = m.Mechanism.Label(lang)
		m.SelfAssessment = clonePtr(m.SelfAssessment)
		return m
	})
	out.Phase = clonePtr(c.Phase)
	out.Resolved = localizeFindings(c.Resolved, lang)
	out.New = localizeFindings(c.New, lang)
	out.Persisting = localizeFindings(c.Persisting, lang)
	return &out
}

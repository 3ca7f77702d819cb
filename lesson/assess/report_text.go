package assess

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/regiokompas/regiokompas/collab"
)

// WriteText writes the report as plain text for people, in lang (English
// for an invalid language): per mechanism the score and band (with the
// self-assessment median beside it when there was a round, then each
// level's mean score, and a warning when the round is older than
// OldRoundMonths), the
// development phase with what places the collaboration there and what is
// missing for the next, then the findings with their next steps, the
// observations behind them (which project, member or network, and how many
// points each moved the score, when it moved it) and their lessons, the strengths with their
// observations, and the strategy diagnosis.
//
// Text from the case (names, titles) is written as it stands, except that
// control characters and bidirectional formatting characters are written
// as Go escapes ("\x1b", "\r", "\u202e"), so that a name in a case file
// cannot move the cursor, rewrite a line or reverse text on a terminal. It
// returns the first write error.
func (r *Report) WriteText(w io.Writer, lang collab.Language) error {
	var b strings.Builder
	b.WriteString(terminalSafe(Say(msgReportHeading, text("name", r.Name), text("region", r.RegionLabel()), date("date", r.AsOf)).In(lang)) + "\n")
	b.WriteString("\n" + Say(msgReportMechanisms).In(lang) + "\n")
	for _, m := range r.Mechanisms {
		label := m.Mechanism.Label(lang)
		if sa := m.SelfAssessment; sa != nil {
			fmt.Fprintf(&b, "  %-40s %3d  %-16s %s %s (%s), %s\n", label, m.Score, m.Band.Label(lang),
				Say(msgReportSelfAssessment).In(lang), formatNumber(sa.Median, 1, lang), formatNumber(sa.Perceived, 0, lang), sa.Consensus.Label(lang))
			continue
		}
		fmt.Fprintf(&b, "  %-40s %3d  %s\n", label, m.Score, m.Band.Label(lang))
	}
	if sa := firstSelfAssessment(r); sa != nil {
		b.WriteString("  " + Say(msgReportSelfAssessmentOf, date("date", sa.Date)).In(lang) + "\n")
		writeLevelsText(&b, r, lang)
		if months, old := r.SelfAssessmentAge(); old {
			b.WriteString("  " + Say(msgRoundOld, date("date", sa.Date), count("months", months)).In(lang) + "\n")
		}
	}
	if p := r.Phase; p != nil {
		fmt.Fprintf(&b, "\n%s: %s\n", Say(msgReportDevelopmentPhase).In(lang), p.Phase.Label(lang))
		for _, el := range p.Present {
			b.WriteString("  + " + terminalSafe(el.In(lang)) + "\n")
		}
		if len(p.Missing) > 0 {
			b.WriteString("  " + Say(msgReportMissingFor, enum("phase", ParamDevelopmentPhase, p.Next)).In(lang) + "\n")
			for _, el := range p.Missing {
				b.WriteString("  - " + el.In(lang) + "\n")
			}
		}
	}
	if len(r.Findings) > 0 {
		b.WriteString("\n" + Say(msgReportFindings).In(lang) + "\n")
		for _, f := range r.Findings {
			fmt.Fprintf(&b, "  [%s] %s\n", f.Severity.Label(lang), terminalSafe(f.Message.In(lang)))
			fmt.Fprintf(&b, "      %s %s\n", Say(msgReportNext).In(lang), terminalSafe(f.Next.In(lang)))
			writeEvidenceText(&b, f.Evidence, lang)
			fmt.Fprintf(&b, "      %s %s\n", Say(msgReportLessons).In(lang), strings.Join(f.Lessons, ", "))
		}
	}
	if len(r.Strengths) > 0 {
		b.WriteString("\n" + Say(msgReportStrengths).In(lang) + "\n")
		for _, s := range r.Strengths {
			b.WriteString("  + " + terminalSafe(s.Message.In(lang)) + "\n")
			writeEvidenceText(&b, s.Evidence, lang)
		}
	}
	b.WriteString("\n" + Say(msgReportStrategy).In(lang) + "\n  " + r.Strategy.Message.In(lang) + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// writeLevelsText writes, per mechanism with a self-assessment that names
// the raters' levels, the mean score of each level and its number of
// raters: "Bestuur 4,0 (2); Management 3,5 (2); Werkvloer 2,0 (4)".
func writeLevelsText(b *strings.Builder, r *Report, lang collab.Language) {
	head := false
	for _, m := range r.Mechanisms {
		sa := m.SelfAssessment
		if sa == nil || len(sa.Levels) == 0 {
			continue
		}
		if !head {
			b.WriteString("  " + Say(msgReportSelfAssessmentLevels).In(lang) + "\n")
			head = true
		}
		parts := make([]string, len(sa.Levels))
		for i, l := range sa.Levels {
			parts[i] = l.Level.Label(lang) + " " + formatNumber(l.Mean, 1, lang) + " (" + formatInt(int64(l.Raters), lang) + ")"
		}
		fmt.Fprintf(b, "    %-38s %s\n", m.Mechanism.Label(lang), strings.Join(parts, "; "))
	}
}

// writeEvidenceText writes the observations behind a finding or strength,
// one a line with the points it moved the score, under a heading.
func writeEvidenceText(b *strings.Builder, evs []Evidence, lang collab.Language) {
	if len(evs) == 0 {
		return
	}
	b.WriteString("      " + Say(msgReportEvidence).In(lang) + "\n")
	for _, ev := range evs {
		effect := "  "
		if ev.Effect != 0 {
			effect = fmt.Sprintf("%+d", ev.Effect)
		}
		fmt.Fprintf(b, "        %3s %s\n", effect, terminalSafe(ev.Seen.In(lang)))
	}
}

// terminalSafe returns s with every control character (ESC, CR, LF, DEL
// and the C1 controls) and every bidirectional formatting character
// (U+202A to U+202E, U+2066 to U+2069, the marks U+200E, U+200F and
// U+061C) written as its Go escape, such as \x1b or \u202e, so that text
// from a case cannot steer a terminal. Other text is returned unchanged,
// without allocating.
func terminalSafe(s string) string {
	if !strings.ContainsFunc(s, unsafeForTerminal) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unsafeForTerminal(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// unsafeForTerminal reports whether r is a control or bidirectional
// formatting character.
func unsafeForTerminal(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}

// String renders the report as WriteText does, in the report's Language
// (English for a report fresh from Evaluate).
func (r *Report) String() string {
	var b strings.Builder
	_ = r.WriteText(&b, r.Language)
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

// Localize returns a copy of the report written in lang (English for an
// invalid language), for JSON: every message carries its Text beside its
// key and parameters, every mechanism and the phase their Label, the
// strategy diagnosis the advantages and drawbacks of the shown strategy,
// and Language is lang. A localized report is still data: Compare and the
// renderers read its keys and parameters, never its text, so a report
// localized in one language renders in another and compares with a report
// localized in any. Localize does not change r; the copy shares no memory
// with it.
func (r *Report) Localize(lang collab.Language) *Report {
	lang = orEnglish(lang)
	out := *r
	out.Language = lang
	out.Mechanisms = localizeEach(r.Mechanisms, func(m MechanismResult) MechanismResult {
		m.Label = m.Mechanism.Label(lang)
		m.Evidence = localizeEvidence(m.Evidence, lang)
		m.SelfAssessment = m.SelfAssessment.localized(lang)
		return m
	})
	out.Findings = localizeFindings(r.Findings, lang)
	out.Strengths = localizeEach(r.Strengths, func(s Strength) Strength {
		s.Subjects = slices.Clone(s.Subjects)
		s.Message = s.Message.localized(lang)
		s.Evidence = localizeEvidence(s.Evidence, lang)
		s.Lessons = slices.Clone(s.Lessons)
		return s
	})
	out.Strategy.Message = r.Strategy.Message.localized(lang)
	out.Strategy.Advantages = r.Strategy.Shown().Advantages(lang)
	out.Strategy.Drawbacks = r.Strategy.Shown().Drawbacks(lang)
	if r.Phase != nil {
		p := *r.Phase
		p.Label = p.Phase.Label(lang)
		element := func(el PhaseElement) PhaseElement {
			el.Text = el.Text.localized(lang)
			if !el.Found.IsZero() {
				el.Found = el.Found.localized(lang)
			}
			return el
		}
		p.Present = localizeEach(p.Present, element)
		p.Missing = localizeEach(p.Missing, element)
		p.Ahead = localizeEach(p.Ahead, element)
		out.Phase = &p
	}
	return &out
}

// orEnglish returns lang, or English when lang is not valid.
func orEnglish(lang collab.Language) collab.Language {
	if lang.IsValid() {
		return lang
	}
	return collab.English
}

// clonePtr returns a pointer to a copy of *p, or nil for nil.
func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	c := *p
	return &c
}

// localizeEach returns a new slice holding localize of each item of xs,
// so that a localized copy shares no list with what it was made from.
func localizeEach[T any](xs []T, localize func(T) T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = localize(x)
	}
	return out
}

// localizeFindings returns copies of fs written in lang.
func localizeFindings(fs []Finding, lang collab.Language) []Finding {
	return localizeEach(fs, func(f Finding) Finding {
		f.Subjects = slices.Clone(f.Subjects)
		f.Message = f.Message.localized(lang)
		f.Next = f.Next.localized(lang)
		f.Evidence = localizeEvidence(f.Evidence, lang)
		f.Lessons = slices.Clone(f.Lessons)
		return f
	})
}

// localizeEvidence returns copies of ev written in lang.
func localizeEvidence(ev []Evidence, lang collab.Language) []Evidence {
	return localizeEach(ev, func(e Evidence) Evidence {
		e.Seen = e.Seen.localized(lang)
		return e
	})
}

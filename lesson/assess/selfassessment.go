package assess

import (
	"math"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
)

// SelfAssessmentSummary is how the partners rated one mechanism in a
// self-assessment round (see collab.SelfAssessment and its Aggregate): the
// perception that the report shows beside the evidence score.
//
// Perception never changes the evidence score. The findings it gives (a
// divided round, a large gap between executives and the work floor, a
// marked difference between perception and evidence) carry evidence with
// effect 0: they tell the partners where to talk, not how well the
// collaboration works.
type SelfAssessmentSummary struct {
	// Round is the ID of the round, Date its date and Path where it is in
	// the case document, such as "selfAssessments[1]".
	Round uuid.UUID   `json:"round"`
	Date  collab.Date `json:"date"`
	Path  string      `json:"path"`
	// Raters, Median, Mean, Spread (highest minus lowest), StdDev
	// (population standard deviation), Consensus and LevelGap (executives'
	// mean minus professionals' mean, nil when either level gave no score)
	// are as collab.MechanismAggregate documents them, on the scale of 1
	// to 5.
	Raters    int              `json:"raters"`
	Median    float64          `json:"median"`
	Mean      float64          `json:"mean"`
	Spread    int              `json:"spread"`
	StdDev    float64          `json:"stdDev"`
	Consensus collab.Consensus `json:"consensus"`
	LevelGap  *float64         `json:"levelGap,omitempty"`
	// Perceived is the median on the report's scale of 0 to 100:
	// (Median−1)×25, so 1 is 0, 3 is 50 and 5 is 100. It is what a chart
	// draws beside the evidence score.
	Perceived float64 `json:"perceived"`
}

// Thresholds of the self-assessment rules.
const (
	// LevelGapThreshold is the gap between the executives' and the
	// professionals' mean, in points on the scale of 1 to 5, from which
	// the executives see a mechanism much rosier than the work floor.
	LevelGapThreshold = 1.5
	// PerceptionGapThreshold is the difference, in points on the scale of
	// 0 to 100, between the perceived score and the evidence score from
	// which perception and evidence differ markedly.
	PerceptionGapThreshold = 30
)

// The codes of the self-assessment rules.
const (
	ruleDivided       = "selfassessment.divided"
	ruleLevelGap      = "selfassessment.level-gap"
	rulePerceptionGap = "selfassessment.perception-gap"
)

// perceived maps a median on the scale of 1 to 5 to the scale of 0 to 100.
func perceived(median float64) float64 { return (median - 1) * 25 }

// latestRound returns the index of the latest self-assessment round on or
// before the as-of date, or -1 when there is none. Case validation makes
// round dates unique.
func (f *facts) latestRound() int {
	found := -1
	for i := range f.c.SelfAssessments {
		d := f.c.SelfAssessments[i].Date
		if !d.After(f.asOf) && (found < 0 || d.After(f.c.SelfAssessments[found].Date)) {
			found = i
		}
	}
	return found
}

// roundAggregates returns the latest round's index and its aggregates per
// mechanism; -1 and nil when there is no round.
func (f *facts) roundAggregates() (int, []collab.MechanismAggregate) {
	i := f.latestRound()
	if i < 0 {
		return -1, nil
	}
	return i, f.c.SelfAssessments[i].Aggregate()
}

// summarise sets the SelfAssessment of each mechanism of r from the latest
// round.
func (f *facts) summarise(r *Report) {
	i, aggs := f.roundAggregates()
	if i < 0 {
		return
	}
	round := &f.c.SelfAssessments[i]
	for k := range r.Mechanisms {
		a, ok := collab.LookupAggregate(aggs, r.Mechanisms[k].Mechanism)
		if !ok {
			continue
		}
		r.Mechanisms[k].SelfAssessment = &SelfAssessmentSummary{
			Round: round.ID, Date: round.Date, Path: pathf("selfAssessments[%d]", i),
			Raters: a.Raters, Median: a.Median, Mean: a.Mean, Spread: a.Spread, StdDev: a.StdDev,
			Consensus: a.Consensus, LevelGap: a.LevelGap, Perceived: perceived(a.Median),
		}
	}
}

// findingFor reports a finding that counts for mechanism m rather than
// the rule's own mechanism.
func (e *emitter) findingFor(m collab.Mechanism, sev Severity, msg, next string, evidence ...Evidence) {
	e.finding(sev, msg, next, evidence...)
	e.findings[len(e.findings)-1].Mechanism = m
}

// maxOutlyingEvidence is how many outlying ratings a divided finding names.
const maxOutlyingEvidence = 3

// checkDivided reports, per mechanism, a latest round in which the raters
// are divided. The finding counts for the mechanism rated: the partners
// do not share a picture of it.
func checkDivided(f *facts, e *emitter) {
	i, aggs := f.roundAggregates()
	if i < 0 {
		return
	}
	round := &f.c.SelfAssessments[i]
	for _, a := range aggs {
		if a.Consensus != collab.ConsensusDivided {
			continue
		}
		label := a.Mechanism.Label(e.lang)
		ev := []Evidence{e.see("selfAssessments", 0,
			collab.Text{EN: "round of %s: %d of %d ratings lie more than one point from the median %g", NL: "ronde van %s: %d van %d scores liggen meer dan één punt van de mediaan %g"},
			round.Date, a.Outlying, a.Raters, a.Median)}
		for j := range round.Ratings {
			rt := &round.Ratings[j]
			for k, s := range rt.Scores {
				if s.Mechanism == a.Mechanism && math.Abs(float64(s.Score)-a.Median) > collab.ConsensusDistance && len(ev) <= maxOutlyingEvidence {
					ev = append(ev, e.see(pathf("selfAssessments[%d].ratings[%d].scores[%d].score", i, j, k), 0,
						collab.Text{EN: "%s (%s) gave %d", NL: "%s (%s) gaf %d"}, f.name(rt.Stakeholder), rt.Level.Label(e.lang), s.Score))
				}
			}
		}
		e.findingFor(a.Mechanism, SeverityInfo,
			e.tr(collab.Text{EN: "The partners are divided on %s: %d of %d ratings lie more than one point from the median.", NL: "De partners zijn verdeeld over %s: %d van %d scores liggen meer dan één punt van de mediaan."}, label, a.Outlying, a.Raters),
			e.tr(collab.Text{EN: "Go through the ratings that differ most in one meeting with every level present, and agree on one picture before choosing what to do.", NL: "Bespreek de scores die het meest verschillen in één overleg waarin elk niveau aanwezig is, en kom tot één beeld voordat je kiest wat je doet."}),
			ev...)
	}
}

// checkLevelGap reports a latest round in which the executives rate one or
// more mechanisms at least LevelGapThreshold points higher than the care
// professionals do. It counts for involving actors: the work floor does
// not see what the top sees, which is what late involvement leads to.
func checkLevelGap(f *facts, e *emitter) {
	i, aggs := f.roundAggregates()
	if i < 0 {
		return
	}
	round := &f.c.SelfAssessments[i]
	var ev []Evidence
	var labels []string
	for _, a := range aggs {
		if a.LevelGap == nil || *a.LevelGap < LevelGapThreshold {
			continue
		}
		exec, prof := levelMean(a, collab.LevelExecutive), levelMean(a, collab.LevelProfessional)
		if len(ev) == 0 {
			ev = append(ev, e.see("selfAssessments", 0, collab.Text{EN: "round of %s", NL: "ronde van %s"}, round.Date))
		}
		ev = append(ev, e.see(pathf("selfAssessments[%d]", i), 0,
			collab.Text{EN: "%s: executives %.1f, care professionals %.1f on average (gap %.1f)", NL: "%s: bestuur gemiddeld %.1f, werkvloer %.1f (verschil %.1f)"},
			a.Mechanism.Label(e.lang), exec, prof, *a.LevelGap))
		labels = append(labels, a.Mechanism.Label(e.lang))
	}
	if len(ev) == 0 {
		return
	}
	e.finding(SeverityWarning,
		e.tr(collab.Text{EN: "Executives see the collaboration much rosier than the work floor (%s): a sign that care professionals were not taken along in time.", NL: "Bestuurders zien de samenwerking veel rooskleuriger dan de werkvloer (%s): een teken dat zorgprofessionals niet op tijd zijn meegenomen."}, joinLabels(labels, e.lang)),
		e.tr(collab.Text{EN: "Let executives and care professionals go through the ratings together, ask the work floor what it misses, and involve it in the next steps from the start.", NL: "Laat bestuurders en zorgprofessionals samen de scores doornemen, vraag de werkvloer wat ze mist, en betrek haar vanaf het begin bij de volgende stappen."}),
		ev...)
}

// levelMean returns the mean score level l gave in a, 0 when it gave none.
func levelMean(a collab.MechanismAggregate, l collab.Level) float64 {
	for _, la := range a.Levels {
		if la.Level == l {
			return la.Mean
		}
	}
	return 0
}

// joinLabels joins labels as "a, b and c" (or "a, b en c").
func joinLabels(labels []string, lang collab.Language) string {
	and := collab.Text{EN: " and ", NL: " en "}.In(lang)
	out := ""
	for k, l := range labels {
		switch {
		case k == 0:
		case k == len(labels)-1:
			out += and
		default:
			out += ", "
		}
		out += l
	}
	return out
}

// reviewPerceptionGap reports, per mechanism, a perceived score (the
// round's median mapped to 0 to 100) that differs from the evidence score
// by PerceptionGapThreshold points or more. The finding counts for the
// mechanism: perception rosier than the evidence is a warning (a blind
// spot, or evidence the case does not hold yet); perception gloomier is
// worth knowing.
func reviewPerceptionGap(_ *facts, r *Report, e *emitter) {
	for k := range r.Mechanisms {
		m := &r.Mechanisms[k]
		sa := m.SelfAssessment
		if sa == nil {
			continue
		}
		diff := sa.Perceived - float64(m.Score)
		if math.Abs(diff) < PerceptionGapThreshold {
			continue
		}
		ev := []Evidence{
			e.see("selfAssessments", 0, collab.Text{EN: "round of %s: median %g of 5, %.0f on the scale of 0 to 100", NL: "ronde van %s: mediaan %g van 5, %.0f op de schaal van 0 tot 100"}, sa.Date, sa.Median, sa.Perceived),
			e.see("", 0, collab.Text{EN: "the evidence gives %d (%s)", NL: "het bewijs geeft %d (%s)"}, m.Score, m.Band.Label(e.lang)),
		}
		if diff > 0 {
			e.findingFor(m.Mechanism, SeverityWarning,
				e.tr(collab.Text{EN: "The partners rate %s at %.0f of 100, %.0f points above what the evidence shows (%d).", NL: "De partners geven %s %.0f van 100, %.0f punten hoger dan het bewijs laat zien (%d)."}, m.Label, sa.Perceived, diff, m.Score),
				e.tr(collab.Text{EN: "Check together which facts support the rating and record them in the case, or agree on what is still missing; put the shared picture on one page.", NL: "Ga samen na welke feiten de score dragen en leg ze vast in de casus, of spreek af wat nog ontbreekt; zet het gedeelde beeld op één A4."}),
				ev...)
			continue
		}
		e.findingFor(m.Mechanism, SeverityInfo,
			e.tr(collab.Text{EN: "The partners rate %s at %.0f of 100, %.0f points below what the evidence shows (%d).", NL: "De partners geven %s %.0f van 100, %.0f punten lager dan het bewijs laat zien (%d)."}, m.Label, sa.Perceived, -diff, m.Score),
			e.tr(collab.Text{EN: "Ask the raters what they miss: the results may not have reached the work floor yet, so tell staff what the collaboration has achieved.", NL: "Vraag de beoordelaars wat ze missen: de resultaten hebben de werkvloer misschien nog niet bereikt, dus vertel medewerkers wat de samenwerking heeft opgeleverd."}),
			ev...)
	}
}

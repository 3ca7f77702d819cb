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
	// Levels holds how each level rated the mechanism on the scale of 1 to
	// 5 (bestuur, management, werkvloer: see collab.Level), one entry per
	// level that gave a score, executives first: a board sees at once
	// whether the top and the work floor share a picture. Nil (omitted) in
	// reports from elsewhere that lack it.
	Levels []LevelSummary `json:"levels,omitempty"`
	// Perceived is the median on the report's scale of 0 to 100:
	// (Median−1)×25, so 1 is 0, 3 is 50 and 5 is 100. It is what a chart
	// draws beside the evidence score.
	Perceived float64 `json:"perceived"`
}

// LevelSummary is how the raters of one level scored one mechanism in a
// self-assessment round: their number and their mean score on the scale
// of 1 to 5 (see collab.LevelAggregate).
type LevelSummary struct {
	Level collab.Level `json:"level"`
	// Label is the level's name in the report's language ("Bestuur",
	// "Executives"); empty (omitted) until Localize sets it.
	Label  string  `json:"label,omitempty"`
	Raters int     `json:"raters"`
	Mean   float64 `json:"mean"`
}

// levelSummaries returns the per-level figures of a, nil when no level
// scored.
func levelSummaries(a collab.MechanismAggregate) []LevelSummary {
	if len(a.Levels) == 0 {
		return nil
	}
	out := make([]LevelSummary, len(a.Levels))
	for i, la := range a.Levels {
		out[i] = LevelSummary{Level: la.Level, Raters: la.Raters, Mean: la.Mean}
	}
	return out
}

// localized returns a copy of s, sharing no memory with it, whose levels
// carry their labels in lang; nil for nil.
func (s *SelfAssessmentSummary) localized(lang collab.Language) *SelfAssessmentSummary {
	if s == nil {
		return nil
	}
	c := *s
	c.LevelGap = clonePtr(s.LevelGap)
	c.Levels = nil
	for _, l := range s.Levels {
		l.Label = l.Level.Label(lang)
		c.Levels = append(c.Levels, l)
	}
	return &c
}

// OldRoundMonths is the age in whole months, at the report's date, beyond
// which a self-assessment round is old: the renderers say so, since the
// partners' picture may have changed since.
const OldRoundMonths = 12

// SelfAssessmentAge returns the age in whole months, at the report's date,
// of the self-assessment round the report shows, and whether it is older
// than OldRoundMonths; 0 and false when the report shows no round.
func (r *Report) SelfAssessmentAge() (months int, old bool) {
	sa := firstSelfAssessment(r)
	if sa == nil {
		return 0, false
	}
	months = r.AsOf.MonthsSince(sa.Date)
	return months, months > OldRoundMonths
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
			Consensus: a.Consensus, LevelGap: a.LevelGap, Levels: levelSummaries(a), Perceived: perceived(a.Median),
		}
	}
}

// findingFor reports a finding that counts for mechanism m rather than
// the rule's own mechanism.
func (e *emitter) findingFor(m collab.Mechanism, sev Severity, msg, next Message, evidence ...Evidence) {
	e.finding(sev, msg, next, evidence...)
	e.findings[len(e.findings)-1].Mechanism = m
}

// maxOutlyingEvidence is how many outlying ratings a divided finding names.
const maxOutlyingEvidence = 3

// checkDivided reports, per mechanism, a latest round in which the raters
// are divided. The finding counts for the mechanism rated: the partners
// do not share a picture of it.
//
// Sources: "Regionaal samenwerken in de langdurige zorg heeft de toekomst"
// (April 2021): keep talking, and pay attention to resistance among staff;
// "Verslag webinar 'De praktijk van regionale en netwerksamenwerking in de
// zorg'" (10 March 2021): in the end it comes down to whether the partners
// can trust each other.
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
		ev := []Evidence{e.see("selfAssessments", 0, msgSeenRoundDivided, date("round", round.Date), count("outlying", a.Outlying), count("raters", a.Raters), number("median", a.Median, -1))}
		for j := range round.Ratings {
			rt := &round.Ratings[j]
			for k, s := range rt.Scores {
				if s.Mechanism == a.Mechanism && math.Abs(float64(s.Score)-a.Median) > collab.ConsensusDistance && len(ev) <= maxOutlyingEvidence {
					ev = append(ev, e.see(pathf("selfAssessments[%d].ratings[%d].scores[%d].score", i, j, k), 0, msgSeenRating, text("stakeholder", f.name(rt.Stakeholder)), enum("level", ParamLevel, rt.Level), count("score", s.Score)))
				}
			}
		}
		e.findingFor(a.Mechanism, SeverityInfo,
			Say(msgDivided, lower(enum("mechanism", ParamMechanism, a.Mechanism)), count("outlying", a.Outlying), count("raters", a.Raters)),
			Say(msgNextDiscussRatings),
			ev...)
	}
}

// checkLevelGap reports a latest round in which the executives rate one or
// more mechanisms at least LevelGapThreshold points higher than the care
// professionals do. It counts for involving actors: the work floor does
// not see what the top sees, which is what late involvement leads to.
//
// Sources: "Mechanismen van regionale samenwerking: wat werkt en wat niet?"
// (21 June 2022): when executives and managers bring professionals in late,
// friction and resistance follow on the work floor; "Regionaal samenwerken
// in de langdurige zorg heeft de toekomst" (April 2021): collaboration
// begins and ends on the work floor, not in the boardroom.
func checkLevelGap(f *facts, e *emitter) {
	i, aggs := f.roundAggregates()
	if i < 0 {
		return
	}
	round := &f.c.SelfAssessments[i]
	var ev []Evidence
	var mechs []collab.Mechanism
	for _, a := range aggs {
		if a.LevelGap == nil || *a.LevelGap < LevelGapThreshold {
			continue
		}
		exec, prof := levelMean(a, collab.LevelExecutive), levelMean(a, collab.LevelProfessional)
		if len(ev) == 0 {
			ev = append(ev, e.see("selfAssessments", 0, msgSeenRound, date("round", round.Date)))
		}
		ev = append(ev, e.see(pathf("selfAssessments[%d]", i), 0, msgSeenLevelGap, enum("mechanism", ParamMechanism, a.Mechanism), number("exec", exec, 1), number("prof", prof, 1), number("gap", *a.LevelGap, 1)))
		mechs = append(mechs, a.Mechanism)
	}
	if len(ev) == 0 {
		return
	}
	e.finding(SeverityWarning,
		Say(msgLevelGap, enums("mechanisms", ParamMechanism, mechs)),
		Say(msgNextRatingsTogether),
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

// reviewPerceptionGap reports, per mechanism, a perceived score (the
// round's median mapped to 0 to 100) that differs from the evidence score
// by PerceptionGapThreshold points or more. The finding counts for the
// mechanism: perception rosier than the evidence is a warning (a blind
// spot, or evidence the case does not hold yet); perception gloomier is
// worth knowing.
//
// Source: "Regionaal samenwerken in de langdurige zorg heeft de toekomst"
// (April 2021): communication inside one's own organisation builds
// awareness and support; make the use and need of the collaboration clear
// to everyone, for example on one page.
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
			e.see("selfAssessments", 0, msgSeenPerceived, date("round", sa.Date), number("median", sa.Median, -1), number("perceived", sa.Perceived, 0)),
			e.see("", 0, msgSeenEvidenceScore, count("score", m.Score), enum("band", ParamBand, m.Band)),
		}
		if diff > 0 {
			e.findingFor(m.Mechanism, SeverityWarning,
				Say(msgPerceptionAbove, lower(enum("mechanism", ParamMechanism, m.Mechanism)), number("perceived", sa.Perceived, 0), number("diff", diff, 0), count("score", m.Score)),
				Say(msgNextCheckFacts),
				ev...)
			continue
		}
		e.findingFor(m.Mechanism, SeverityInfo,
			Say(msgPerceptionBelow, lower(enum("mechanism", ParamMechanism, m.Mechanism)), number("perceived", sa.Perceived, 0), number("diff", -diff, 0), count("score", m.Score)),
			Say(msgNextAskRaters),
			ev...)
	}
}

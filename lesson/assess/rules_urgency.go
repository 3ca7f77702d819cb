package assess

import (
	"github.com/regiokompas/regiokompas/collab"
)

// urgencyWindowMonths is how recent the latest urgency signal must be to
// count as a current measurement.
const urgencyWindowMonths = 12

// checkUrgencyTrend looks at the urgency signals: whether urgency is
// measured at all, recently, and whether it is fading or high.
//
// Sources: "Mechanismen van regionale samenwerking: wat werkt en wat
// niet?" (21 June 2022) says the sense of urgency comes and goes (strong
// when staff are scarce, ebbing afterwards) and must be kept on the agenda;
// so a reading is judged against the history before it, a sudden drop
// within a year and a steady decline over any period alike.
// "Regionaal samenwerken in de langdurige zorg heeft de toekomst" (April
// 2021) says lasting commitment of executives needs constant attention.
func checkUrgencyTrend(f *facts, e *emitter) {
	sig := f.col.UrgencySignals
	last, lastIdx := collab.Date{}, -1
	for i := range sig {
		if !sig[i].Date.After(f.asOf) && !sig[i].Date.Before(last) {
			last, lastIdx = sig[i].Date, i
		}
	}
	if lastIdx < 0 {
		e.finding(SeverityWarning,
			Say(msgUrgencyNeverMeasured),
			Say(msgNextMeasureUrgency),
			e.see("collaboration.urgencySignals", -10, msgSeenNoUrgencySignals))
		return
	}
	path := pathf("collaboration.urgencySignals[%d]", lastIdx)
	if months := f.asOf.MonthsSince(last); months > urgencyWindowMonths {
		e.finding(SeverityWarning,
			Say(msgUrgencyReadingOld, count("months", months)),
			Say(msgNextMeasureUrgencyAgain),
			e.see(path, -10, msgSeenLastUrgencySignal, date("last", last)))
		return
	}
	// The trend, over the whole history: the latest reading against the
	// highest of the year before it (a sudden drop), and against the start
	// of the steady decline that ends in it (readings that never rose
	// again, however long it took).
	cur := sig[lastIdx].Urgency
	peak, peakIdx := 0, -1
	for i := range sig {
		d := sig[i].Date
		if i != lastIdx && d.Before(last) && last.MonthsSince(d) <= 12 && sig[i].Urgency > peak {
			peak, peakIdx = sig[i].Urgency, i
		}
	}
	steady := false
	if peakIdx < 0 || peak-cur < 2 {
		if start, n := declineStart(sig, lastIdx, f.asOf); n >= 3 && sig[start].Urgency-cur >= 2 {
			peak, peakIdx, steady = sig[start].Urgency, start, true
		}
	}
	if steady {
		e.finding(SeverityWarning,
			Say(msgUrgencyFadingSteadily, count("peak", peak), count("cur", cur), count("months", last.MonthsSince(sig[peakIdx].Date))),
			Say(msgNextUrgencyBackOnAgenda),
			e.see(pathf("collaboration.urgencySignals[%d]", peakIdx), 0, msgSeenUrgencyReading, count("level", peak), date("on", sig[peakIdx].Date)),
			e.see(path, -15, msgSeenUrgencyReading, count("level", cur), date("on", last)))
		return
	}
	switch {
	case peakIdx >= 0 && peak-cur >= 2:
		e.finding(SeverityWarning,
			Say(msgUrgencyFading, count("peak", peak), count("cur", cur)),
			Say(msgNextUrgencyBackOnAgenda),
			e.see(pathf("collaboration.urgencySignals[%d]", peakIdx), 0, msgSeenUrgencyReading, count("level", peak), date("on", sig[peakIdx].Date)),
			e.see(path, -15, msgSeenUrgencyReading, count("level", cur), date("on", last)))
	case cur >= 4:
		e.strong(
			Say(msgUrgencyHigh, count("cur", cur)),
			e.see(path, 15, msgSeenUrgencyReading, count("level", cur), date("on", last)))
	case cur <= 2:
		e.finding(SeverityWarning,
			Say(msgUrgencyLow, count("cur", cur)),
			Say(msgNextMakeProblemConcrete),
			e.see(path, -10, msgSeenUrgencyReading, count("level", cur), date("on", last)))
	default:
		e.strong(
			Say(msgUrgencyHolds, count("cur", cur)),
			e.see(path, 5, msgSeenUrgencyReading, count("level", cur), date("on", last)))
	}
}

// checkCarriersLeft finds drivers (aanjagers) and programme managers who
// left without anyone taking over: urgency leaves with the people who
// carry it.
//
// Source: "Mechanismen van regionale samenwerking: wat werkt en wat niet?"
// (21 June 2022): urgency is harder to keep when staff change and the
// people who carried it well leave.
func checkCarriersLeft(f *facts, e *emitter) {
	for _, kind := range [...]collab.RoleKind{collab.RoleKindAanjager, collab.RoleKindProgrammeManager} {
		idx, active := f.holders(kind)
		if active >= 0 {
			continue
		}
		for _, i := range idx {
			h := &f.col.RoleHolders[i]
			if h.Until.IsZero() || h.Until.After(f.asOf) {
				continue
			}
			who := h.Person
			if who == "" {
				who = f.name(h.Stakeholder)
			}
			e.findingOn([]Subject{{Kind: SubjectStakeholder, ID: h.Stakeholder}}, SeverityRisk,
				Say(msgCarrierLeft, enum("role", ParamRoleKind, kind), text("person", who), date("until", h.Until)),
				Say(msgNextAppointSuccessor),
				e.see(pathf("collaboration.roleHolders[%d].until", i), -20, msgSeenRoleEnded, enum("role", ParamRoleKind, kind), date("until", h.Until)))
			break
		}
	}
}

// checkAanjager asks whether someone drives the collaboration now.
//
// Source: "Regionaal samenwerken in de langdurige zorg heeft de toekomst"
// (April 2021): name a driver (aanjager) who keeps the collaboration on the
// agenda.
func checkAanjager(f *facts, e *emitter) {
	idx, i := f.holders(collab.RoleKindAanjager)
	switch {
	case i >= 0:
		e.strong(
			Say(msgAanjagerActive),
			e.see(pathf("collaboration.roleHolders[%d]", i), 10, msgSeenAanjagerSince, date("since", f.col.RoleHolders[i].From)))
	case len(idx) == 0:
		e.finding(SeverityWarning,
			Say(msgNoAanjager),
			Say(msgNextAppointAanjager),
			e.see("collaboration.roleHolders", -10, msgSeenNoAanjager))
	}
}

// checkMilestones asks whether reached milestones were celebrated.
//
// Source: "Regionaal samenwerken in de langdurige zorg heeft de toekomst"
// (April 2021): celebrate successes, the small ones too, and build pride
// and ownership with them.
func checkMilestones(f *facts, e *emitter) {
	reached, celebrated := 0, 0
	firstPath := ""
	for pi := range f.c.Projects {
		p := &f.c.Projects[pi]
		for mi := range p.Milestones {
			m := &p.Milestones[mi]
			if m.Date.After(f.asOf) {
				continue
			}
			reached++
			if m.Celebrated {
				celebrated++
			} else if firstPath == "" {
				firstPath = pathf("projects[%d].milestones[%d]", pi, mi)
			}
		}
	}
	switch {
	case reached >= 2 && celebrated == 0:
		e.finding(SeverityInfo,
			Say(msgMilestonesUncelebrated, count("reached", reached)),
			Say(msgNextCelebrateMilestone),
			e.see(firstPath, -5, msgSeenMilestonesCelebrated, count("celebrated", celebrated), count("reached", reached)))
	case celebrated > 0:
		e.strong(
			Say(msgMilestonesCelebrated, count("celebrated", celebrated), count("reached", reached)),
			e.see("projects", 5, msgSeenMilestonesCelebrated, count("celebrated", celebrated), count("reached", reached)))
	}
}

// declineStart walks back in time from the reading at last through the
// readings on or before asOf, as long as each earlier reading is at least
// as high as the one after it: a steady decline. It returns the index of
// the first reading of that decline and how many readings it spans
// (counting last). Readings on the same day count once, the latest in the
// slice.
func declineStart(sig []collab.UrgencySignal, last int, asOf collab.Date) (start, n int) {
	start, n = last, 1
	for {
		// The reading just before sig[start] in time.
		prev := -1
		for i := range sig {
			d := sig[i].Date
			if d.Before(sig[start].Date) && !d.After(asOf) && (prev < 0 || !d.Before(sig[prev].Date)) {
				prev = i
			}
		}
		if prev < 0 || sig[prev].Urgency < sig[start].Urgency {
			return start, n
		}
		start, n = prev, n+1
	}
}

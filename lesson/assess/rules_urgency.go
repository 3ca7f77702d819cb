package assess

import (
	"github.com/regiokompas/regiokompas/collab"
)

// urgencyWindowMonths is how recent the latest urgency signal must be to
// count as a current measurement.
const urgencyWindowMonths = 12

// checkUrgencyTrend looks at the urgency signals: whether urgency is
// measured at all, recently, and whether it is fading or high.
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
			e.tr(collab.Text{EN: "Urgency has never been measured, so nobody sees it ebb.", NL: "De urgentie is nooit gemeten, dus niemand ziet haar wegzakken."}),
			e.tr(collab.Text{EN: "Ask executives, managers and professionals twice a year how urgent they find the collaboration, and record it.", NL: "Vraag bestuurders, managers en professionals twee keer per jaar hoe urgent zij de samenwerking vinden, en leg het vast."}),
			e.see("collaboration.urgencySignals", -10, collab.Text{EN: "no urgency signals recorded", NL: "geen urgentiesignalen vastgelegd"}))
		return
	}
	path := pathf("collaboration.urgencySignals[%d]", lastIdx)
	if months := f.asOf.MonthsSince(last); months > urgencyWindowMonths {
		e.finding(SeverityWarning,
			e.tr(collab.Text{EN: "The latest urgency reading is %d months old.", NL: "De laatste urgentiemeting is %d maanden oud."}, months),
			e.tr(collab.Text{EN: "Measure urgency again and put the collaboration back on the agenda of the executives.", NL: "Meet de urgentie opnieuw en zet de samenwerking weer op de agenda van de bestuurders."}),
			e.see(path, -10, collab.Text{EN: "last urgency signal on %s", NL: "laatste urgentiesignaal op %s"}, last))
		return
	}
	// The trend: the latest reading against the highest reading of the
	// year before it.
	cur := sig[lastIdx].Urgency
	peak, peakIdx := 0, -1
	for i := range sig {
		d := sig[i].Date
		if i != lastIdx && d.Before(last) && last.MonthsSince(d) <= 12 && sig[i].Urgency > peak {
			peak, peakIdx = sig[i].Urgency, i
		}
	}
	switch {
	case peakIdx >= 0 && peak-cur >= 2:
		e.finding(SeverityWarning,
			e.tr(collab.Text{EN: "Urgency is fading: it fell from %d to %d within a year.", NL: "De urgentie zakt weg: van %d naar %d binnen een jaar."}, peak, cur),
			e.tr(collab.Text{EN: "Put the shared problem back on the agenda: show the current staff shortage and what the collaboration has already achieved.", NL: "Zet het gedeelde probleem opnieuw op de agenda: laat het actuele personeelstekort zien en wat de samenwerking al heeft bereikt."}),
			e.see(pathf("collaboration.urgencySignals[%d]", peakIdx), 0, collab.Text{EN: "urgency %d on %s", NL: "urgentie %d op %s"}, peak, sig[peakIdx].Date),
			e.see(path, -15, collab.Text{EN: "urgency %d on %s", NL: "urgentie %d op %s"}, cur, last))
	case cur >= 4:
		e.strong(
			e.tr(collab.Text{EN: "The parties feel the urgency: the latest reading is %d of 5.", NL: "De partijen voelen de urgentie: de laatste meting is %d van de 5."}, cur),
			e.see(path, 15, collab.Text{EN: "urgency %d on %s", NL: "urgentie %d op %s"}, cur, last))
	case cur <= 2:
		e.finding(SeverityWarning,
			e.tr(collab.Text{EN: "Urgency is low: the latest reading is %d of 5.", NL: "De urgentie is laag: de laatste meting is %d van de 5."}, cur),
			e.tr(collab.Text{EN: "Make the shared problem concrete for each party, with figures on staff and demand in the region.", NL: "Maak het gedeelde probleem concreet voor elke partij, met cijfers over personeel en zorgvraag in de regio."}),
			e.see(path, -10, collab.Text{EN: "urgency %d on %s", NL: "urgentie %d op %s"}, cur, last))
	default:
		e.strong(
			e.tr(collab.Text{EN: "Urgency is measured and holds at %d of 5.", NL: "De urgentie wordt gemeten en houdt stand op %d van de 5."}, cur),
			e.see(path, 5, collab.Text{EN: "urgency %d on %s", NL: "urgentie %d op %s"}, cur, last))
	}
}

// checkCarriersLeft finds drivers (aanjagers) and programme managers who
// left without anyone taking over: urgency leaves with the people who
// carry it.
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
				e.tr(collab.Text{EN: "%[2]s, who held the role %[1]s, left on %[3]s and nobody took over.", NL: "%[2]s, met de rol %[1]s, vertrok op %[3]s en niemand nam het over."}, kind.Label(e.lang), who, h.Until),
				e.tr(collab.Text{EN: "Appoint a successor soon, and have the person who left hand over their contacts and the story of why the region does this.", NL: "Benoem snel een opvolger, en laat wie vertrok de contacten en het verhaal waarom de regio dit doet overdragen."}),
				e.see(pathf("collaboration.roleHolders[%d].until", i), -20, collab.Text{EN: "%s ended on %s without a successor", NL: "%s gestopt op %s zonder opvolger"}, kind.Label(e.lang), h.Until))
			break
		}
	}
}

// checkAanjager asks whether someone drives the collaboration now.
func checkAanjager(f *facts, e *emitter) {
	idx, i := f.holders(collab.RoleKindAanjager)
	switch {
	case i >= 0:
		e.strong(
			e.tr(collab.Text{EN: "An aanjager keeps the collaboration on the agenda.", NL: "Een aanjager houdt de samenwerking op de agenda."}),
			e.see(pathf("collaboration.roleHolders[%d]", i), 10, collab.Text{EN: "aanjager active since %s", NL: "aanjager actief sinds %s"}, f.col.RoleHolders[i].From))
	case len(idx) == 0:
		e.finding(SeverityWarning,
			e.tr(collab.Text{EN: "Nobody has the role of aanjager: nobody's job is to keep the collaboration going.", NL: "Niemand heeft de rol van aanjager: het is niemands taak de samenwerking gaande te houden."}),
			e.tr(collab.Text{EN: "Appoint an aanjager with time for the role, who puts the collaboration on the agenda again and again.", NL: "Stel een aanjager aan met tijd voor de rol, die de samenwerking steeds opnieuw agendeert."}),
			e.see("collaboration.roleHolders", -10, collab.Text{EN: "no aanjager among the role holders", NL: "geen aanjager onder de rolhouders"}))
	}
}

// checkMilestones asks whether reached milestones were celebrated.
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
			e.tr(collab.Text{EN: "Milestones reached: %d, and none was celebrated.", NL: "Bereikte mijlpalen: %d, en geen ervan is gevierd."}, reached),
			e.tr(collab.Text{EN: "Celebrate the next milestone with the people who did the work; small successes build pride and ownership.", NL: "Vier de volgende mijlpaal met de mensen die het werk deden; kleine successen geven trots en eigenaarschap."}),
			e.see(firstPath, -5, collab.Text{EN: "%d of %d reached milestones celebrated", NL: "%d van %d bereikte mijlpalen gevierd"}, celebrated, reached))
	case celebrated > 0:
		e.strong(
			e.tr(collab.Text{EN: "Successes are celebrated (%d of %d milestones).", NL: "Successen worden gevierd (%d van %d mijlpalen)."}, celebrated, reached),
			e.see("projects", 5, collab.Text{EN: "%d of %d reached milestones celebrated", NL: "%d van %d bereikte mijlpalen gevierd"}, celebrated, reached))
	}
}

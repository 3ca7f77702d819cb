package assess

import (
	"github.com/regiokompas/regiokompas/collab"
)

// leewayStuckMonths is how long an open leeway issue may go without
// movement before it counts as stuck.
const leewayStuckMonths = 9

// checkNationalActor finds leeway issues whose national actor (the owner
// of the rule in the way) is not involved in the collaboration.
func checkNationalActor(f *facts, e *emitter) {
	for i := range f.col.LeewayIssues {
		l := &f.col.LeewayIssues[i]
		if st := l.StatusOn(f.asOf); l.NationalActor.IsZero() || st == collab.LeewayResolved || st.IsZero() {
			continue
		}
		issue := []Subject{{Kind: SubjectLeewayIssue, ID: l.ID}}
		if f.memberWithRole(l.NationalActor) >= 0 {
			e.strongOn(issue,
				e.tr(collab.Text{EN: "The owner of the rule behind %q (%s) takes part.", NL: "De eigenaar van de regel achter %q (%s) doet mee."}, l.Rule, l.NationalActor.Label(e.lang)),
				e.see(pathf("collaboration.leewayIssues[%d].nationalActor", i), 10, collab.Text{EN: "%s involved", NL: "%s betrokken"}, l.NationalActor.Label(e.lang)))
			continue
		}
		e.findingOn(issue, SeverityWarning,
			e.tr(collab.Text{EN: "The leeway issue %q needs %s, who is not involved.", NL: "Het regelruimte-knelpunt %q vraagt om %s, die niet betrokken is."}, l.Rule, l.NationalActor.Label(e.lang)),
			e.tr(collab.Text{EN: "Invite %s to look at the regional plan together; working on the clash in the region is also how national rules change.", NL: "Nodig %s uit om samen naar het regionale plan te kijken; in de regio aan het knelpunt werken is ook hoe landelijke regels veranderen."}, l.NationalActor.Label(e.lang)),
			e.see(pathf("collaboration.leewayIssues[%d].nationalActor", i), -10, collab.Text{EN: "%s named but not a member", NL: "%s genoemd maar geen lid"}, l.NationalActor.Label(e.lang)))
	}
}

// checkLeewayProgress finds open leeway issues without movement for long,
// and credits issues taken up or resolved.
func checkLeewayProgress(f *facts, e *emitter) {
	var stuck, moved []Evidence
	for i := range f.col.LeewayIssues {
		l := &f.col.LeewayIssues[i]
		status, last := l.StatusOn(f.asOf), l.LastMovementOn(f.asOf)
		path := pathf("collaboration.leewayIssues[%d]", i)
		switch {
		case status.IsZero():
			continue // raised after the as-of date
		case status == collab.LeewayResolved:
			moved = append(moved, e.see(path, 10, collab.Text{EN: "%q resolved on %s", NL: "%q opgelost op %s"}, l.Rule, l.Resolved))
		case f.asOf.MonthsSince(last) > leewayStuckMonths:
			stuck = append(stuck, e.see(path, -10, collab.Text{EN: "%q without movement since %s", NL: "%q zonder beweging sinds %s"}, l.Rule, last))
		case status == collab.LeewayAddressed:
			moved = append(moved, e.see(path, 5, collab.Text{EN: "%q taken up, last movement %s", NL: "%q in behandeling, laatste beweging %s"}, l.Rule, last))
		}
	}
	if len(stuck) > 0 {
		e.finding(SeverityWarning,
			e.tr(collab.Text{EN: "Leeway issues open without movement for over %[2]d months: %[1]d.", NL: "Regelruimte-knelpunten die al meer dan %[2]d maanden zonder beweging openstaan: %[1]d."}, len(stuck), leewayStuckMonths),
			e.tr(collab.Text{EN: "Take each issue to the owner of the rule with a concrete regional proposal, or find the room the current rules already give.", NL: "Leg elk knelpunt met een concreet regionaal voorstel bij de eigenaar van de regel, of zoek de ruimte die de huidige regels al bieden."}),
			stuck...)
	}
	if len(moved) > 0 {
		e.strong(
			e.tr(collab.Text{EN: "The region works on the rules in its way; leeway issues taken up or resolved: %d.", NL: "De regio werkt aan de regels die in de weg zitten; knelpunten in behandeling of opgelost: %d."}, len(moved)),
			capEffects(moved, 20)...)
	}
	if len(f.col.LeewayIssues) == 0 {
		e.note(e.see("collaboration.leewayIssues", 0, collab.Text{EN: "no leeway issues recorded, so the score stays at its base", NL: "geen knelpunten vastgelegd, dus de score blijft op de basis"}))
	}
}

// capEffects limits the summed positive effect of evidence to max by
// setting the effects past it to what is left, so that many small items
// cannot push a score to the top on their own.
func capEffects(ev []Evidence, max int) []Evidence {
	sum := 0
	for i := range ev {
		if sum+ev[i].Effect > max {
			ev[i].Effect = max - sum
		}
		sum += ev[i].Effect
	}
	return ev
}

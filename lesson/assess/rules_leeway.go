package assess

import (
	"github.com/regiokompas/regiokompas/collab"
)

// leewayStuckMonths is how long an open leeway issue may go without
// movement before it counts as stuck.
const leewayStuckMonths = 9

// checkNationalActor finds leeway issues whose national actor (the owner
// of the rule in the way) is not involved in the collaboration.
//
// Source: "Mechanismen van regionale samenwerking: wat werkt en wat niet?"
// (21 June 2022): involve national actors where needed, such as the
// inspectorate when reorganising evening, night and weekend care runs into
// response-time norms.
func checkNationalActor(f *facts, e *emitter) {
	for i := range f.col.LeewayIssues {
		l := &f.col.LeewayIssues[i]
		if st := l.StatusOn(f.asOf); l.NationalActor.IsZero() || st == collab.LeewayResolved || st.IsZero() {
			continue
		}
		issue := []Subject{{Kind: SubjectLeewayIssue, ID: l.ID}}
		if f.memberWithRole(l.NationalActor) >= 0 {
			e.strongOn(issue,
				Say(msgNationalActorTakesPart, text("rule", l.Rule), enum("actor", ParamRole, l.NationalActor)),
				e.see(pathf("collaboration.leewayIssues[%d].nationalActor", i), 10, msgSeenNationalActorInvolved, enum("actor", ParamRole, l.NationalActor)))
			continue
		}
		e.findingOn(issue, SeverityWarning,
			Say(msgNationalActorAbsent, text("rule", l.Rule), enum("actor", ParamRole, l.NationalActor)),
			Say(msgNextInviteNationalActor, enum("actor", ParamRole, l.NationalActor)),
			e.see(pathf("collaboration.leewayIssues[%d].nationalActor", i), -10, msgSeenNationalActorAbsent, enum("actor", ParamRole, l.NationalActor)))
	}
}

// checkLeewayProgress finds open leeway issues without movement for long,
// and credits issues taken up or resolved.
//
// Sources: "Mechanismen van regionale samenwerking: wat werkt en wat niet?"
// (21 June 2022): regional initiatives can clash with national rules, and
// working on the clash in the region is a way to change them; "Verslag
// webinar 'De praktijk van regionale en netwerksamenwerking in de zorg'"
// (10 March 2021): legislation and the way care is financed stand in the
// way of networks.
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
			moved = append(moved, e.see(path, 10, msgSeenLeewayResolved, text("rule", l.Rule), date("resolved", l.Resolved)))
		case f.asOf.MonthsSince(last) > leewayStuckMonths:
			stuck = append(stuck, e.see(path, -10, msgSeenLeewayStuck, text("rule", l.Rule), date("last", last)))
		case status == collab.LeewayAddressed:
			moved = append(moved, e.see(path, 5, msgSeenLeewayTakenUp, text("rule", l.Rule), date("last", last)))
		}
	}
	if len(stuck) > 0 {
		e.finding(SeverityWarning,
			Say(msgLeewayStuck, count("count", len(stuck)), count("months", leewayStuckMonths)),
			Say(msgNextTakeIssueToOwner),
			stuck...)
	}
	if len(moved) > 0 {
		e.strong(
			Say(msgLeewayMoving, count("count", len(moved))),
			capEffects(moved, 20)...)
	}
	if len(f.col.LeewayIssues) == 0 {
		e.note(e.see("collaboration.leewayIssues", 0, msgSeenNoLeewayIssues))
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

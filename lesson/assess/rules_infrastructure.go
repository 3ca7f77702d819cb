package assess

import (
	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
)

// Thresholds of the infrastructure rules.
const (
	// forestOverlap is the share of shared members (Jaccard index) at or
	// above which two networks count as overlapping.
	forestOverlap = 0.75
	// continuityHorizonMonths is how far ahead the end of programme
	// funding must be planned for.
	continuityHorizonMonths = 12
)

// checkNetworks judges the networks that make up the regional
// infrastructure: none at all, their variety, and a forest of networks
// with the same members.
func checkNetworks(f *facts, e *emitter) {
	active := f.activeNetworks()
	if len(active) == 0 {
		e.finding(SeverityRisk,
			e.tr(collab.Text{EN: "The region has no lasting networks: no network of executives, of professionals or of shared care practice.", NL: "De regio heeft geen blijvende netwerken: geen netwerk van bestuurders, van professionals of van gedeelde zorgpraktijk."}),
			e.tr(collab.Text{EN: "Build on what exists: turn the regular meetings of executives or professionals into a standing network, or share a care practice such as a transition ward.", NL: "Bouw voort op wat er is: maak van het overleg van bestuurders of professionals een vast netwerk, of deel een zorgpraktijk zoals een transferafdeling."}),
			e.see("collaboration.networks", -25, collab.Text{EN: "no active networks", NL: "geen actieve netwerken"}))
		return
	}
	var kinds [8]bool
	n := 0
	for _, i := range active {
		k := f.col.Networks[i].Kind
		if int(k) < len(kinds) && !kinds[k] {
			kinds[k] = true
			n++
		}
	}
	effect := 10 * n
	if effect > 30 {
		effect = 30
	}
	e.strong(
		e.tr(collab.Text{EN: "Active networks in the regional infrastructure: %d, of %d kinds.", NL: "Actieve netwerken in de regionale infrastructuur: %d, van %d soorten."}, len(active), n),
		e.see("collaboration.networks", effect, collab.Text{EN: "%d kinds of network", NL: "%d soorten netwerk"}, n))
}

// checkForest finds networks that largely repeat each other's members: a
// forest of networks in which the citizen is no longer seen. The overlap
// is the Jaccard index of the members active on the as-of date (see
// network.Overlap); the three largest overlaps count.
func checkForest(f *facts, e *emitter) {
	// Only networks of the same kind can form a forest: an executives'
	// network and a professionals' network of the same organisations are
	// different people at different levels, the layered infrastructure the
	// sources recommend.
	var ev []Evidence
	for _, o := range f.actorNetwork().Overlaps {
		if f.col.Networks[o.A].Kind != f.col.Networks[o.B].Kind {
			continue
		}
		effect := -5
		if len(ev) >= 3 {
			effect = 0
		}
		ev = append(ev, e.see(pathf("collaboration.networks[%d]", o.B), effect,
			collab.Text{EN: "%q shares %.0f%% of its members with %q, a network of the same kind", NL: "%q deelt %.0f%% van de leden met %q, een netwerk van dezelfde soort"}, o.NameB, o.Jaccard*100, o.NameA))
	}
	if len(ev) == 0 {
		return
	}
	e.finding(SeverityWarning,
		e.tr(collab.Text{EN: "Networks overlap: the same parties meet in several networks, a forest in which the citizen is lost.", NL: "Netwerken overlappen: dezelfde partijen zitten in meerdere netwerken, een woud waarin de burger uit beeld raakt."}),
		e.tr(collab.Text{EN: "Merge or stop overlapping networks, and give the remaining ones a clear task and owner.", NL: "Voeg overlappende netwerken samen of stop ermee, en geef de overgebleven netwerken een duidelijke taak en eigenaar."}),
		ev...)
}

// checkIsolated finds members who share no active network and no running
// project with any other member: members on paper only. Members who hold
// an active role (aanjager, vraagbaak, programme manager...) and national
// actors (inspectorate, NZa, ministry) do not count: their link is with the
// collaboration as a whole, not with particular partners. The rule says
// nothing when the actor network has no tie at all, since checkNetworks
// already judges a region without networks. Each of the first three
// isolated members costs 5 points; a third or more isolated is a warning.
func checkIsolated(f *facts, e *emitter) {
	a := f.actorNetwork()
	if a.Ties == 0 {
		return
	}
	var ev []Evidence
	for _, id := range a.Isolated {
		if f.roles[id].IsNational() || f.holdsActiveRole(id) {
			continue
		}
		effect := -5
		if len(ev) >= 3 {
			effect = 0
		}
		ev = append(ev, e.see(pathf("collaboration.members[%d]", f.col.MemberIndex(id)), effect,
			collab.Text{EN: "%s shares no network and no running project with another member", NL: "%s deelt geen netwerk en geen lopend project met een ander lid"}, f.name(id)))
	}
	if len(ev) == 0 {
		return
	}
	sev := SeverityInfo
	if 3*len(ev) >= a.Stakeholders {
		sev = SeverityWarning
	}
	msg := collab.Text{EN: "%d of %d members meet no other member in a network or a running project: they take part on paper only.", NL: "%d van de %d leden ontmoeten geen ander lid in een netwerk of lopend project: ze doen alleen op papier mee."}
	if len(ev) == 1 {
		msg = collab.Text{EN: "%d of %d members meets no other member in a network or a running project: it takes part on paper only.", NL: "%d van de %d leden ontmoet geen ander lid in een netwerk of lopend project: het doet alleen op papier mee."}
	}
	e.finding(sev, e.tr(msg, len(ev), a.Stakeholders),
		e.tr(collab.Text{EN: "Invite them into a network or a project where they work with the others, or ask whether they still belong in the collaboration.", NL: "Nodig ze uit in een netwerk of project waar ze met de anderen samenwerken, of vraag of ze nog bij de samenwerking horen."}),
		ev...)
}

// holdsActiveRole reports whether a person of the stakeholder holds a role
// in the collaboration on the as-of date.
func (f *facts) holdsActiveRole(id uuid.UUID) bool {
	for i := range f.col.RoleHolders {
		if h := &f.col.RoleHolders[i]; h.Stakeholder == id && h.ActiveOn(f.asOf) {
			return true
		}
	}
	return false
}

// checkBrokers finds members on whom the actor network hangs: without one
// of them (an articulation point, see network.Broker) other members lose
// their link with the rest. Nobody looks after the network as a whole, and
// the link disappears when the organisation or its people leave. The three
// brokers that cut off most cost 5 points each.
func checkBrokers(f *facts, e *emitter) {
	a := f.actorNetwork()
	if len(a.Brokers) == 0 {
		return
	}
	ev := make([]Evidence, len(a.Brokers))
	for i, b := range a.Brokers {
		effect := -5
		if i >= 3 {
			effect = 0
		}
		c, _ := a.LookupCentrality(b.Stakeholder)
		seen := collab.Text{EN: "without %s, %d other members lose their link with the rest; it lies on %.0f%% of the shortest paths between other members",
			NL: "zonder %s verliezen %d andere leden hun verbinding met de rest; het ligt op %.0f%% van de kortste paden tussen andere leden"}
		if b.CutOff == 1 {
			seen = collab.Text{EN: "without %s, %d other member loses its link with the rest; it lies on %.0f%% of the shortest paths between other members",
				NL: "zonder %s verliest %d ander lid de verbinding met de rest; het ligt op %.0f%% van de kortste paden tussen andere leden"}
		}
		ev[i] = e.see(pathf("collaboration.members[%d]", f.col.MemberIndex(b.Stakeholder)), effect, seen,
			f.name(b.Stakeholder), b.CutOff, c.NormalisedBetweenness*100)
	}
	msg := e.tr(collab.Text{EN: "The actor network hangs on %d members: if one of them leaves, others lose their only link with the collaboration.", NL: "Het netwerk van partijen hangt aan %d leden: als een van hen vertrekt, verliezen anderen hun enige verbinding met de samenwerking."}, len(a.Brokers))
	if len(a.Brokers) == 1 {
		msg = e.tr(collab.Text{EN: "The actor network hangs on %s: if it leaves, others lose their only link with the collaboration.", NL: "Het netwerk van partijen hangt aan %s: als die vertrekt, verliezen anderen hun enige verbinding met de samenwerking."}, f.name(a.Brokers[0].Stakeholder))
	}
	e.finding(SeverityWarning, msg,
		e.tr(collab.Text{EN: "Make someone responsible for the network as a whole, and tie the members who depend on one partner in directly, through a network or a shared project.", NL: "Maak iemand verantwoordelijk voor het netwerk als geheel, en verbind de leden die van één partner afhangen rechtstreeks, via een netwerk of een gezamenlijk project."}),
		ev...)
}

// checkNewStructure finds a new structure built beside an existing
// regional table: the programme managers advise building on what exists.
func checkNewStructure(f *facts, e *emitter) {
	firstTable := -1
	for _, i := range f.activeNetworks() {
		n := &f.col.Networks[i]
		if n.Kind != collab.NetworkRegionalTable {
			continue
		}
		if firstTable < 0 {
			firstTable = i
			continue
		}
		e.finding(SeverityInfo,
			e.tr(collab.Text{EN: "A second regional table, %q, stands beside %q.", NL: "Een tweede regiotafel, %q, staat naast %q."}, n.Name, f.col.Networks[firstTable].Name),
			e.tr(collab.Text{EN: "Build on the existing table unless there is a good reason not to; bring the new agenda there.", NL: "Bouw voort op de bestaande tafel, tenzij daar een goede reden voor is; breng de nieuwe agenda daar in."}),
			e.see(pathf("collaboration.networks[%d]", i), -5, collab.Text{EN: "second regional table since %s", NL: "tweede regiotafel sinds %s"}, n.Since))
	}
	if firstTable >= 0 && f.col.Governance == collab.GovernanceExecutionOrganisation &&
		f.col.Networks[firstTable].Since.Before(f.col.GovernanceSince) {
		e.finding(SeverityInfo,
			e.tr(collab.Text{EN: "A new execution organisation was set up while the regional table %q already existed.", NL: "Er kwam een nieuwe uitvoeringsorganisatie terwijl de regiotafel %q al bestond."}, f.col.Networks[firstTable].Name),
			e.tr(collab.Text{EN: "Check that the new organisation adds what the existing table could not, and that it does not become an extra bureaucratic layer.", NL: "Ga na of de nieuwe organisatie toevoegt wat de bestaande tafel niet kon, en geen extra bureaucratische laag wordt."}),
			e.see("collaboration.governance", -5, collab.Text{EN: "execution organisation since %s", NL: "uitvoeringsorganisatie sinds %s"}, f.col.GovernanceSince))
	}
}

// programmeFunding are the funding sources that end with a programme.
var programmeFunding = [...]project.FundingSource{project.FundingTransitionFunds, project.FundingZonMwImpulse, project.FundingTransitionBudget}

// fundingEnd returns the last end date of programme funding in the case
// (project funding lines from a programme, or the transition budget) and
// its path; zero when there is none or it is open-ended.
func (f *facts) fundingEnd() (collab.Date, string) {
	end, path := collab.Date{}, ""
	if b := f.col.TransitionBudget; !b.IsZero() && b.Period.Until.After(end) {
		end, path = b.Period.Until, "collaboration.transitionBudget.period.until"
	}
	for i := range f.c.Projects {
		for j, fl := range f.c.Projects[i].Funding {
			for _, src := range programmeFunding {
				if fl.Source == src && fl.Period.Until.After(end) {
					end, path = fl.Period.Until, pathf("projects[%d].funding[%d].period.until", i, j)
				}
			}
		}
	}
	return end, path
}

// checkContinuity asks for a continuity plan when programme funding ends
// soon.
func checkContinuity(f *facts, e *emitter) {
	if plan := f.col.Continuity; !plan.IsZero() && !plan.Adopted.After(f.asOf) {
		e.strong(
			e.tr(collab.Text{EN: "A plan for continuity after programme funding exists since %s.", NL: "Er is sinds %s een plan voor de continuïteit na de programmafinanciering."}, plan.Adopted),
			e.see("collaboration.continuity", 10, collab.Text{EN: "continuity plan adopted on %s", NL: "continuïteitsplan vastgesteld op %s"}, plan.Adopted))
		return
	}
	end, path := f.fundingEnd()
	if end.IsZero() || end.Before(f.asOf) && f.asOf.MonthsSince(end) > continuityHorizonMonths || end.MonthsSince(f.asOf) > continuityHorizonMonths {
		return
	}
	e.finding(SeverityRisk,
		e.tr(collab.Text{EN: "Programme funding ends on %s and there is no plan for what comes after.", NL: "De programmafinanciering stopt op %s en er is geen plan voor daarna."}, end),
		e.tr(collab.Text{EN: "Agree now who carries the work after the programme: an execution organisation or responsibilities in the line, and with which money.", NL: "Spreek nu af wie het werk na het programma draagt: een uitvoeringsorganisatie of verantwoordelijkheden in de lijn, en met welk geld."}),
		e.see(path, -20, collab.Text{EN: "programme funding ends %s, no continuity plan", NL: "programmafinanciering stopt %s, geen continuïteitsplan"}, end))
}

package assess

import (
	"slices"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/project/network"
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
//
// Source: "Mechanismen van regionale samenwerking: wat werkt en wat niet?"
// (21 June 2022): regions with infrastructure (networks of executives, of
// professionals, or shared care practices such as a transition ward of a
// nursing home and a hospital) make medical care last better.
func checkNetworks(f *facts, e *emitter) {
	active := f.activeNetworks()
	if len(active) == 0 {
		e.finding(SeverityRisk,
			Say(msgNoNetworks),
			Say(msgNextBuildOnWhatExists),
			e.see("collaboration.networks", -25, msgSeenNoNetworks))
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
		Say(msgNetworksActive, count("count", len(active)), count("n", n)),
		e.see("collaboration.networks", effect, msgSeenNetworkKinds, count("n", n)))
}

// checkForest finds networks that largely repeat each other's members: a
// forest of networks in which the citizen is no longer seen. The overlap
// is the Jaccard index of the members active on the as-of date (see
// network.Overlap); the three largest overlaps count.
//
// Source: "Verslag webinar 'De praktijk van regionale en
// netwerksamenwerking in de zorg'" (10 March 2021): every region already
// has so many networks that the citizen, client or patient is no longer
// seen.
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
		ev = append(ev, e.see(pathf("collaboration.networks[%d]", o.B), effect, msgSeenNetworksOverlap, text("network", o.NameB), number("share", o.Jaccard*100, 0), text("other", o.NameA)))
	}
	if len(ev) == 0 {
		return
	}
	e.finding(SeverityWarning,
		Say(msgForest),
		Say(msgNextMergeNetworks),
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
//
// Sources: "Mechanismen van regionale samenwerking: wat werkt en wat niet?"
// (21 June 2022): infrastructure ties the actors of different organisations
// together; "Regionaal samenwerken in de langdurige zorg heeft de toekomst"
// (April 2021): live contact builds the relation between partners.
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
		ev = append(ev, e.see(pathf("collaboration.members[%d]", f.col.MemberIndex(id)), effect, msgSeenMemberIsolated, text("stakeholder", f.name(id))))
	}
	if len(ev) == 0 {
		return
	}
	sev := SeverityInfo
	if 3*len(ev) >= a.Stakeholders {
		sev = SeverityWarning
	}
	msg := Say(msgMembersIsolated, count("count", len(ev)), count("members", a.Stakeholders))
	if len(ev) == 1 {
		msg = Say(msgMemberIsolated, count("count", len(ev)), count("members", a.Stakeholders))
	}
	e.finding(sev, msg,
		Say(msgNextTieInIsolated),
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
//
// A member that cuts off only one other member whose sole tie with it is a
// network of just the two of them (such as a zorgkantoor's table with the
// region's only nursing home) is left out: a two-party table is a
// bilateral relation, not a network that hangs on a broker, and the
// network model would otherwise flag the region's only provider for being
// the zorgkantoor's only partner. A shared running project still counts:
// that is joint work the other member would lose.
//
// Sources: "Verslag webinar 'De praktijk van regionale en
// netwerksamenwerking in de zorg'" (10 March 2021): nobody feels
// responsible for developing and keeping the network as a whole.
// "Mechanismen van regionale samenwerking: wat werkt en wat niet?" (21 June
// 2022): initiatives that hang on particular individuals are vulnerable.
func checkBrokers(f *facts, e *emitter) {
	a := f.actorNetwork()
	var brokers []network.Broker
	for _, b := range a.Brokers {
		if b.CutOff > 1 || !f.bilateralLeaf(a, b.Stakeholder) {
			brokers = append(brokers, b)
		}
	}
	if len(brokers) == 0 {
		return
	}
	ev := make([]Evidence, len(brokers))
	for i, b := range brokers {
		effect := -5
		if i >= 3 {
			effect = 0
		}
		c, _ := a.LookupCentrality(b.Stakeholder)
		path := pathf("collaboration.members[%d]", f.col.MemberIndex(b.Stakeholder))
		if b.CutOff == 1 {
			ev[i] = e.see(path, effect, msgSeenBrokerOfOne, text("stakeholder", f.name(b.Stakeholder)), count("cutOff", b.CutOff), number("share", c.NormalisedBetweenness*100, 0))
			continue
		}
		ev[i] = e.see(path, effect, msgSeenBroker, text("stakeholder", f.name(b.Stakeholder)), count("cutOff", b.CutOff), number("share", c.NormalisedBetweenness*100, 0))
	}
	msg := Say(msgBrokers, count("count", len(brokers)))
	if len(brokers) == 1 {
		msg = Say(msgBroker, text("stakeholder", f.name(brokers[0].Stakeholder)))
	}
	e.finding(SeverityWarning, msg,
		Say(msgNextResponsibleForNetwork),
		ev...)
}

// checkNewStructure finds a new structure built beside an existing
// regional table: the programme managers advise building on what exists.
//
// Sources: "Regionaal samenwerken in de langdurige zorg heeft de toekomst"
// (April 2021): build on existing structures and do not set up something
// new without good reason; "Verslag webinar 'De praktijk van regionale en
// netwerksamenwerking in de zorg'" (10 March 2021): beware of a new
// bureaucratic layer.
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
		e.findingOn([]Subject{{Kind: SubjectNetwork, ID: n.ID}}, SeverityInfo,
			Say(msgSecondTable, text("network", n.Name), text("table", f.col.Networks[firstTable].Name)),
			Say(msgNextBuildOnTable),
			e.see(pathf("collaboration.networks[%d]", i), -5, msgSeenSecondTable, date("since", n.Since)))
	}
	if firstTable >= 0 && f.col.Governance == collab.GovernanceExecutionOrganisation &&
		f.col.Networks[firstTable].Since.Before(f.col.GovernanceSince) {
		e.finding(SeverityInfo,
			Say(msgNewExecutionOrganisation, text("table", f.col.Networks[firstTable].Name)),
			Say(msgNextCheckNewOrganisation),
			e.see("collaboration.governance", -5, msgSeenExecutionOrganisation, date("since", f.col.GovernanceSince)))
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
//
// Sources: "Regionaal samenwerken in de langdurige zorg heeft de toekomst"
// (April 2021): think about continuity now, for when the programme ends,
// and choose between an execution organisation and responsibilities in the
// line; "Regionale samenwerking zorgkantoren en verpleeghuizen in volle
// gang" (7 July 2020): the current funding runs until the end of 2021.
func checkContinuity(f *facts, e *emitter) {
	if plan := f.col.Continuity; !plan.IsZero() && !plan.Adopted.After(f.asOf) {
		e.strong(
			Say(msgContinuityPlanned, date("adopted", plan.Adopted)),
			e.see("collaboration.continuity", 10, msgSeenContinuityPlan, date("adopted", plan.Adopted)))
		return
	}
	end, path := f.fundingEnd()
	if end.IsZero() || end.Before(f.asOf) && f.asOf.MonthsSince(end) > continuityHorizonMonths || end.MonthsSince(f.asOf) > continuityHorizonMonths {
		return
	}
	e.finding(SeverityRisk,
		Say(msgFundingEndsUnplanned, date("end", end)),
		Say(msgNextAgreeWhoCarries),
		e.see(path, -20, msgSeenFundingEnds, date("end", end)))
}

// bilateralLeaf reports whether some member hangs on broker only through
// networks of the two of them: it has one tie in the actor network, takes
// part in no running project with another member, and every active
// network it belongs to has no active member but it and broker.
func (f *facts) bilateralLeaf(a *network.Analysis, broker uuid.UUID) bool {
	for _, c := range a.Centrality {
		if c.Degree != 1 || f.inRunningProject(c.Stakeholder) {
			continue
		}
		withBroker, onlyPairs := false, true
		for _, i := range f.activeNetworks() {
			n := &f.col.Networks[i]
			if !slices.Contains(n.Members, c.Stakeholder) {
				continue
			}
			for _, id := range n.Members {
				switch {
				case id == broker:
					withBroker = true
				case id != c.Stakeholder && f.activeMember(id):
					onlyPairs = false
				}
			}
		}
		if withBroker && onlyPairs {
			return true
		}
	}
	return false
}

// inRunningProject reports whether the stakeholder takes part in a project
// that runs on the as-of date together with another member.
func (f *facts) inRunningProject(id uuid.UUID) bool {
	for i := range f.c.Projects {
		p := &f.c.Projects[i]
		if !p.IsRunningOn(f.asOf) || len(p.Participants) < 2 {
			continue
		}
		for j := range p.Participants {
			if p.Participants[j].Stakeholder == id {
				return true
			}
		}
	}
	return false
}

// activeMember reports whether the stakeholder is a member on the as-of
// date.
func (f *facts) activeMember(id uuid.UUID) bool {
	i := f.col.MemberIndex(id)
	return i >= 0 && f.col.Members[i].ActiveOn(f.asOf)
}

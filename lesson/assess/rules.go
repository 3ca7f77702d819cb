package assess

import "github.com/regiokompas/regiokompas/collab"

// rules is the assessment's rule table, grouped by mechanism. Each rule
// names the lessons it applies; a test checks that they exist in the
// catalogue. The table is never written after initialisation.
var rules = [...]Rule{
	// Urgency and commitment.
	{Code: "urgency.trend", Mechanism: collab.MechanismUrgency,
		Lessons: []string{"mechanism.urgency-fluctuates", "strengthen.executive-commitment"},
		About:   collab.Text{EN: "Whether urgency is measured, recently, and whether it fades (a drop of two points within a year), is low, or high.", NL: "Of de urgentie gemeten wordt, recent, en of ze wegzakt (twee punten lager binnen een jaar), laag is of hoog."},
		check:   checkUrgencyTrend},
	{Code: "urgency.carrier-left", Mechanism: collab.MechanismUrgency,
		Lessons: []string{"mechanism.urgency-carriers-leave", "secure.aanjager"},
		About:   collab.Text{EN: "An aanjager or programme manager who left without a successor.", NL: "Een aanjager of programmamanager die vertrok zonder opvolger."},
		check:   checkCarriersLeft},
	{Code: "urgency.aanjager", Mechanism: collab.MechanismUrgency,
		Lessons: []string{"secure.aanjager"},
		About:   collab.Text{EN: "Whether someone holds the role of aanjager.", NL: "Of iemand de rol van aanjager heeft."},
		check:   checkAanjager},
	{Code: "urgency.milestones-celebrated", Mechanism: collab.MechanismUrgency,
		Lessons: []string{"strengthen.celebrate-successes", "workfloor.pride-ownership"},
		About:   collab.Text{EN: "Whether reached milestones were celebrated.", NL: "Of bereikte mijlpalen gevierd zijn."},
		check:   checkMilestones},

	// Strategy.
	{Code: "strategy.mix", Mechanism: collab.MechanismStrategy,
		Lessons: []string{"mechanism.combine-strategies", "mechanism.small-initiatives", "mechanism.regional-vision"},
		About:   collab.Text{EN: "Small initiatives only (and fragile when one person carries them), a vision without projects, or both together.", NL: "Alleen kleine initiatieven (en kwetsbaar als één persoon ze draagt), een visie zonder projecten, of beide samen."},
		check:   checkStrategyMix},
	{Code: "strategy.shared-ambition", Mechanism: collab.MechanismStrategy,
		Lessons: []string{"network.ambition-framework", "network.patient-perspective", "network.no-concrete-ambition"},
		About:   collab.Text{EN: "Whether there is a shared ambition, ideally naming health, quality and cost.", NL: "Of er een gedeelde ambitie is, bij voorkeur met gezondheid, kwaliteit en kosten."},
		check:   checkAmbition},
	{Code: "strategy.governance-first", Mechanism: collab.MechanismStrategy,
		Lessons: []string{"network.governance-at-milestones"},
		About:   collab.Text{EN: "Governance formalised before any project or vision.", NL: "Governance vastgelegd voor er een project of visie was."},
		check:   checkGovernanceFirst},
	{Code: "strategy.projects-stall", Mechanism: collab.MechanismStrategy,
		Lessons: []string{"workfloor.perseverance", "mechanism.scale-up"},
		About:   collab.Text{EN: "Running projects without a phase change for over 12 months; projects embedded in regular work.", NL: "Lopende projecten zonder faseovergang in meer dan 12 maanden; projecten geborgd in het reguliere werk."},
		check:   checkStall},

	// Involving relevant actors in time.
	{Code: "actors.financier-at-table", Mechanism: collab.MechanismActors,
		Lessons: []string{"financier.zorgkantoor-at-table", "strengthen.financier-role"},
		About:   collab.Text{EN: "Whether the zorgkantoor is a member with a seat at the regional table.", NL: "Of het zorgkantoor lid is met een plaats aan de regiotafel."},
		check:   checkFinancierAtTable},
	{Code: "actors.professionals-late", Mechanism: collab.MechanismActors,
		Lessons: []string{"mechanism.involve-in-time", "workfloor.involve-from-start"},
		About:   collab.Text{EN: "Projects in which professionals joined more than 30 days after the first executives or managers.", NL: "Projecten waarin professionals meer dan 30 dagen na de eerste bestuurders of managers aanhaakten."},
		check:   checkProfessionalsLate},
	{Code: "actors.affected-involved", Mechanism: collab.MechanismActors,
		Lessons: []string{"mechanism.ask-who-is-affected", "mechanism.ambassadors"},
		About:   collab.Text{EN: "Triage, ANW, acute-care or task-reallocation projects without any care professional.", NL: "Triage-, ANW-, acute-zorg- of taakherschikkingsprojecten zonder zorgprofessional."},
		check:   checkAffectedInvolved},
	{Code: "actors.capacity", Mechanism: collab.MechanismActors,
		Lessons: []string{"capacity.capacitijd", "capacity.two-legged-professional"},
		About:   collab.Text{EN: "Whether members set time aside; a third or more without dedicated hours is a warning.", NL: "Of leden tijd vrijmaken; een derde of meer zonder vaste uren is een waarschuwing."},
		check:   checkCapacity},
	{Code: "actors.vraagbaak", Mechanism: collab.MechanismActors,
		Lessons: []string{"secure.vraagbaak"},
		About:   collab.Text{EN: "Whether a vraagbaak is active.", NL: "Of er een vraagbaak actief is."},
		check:   checkVraagbaak},

	// Regulatory leeway.
	{Code: "leeway.national-actor", Mechanism: collab.MechanismLeeway,
		Lessons: []string{"mechanism.national-actors", "mechanism.regelruimte"},
		About:   collab.Text{EN: "Leeway issues whose national actor is not involved.", NL: "Regelruimte-knelpunten waarvan de landelijke partij niet betrokken is."},
		check:   checkNationalActor},
	{Code: "leeway.progress", Mechanism: collab.MechanismLeeway,
		Lessons: []string{"mechanism.regelruimte", "network.legislation-financing"},
		About:   collab.Text{EN: "Open leeway issues without movement for over 9 months; issues taken up or resolved.", NL: "Open knelpunten zonder beweging in meer dan 9 maanden; knelpunten in behandeling of opgelost."},
		check:   checkLeewayProgress},

	// Regional infrastructure.
	{Code: "infrastructure.networks", Mechanism: collab.MechanismInfrastructure,
		Lessons: []string{"mechanism.executive-network", "mechanism.professional-network", "mechanism.shared-care-practice", "mechanism.infrastructure-sustains"},
		About:   collab.Text{EN: "Whether lasting networks exist, and of how many kinds.", NL: "Of er blijvende netwerken zijn, en van hoeveel soorten."},
		check:   checkNetworks},
	{Code: "infrastructure.forest", Mechanism: collab.MechanismInfrastructure,
		Lessons: []string{"network.forest-of-networks"},
		About:   collab.Text{EN: "Pairs of networks of the same kind that share 75% or more of their members.", NL: "Paren netwerken van dezelfde soort die 75% of meer van hun leden delen."},
		check:   checkForest},
	{Code: "infrastructure.new-structure", Mechanism: collab.MechanismInfrastructure,
		Lessons: []string{"strengthen.existing-structures", "network.no-bureaucratic-layer"},
		About:   collab.Text{EN: "A second regional table, or an execution organisation set up beside an existing table.", NL: "Een tweede regiotafel, of een uitvoeringsorganisatie naast een bestaande tafel."},
		check:   checkNewStructure},
	{Code: "infrastructure.continuity", Mechanism: collab.MechanismInfrastructure,
		Lessons: []string{"strengthen.continuity", "strengthen.execution-choice"},
		About:   collab.Text{EN: "No continuity plan while programme funding ends within 12 months (or ended less than 12 months ago).", NL: "Geen continuïteitsplan terwijl de programmafinanciering binnen 12 maanden stopt (of minder dan 12 maanden geleden stopte)."},
		check:   checkContinuity},
	{Code: "infrastructure.isolated-members", Mechanism: collab.MechanismInfrastructure,
		Lessons: []string{"mechanism.infrastructure-sustains", "workfloor.live-contact"},
		About:   collab.Text{EN: "Members who share no active network and no running project with any other member (role holders and national actors aside); a third or more is a warning.", NL: "Leden die geen actief netwerk en geen lopend project delen met een ander lid (rolhouders en landelijke partijen niet meegeteld); een derde of meer is een waarschuwing."},
		check:   checkIsolated},
	{Code: "infrastructure.brokers", Mechanism: collab.MechanismInfrastructure,
		Lessons: []string{"network.nobody-responsible", "strengthen.continuity"},
		About:   collab.Text{EN: "Members on whom the actor network hangs: without one of them, other members lose their link with the rest.", NL: "Leden waaraan het netwerk van partijen hangt: zonder een van hen verliezen andere leden hun verbinding met de rest."},
		check:   checkBrokers},

	// Self-assessment: perception beside evidence. These rules never move a
	// score (their evidence has effect 0); a divided round and a gap
	// between perception and evidence count for the mechanism rated, the
	// gap between levels for involving actors.
	{Code: ruleDivided, Mechanism: collab.MechanismActors,
		Lessons: []string{"workfloor.attend-resistance", "workfloor.live-contact"},
		About:   collab.Text{EN: "Mechanisms on which the latest self-assessment round is divided: more than a quarter of the ratings lie more than one point from the median. Counts for the mechanism rated.", NL: "Mechanismen waarover de laatste zelfevaluatie verdeeld is: meer dan een kwart van de scores ligt meer dan één punt van de mediaan. Telt voor het beoordeelde mechanisme."},
		check:   checkDivided},
	{Code: ruleLevelGap, Mechanism: collab.MechanismActors,
		Lessons: []string{"mechanism.involve-in-time", "workfloor.involve-from-start", "secure.communicate-value"},
		About:   collab.Text{EN: "Mechanisms that executives rate 1.5 points or more above the care professionals in the latest self-assessment round.", NL: "Mechanismen die bestuurders in de laatste zelfevaluatie 1,5 punt of meer hoger scoren dan de zorgprofessionals."},
		check:   checkLevelGap},
	{Code: rulePerceptionGap, Mechanism: collab.MechanismActors,
		Lessons: []string{"strengthen.internal-communication", "secure.one-page-summary"},
		About:   collab.Text{EN: "Mechanisms whose self-assessed median, mapped to 0–100 as (median−1)×25, differs 30 points or more from the evidence score. Counts for the mechanism rated.", NL: "Mechanismen waarvan de mediaan van de zelfevaluatie, omgerekend naar 0–100 als (mediaan−1)×25, 30 punten of meer afwijkt van de score op bewijs. Telt voor het beoordeelde mechanisme."},
		review:  reviewPerceptionGap},
}

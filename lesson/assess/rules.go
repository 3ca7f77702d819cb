package assess

import "github.com/regiokompas/regiokompas/collab"

// aboutRule returns what a rule looks for, in both languages, from the
// message table.
func aboutRule(key string) collab.Text { return messages[key] }

// rules is the assessment's rule table, grouped by mechanism. Each rule
// names the lessons it applies; a test checks that they exist in the
// catalogue. The table is never written after initialisation.
var rules = [...]Rule{
	// Urgency and commitment.
	{Code: "urgency.trend", Mechanism: collab.MechanismUrgency,
		Lessons: []string{"mechanism.urgency-fluctuates", "strengthen.executive-commitment"},
		About:   aboutRule(msgAboutUrgencyTrend),
		check:   checkUrgencyTrend},
	{Code: "urgency.carrier-left", Mechanism: collab.MechanismUrgency,
		Lessons: []string{"mechanism.urgency-carriers-leave", "secure.aanjager"},
		About:   aboutRule(msgAboutUrgencyCarrierLeft),
		check:   checkCarriersLeft},
	{Code: "urgency.aanjager", Mechanism: collab.MechanismUrgency,
		Lessons: []string{"secure.aanjager"},
		About:   aboutRule(msgAboutUrgencyAanjager),
		check:   checkAanjager},
	{Code: "urgency.milestones-celebrated", Mechanism: collab.MechanismUrgency,
		Lessons: []string{"strengthen.celebrate-successes", "workfloor.pride-ownership"},
		About:   aboutRule(msgAboutUrgencyMilestonesCelebrated),
		check:   checkMilestones},

	// Strategy.
	{Code: "strategy.mix", Mechanism: collab.MechanismStrategy,
		Lessons: []string{"mechanism.combine-strategies", "mechanism.small-initiatives", "mechanism.regional-vision"},
		About:   aboutRule(msgAboutStrategyMix),
		check:   checkStrategyMix},
	{Code: "strategy.shared-ambition", Mechanism: collab.MechanismStrategy,
		Lessons: []string{"network.ambition-framework", "network.patient-perspective", "network.no-concrete-ambition"},
		About:   aboutRule(msgAboutStrategySharedAmbition),
		check:   checkAmbition},
	{Code: "strategy.governance-first", Mechanism: collab.MechanismStrategy,
		Lessons: []string{"network.governance-at-milestones"},
		About:   aboutRule(msgAboutStrategyGovernanceFirst),
		check:   checkGovernanceFirst},
	{Code: "strategy.projects-stall", Mechanism: collab.MechanismStrategy,
		Lessons: []string{"workfloor.perseverance", "mechanism.scale-up"},
		About:   aboutRule(msgAboutStrategyProjectsStall),
		check:   checkStall},
	{Code: "strategy.embedded", Mechanism: collab.MechanismStrategy,
		Lessons: []string{"mechanism.scale-up"},
		About:   aboutRule(msgAboutStrategyEmbedded),
		check:   checkEmbedded, answers: "strategy.projects-stall"},

	// Involving relevant actors in time.
	{Code: "actors.financier-at-table", Mechanism: collab.MechanismActors,
		Lessons: []string{"financier.zorgkantoor-at-table", "strengthen.financier-role"},
		About:   aboutRule(msgAboutActorsFinancierAtTable),
		check:   checkFinancierAtTable},
	{Code: "actors.professionals-late", Mechanism: collab.MechanismActors,
		Lessons: []string{"mechanism.involve-in-time", "workfloor.involve-from-start", "mechanism.ambassadors", "mechanism.ask-who-is-affected"},
		About:   aboutRule(msgAboutActorsProfessionalsLate),
		check:   checkProfessionalsLate},
	{Code: "actors.professionals-on-time", Mechanism: collab.MechanismActors,
		Lessons: []string{"mechanism.involve-in-time", "workfloor.involve-from-start"},
		About:   aboutRule(msgAboutActorsProfessionalsOnTime),
		check:   checkProfessionalsOnTime, answers: "actors.professionals-late"},
	{Code: "actors.affected-involved", Mechanism: collab.MechanismActors,
		Lessons: []string{"mechanism.ask-who-is-affected", "mechanism.ambassadors"},
		About:   aboutRule(msgAboutActorsAffectedInvolved),
		check:   checkAffectedInvolved},
	{Code: "actors.capacity", Mechanism: collab.MechanismActors,
		Lessons: []string{"capacity.capacitijd", "capacity.two-legged-professional"},
		About:   aboutRule(msgAboutActorsCapacity),
		check:   checkCapacity},
	{Code: "actors.vraagbaak", Mechanism: collab.MechanismActors,
		Lessons: []string{"secure.vraagbaak"},
		About:   aboutRule(msgAboutActorsVraagbaak),
		check:   checkVraagbaak},

	// Regulatory leeway.
	{Code: "leeway.national-actor", Mechanism: collab.MechanismLeeway,
		Lessons: []string{"mechanism.national-actors", "mechanism.regelruimte"},
		About:   aboutRule(msgAboutLeewayNationalActor),
		check:   checkNationalActor},
	{Code: "leeway.progress", Mechanism: collab.MechanismLeeway,
		Lessons: []string{"mechanism.regelruimte", "network.legislation-financing"},
		About:   aboutRule(msgAboutLeewayProgress),
		check:   checkLeewayProgress},

	// Regional infrastructure.
	{Code: "infrastructure.networks", Mechanism: collab.MechanismInfrastructure,
		Lessons: []string{"mechanism.executive-network", "mechanism.professional-network", "mechanism.shared-care-practice", "mechanism.infrastructure-sustains"},
		About:   aboutRule(msgAboutInfrastructureNetworks),
		check:   checkNetworks},
	{Code: "infrastructure.forest", Mechanism: collab.MechanismInfrastructure,
		Lessons: []string{"network.forest-of-networks"},
		About:   aboutRule(msgAboutInfrastructureForest),
		check:   checkForest},
	{Code: "infrastructure.new-structure", Mechanism: collab.MechanismInfrastructure,
		Lessons: []string{"strengthen.existing-structures", "network.no-bureaucratic-layer"},
		About:   aboutRule(msgAboutInfrastructureNewStructure),
		check:   checkNewStructure},
	{Code: "infrastructure.continuity", Mechanism: collab.MechanismInfrastructure,
		Lessons: []string{"strengthen.continuity", "strengthen.execution-choice"},
		About:   aboutRule(msgAboutInfrastructureContinuity),
		check:   checkContinuity},
	{Code: "infrastructure.isolated-members", Mechanism: collab.MechanismInfrastructure,
		Lessons: []string{"mechanism.infrastructure-sustains", "workfloor.live-contact"},
		About:   aboutRule(msgAboutInfrastructureIsolatedMembers),
		check:   checkIsolated},
	{Code: "infrastructure.brokers", Mechanism: collab.MechanismInfrastructure,
		Lessons: []string{"network.nobody-responsible", "strengthen.continuity"},
		About:   aboutRule(msgAboutInfrastructureBrokers),
		check:   checkBrokers},

	// Self-assessment: perception beside evidence. These rules never move a
	// score (their evidence has effect 0); a divided round and a gap
	// between perception and evidence count for the mechanism rated, the
	// gap between levels for involving actors.
	{Code: ruleDivided, Mechanism: collab.MechanismActors,
		Lessons: []string{"workfloor.attend-resistance", "workfloor.live-contact"},
		About:   aboutRule(msgAboutSelfassessmentDivided),
		check:   checkDivided},
	{Code: ruleLevelGap, Mechanism: collab.MechanismActors,
		Lessons: []string{"mechanism.involve-in-time", "workfloor.involve-from-start", "secure.communicate-value"},
		About:   aboutRule(msgAboutSelfassessmentLevelGap),
		check:   checkLevelGap},
	{Code: rulePerceptionGap, Mechanism: collab.MechanismActors,
		Lessons: []string{"strengthen.internal-communication", "secure.one-page-summary"},
		About:   aboutRule(msgAboutSelfassessmentPerceptionGap),
		review:  reviewPerceptionGap},
}

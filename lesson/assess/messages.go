package assess

import "github.com/regiokompas/regiokompas/collab"

// The keys of the assessment's message table, grouped as the table is.
// Each key is a stable string written in a report's JSON: for the rules,
// the rule's code and what the text says ("actors.capacity.short"). The
// constant's name says what the text is about: msgX is what a finding or
// strength says, msgNextX a next step, msgSeenX a piece of evidence. Templates name their
// parameters in braces, such as {count}; see Message and Param. A test
// checks that every key has both languages, that the placeholders of both
// match the parameters the code gives, and that every key is used.
const (
	// The rules on urgency and commitment.
	msgUrgencyNeverMeasured     = "urgency.trend.never-measured"
	msgNextMeasureUrgency       = "urgency.trend.next-measure"
	msgSeenNoUrgencySignals     = "urgency.trend.seen-no-signals"
	msgUrgencyReadingOld        = "urgency.trend.reading-old"
	msgNextMeasureUrgencyAgain  = "urgency.trend.next-measure-again"
	msgSeenLastUrgencySignal    = "urgency.trend.seen-last-signal"
	msgUrgencyFading            = "urgency.trend.fading"
	msgNextUrgencyBackOnAgenda  = "urgency.trend.next-back-on-agenda"
	msgSeenUrgencyReading       = "urgency.trend.seen-reading"
	msgUrgencyHigh              = "urgency.trend.high"
	msgUrgencyLow               = "urgency.trend.low"
	msgNextMakeProblemConcrete  = "urgency.trend.next-make-concrete"
	msgUrgencyHolds             = "urgency.trend.holds"
	msgCarrierLeft              = "urgency.carrier-left.left"
	msgNextAppointSuccessor     = "urgency.carrier-left.next-successor"
	msgSeenRoleEnded            = "urgency.carrier-left.seen-ended"
	msgAanjagerActive           = "urgency.aanjager.active"
	msgSeenAanjagerSince        = "urgency.aanjager.seen-since"
	msgNoAanjager               = "urgency.aanjager.none"
	msgNextAppointAanjager      = "urgency.aanjager.next-appoint"
	msgSeenNoAanjager           = "urgency.aanjager.seen-none"
	msgMilestonesUncelebrated   = "urgency.milestones-celebrated.none"
	msgNextCelebrateMilestone   = "urgency.milestones-celebrated.next-celebrate"
	msgSeenMilestonesCelebrated = "urgency.milestones-celebrated.seen"
	msgMilestonesCelebrated     = "urgency.milestones-celebrated.celebrated"

	// The rules on strategy.
	msgMixCombined              = "strategy.mix.combined"
	msgSeenVisionAdopted        = "strategy.mix.seen-vision-adopted"
	msgSeenSmallProjectsRunning = "strategy.mix.seen-small-projects"
	msgSeenOnlySmallProjects    = "strategy.mix.seen-only-small"
	msgSeenOnePerson            = "strategy.mix.seen-one-person"
	msgMixSmallOnly             = "strategy.mix.small-only"
	msgNextAgreeVision          = "strategy.mix.next-agree-vision"
	msgMixVisionOnly            = "strategy.mix.vision-only"
	msgMixProgrammesOnly        = "strategy.mix.programmes-only"
	msgNextStartSmallProjects   = "strategy.mix.next-start-small"
	msgSeenNoSmallProject       = "strategy.mix.seen-no-small-project"
	msgMixNothing               = "strategy.mix.nothing"
	msgNextStartWithOneProject  = "strategy.mix.next-start-one"
	msgSeenNoVisionNoProject    = "strategy.mix.seen-nothing"
	msgNoAmbition               = "strategy.shared-ambition.none"
	msgNextFormulateAmbition    = "strategy.shared-ambition.next-formulate"
	msgSeenNoAmbition           = "strategy.shared-ambition.seen-none"
	msgAmbitionComplete         = "strategy.shared-ambition.complete"
	msgSeenAmbitionComplete     = "strategy.shared-ambition.seen-complete"
	msgAmbition                 = "strategy.shared-ambition.present"
	msgSeenAmbitionGoals        = "strategy.shared-ambition.seen-goals"
	msgGovernanceFirst          = "strategy.governance-first.first"
	msgNextContentLeads         = "strategy.governance-first.next-content-leads"
	msgSeenGovernanceFormalised = "strategy.governance-first.seen"
	msgSeenProjectStalled       = "strategy.projects-stall.seen-stalled"
	msgProjectsStall            = "strategy.projects-stall.stall"
	msgNextReviewStalled        = "strategy.projects-stall.next-review"
	msgProjectsEmbedded         = "strategy.embedded.embedded"
	msgSeenProjectsEmbedded     = "strategy.embedded.seen-embedded"

	// The rules on involving relevant actors in time.
	msgZorgkantoorAtTable         = "actors.financier-at-table.at-table"
	msgSeenZorgkantoorAtTable     = "actors.financier-at-table.seen-at-table"
	msgZorgkantoorWithoutSeat     = "actors.financier-at-table.without-seat"
	msgNextInviteZorgkantoor      = "actors.financier-at-table.next-invite"
	msgSeenZorgkantoorWithoutSeat = "actors.financier-at-table.seen-without-seat"
	msgSeenNoZorgkantoor          = "actors.financier-at-table.seen-absent"
	msgSeenOtherFinancier         = "actors.financier-at-table.seen-other-financier"
	msgZorgkantoorAbsent          = "actors.financier-at-table.absent"
	msgNextAskZorgkantoor         = "actors.financier-at-table.next-ask"
	msgSeenProfessionalsLate      = "actors.professionals-late.seen-late"
	msgProfessionalsLate          = "actors.professionals-late.late"
	msgNextInvolveFromStart       = "actors.professionals-late.next-involve"
	msgProfessionalsOnTime        = "actors.professionals-on-time.on-time"
	msgSeenProfessionalsOnTime    = "actors.professionals-on-time.seen-on-time"
	msgSeenNoProfessionals        = "actors.affected-involved.seen-none"
	msgAffectedMissing            = "actors.affected-involved.missing"
	msgNextAskWhoIsAffected       = "actors.affected-involved.next-ask"
	msgCapacityShort              = "actors.capacity.short"
	msgNextAgreeHours             = "actors.capacity.next-agree-hours"
	msgSeenWithoutHours           = "actors.capacity.seen-without-hours"
	msgCapacityFull               = "actors.capacity.full"
	msgSeenAllWithHours           = "actors.capacity.seen-all-hours"
	msgVraagbaakActive            = "actors.vraagbaak.active"
	msgSeenVraagbaakActive        = "actors.vraagbaak.seen-active"
	msgNoVraagbaak                = "actors.vraagbaak.none"
	msgNextNameVraagbaak          = "actors.vraagbaak.next-name"
	msgSeenNoVraagbaak            = "actors.vraagbaak.seen-none"

	// The rules on regulatory leeway.
	msgNationalActorTakesPart    = "leeway.national-actor.takes-part"
	msgSeenNationalActorInvolved = "leeway.national-actor.seen-involved"
	msgNationalActorAbsent       = "leeway.national-actor.absent"
	msgNextInviteNationalActor   = "leeway.national-actor.next-invite"
	msgSeenNationalActorAbsent   = "leeway.national-actor.seen-absent"
	msgSeenLeewayResolved        = "leeway.progress.seen-resolved"
	msgSeenLeewayStuck           = "leeway.progress.seen-stuck"
	msgSeenLeewayTakenUp         = "leeway.progress.seen-taken-up"
	msgLeewayStuck               = "leeway.progress.stuck"
	msgNextTakeIssueToOwner      = "leeway.progress.next-take-to-owner"
	msgLeewayMoving              = "leeway.progress.moving"
	msgSeenNoLeewayIssues        = "leeway.progress.seen-none"

	// The rules on regional infrastructure.
	msgNoNetworks                = "infrastructure.networks.none"
	msgNextBuildOnWhatExists     = "infrastructure.networks.next-build"
	msgSeenNoNetworks            = "infrastructure.networks.seen-none"
	msgNetworksActive            = "infrastructure.networks.active"
	msgSeenNetworkKinds          = "infrastructure.networks.seen-kinds"
	msgSeenNetworksOverlap       = "infrastructure.forest.seen-overlap"
	msgForest                    = "infrastructure.forest.overlap"
	msgNextMergeNetworks         = "infrastructure.forest.next-merge"
	msgSeenMemberIsolated        = "infrastructure.isolated-members.seen-isolated"
	msgMembersIsolated           = "infrastructure.isolated-members.isolated"
	msgMemberIsolated            = "infrastructure.isolated-members.isolated-one"
	msgNextTieInIsolated         = "infrastructure.isolated-members.next-tie-in"
	msgSeenBrokerOfOne           = "infrastructure.brokers.seen-broker-one"
	msgSeenBroker                = "infrastructure.brokers.seen-broker"
	msgBrokers                   = "infrastructure.brokers.brokers"
	msgBroker                    = "infrastructure.brokers.broker"
	msgNextResponsibleForNetwork = "infrastructure.brokers.next-responsible"
	msgSecondTable               = "infrastructure.new-structure.second-table"
	msgNextBuildOnTable          = "infrastructure.new-structure.next-build-on-table"
	msgSeenSecondTable           = "infrastructure.new-structure.seen-second-table"
	msgNewExecutionOrganisation  = "infrastructure.new-structure.execution-organisation"
	msgNextCheckNewOrganisation  = "infrastructure.new-structure.next-check"
	msgSeenExecutionOrganisation = "infrastructure.new-structure.seen-execution-organisation"
	msgContinuityPlanned         = "infrastructure.continuity.planned"
	msgSeenContinuityPlan        = "infrastructure.continuity.seen-plan"
	msgFundingEndsUnplanned      = "infrastructure.continuity.unplanned"
	msgNextAgreeWhoCarries       = "infrastructure.continuity.next-agree"
	msgSeenFundingEnds           = "infrastructure.continuity.seen-funding-ends"

	// The rules on self-assessment: perception beside evidence.
	msgSeenRoundDivided    = "selfassessment.divided.seen-round"
	msgSeenRating          = "selfassessment.divided.seen-rating"
	msgDivided             = "selfassessment.divided.divided"
	msgNextDiscussRatings  = "selfassessment.divided.next-discuss"
	msgSeenRound           = "selfassessment.level-gap.seen-round"
	msgSeenLevelGap        = "selfassessment.level-gap.seen-gap"
	msgLevelGap            = "selfassessment.level-gap.gap"
	msgNextRatingsTogether = "selfassessment.level-gap.next-together"
	msgSeenPerceived       = "selfassessment.perception-gap.seen-perceived"
	msgSeenEvidenceScore   = "selfassessment.perception-gap.seen-evidence"
	msgPerceptionAbove     = "selfassessment.perception-gap.above"
	msgNextCheckFacts      = "selfassessment.perception-gap.next-check-facts"
	msgPerceptionBelow     = "selfassessment.perception-gap.below"
	msgNextAskRaters       = "selfassessment.perception-gap.next-ask-raters"

	// The diagnosis of the strategy.
	msgDiagnosisNothingShown      = "diagnosis.nothing-shown"
	msgDiagnosisAsDeclared        = "diagnosis.as-declared"
	msgDiagnosisOtherThanDeclared = "diagnosis.other-than-declared"

	// Words used by the renderers of every message.
	msgAnd     = "general.and"
	msgMonth1  = "general.month-1"
	msgMonth2  = "general.month-2"
	msgMonth3  = "general.month-3"
	msgMonth4  = "general.month-4"
	msgMonth5  = "general.month-5"
	msgMonth6  = "general.month-6"
	msgMonth7  = "general.month-7"
	msgMonth8  = "general.month-8"
	msgMonth9  = "general.month-9"
	msgMonth10 = "general.month-10"
	msgMonth11 = "general.month-11"
	msgMonth12 = "general.month-12"

	// The text form of a report (Report.WriteText).
	msgReportHeading          = "report.heading"
	msgReportMechanisms       = "report.mechanisms"
	msgReportSelfAssessment   = "report.self-assessment"
	msgReportSelfAssessmentOf = "report.self-assessment-of"
	msgReportDevelopmentPhase = "report.development-phase"
	msgReportMissingFor       = "report.missing-for"
	msgReportFindings         = "report.findings"
	msgReportNext             = "report.next"
	msgReportLessons          = "report.lessons"
	msgReportStrengths        = "report.strengths"
	msgReportStrategy         = "report.strategy"
	msgReportEvidence         = "report.evidence"

	// The progress report (Progress.WriteText and package htmlreport).
	msgProgressThemesPerYear = "progress.themes-per-year"
	msgProgressNoProjects    = "progress.no-projects"
	msgProgressYear          = "progress.year"
	msgProgressShift         = "progress.shift"
	msgProgressRising        = "progress.rising"
	msgProgressFalling       = "progress.falling"
	msgProgressPhases        = "progress.phases"
	msgProgressNotStarted    = "progress.not-started"
	msgProgressStalled       = "progress.stalled"
	msgProgressNoneStalled   = "progress.none-stalled"
	msgProgressFunding       = "progress.funding"
	msgProgressNoFunding     = "progress.no-funding"

	// The text form of a comparison (Comparison.WriteText).
	msgCompareHeading    = "compare.heading"
	msgCompareUnchanged  = "compare.unchanged"
	msgCompareResolved   = "compare.resolved"
	msgCompareNew        = "compare.new"
	msgComparePersisting = "compare.persisting"
	msgCompareNoFindings = "compare.no-findings"

	// The elements of the development ladder (see PhaseResult), and what was found for them.
	msgPhasePartners         = "phase.partners"
	msgPhaseAmbition         = "phase.ambition"
	msgPhaseFirstProject     = "phase.first-project"
	msgPhaseVision           = "phase.vision"
	msgPhasePilot            = "phase.pilot"
	msgPhaseDriver           = "phase.driver"
	msgPhaseGovernance       = "phase.governance"
	msgPhaseImplementation   = "phase.implementation"
	msgPhaseNetwork          = "phase.network"
	msgPhaseMonitoring       = "phase.monitoring"
	msgPhaseEmbedded         = "phase.embedded"
	msgPhaseContinuity       = "phase.continuity"
	msgPhaseNetworkKinds     = "phase.network-kinds"
	msgPhaseLineRoles        = "phase.line-roles"
	msgFoundCount            = "phase.found.count"
	msgFoundDate             = "phase.found.date"
	msgFoundProjectStarted   = "phase.found.project-started"
	msgFoundProjectPhase     = "phase.found.project-phase"
	msgFoundProjectPhaseMore = "phase.found.project-phase-more"
	msgFoundRole             = "phase.found.role"
	msgFoundGovernance       = "phase.found.governance"
	msgFoundNetwork          = "phase.found.network"
	msgFoundNetworkKinds     = "phase.found.network-kinds"
	msgFoundSelfAssessment   = "phase.found.self-assessment"
	msgFoundProject          = "phase.found.project"
	msgFoundUrgencyReading   = "phase.found.urgency-reading"
	// Twin suggestions (see Twins) and their text form.
	msgTwinScores            = "twins.scores"
	msgTwinSameRegionKind    = "twins.same-region-kind"
	msgTwinSimilarPopulation = "twins.similar-population"
	msgTwinSimilarShare75    = "twins.similar-share-75"
	msgTwinSharedTraits      = "twins.shared-traits"
	msgTwinSameStrategy      = "twins.same-strategy"
	msgTwinRelatedStrategy   = "twins.related-strategy"
	msgTwinSameThemes        = "twins.same-themes"
	msgTwinThemesAhead       = "twins.themes-ahead"
	msgTwinsNone             = "twins.none"
	msgTwinRank              = "twins.rank"
	msgTwinSameProvince      = "twins.same-province"
	msgTwinSimilarity        = "twins.similarity"
	msgTwinHelpedBefore      = "twins.helped-before"

	// What each rule looks for (Rule.About).
	msgAboutUrgencyTrend                  = "urgency.trend.about"
	msgAboutUrgencyCarrierLeft            = "urgency.carrier-left.about"
	msgAboutUrgencyAanjager               = "urgency.aanjager.about"
	msgAboutUrgencyMilestonesCelebrated   = "urgency.milestones-celebrated.about"
	msgAboutStrategyMix                   = "strategy.mix.about"
	msgAboutStrategySharedAmbition        = "strategy.shared-ambition.about"
	msgAboutStrategyGovernanceFirst       = "strategy.governance-first.about"
	msgAboutStrategyProjectsStall         = "strategy.projects-stall.about"
	msgAboutActorsFinancierAtTable        = "actors.financier-at-table.about"
	msgAboutActorsProfessionalsLate       = "actors.professionals-late.about"
	msgAboutActorsAffectedInvolved        = "actors.affected-involved.about"
	msgAboutActorsCapacity                = "actors.capacity.about"
	msgAboutActorsVraagbaak               = "actors.vraagbaak.about"
	msgAboutLeewayNationalActor           = "leeway.national-actor.about"
	msgAboutLeewayProgress                = "leeway.progress.about"
	msgAboutInfrastructureNetworks        = "infrastructure.networks.about"
	msgAboutInfrastructureForest          = "infrastructure.forest.about"
	msgAboutInfrastructureNewStructure    = "infrastructure.new-structure.about"
	msgAboutInfrastructureContinuity      = "infrastructure.continuity.about"
	msgAboutInfrastructureIsolatedMembers = "infrastructure.isolated-members.about"
	msgAboutInfrastructureBrokers         = "infrastructure.brokers.about"
	msgAboutSelfassessmentDivided         = "selfassessment.divided.about"
	msgAboutSelfassessmentLevelGap        = "selfassessment.level-gap.about"
	msgAboutSelfassessmentPerceptionGap   = "selfassessment.perception-gap.about"
)

// messages is the assessment's message table: for every key, its template
// in English and Dutch. It is the one place where the assessment's text
// lives (the HTML report's fixed words included); it is never written
// after initialisation.
var messages = map[string]collab.Text{
	// The rules on urgency and commitment.
	msgUrgencyNeverMeasured:     {EN: "Urgency has never been measured, so nobody sees it ebb.", NL: "De urgentie is nooit gemeten, dus niemand ziet haar wegzakken."},
	msgNextMeasureUrgency:       {EN: "Ask executives, managers and professionals twice a year how urgent they find the collaboration, and record it.", NL: "Vraag bestuurders, managers en professionals twee keer per jaar hoe urgent zij de samenwerking vinden, en leg het vast."},
	msgSeenNoUrgencySignals:     {EN: "no urgency signals recorded", NL: "geen urgentiesignalen vastgelegd"},
	msgUrgencyReadingOld:        {EN: "The latest urgency reading is {months} months old.", NL: "De laatste urgentiemeting is {months} maanden oud."},
	msgNextMeasureUrgencyAgain:  {EN: "Measure urgency again and put the collaboration back on the agenda of the executives.", NL: "Meet de urgentie opnieuw en zet de samenwerking weer op de agenda van de bestuurders."},
	msgSeenLastUrgencySignal:    {EN: "last urgency signal on {last}", NL: "laatste urgentiesignaal op {last}"},
	msgUrgencyFading:            {EN: "Urgency is fading: it fell from {peak} to {cur} within a year.", NL: "De urgentie zakt weg: van {peak} naar {cur} binnen een jaar."},
	msgNextUrgencyBackOnAgenda:  {EN: "Put the shared problem back on the agenda: show the current staff shortage and what the collaboration has already achieved.", NL: "Zet het gedeelde probleem opnieuw op de agenda: laat het actuele personeelstekort zien en wat de samenwerking al heeft bereikt."},
	msgSeenUrgencyReading:       {EN: "urgency {level} on {on}", NL: "urgentie {level} op {on}"},
	msgUrgencyHigh:              {EN: "The parties feel the urgency: the latest reading is {cur} of 5.", NL: "De partijen voelen de urgentie: de laatste meting is {cur} van de 5."},
	msgUrgencyLow:               {EN: "Urgency is low: the latest reading is {cur} of 5.", NL: "De urgentie is laag: de laatste meting is {cur} van de 5."},
	msgNextMakeProblemConcrete:  {EN: "Make the shared problem concrete for each party, with figures on staff and demand in the region.", NL: "Maak het gedeelde probleem concreet voor elke partij, met cijfers over personeel en zorgvraag in de regio."},
	msgUrgencyHolds:             {EN: "Urgency is measured and holds at {cur} of 5.", NL: "De urgentie wordt gemeten en houdt stand op {cur} van de 5."},
	msgCarrierLeft:              {EN: "{person}, who held the role {role}, left on {until} and nobody took over.", NL: "{person}, met de rol {role}, vertrok op {until} en niemand nam het over."},
	msgNextAppointSuccessor:     {EN: "Appoint a successor soon, and have the person who left hand over their contacts and the story of why the region does this.", NL: "Benoem snel een opvolger, en laat wie vertrok de contacten en het verhaal waarom de regio dit doet overdragen."},
	msgSeenRoleEnded:            {EN: "{role} ended on {until} without a successor", NL: "{role} gestopt op {until} zonder opvolger"},
	msgAanjagerActive:           {EN: "A driver (aanjager) keeps the collaboration on the agenda.", NL: "Een aanjager houdt de samenwerking op de agenda."},
	msgSeenAanjagerSince:        {EN: "driver (aanjager) active since {since}", NL: "aanjager actief sinds {since}"},
	msgNoAanjager:               {EN: "Nobody has the role of driver (aanjager): nobody's job is to keep the collaboration going.", NL: "Niemand heeft de rol van aanjager: het is niemands taak de samenwerking gaande te houden."},
	msgNextAppointAanjager:      {EN: "Appoint a driver (aanjager) with time for the role, who puts the collaboration on the agenda again and again.", NL: "Stel een aanjager aan met tijd voor de rol, die de samenwerking steeds opnieuw agendeert."},
	msgSeenNoAanjager:           {EN: "no driver (aanjager) among the role holders", NL: "geen aanjager onder de rolhouders"},
	msgMilestonesUncelebrated:   {EN: "Milestones reached: {reached}, and none was celebrated.", NL: "Bereikte mijlpalen: {reached}, en geen ervan is gevierd."},
	msgNextCelebrateMilestone:   {EN: "Celebrate the next milestone with the people who did the work; small successes build pride and ownership.", NL: "Vier de volgende mijlpaal met de mensen die het werk deden; kleine successen geven trots en eigenaarschap."},
	msgSeenMilestonesCelebrated: {EN: "{celebrated} of {reached} reached {reached|milestone|milestones} celebrated", NL: "{celebrated} van {reached} bereikte {reached|mijlpaal|mijlpalen} gevierd"},
	msgMilestonesCelebrated:     {EN: "Successes are celebrated ({celebrated} of {reached} {reached|milestone|milestones}).", NL: "Successen worden gevierd ({celebrated} van {reached} {reached|mijlpaal|mijlpalen})."},
	// The rules on strategy.
	msgMixCombined:              {EN: "A regional vision gives direction while small projects run: the combination the sources advise.", NL: "Een regiovisie geeft richting terwijl kleine projecten lopen: de combinatie die de bronnen aanraden."},
	msgSeenVisionAdopted:        {EN: "vision adopted on {adopted}", NL: "visie vastgesteld op {adopted}"},
	msgSeenSmallProjectsRunning: {EN: "small projects running", NL: "kleine projecten lopen"},
	msgSeenOnlySmallProjects:    {EN: "no regional vision; only small projects run", NL: "geen regiovisie; er lopen alleen kleine projecten"},
	msgSeenOnePerson:            {EN: "\"{project}\" depends on one person", NL: "\"{project}\" hangt aan één persoon"},
	msgMixSmallOnly:             {EN: "Only small initiatives: quick to start, but hard to scale and vulnerable when the people they lean on leave.", NL: "Alleen kleine initiatieven: snel gestart, maar moeilijk op te schalen en kwetsbaar als de mensen vertrekken op wie ze leunen."},
	msgNextAgreeVision:          {EN: "Agree on a shared regional vision that the small projects serve, and spread each project over more than one person.", NL: "Spreek een gedeelde regiovisie af waar de kleine projecten aan bijdragen, en leg elk project bij meer dan één persoon."},
	msgMixVisionOnly:            {EN: "A regional vision without concrete projects under way: the point on the horizon has not become work yet.", NL: "Een regiovisie zonder lopende concrete projecten: de stip op de horizon is nog geen werk geworden."},
	msgMixProgrammesOnly:        {EN: "The regional vision is carried by large programmes only: they take much time and many people, and small projects that show results early are missing.", NL: "De regiovisie wordt alleen door grote programma's gedragen: die kosten veel tijd en mensen, en kleine projecten die snel resultaat laten zien ontbreken."},
	msgNextStartSmallProjects:   {EN: "Start a few small, concrete projects now that serve the vision, and expand from there.", NL: "Start nu een paar kleine, concrete projecten die de visie dienen, en breid van daaruit uit."},
	msgSeenNoSmallProject:       {EN: "vision adopted, no small project beyond the idea stage", NL: "visie vastgesteld, geen klein project voorbij de ideefase"},
	msgMixNothing:               {EN: "Neither a regional vision nor a running project: the strategy is not visible yet.", NL: "Geen regiovisie en geen lopend project: de strategie is nog niet zichtbaar."},
	msgNextStartWithOneProject:  {EN: "Start small and concrete with one project that matters to every party, and work on a shared vision beside it.", NL: "Begin klein en concreet met één project dat voor elke partij telt, en werk daarnaast aan een gedeelde visie."},
	msgSeenNoVisionNoProject:    {EN: "no vision and no running project", NL: "geen visie en geen lopend project"},
	msgNoAmbition:               {EN: "There is no shared ambition: each party keeps steering on its own interest.", NL: "Er is geen gedeelde ambitie: elke partij blijft op het eigen belang sturen."},
	msgNextFormulateAmbition:    {EN: "Formulate a collective ambition from the citizen's point of view (better health, higher quality, lower costs) and let each organisation translate it into its own change agenda.", NL: "Formuleer een gezamenlijke ambitie vanuit de burger (betere gezondheid, hogere kwaliteit, lagere kosten) en laat elke organisatie die vertalen naar de eigen veranderagenda."},
	msgSeenNoAmbition:           {EN: "no ambition recorded", NL: "geen ambitie vastgelegd"},
	msgAmbitionComplete:         {EN: "The shared ambition names all three goals: better health, higher quality and lower costs.", NL: "De gedeelde ambitie noemt alle drie de doelen: betere gezondheid, hogere kwaliteit en lagere kosten."},
	msgSeenAmbitionComplete:     {EN: "ambition with three goals", NL: "ambitie met drie doelen"},
	msgAmbition:                 {EN: "There is a shared ambition.", NL: "Er is een gedeelde ambitie."},
	msgSeenAmbitionGoals:        {EN: "ambition with {goals} of the three goals", NL: "ambitie met {goals} van de drie doelen"},
	msgGovernanceFirst:          {EN: "Governance was formalised on {since}, before any project or vision existed.", NL: "De governance is op {since} vastgelegd, voordat er een project of visie was."},
	msgNextContentLeads:         {EN: "Let the content lead: work on the vision and first projects, and adjust the governance at the next milestone.", NL: "Laat de inhoud leiden: werk aan visie en eerste projecten, en pas de governance aan bij de volgende mijlpaal."},
	msgSeenGovernanceFormalised: {EN: "governance formalised on {since}", NL: "governance vastgelegd op {since}"},
	msgSeenProjectStalled:       {EN: "\"{project}\" has been in phase {phase} since {last} ({months} months)", NL: "\"{project}\" staat sinds {last} ({months} maanden) in fase {phase}"},
	msgProjectsStall:            {EN: "Projects that have not moved to a next phase for over {months} months: {count}.", NL: "Projecten die al meer dan {months} maanden niet naar een volgende fase zijn gegaan: {count}."},
	msgNextReviewStalled:        {EN: "Review each stalled project with its team: decide to scale it up, change course or stop it, and set the next milestone.", NL: "Bespreek elk stilgevallen project met het team: opschalen, bijsturen of stoppen, en leg de volgende mijlpaal vast."},
	msgProjectsEmbedded:         {EN: "Projects embedded in regular work, results that last: {embedded}.", NL: "Projecten geborgd in het reguliere werk, resultaten die blijven: {embedded}."},
	msgSeenProjectsEmbedded:     {EN: "{embedded} embedded {embedded|project|projects}", NL: "{embedded} {embedded|geborgd project|geborgde projecten}"},
	// The rules on involving relevant actors in time.
	msgZorgkantoorAtTable:         {EN: "The zorgkantoor ({stakeholder}) sits at the regional table.", NL: "Het zorgkantoor ({stakeholder}) zit aan de regiotafel."},
	msgSeenZorgkantoorAtTable:     {EN: "zorgkantoor at the table", NL: "zorgkantoor aan tafel"},
	msgZorgkantoorWithoutSeat:     {EN: "The zorgkantoor ({stakeholder}) is a member but has no seat at the regional table.", NL: "Het zorgkantoor ({stakeholder}) is lid maar heeft geen plaats aan de regiotafel."},
	msgNextInviteZorgkantoor:      {EN: "Invite the zorgkantoor to the regional table, so that the financier shapes the regional vision with the providers.", NL: "Nodig het zorgkantoor uit aan de regiotafel, zodat de financier de regiovisie met de aanbieders vormgeeft."},
	msgSeenZorgkantoorWithoutSeat: {EN: "zorgkantoor without a seat at the table", NL: "zorgkantoor zonder plaats aan tafel"},
	msgSeenNoZorgkantoor:          {EN: "no zorgkantoor among the members", NL: "geen zorgkantoor onder de leden"},
	msgSeenOtherFinancier:         {EN: "another financier takes part: {stakeholder}", NL: "een andere financier doet mee: {stakeholder}"},
	msgZorgkantoorAbsent:          {EN: "The zorgkantoor is not at the table, although as financier of long-term care it is an essential link for a regional vision.", NL: "Het zorgkantoor zit niet aan tafel, terwijl het als financier van de langdurige zorg een onmisbare schakel is voor een regiovisie."},
	msgNextAskZorgkantoor:         {EN: "Ask the zorgkantoor to join the regional table and give each financier (zorgkantoor, insurer, municipality) a clear role.", NL: "Vraag het zorgkantoor aan de regiotafel en geef elke financier (zorgkantoor, verzekeraar, gemeente) een duidelijke rol."},
	msgSeenProfessionalsLate:      {EN: "\"{project}\": professionals joined {months} months after the first executives or managers", NL: "\"{project}\": professionals kwamen {months} maanden na de eerste bestuurders of managers"},
	msgProfessionalsLate:          {EN: "Projects in which the work floor was involved late: {late}. That brings friction and resistance.", NL: "Projecten waarin de werkvloer laat is betrokken: {late}. Dat geeft wrijving en weerstand."},
	msgNextInvolveFromStart:       {EN: "Involve care professionals from the start of every project, for example through ambassadors who take colleagues along.", NL: "Betrek zorgprofessionals vanaf de start van elk project, bijvoorbeeld via ambassadeurs die collega's meenemen."},
	msgProfessionalsOnTime:        {EN: "Care professionals were involved from the start of the projects.", NL: "Zorgprofessionals waren vanaf de start van de projecten betrokken."},
	msgSeenProfessionalsOnTime:    {EN: "professionals on time in {checked} {checked|project|projects}", NL: "professionals op tijd in {checked} {checked|project|projecten}"},
	msgSeenNoProfessionals:        {EN: "\"{project}\" ({theme}) has no care professionals among its participants", NL: "\"{project}\" ({theme}) heeft geen zorgprofessionals onder de deelnemers"},
	msgAffectedMissing:            {EN: "Projects that change the work floor run without the people who will be affected.", NL: "Projecten die de werkvloer veranderen lopen zonder de mensen die het raakt."},
	msgNextAskWhoIsAffected:       {EN: "Ask \"who will be affected?\" and bring those professionals, such as the carers who will use a triage model, into the project now.", NL: "Vraag \"wie gaat hier iets van merken?\" en haal die professionals, zoals de verzorgenden die met een triagemodel gaan werken, nu in het project."},
	msgCapacityShort:              {EN: "Members that set no time aside for the collaboration: {without} of {total}. Their people take part \"as available\".", NL: "Leden zonder vrijgemaakte tijd voor de samenwerking: {without} van {total}. Hun mensen doen mee \"als het uitkomt\"."},
	msgNextAgreeHours:             {EN: "Agree per member on dedicated hours, for example a two-legged professional who works for the region from inside the organisation.", NL: "Spreek per lid vaste uren af, bijvoorbeeld een professional met twee petten die vanuit de eigen organisatie voor de regio werkt."},
	msgSeenWithoutHours:           {EN: "{without} of {total} members without dedicated hours", NL: "{without} van {total} leden zonder vaste uren"},
	msgCapacityFull:               {EN: "Every member has set time aside for the collaboration.", NL: "Elk lid heeft tijd vrijgemaakt voor de samenwerking."},
	msgSeenAllWithHours:           {EN: "all {total} members with dedicated hours", NL: "alle {total} leden met vaste uren"},
	msgVraagbaakActive:            {EN: "A point of contact (vraagbaak) picks up signals and questions from the field.", NL: "Een vraagbaak vangt signalen en vragen uit het veld op."},
	msgSeenVraagbaakActive:        {EN: "point of contact (vraagbaak) active", NL: "vraagbaak actief"},
	msgNoVraagbaak:                {EN: "There is no point of contact (vraagbaak): signals and questions from the work floor have no fixed address.", NL: "Er is geen vraagbaak: signalen en vragen van de werkvloer hebben geen vast adres."},
	msgNextNameVraagbaak:          {EN: "Name a point of contact (vraagbaak) whom professionals can reach with questions about the regional agreements.", NL: "Wijs een vraagbaak aan bij wie professionals terechtkunnen met vragen over de regionale afspraken."},
	msgSeenNoVraagbaak:            {EN: "no active point of contact (vraagbaak)", NL: "geen actieve vraagbaak"},
	// The rules on regulatory leeway.
	msgNationalActorTakesPart:    {EN: "The owner of the rule behind \"{rule}\" ({actor}) takes part.", NL: "De eigenaar van de regel achter \"{rule}\" ({actor}) doet mee."},
	msgSeenNationalActorInvolved: {EN: "{actor} involved", NL: "{actor} betrokken"},
	msgNationalActorAbsent:       {EN: "The leeway issue \"{rule}\" needs {actor}, who is not involved.", NL: "Voor het regelruimte-knelpunt \"{rule}\" is {actor} nodig, maar die partij is niet betrokken."},
	msgNextInviteNationalActor:   {EN: "Invite {actor} to look at the regional plan together; working on the clash in the region is also how national rules change.", NL: "Nodig {actor} uit om samen naar het regionale plan te kijken; in de regio aan het knelpunt werken is ook hoe landelijke regels veranderen."},
	msgSeenNationalActorAbsent:   {EN: "{actor} named but not a member", NL: "{actor} genoemd maar geen lid"},
	msgSeenLeewayResolved:        {EN: "\"{rule}\" resolved on {resolved}", NL: "\"{rule}\" opgelost op {resolved}"},
	msgSeenLeewayStuck:           {EN: "\"{rule}\" without movement since {last}", NL: "\"{rule}\" zonder beweging sinds {last}"},
	msgSeenLeewayTakenUp:         {EN: "\"{rule}\" taken up, last movement {last}", NL: "\"{rule}\" in behandeling, laatste beweging {last}"},
	msgLeewayStuck:               {EN: "Leeway issues open without movement for over {months} months: {count}.", NL: "Regelruimte-knelpunten die al meer dan {months} maanden zonder beweging openstaan: {count}."},
	msgNextTakeIssueToOwner:      {EN: "Take each issue to the owner of the rule with a concrete regional proposal, or find the room the current rules already give.", NL: "Leg elk knelpunt met een concreet regionaal voorstel bij de eigenaar van de regel, of zoek de ruimte die de huidige regels al bieden."},
	msgLeewayMoving:              {EN: "The region works on the rules in its way; leeway issues taken up or resolved: {count}.", NL: "De regio werkt aan de regels die in de weg zitten; knelpunten in behandeling of opgelost: {count}."},
	msgSeenNoLeewayIssues:        {EN: "no leeway issues recorded, so the score stays at its base", NL: "geen knelpunten vastgelegd, dus de score blijft op de basis"},
	// The rules on regional infrastructure.
	msgNoNetworks:                {EN: "The region has no lasting networks: no network of executives, of professionals or of shared care practice.", NL: "De regio heeft geen blijvende netwerken: geen netwerk van bestuurders, van professionals of van gedeelde zorgpraktijk."},
	msgNextBuildOnWhatExists:     {EN: "Build on what exists: turn the regular meetings of executives or professionals into a standing network, or share a care practice such as a transition ward.", NL: "Bouw voort op wat er is: maak van het overleg van bestuurders of professionals een vast netwerk, of deel een zorgpraktijk zoals een transferafdeling."},
	msgSeenNoNetworks:            {EN: "no active networks", NL: "geen actieve netwerken"},
	msgNetworksActive:            {EN: "Active networks in the regional infrastructure: {count}, of {n} {n|kind|kinds}.", NL: "Actieve netwerken in de regionale infrastructuur: {count}, van {n} {n|soort|soorten}."},
	msgSeenNetworkKinds:          {EN: "{n} {n|kind|kinds} of network", NL: "{n} {n|soort|soorten} netwerk"},
	msgSeenNetworksOverlap:       {EN: "\"{network}\" shares {share}% of its members with \"{other}\", a network of the same kind", NL: "\"{network}\" deelt {share}% van de leden met \"{other}\", een netwerk van dezelfde soort"},
	msgForest:                    {EN: "Networks overlap: the same parties meet in several networks, a forest in which the citizen is lost.", NL: "Netwerken overlappen: dezelfde partijen zitten in meerdere netwerken, een woud waarin de burger uit beeld raakt."},
	msgNextMergeNetworks:         {EN: "Merge or stop overlapping networks, and give the remaining ones a clear task and owner.", NL: "Voeg overlappende netwerken samen of stop ermee, en geef de overgebleven netwerken een duidelijke taak en eigenaar."},
	msgSeenMemberIsolated:        {EN: "{stakeholder} shares no network and no running project with another member", NL: "{stakeholder} deelt geen netwerk en geen lopend project met een ander lid"},
	msgMembersIsolated:           {EN: "{count} of {members} members meet no other member in a network or a running project: they take part on paper only.", NL: "{count} van de {members} leden ontmoeten geen ander lid in een netwerk of lopend project: ze doen alleen op papier mee."},
	msgMemberIsolated:            {EN: "{count} of {members} members meets no other member in a network or a running project: it takes part on paper only.", NL: "{count} van de {members} leden ontmoet geen ander lid in een netwerk of lopend project: het doet alleen op papier mee."},
	msgNextTieInIsolated:         {EN: "Invite them into a network or a project where they work with the others, or ask whether they still belong in the collaboration.", NL: "Nodig ze uit in een netwerk of project waar ze met de anderen samenwerken, of vraag of ze nog bij de samenwerking horen."},
	msgSeenBrokerOfOne:           {EN: "without {stakeholder}, {cutOff} other member loses its link with the rest; it lies on {share}% of the shortest paths between other members", NL: "zonder {stakeholder} verliest {cutOff} ander lid de verbinding met de rest; het ligt op {share}% van de kortste paden tussen andere leden"},
	msgSeenBroker:                {EN: "without {stakeholder}, {cutOff} other members lose their link with the rest; it lies on {share}% of the shortest paths between other members", NL: "zonder {stakeholder} verliezen {cutOff} andere leden hun verbinding met de rest; het ligt op {share}% van de kortste paden tussen andere leden"},
	msgBrokers:                   {EN: "The actor network hangs on {count} members: if one of them leaves, others lose their only link with the collaboration.", NL: "Het netwerk van partijen hangt aan {count} leden: als een van hen vertrekt, verliezen anderen hun enige verbinding met de samenwerking."},
	msgBroker:                    {EN: "The actor network hangs on {stakeholder}: if it leaves, others lose their only link with the collaboration.", NL: "Het netwerk van partijen hangt aan {stakeholder}: als die vertrekt, verliezen anderen hun enige verbinding met de samenwerking."},
	msgNextResponsibleForNetwork: {EN: "Make someone responsible for the network as a whole, and tie the members who depend on one partner in directly, through a network or a shared project.", NL: "Maak iemand verantwoordelijk voor het netwerk als geheel, en verbind de leden die van één partner afhangen rechtstreeks, via een netwerk of een gezamenlijk project."},
	msgSecondTable:               {EN: "A second regional table, \"{network}\", stands beside \"{table}\".", NL: "Een tweede regiotafel, \"{network}\", staat naast \"{table}\"."},
	msgNextBuildOnTable:          {EN: "Build on the existing table unless there is a good reason not to; bring the new agenda there.", NL: "Bouw voort op de bestaande tafel, tenzij daar een goede reden voor is; breng de nieuwe agenda daar in."},
	msgSeenSecondTable:           {EN: "second regional table since {since}", NL: "tweede regiotafel sinds {since}"},
	msgNewExecutionOrganisation:  {EN: "A new execution organisation was set up while the regional table \"{table}\" already existed.", NL: "Er kwam een nieuwe uitvoeringsorganisatie terwijl de regiotafel \"{table}\" al bestond."},
	msgNextCheckNewOrganisation:  {EN: "Check that the new organisation adds what the existing table could not, and that it does not become an extra bureaucratic layer.", NL: "Ga na of de nieuwe organisatie toevoegt wat de bestaande tafel niet kon, en geen extra bureaucratische laag wordt."},
	msgSeenExecutionOrganisation: {EN: "execution organisation since {since}", NL: "uitvoeringsorganisatie sinds {since}"},
	msgContinuityPlanned:         {EN: "A plan for continuity after programme funding exists since {adopted}.", NL: "Er is sinds {adopted} een plan voor de continuïteit na de programmafinanciering."},
	msgSeenContinuityPlan:        {EN: "continuity plan adopted on {adopted}", NL: "continuïteitsplan vastgesteld op {adopted}"},
	msgFundingEndsUnplanned:      {EN: "Programme funding ends on {end} and there is no plan for what comes after.", NL: "De programmafinanciering stopt op {end} en er is geen plan voor daarna."},
	msgNextAgreeWhoCarries:       {EN: "Agree now who carries the work after the programme: an execution organisation or responsibilities in the line, and with which money.", NL: "Spreek nu af wie het werk na het programma draagt: een uitvoeringsorganisatie of verantwoordelijkheden in de lijn, en met welk geld."},
	msgSeenFundingEnds:           {EN: "programme funding ends {end}, no continuity plan", NL: "programmafinanciering stopt {end}, geen continuïteitsplan"},
	// The rules on self-assessment: perception beside evidence.
	msgSeenRoundDivided:    {EN: "round of {round}: {outlying} of {raters} ratings {outlying|lies|lie} more than one point from the median {median}", NL: "ronde van {round}: {outlying} van {raters} scores {outlying|ligt|liggen} meer dan één punt van de mediaan {median}"},
	msgSeenRating:          {EN: "{stakeholder} ({level}) gave {score}", NL: "{stakeholder} ({level}) gaf {score}"},
	msgDivided:             {EN: "The partners are divided on {mechanism}: {outlying} of {raters} ratings {outlying|lies|lie} more than one point from the median.", NL: "De partners zijn verdeeld over {mechanism}: {outlying} van {raters} scores {outlying|ligt|liggen} meer dan één punt van de mediaan."},
	msgNextDiscussRatings:  {EN: "Go through the ratings that differ most in one meeting with every level present, and agree on one picture before choosing what to do.", NL: "Bespreek de scores die het meest verschillen in één overleg waarin elk niveau aanwezig is, en kom tot één beeld voordat je kiest wat je doet."},
	msgSeenRound:           {EN: "round of {round}", NL: "ronde van {round}"},
	msgSeenLevelGap:        {EN: "{mechanism}: executives {exec}, care professionals {prof} on average (gap {gap})", NL: "{mechanism}: bestuur gemiddeld {exec}, werkvloer {prof} (verschil {gap})"},
	msgLevelGap:            {EN: "Executives see the collaboration much rosier than the work floor ({mechanisms}): a sign that care professionals were not taken along in time.", NL: "Bestuurders zien de samenwerking veel rooskleuriger dan de werkvloer ({mechanisms}): een teken dat zorgprofessionals niet op tijd zijn meegenomen."},
	msgNextRatingsTogether: {EN: "Let executives and care professionals go through the ratings together, ask the work floor what it misses, and involve it in the next steps from the start.", NL: "Laat bestuurders en zorgprofessionals samen de scores doornemen, vraag de werkvloer wat ze mist, en betrek haar vanaf het begin bij de volgende stappen."},
	msgSeenPerceived:       {EN: "round of {round}: median {median} of 5, {perceived} on the scale of 0 to 100", NL: "ronde van {round}: mediaan {median} van 5, {perceived} op de schaal van 0 tot 100"},
	msgSeenEvidenceScore:   {EN: "the evidence gives {score} ({band})", NL: "het bewijs geeft {score} ({band})"},
	msgPerceptionAbove:     {EN: "The partners rate {mechanism} at {perceived} of 100, {diff} points above what the evidence shows ({score}).", NL: "De partners geven {mechanism} {perceived} van 100, {diff} punten hoger dan het bewijs laat zien ({score})."},
	msgNextCheckFacts:      {EN: "Check together which facts support the rating and record them in the case, or agree on what is still missing; put the shared picture on one page.", NL: "Ga samen na welke feiten de score dragen en leg ze vast in de casus, of spreek af wat nog ontbreekt; zet het gedeelde beeld op één A4."},
	msgPerceptionBelow:     {EN: "The partners rate {mechanism} at {perceived} of 100, {diff} points below what the evidence shows ({score}).", NL: "De partners geven {mechanism} {perceived} van 100, {diff} punten lager dan het bewijs laat zien ({score})."},
	msgNextAskRaters:       {EN: "Ask the raters what they miss: the results may not have reached the work floor yet, so tell staff what the collaboration has achieved.", NL: "Vraag de beoordelaars wat ze missen: de resultaten hebben de werkvloer misschien nog niet bereikt, dus vertel medewerkers wat de samenwerking heeft opgeleverd."},
	// The diagnosis of the strategy.
	msgDiagnosisNothingShown:      {EN: "The case shows neither a vision nor running projects yet; the declared strategy is {declared}.", NL: "De casus laat nog geen visie of lopende projecten zien; de opgegeven strategie is {declared}."},
	msgDiagnosisAsDeclared:        {EN: "The collaboration does what it declares: {observed}.", NL: "De samenwerking doet wat ze zegt: {observed}."},
	msgDiagnosisOtherThanDeclared: {EN: "Declared: {declared}; the case shows: {observed}.", NL: "Opgegeven: {declared}; de casus laat zien: {observed}."},
	// Words used by the renderers of every message.
	msgAnd:     {EN: "and", NL: "en"},
	msgMonth1:  {EN: "January", NL: "januari"},
	msgMonth2:  {EN: "February", NL: "februari"},
	msgMonth3:  {EN: "March", NL: "maart"},
	msgMonth4:  {EN: "April", NL: "april"},
	msgMonth5:  {EN: "May", NL: "mei"},
	msgMonth6:  {EN: "June", NL: "juni"},
	msgMonth7:  {EN: "July", NL: "juli"},
	msgMonth8:  {EN: "August", NL: "augustus"},
	msgMonth9:  {EN: "September", NL: "september"},
	msgMonth10: {EN: "October", NL: "oktober"},
	msgMonth11: {EN: "November", NL: "november"},
	msgMonth12: {EN: "December", NL: "december"},
	// The text form of a report (Report.WriteText).
	msgReportHeading:          {EN: "{name} ({region}), as of {date}", NL: "{name} ({region}), per {date}"},
	msgReportMechanisms:       {EN: "Mechanisms", NL: "Mechanismen"},
	msgReportSelfAssessment:   {EN: "self-assessment", NL: "zelfevaluatie"},
	msgReportSelfAssessmentOf: {EN: "Self-assessment of {date}: median of 1 to 5, in brackets on the scale of 0 to 100", NL: "Zelfevaluatie van {date}: mediaan van 1 tot 5, tussen haakjes op de schaal van 0 tot 100"},
	msgReportDevelopmentPhase: {EN: "Development phase", NL: "Ontwikkelfase"},
	msgReportMissingFor:       {EN: "Missing for {phase}:", NL: "Nodig voor {phase}:"},
	msgReportFindings:         {EN: "Findings", NL: "Bevindingen"},
	msgReportNext:             {EN: "Next:", NL: "Volgende stap:"},
	msgReportLessons:          {EN: "Lessons:", NL: "Lessen:"},
	msgReportStrengths:        {EN: "Strengths", NL: "Sterke punten"},
	msgReportStrategy:         {EN: "Strategy", NL: "Strategie"},
	msgReportEvidence:         {EN: "Observations:", NL: "Waarnemingen:"},
	// The progress report (Progress.WriteText and package htmlreport).
	msgProgressThemesPerYear: {EN: "Projects per theme per year", NL: "Projecten per thema per jaar"},
	msgProgressNoProjects:    {EN: "No project had started by this date.", NL: "Op deze datum was nog geen project gestart."},
	msgProgressYear:          {EN: "{year}: {projects} {projects|project|projects}", NL: "{year}: {projects} {projects|project|projecten}"},
	msgProgressShift:         {EN: "How the themes shifted from {from} to {to} (share of the projects running)", NL: "Hoe de thema's verschoven van {from} naar {to} (aandeel van de lopende projecten)"},
	msgProgressRising:        {EN: "Rising:", NL: "Gestegen:"},
	msgProgressFalling:       {EN: "Falling:", NL: "Gedaald:"},
	msgProgressPhases:        {EN: "Projects per phase on {date}", NL: "Projecten per fase op {date}"},
	msgProgressNotStarted:    {EN: "Not started yet", NL: "Nog niet gestart"},
	msgProgressStalled:       {EN: "Stalled projects (no new phase for over 12 months)", NL: "Stilgevallen projecten (meer dan 12 maanden geen nieuwe fase)"},
	msgProgressNoneStalled:   {EN: "None.", NL: "Geen."},
	msgProgressFunding:       {EN: "Funding per year and source", NL: "Financiering per jaar en bron"},
	msgProgressNoFunding:     {EN: "No funding recorded.", NL: "Geen financiering vastgelegd."},
	// The text form of a comparison (Comparison.WriteText).
	msgCompareHeading:    {EN: "{name} ({region}), from {from} to {to}", NL: "{name} ({region}), van {from} tot {to}"},
	msgCompareUnchanged:  {EN: "unchanged", NL: "ongewijzigd"},
	msgCompareResolved:   {EN: "Resolved", NL: "Opgelost"},
	msgCompareNew:        {EN: "New", NL: "Nieuw"},
	msgComparePersisting: {EN: "Persisting", NL: "Blijft"},
	msgCompareNoFindings: {EN: "Neither report has findings.", NL: "Geen van beide rapporten heeft bevindingen."},
	// The elements of the development ladder (see PhaseResult), and what was found for them.
	msgPhasePartners:         {EN: "At least two partners take part", NL: "Minstens twee partners doen mee"},
	msgPhaseAmbition:         {EN: "A shared ambition is recorded", NL: "Er is een gedeelde ambitie vastgelegd"},
	msgPhaseFirstProject:     {EN: "A first project has started", NL: "Er is een eerste project gestart"},
	msgPhaseVision:           {EN: "A regional vision is adopted", NL: "Er is een regiovisie vastgesteld"},
	msgPhasePilot:            {EN: "A project is tried out in practice (pilot or further)", NL: "Een project wordt in de praktijk uitgeprobeerd (pilot of verder)"},
	msgPhaseDriver:           {EN: "A driver (aanjager) or programme manager drives the work", NL: "Een aanjager of programmamanager trekt het werk"},
	msgPhaseGovernance:       {EN: "Governance is formalised", NL: "De governance is vastgelegd"},
	msgPhaseImplementation:   {EN: "Two or more projects are implemented or embedded", NL: "Twee of meer projecten zijn ingevoerd of geborgd"},
	msgPhaseNetwork:          {EN: "A lasting network is active", NL: "Er is een blijvend netwerk actief"},
	msgPhaseMonitoring:       {EN: "Progress is measured", NL: "De voortgang wordt gemeten"},
	msgPhaseEmbedded:         {EN: "A project is embedded in regular work", NL: "Een project is geborgd in het gewone werk"},
	msgPhaseContinuity:       {EN: "A continuity plan is adopted", NL: "Er is een continuïteitsplan vastgesteld"},
	msgPhaseNetworkKinds:     {EN: "Networks of at least two kinds are active", NL: "Er zijn netwerken van minstens twee soorten actief"},
	msgPhaseLineRoles:        {EN: "The organisations carry the work themselves (a two-legged professional or an ambassador)", NL: "De organisaties dragen het werk zelf (een professional met twee petten of een ambassadeur)"},
	msgFoundCount:            {EN: "{count}", NL: "{count}"},
	msgFoundDate:             {EN: "{date}", NL: "{date}"},
	msgFoundProjectStarted:   {EN: "\"{project}\", {date}", NL: "\"{project}\", {date}"},
	msgFoundProjectPhase:     {EN: "\"{project}\", {phase} {date}", NL: "\"{project}\", {phase} {date}"},
	msgFoundProjectPhaseMore: {EN: "\"{project}\", {phase} {date}, and {more} more", NL: "\"{project}\", {phase} {date}, en nog {more}"},
	msgFoundRole:             {EN: "{role}, {stakeholder}", NL: "{role}, {stakeholder}"},
	msgFoundGovernance:       {EN: "{governance}, {date}", NL: "{governance}, {date}"},
	msgFoundNetwork:          {EN: "\"{network}\"", NL: "\"{network}\""},
	msgFoundNetworkKinds:     {EN: "{kinds}", NL: "{kinds}"},
	msgFoundSelfAssessment:   {EN: "self-assessment of {date}", NL: "zelfevaluatie van {date}"},
	msgFoundProject:          {EN: "\"{project}\"", NL: "\"{project}\""},
	msgFoundUrgencyReading:   {EN: "urgency reading of {date}", NL: "urgentiemeting van {date}"},
	// Twin suggestions (see Twins) and their text form.
	msgTwinScores:            {EN: "Scores {score} ({band}) on {mechanism}, against {own} ({ownBand}) here.", NL: "Scoort {score} ({band}) op {mechanism}, tegen {own} ({ownBand}) hier."},
	msgTwinSameRegionKind:    {EN: "The same kind of region: {kind}.", NL: "Hetzelfde soort regio: {kind}."},
	msgTwinSimilarPopulation: {EN: "A similar population: {population} against {own} here.", NL: "Een vergelijkbare bevolking: {population} tegen {own} hier."},
	msgTwinSimilarShare75:    {EN: "A similar share aged 75 and over: {share}% against {own}% here.", NL: "Een vergelijkbaar aandeel 75-plussers: {share}% tegen {own}% hier."},
	msgTwinSharedTraits:      {EN: "Shared traits: {traits}.", NL: "Gedeelde kenmerken: {traits}."},
	msgTwinSameStrategy:      {EN: "The same strategy: {strategy}.", NL: "Dezelfde strategie: {strategy}."},
	msgTwinRelatedStrategy:   {EN: "A related strategy: {strategy} against {own} here.", NL: "Een verwante strategie: {strategy} tegen {own} hier."},
	msgTwinSameThemes:        {EN: "Works on the same themes: {themes}.", NL: "Werkt aan dezelfde thema's: {themes}."},
	msgTwinThemesAhead:       {EN: "Has projects in implementation or embedded on {themes}, where the projects here have not got that far.", NL: "Heeft projecten in invoering of geborgd op {themes}, waar de projecten hier nog niet zo ver zijn."},
	msgTwinsNone:             {EN: "No twins to suggest: no case is weak on a mechanism on which another case is strong.", NL: "Geen tweelingen voor te stellen: geen casus is zwak op een mechanisme waarop een andere casus sterk is."},
	msgTwinRank:              {EN: "rank", NL: "rang"},
	msgTwinSimilarity:        {EN: "similarity", NL: "gelijkenis"},
	msgTwinHelpedBefore:      {EN: "Its region has already helped here, from {from}: learning from it builds on that help.", NL: "Die regio hielp hier al, vanaf {from}: ervan leren bouwt voort op die hulp."},
	// What each rule looks for (Rule.About).
	msgAboutUrgencyTrend:                  {EN: "Whether urgency is measured, recently, and whether it fades (a drop of two points within a year), is low, or high.", NL: "Of de urgentie gemeten wordt, recent, en of ze wegzakt (twee punten lager binnen een jaar), laag is of hoog."},
	msgAboutUrgencyCarrierLeft:            {EN: "A driver (aanjager) or programme manager who left without a successor.", NL: "Een aanjager of programmamanager die vertrok zonder opvolger."},
	msgAboutUrgencyAanjager:               {EN: "Whether someone holds the role of driver (aanjager).", NL: "Of iemand de rol van aanjager heeft."},
	msgAboutUrgencyMilestonesCelebrated:   {EN: "Whether reached milestones were celebrated.", NL: "Of bereikte mijlpalen gevierd zijn."},
	msgAboutStrategyMix:                   {EN: "Small initiatives only (and fragile when one person carries them), a vision without projects, or both together.", NL: "Alleen kleine initiatieven (en kwetsbaar als één persoon ze draagt), een visie zonder projecten, of beide samen."},
	msgAboutStrategySharedAmbition:        {EN: "Whether there is a shared ambition, ideally naming health, quality and cost.", NL: "Of er een gedeelde ambitie is, bij voorkeur met gezondheid, kwaliteit en kosten."},
	msgAboutStrategyGovernanceFirst:       {EN: "Governance formalised before any project or vision.", NL: "Governance vastgelegd voor er een project of visie was."},
	msgAboutStrategyProjectsStall:         {EN: "Running projects without a phase change for over 12 months.", NL: "Lopende projecten zonder faseovergang in meer dan 12 maanden."},
	msgAboutActorsFinancierAtTable:        {EN: "Whether the zorgkantoor is a member with a seat at the regional table.", NL: "Of het zorgkantoor lid is met een plaats aan de regiotafel."},
	msgAboutActorsProfessionalsLate:       {EN: "Projects in which professionals joined more than 30 days after the first executives or managers.", NL: "Projecten waarin professionals meer dan 30 dagen na de eerste bestuurders of managers aanhaakten."},
	msgAboutActorsAffectedInvolved:        {EN: "Triage, ANW, acute-care or task-reallocation projects without any care professional.", NL: "Triage-, ANW-, acute-zorg- of taakherschikkingsprojecten zonder zorgprofessional."},
	msgAboutActorsCapacity:                {EN: "Whether members set time aside; a third or more without dedicated hours is a warning.", NL: "Of leden tijd vrijmaken; een derde of meer zonder vaste uren is een waarschuwing."},
	msgAboutActorsVraagbaak:               {EN: "Whether a point of contact (vraagbaak) is active.", NL: "Of er een vraagbaak actief is."},
	msgAboutLeewayNationalActor:           {EN: "Leeway issues whose national actor is not involved.", NL: "Regelruimte-knelpunten waarvan de landelijke partij niet betrokken is."},
	msgAboutLeewayProgress:                {EN: "Open leeway issues without movement for over 9 months; issues taken up or resolved.", NL: "Open knelpunten zonder beweging in meer dan 9 maanden; knelpunten in behandeling of opgelost."},
	msgAboutInfrastructureNetworks:        {EN: "Whether lasting networks exist, and of how many kinds.", NL: "Of er blijvende netwerken zijn, en van hoeveel soorten."},
	msgAboutInfrastructureForest:          {EN: "Pairs of networks of the same kind that share 75% or more of their members.", NL: "Paren netwerken van dezelfde soort die 75% of meer van hun leden delen."},
	msgAboutInfrastructureNewStructure:    {EN: "A second regional table, or an execution organisation set up beside an existing table.", NL: "Een tweede regiotafel, of een uitvoeringsorganisatie naast een bestaande tafel."},
	msgAboutInfrastructureContinuity:      {EN: "No continuity plan while programme funding ends within 12 months (or ended less than 12 months ago).", NL: "Geen continuïteitsplan terwijl de programmafinanciering binnen 12 maanden stopt (of minder dan 12 maanden geleden stopte)."},
	msgAboutInfrastructureIsolatedMembers: {EN: "Members who share no active network and no running project with any other member (role holders and national actors aside); a third or more is a warning.", NL: "Leden die geen actief netwerk en geen lopend project delen met een ander lid (rolhouders en landelijke partijen niet meegeteld); een derde of meer is een waarschuwing."},
	msgAboutInfrastructureBrokers:         {EN: "Members on whom the actor network hangs: without one of them, other members lose their link with the rest.", NL: "Leden waaraan het netwerk van partijen hangt: zonder een van hen verliezen andere leden hun verbinding met de rest."},
	msgAboutSelfassessmentDivided:         {EN: "Mechanisms on which the latest self-assessment round is divided: more than a quarter of the ratings lie more than one point from the median. Counts for the mechanism rated.", NL: "Mechanismen waarover de laatste zelfevaluatie verdeeld is: meer dan een kwart van de scores ligt meer dan één punt van de mediaan. Telt voor het beoordeelde mechanisme."},
	msgAboutSelfassessmentLevelGap:        {EN: "Mechanisms that executives rate 1.5 points or more above the care professionals in the latest self-assessment round.", NL: "Mechanismen die bestuurders in de laatste zelfevaluatie 1,5 punt of meer hoger scoren dan de zorgprofessionals."},
	msgAboutSelfassessmentPerceptionGap:   {EN: "Mechanisms whose self-assessed median, mapped to 0–100 as (median−1)×25, differs 30 points or more from the evidence score. Counts for the mechanism rated.", NL: "Mechanismen waarvan de mediaan van de zelfevaluatie, omgerekend naar 0–100 als (mediaan−1)×25, 30 punten of meer afwijkt van de score op bewijs. Telt voor het beoordeelde mechanisme."},
	// The fixed words of the HTML report (package htmlreport).
	"html.doc-title":              {EN: "Regiokompas assessment", NL: "Regiokompas-beoordeling"},
	"html.contents":               {EN: "Cases", NL: "Casussen"},
	"html.as-of":                  {EN: "as of", NL: "per"},
	"html.region":                 {EN: "region", NL: "regio"},
	"html.overview":               {EN: "Overview", NL: "Overzicht"},
	"html.chart-title":            {EN: "Scores of the five mechanisms for", NL: "Scores van de vijf mechanismen voor"},
	"html.chart-caption":          {EN: "Each axis runs from 0 at the centre to 100 at the rim; the rings lie at {developing} and {strong}, the limits between weak, developing and strong.", NL: "Elke as loopt van 0 in het midden tot 100 aan de rand; de ringen liggen op {developing} en {strong}, de grenzen tussen zwak, in ontwikkeling en sterk."},
	"html.evidence-score":         {EN: "Evidence score", NL: "Score op basis van bewijs"},
	"html.mechanism":              {EN: "Mechanism", NL: "Mechanisme"},
	"html.band":                   {EN: "Verdict", NL: "Oordeel"},
	"html.scores-caption":         {EN: "Scores per mechanism (0 to 100)", NL: "Scores per mechanisme (0 tot 100)"},
	"html.how-scores":             {EN: "How the scores come about", NL: "Hoe de scores tot stand komen"},
	"html.how-scores-intro":       {EN: "Every mechanism starts at {base}; each observation in the case adds or takes away points.", NL: "Elk mechanisme begint op {base}; elke waarneming in de casus telt punten op of af."},
	"html.base":                   {EN: "start", NL: "start"},
	"html.no-evidence":            {EN: "no observations", NL: "geen waarnemingen"},
	"html.findings":               {EN: "Findings and next steps", NL: "Bevindingen en volgende stappen"},
	"html.no-findings":            {EN: "No findings: the rules found nothing going wrong.", NL: "Geen bevindingen: de regels vonden niets dat misgaat."},
	"html.next":                   {EN: "Next step:", NL: "Volgende stap:"},
	"html.lessons":                {EN: "Lessons", NL: "Lessen"},
	"html.evidence":               {EN: "Observations", NL: "Waarnemingen"},
	"html.strengths":              {EN: "Strengths", NL: "Sterke punten"},
	"html.no-strengths":           {EN: "No strengths found.", NL: "Geen sterke punten gevonden."},
	"html.strategy":               {EN: "Strategy", NL: "Strategie"},
	"html.declared":               {EN: "Declared strategy", NL: "Opgegeven strategie"},
	"html.observed":               {EN: "Strategy the case shows", NL: "Strategie die de casus laat zien"},
	"html.not-observed":           {EN: "not visible yet", NL: "nog niet te zien"},
	"html.advantages":             {EN: "Advantages", NL: "Voordelen"},
	"html.drawbacks":              {EN: "Drawbacks", NL: "Nadelen"},
	"html.sources":                {EN: "Sources", NL: "Bronnen"},
	"html.footer":                 {EN: "Made with Regiokompas. The lessons are summarised in the project's own words from the sources listed.", NL: "Gemaakt met Regiokompas. De lessen zijn in eigen woorden samengevat uit de genoemde bronnen."},
	"html.unknown-lesson":         {EN: "lesson not in the catalogue", NL: "les niet in de catalogus"},
	"html.self-assessment-median": {EN: "Self-assessment, median (1 to 5)", NL: "Zelfevaluatie, mediaan (1 tot 5)"},
	msgTwinSameProvince:           {EN: "In the same province: {provinces}.", NL: "In dezelfde provincie: {provinces}."},
	// Issue 12.
	msgUrgencyFadingSteadily:         {EN: "Urgency is fading: reading after reading it went down, from {peak} to {cur} over {months} {months|month|months}.", NL: "De urgentie zakt weg: meting na meting ging ze omlaag, van {peak} naar {cur} in {months} {months|maand|maanden}."},
	msgZorgkantoorAbsentCofinanced:   {EN: "The zorgkantoor is not at the table. Other financiers take part, but for long-term (Wlz) care the zorgkantoor is the one who pays and can steer.", NL: "Het zorgkantoor zit niet aan tafel. Andere financiers doen mee, maar voor langdurige (Wlz-)zorg is het zorgkantoor degene die betaalt en kan sturen."},
	msgZorgkantoorAbsentOutOfScope:   {EN: "The zorgkantoor is not at the table; long-term (Wlz) care is outside the recorded scope, so it matters only where the work touches that care.", NL: "Het zorgkantoor zit niet aan tafel; langdurige (Wlz-)zorg valt buiten het vastgelegde bereik, dus dat telt alleen waar het werk die zorg raakt."},
	msgSeenNoTableToSit:              {EN: "there is no regional table yet, so nobody has a seat at one", NL: "er is nog geen regiotafel, dus niemand heeft er een plaats aan"},
	msgSeenWlzOutOfScope:             {EN: "the recorded scope leaves out long-term (Wlz) care", NL: "het vastgelegde bereik laat langdurige (Wlz-)zorg buiten beschouwing"},
	msgMixDelivering:                 {EN: "A regional vision with projects that deliver: the partners carry it out together.", NL: "Een regiovisie met projecten die iets opleveren: de partners voeren haar samen uit."},
	msgSeenProjectsDeliver:           {EN: "{count} {count|project|projects} with at least two partners {count|has|have} reached implementation or {count|is|are} embedded", NL: "{count} {count|project|projecten} met minstens twee partners {count|is|zijn} in uitvoering of geborgd"},
	msgSeenAffectedProfessionMissing: {EN: "\"{project}\" ({theme}): professionals take part, but not the {profession} who will work with it", NL: "\"{project}\" ({theme}): er doen professionals mee, maar niet de {profession} die ermee gaan werken"},
	msgSeenJointPurchasing:           {EN: "the zorgkantoor makes its agreements with the providers of the region together ({contracted} contracted providers take part)", NL: "het zorgkantoor maakt zijn afspraken met de aanbieders van de regio samen ({contracted} gecontracteerde aanbieders doen mee)"},
	msgSeenOneToOnePurchasing:        {EN: "the zorgkantoor makes its agreements with each provider separately", NL: "het zorgkantoor maakt met elke aanbieder afzonderlijk afspraken"},
	msgSeenProjectAmbassador:         {EN: "in \"{project}\" an ambassador now takes the colleagues along", NL: "in \"{project}\" neemt nu een ambassadeur de collega's mee"},
	msgTwinDoesWhatHereNot:           {EN: "Does well what goes wrong here; what its report credits:", NL: "Doet goed wat hier misgaat; wat het rapport ervan waardeert:"},
	msgSeenHoursNotRecorded:          {EN: "{count} {count|member has|members have} no hours recorded, which is not the same as none", NL: "van {count} {count|lid|leden} zijn geen uren vastgelegd, wat niet hetzelfde is als geen uren"},
	"html.progress-title":            {EN: "Progress report", NL: "Voortgangsrapportage"},
	"html.theme":                     {EN: "Theme", NL: "Thema"},
	"html.projects":                  {EN: "Projects running", NL: "Lopende projecten"},
	"html.comparison":                {EN: "The cases side by side", NL: "De casussen naast elkaar"},
	"html.case":                      {EN: "Case", NL: "Casus"},
	"html.verdicts":                  {EN: "Verdict per mechanism", NL: "Oordeel per mechanisme"},
	"html.gravest":                   {EN: "The gravest findings and what to do", NL: "De zwaarste bevindingen en wat te doen"},
	"html.appendix":                  {EN: "Appendix: how the scores come about, data paths and rule codes", NL: "Bijlage: hoe de scores tot stand komen, gegevenspaden en regelcodes"},
	"html.rule-codes":                {EN: "Rule codes", NL: "Regelcodes"},
	"html.self-assessment-title":     {EN: "Self-assessment of {date}, on its own scale of 1 to 5", NL: "Zelfevaluatie van {date}, op de eigen schaal van 1 tot 5"},
	"html.self-assessment-old":       {EN: "This round dates from {date}, {months} months before this report: the picture may have changed since.", NL: "Deze ronde is van {date}, {months} maanden voor dit rapport: het beeld kan sindsdien veranderd zijn."},
	"html.median":                    {EN: "Median (1 to 5)", NL: "Mediaan (1 tot 5)"},
	"html.raters":                    {EN: "Raters", NL: "Beoordelaars"},
	"html.consensus":                 {EN: "Agreement", NL: "Eensgezindheid"},
	// Who published each source, for the list of sources (package htmlreport).
	"html.source.mechanisms-2022":         {EN: "Waardigheid en trots, network meeting with Erasmus University", NL: "Waardigheid en trots, netwerkbijeenkomst met de Erasmus Universiteit"},
	"html.source.webinar-2021":            {EN: "consultancy blog", NL: "blog van een adviesbureau"},
	"html.source.programme-managers-2021": {EN: "news item, long-term care", NL: "nieuwsbericht, langdurige zorg"},
	"html.source.capacity-2020":           {EN: "consultancy blog", NL: "blog van een adviesbureau"},
	"html.source.zorgkantoor-2020":        {EN: "news item", NL: "nieuwsbericht"},
	// Issue 14, the board's report: money and the self-assessment per level.
	msgMoneyAtLeast:                   {EN: "at least {amount}", NL: "minstens {amount}"},
	msgMoneyAtMost:                    {EN: "at most {amount}", NL: "hoogstens {amount}"},
	msgReportSelfAssessmentLevels:     {EN: "Per level, the mean of 1 to 5 (number of raters):", NL: "Per niveau, het gemiddelde van 1 tot 5 (aantal beoordelaars):"},
	"html.self-assessment-legend":     {EN: "Round of {date}. Per mechanism one lane per level with the mean score of its raters, and the median of all raters as an upright bar, on the scale of 1 (weak) to 5 (strong).", NL: "Ronde van {date}. Per mechanisme één baan per niveau met de gemiddelde score van de beoordelaars, en de mediaan van alle beoordelaars als staand streepje, op de schaal van 1 (zwak) tot 5 (sterk)."},
	"html.median-all":                 {EN: "Median of all raters", NL: "Mediaan van alle beoordelaars"},
	"html.median-short":               {EN: "median", NL: "mediaan"},
	"html.raters-count":               {EN: "{count} {count|rater|raters}", NL: "{count} {count|beoordelaar|beoordelaars}"},
	msgAboutStrategyEmbedded:          {EN: "Projects embedded in regular work: results that last beyond the project, the step towards scaling up.", NL: "Projecten geborgd in het reguliere werk: resultaten die na het project blijven, de stap naar opschalen."},
	msgAboutActorsProfessionalsOnTime: {EN: "Projects with executives or managers in which care professionals joined within 30 days of them, when no project involved them late.", NL: "Projecten met bestuurders of managers waarin zorgprofessionals binnen 30 dagen na hen aanhaakten, als geen project hen laat betrok."},
	"html.earlier-score":              {EN: "Earlier score ({date})", NL: "Eerdere score ({date})"},
	"html.mean":                       {EN: "mean", NL: "gemiddelde"},
}

// Messages of issue 12 (judgements the sources would sign).
const (
	msgUrgencyFadingSteadily         = "urgency.trend.fading-steadily"
	msgZorgkantoorAbsentCofinanced   = "actors.financier-at-table.absent-cofinanced"
	msgZorgkantoorAbsentOutOfScope   = "actors.financier-at-table.absent-out-of-scope"
	msgSeenNoTableToSit              = "actors.financier-at-table.seen-no-table"
	msgSeenWlzOutOfScope             = "actors.financier-at-table.seen-wlz-out-of-scope"
	msgMixDelivering                 = "strategy.mix.delivering"
	msgSeenProjectsDeliver           = "strategy.mix.seen-projects-deliver"
	msgSeenHoursNotRecorded          = "actors.capacity.seen-hours-not-recorded"
	msgTwinDoesWhatHereNot           = "twin.does-what-here-not"
	msgSeenProjectAmbassador         = "actors.professionals-late.seen-ambassador"
	msgSeenJointPurchasing           = "actors.financier-at-table.seen-joint-purchasing"
	msgSeenOneToOnePurchasing        = "actors.financier-at-table.seen-one-to-one"
	msgSeenAffectedProfessionMissing = "actors.affected-involved.seen-profession-missing"
)

// Messages of issue 14 (a report a regional board can use).
const (
	msgMoneyAtLeast = "money.at-least"
	msgMoneyAtMost  = "money.at-most"
	// msgReportSelfAssessmentLevels heads the per-level figures of the
	// text report; msgRoundOld, shared with the HTML report, warns of an old
	// round.
	msgReportSelfAssessmentLevels = "report.self-assessment-levels"
	msgRoundOld                   = "html.self-assessment-old"
	// The rules that file a strength under the question it answers: an
	// embedded project is no answer to whether projects stall, nor are
	// professionals on time a late involvement.
	msgAboutStrategyEmbedded          = "strategy.embedded.about"
	msgAboutActorsProfessionalsOnTime = "actors.professionals-on-time.about"
)

package assess

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
)

// stallMonths is how long a running project may go without a phase change
// before it counts as stalled.
const stallMonths = 12

// observedStrategy is the strategy that the case shows in practice: a
// vision, small running projects, or both.
func (f *facts) observedStrategy() collab.Strategy {
	vision := !f.col.Vision.IsZero() && !f.col.Vision.Adopted.After(f.asOf)
	small := false
	for i := range f.c.Projects {
		p := &f.c.Projects[i]
		if p.Scale == project.ScaleSmall && f.running(p) {
			small = true
		}
	}
	switch {
	case vision && small:
		return collab.StrategyCombined
	case vision:
		return collab.StrategyRegionalVision
	case small:
		return collab.StrategySmallInitiatives
	}
	return collab.StrategyUnknown
}

// runningProgrammes counts the programme-scale projects running on the
// as-of date.
func (f *facts) runningProgrammes() int {
	n := 0
	for i := range f.c.Projects {
		if p := &f.c.Projects[i]; p.Scale == project.ScaleProgramme && f.running(p) {
			n++
		}
	}
	return n
}

// running reports whether the project runs on the as-of date and has gone
// beyond the idea.
func (f *facts) running(p *project.Project) bool {
	ph := p.PhaseOn(f.asOf)
	return p.IsRunningOn(f.asOf) && ph != project.PhaseIdea && ph != project.PhaseStopped && ph.IsValid()
}

// checkStrategyMix judges the mix of vision and small projects.
func checkStrategyMix(f *facts, e *emitter) {
	switch f.observedStrategy() {
	case collab.StrategyCombined:
		e.strong(
			e.tr(collab.Text{EN: "A regional vision gives direction while small projects run: the combination the sources advise.", NL: "Een regiovisie geeft richting terwijl kleine projecten lopen: de combinatie die de bronnen aanraden."}),
			e.see("collaboration.vision", 10, collab.Text{EN: "vision adopted on %s", NL: "visie vastgesteld op %s"}, f.col.Vision.Adopted),
			e.see("projects", 10, collab.Text{EN: "small projects running", NL: "kleine projecten lopen"}))
	case collab.StrategySmallInitiatives:
		ev := []Evidence{e.see("collaboration.vision", -10, collab.Text{EN: "no regional vision; only small projects run", NL: "geen regiovisie; er lopen alleen kleine projecten"})}
		sev := SeverityWarning
		for i := range f.c.Projects {
			p := &f.c.Projects[i]
			if f.running(p) && p.KeyPeople == 1 {
				sev = SeverityRisk
				effect := -10
				if len(ev) > 2 {
					effect = 0 // at most two projects count, so that one rule cannot empty the score
				}
				ev = append(ev, e.see(pathf("projects[%d].keyPeople", i), effect, collab.Text{EN: "%q depends on one person", NL: "%q hangt aan één persoon"}, p.Title))
			}
		}
		e.finding(sev,
			e.tr(collab.Text{EN: "Only small initiatives: quick to start, but hard to scale and vulnerable when the people they lean on leave.", NL: "Alleen kleine initiatieven: snel gestart, maar moeilijk op te schalen en kwetsbaar als de mensen vertrekken op wie ze leunen."}),
			e.tr(collab.Text{EN: "Agree on a shared regional vision that the small projects serve, and spread each project over more than one person.", NL: "Spreek een gedeelde regiovisie af waar de kleine projecten aan bijdragen, en leg elk project bij meer dan één persoon."}),
			ev...)
	case collab.StrategyRegionalVision:
		msg := collab.Text{EN: "A regional vision without concrete projects under way: the point on the horizon has not become work yet.", NL: "Een regiovisie zonder lopende concrete projecten: de stip op de horizon is nog geen werk geworden."}
		if f.runningProgrammes() > 0 {
			msg = collab.Text{EN: "The regional vision is carried by large programmes only: they take much time and many people, and small projects that show results early are missing.", NL: "De regiovisie wordt alleen door grote programma's gedragen: die kosten veel tijd en mensen, en kleine projecten die snel resultaat laten zien ontbreken."}
		}
		e.finding(SeverityWarning,
			e.tr(msg),
			e.tr(collab.Text{EN: "Start a few small, concrete projects now that serve the vision, and expand from there.", NL: "Start nu een paar kleine, concrete projecten die de visie dienen, en breid van daaruit uit."}),
			e.see("projects", -15, collab.Text{EN: "vision adopted, no small project beyond the idea stage", NL: "visie vastgesteld, geen klein project voorbij de ideefase"}))
	default:
		e.finding(SeverityWarning,
			e.tr(collab.Text{EN: "Neither a regional vision nor a running project: the strategy is not visible yet.", NL: "Geen regiovisie en geen lopend project: de strategie is nog niet zichtbaar."}),
			e.tr(collab.Text{EN: "Start small and concrete with one project that matters to every party, and work on a shared vision beside it.", NL: "Begin klein en concreet met één project dat voor elke partij telt, en werk daarnaast aan een gedeelde visie."}),
			e.see("projects", -15, collab.Text{EN: "no vision and no running project", NL: "geen visie en geen lopend project"}))
	}
}

// checkAmbition asks for a concrete shared ambition.
func checkAmbition(f *facts, e *emitter) {
	a := f.col.Ambition
	switch {
	case a.IsZero():
		e.finding(SeverityWarning,
			e.tr(collab.Text{EN: "There is no shared ambition: each party keeps steering on its own interest.", NL: "Er is geen gedeelde ambitie: elke partij blijft op het eigen belang sturen."}),
			e.tr(collab.Text{EN: "Formulate a collective ambition from the citizen's point of view (better health, higher quality, lower costs) and let each organisation translate it into its own change agenda.", NL: "Formuleer een gezamenlijke ambitie vanuit de burger (betere gezondheid, hogere kwaliteit, lagere kosten) en laat elke organisatie die vertalen naar de eigen veranderagenda."}),
			e.see("collaboration.ambition", -15, collab.Text{EN: "no ambition recorded", NL: "geen ambitie vastgelegd"}))
	case a.Goals() == 3:
		e.strong(
			e.tr(collab.Text{EN: "The shared ambition names all three goals: better health, higher quality and lower costs.", NL: "De gedeelde ambitie noemt alle drie de doelen: betere gezondheid, hogere kwaliteit en lagere kosten."}),
			e.see("collaboration.ambition", 10, collab.Text{EN: "ambition with three goals", NL: "ambitie met drie doelen"}))
	default:
		e.strong(
			e.tr(collab.Text{EN: "There is a shared ambition.", NL: "Er is een gedeelde ambitie."}),
			e.see("collaboration.ambition", 5, collab.Text{EN: "ambition with %d of three goals", NL: "ambitie met %d van drie doelen"}, a.Goals()))
	}
}

// checkGovernanceFirst finds governance formalised before any project or
// vision: Zoetermeer advises tying the governance around it later.
func checkGovernanceFirst(f *facts, e *emitter) {
	since := f.col.GovernanceSince
	if since.IsZero() || since.After(f.asOf) {
		return
	}
	if !f.col.Vision.IsZero() && !f.col.Vision.Adopted.After(since) {
		return
	}
	for i := range f.c.Projects {
		if !f.c.Projects[i].Started.After(since) {
			return
		}
	}
	e.finding(SeverityInfo,
		e.tr(collab.Text{EN: "Governance was formalised on %s, before any project or vision existed.", NL: "De governance is op %s vastgelegd, voordat er een project of visie was."}, since),
		e.tr(collab.Text{EN: "Let the content lead: work on the vision and first projects, and adjust the governance at the next milestone.", NL: "Laat de inhoud leiden: werk aan visie en eerste projecten, en pas de governance aan bij de volgende mijlpaal."}),
		e.see("collaboration.governanceSince", -5, collab.Text{EN: "governance formalised on %s", NL: "governance vastgelegd op %s"}, since))
}

// checkStall finds running projects whose phase has not changed for long,
// and rewards projects that reached the embedded phase.
func checkStall(f *facts, e *emitter) {
	var stalled []Evidence
	embedded := 0
	for i := range f.c.Projects {
		p := &f.c.Projects[i]
		if p.PhaseOn(f.asOf) == project.PhaseEmbedded {
			embedded++
			continue
		}
		if !f.running(p) {
			continue
		}
		change, _ := p.PhaseChangeOn(f.asOf)
		last := change.Since
		if months := f.asOf.MonthsSince(last); months > stallMonths {
			effect := -5
			if len(stalled) >= 3 {
				effect = 0
			}
			stalled = append(stalled, e.see(pathf("projects[%d].phases", i), effect,
				collab.Text{EN: "%q has been in phase %s since %s (%d months)", NL: "%[1]q staat sinds %[3]s (%[4]d maanden) in fase %[2]s"}, p.Title, p.PhaseOn(f.asOf).Label(e.lang), last, months))
		}
	}
	if len(stalled) > 0 {
		e.finding(SeverityWarning,
			e.tr(collab.Text{EN: "Projects that have not moved to a next phase for over %[2]d months: %[1]d.", NL: "Projecten die al meer dan %[2]d maanden niet naar een volgende fase zijn gegaan: %[1]d."}, len(stalled), stallMonths),
			e.tr(collab.Text{EN: "Review each stalled project with its team: decide to scale it up, change course or stop it, and set the next milestone.", NL: "Bespreek elk stilgevallen project met het team: opschalen, bijsturen of stoppen, en leg de volgende mijlpaal vast."}),
			stalled...)
	}
	if embedded > 0 {
		effect := 5 * embedded
		if effect > 15 {
			effect = 15
		}
		e.strong(
			e.tr(collab.Text{EN: "Projects embedded in regular work, results that last: %d.", NL: "Projecten geborgd in het reguliere werk, resultaten die blijven: %d."}, embedded),
			e.see("projects", effect, collab.Text{EN: "%d embedded projects", NL: "%d geborgde projecten"}, embedded))
	}
}

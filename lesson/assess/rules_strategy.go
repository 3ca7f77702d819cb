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
func (f *facts) running(p *project.Project) bool { return runningOn(p, f.asOf) }

// runningOn reports whether the project runs on asOf and has gone beyond
// the idea.
func runningOn(p *project.Project, asOf collab.Date) bool {
	ph := p.PhaseOn(asOf)
	return p.IsRunningOn(asOf) && ph != project.PhaseIdea && ph != project.PhaseStopped && ph.IsValid()
}

// stalledOn reports whether a running project, not yet embedded, has gone
// more than stallMonths without a phase change on asOf, with the date of
// its last change and the months since.
func stalledOn(p *project.Project, asOf collab.Date) (last collab.Date, months int, ok bool) {
	if p.PhaseOn(asOf) == project.PhaseEmbedded || !runningOn(p, asOf) {
		return collab.Date{}, 0, false
	}
	change, _ := p.PhaseChangeOn(asOf)
	months = asOf.MonthsSince(change.Since)
	return change.Since, months, months > stallMonths
}

// checkStrategyMix judges the mix of vision and small projects.
func checkStrategyMix(f *facts, e *emitter) {
	switch f.observedStrategy() {
	case collab.StrategyCombined:
		e.strong(
			Say(msgMixCombined),
			e.see("collaboration.vision", 10, msgSeenVisionAdopted, date("adopted", f.col.Vision.Adopted)),
			e.see("projects", 10, msgSeenSmallProjectsRunning))
	case collab.StrategySmallInitiatives:
		ev := []Evidence{e.see("collaboration.vision", -10, msgSeenOnlySmallProjects)}
		sev := SeverityWarning
		for i := range f.c.Projects {
			p := &f.c.Projects[i]
			if f.running(p) && p.KeyPeople == 1 {
				sev = SeverityRisk
				effect := -10
				if len(ev) > 2 {
					effect = 0 // at most two projects count, so that one rule cannot empty the score
				}
				ev = append(ev, e.see(pathf("projects[%d].keyPeople", i), effect, msgSeenOnePerson, text("project", p.Title)))
			}
		}
		e.finding(sev,
			Say(msgMixSmallOnly),
			Say(msgNextAgreeVision),
			ev...)
	case collab.StrategyRegionalVision:
		msg := Say(msgMixVisionOnly)
		if f.runningProgrammes() > 0 {
			msg = Say(msgMixProgrammesOnly)
		}
		e.finding(SeverityWarning,
			msg,
			Say(msgNextStartSmallProjects),
			e.see("projects", -15, msgSeenNoSmallProject))
	default:
		e.finding(SeverityWarning,
			Say(msgMixNothing),
			Say(msgNextStartWithOneProject),
			e.see("projects", -15, msgSeenNoVisionNoProject))
	}
}

// checkAmbition asks for a concrete shared ambition.
func checkAmbition(f *facts, e *emitter) {
	a := f.col.Ambition
	switch {
	case a.IsZero():
		e.finding(SeverityWarning,
			Say(msgNoAmbition),
			Say(msgNextFormulateAmbition),
			e.see("collaboration.ambition", -15, msgSeenNoAmbition))
	case a.Goals() == 3:
		e.strong(
			Say(msgAmbitionComplete),
			e.see("collaboration.ambition", 10, msgSeenAmbitionComplete))
	default:
		e.strong(
			Say(msgAmbition),
			e.see("collaboration.ambition", 5, msgSeenAmbitionGoals, count("goals", a.Goals())))
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
		Say(msgGovernanceFirst, date("since", since)),
		Say(msgNextContentLeads),
		e.see("collaboration.governanceSince", -5, msgSeenGovernanceFormalised, date("since", since)))
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
		if last, months, ok := stalledOn(p, f.asOf); ok {
			effect := -5
			if len(stalled) >= 3 {
				effect = 0
			}
			stalled = append(stalled, e.see(pathf("projects[%d].phases", i), effect, msgSeenProjectStalled, text("project", p.Title), lower(enum("phase", ParamProjectPhase, p.PhaseOn(f.asOf))), date("last", last), count("months", months)))
		}
	}
	if len(stalled) > 0 {
		e.finding(SeverityWarning,
			Say(msgProjectsStall, count("count", len(stalled)), count("months", stallMonths)),
			Say(msgNextReviewStalled),
			stalled...)
	}
	if embedded > 0 {
		effect := 5 * embedded
		if effect > 15 {
			effect = 15
		}
		e.strong(
			Say(msgProjectsEmbedded, count("embedded", embedded)),
			e.see("projects", effect, msgSeenProjectsEmbedded, count("embedded", embedded)))
	}
}

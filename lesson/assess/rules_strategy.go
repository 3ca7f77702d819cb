package assess

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
)

// stallMonths is how long a running project may go without a phase change
// before it counts as stalled.
const stallMonths = 12

// observedStrategy is the strategy that the case shows in practice: a
// vision, concrete projects, or both. A project is concrete when it is
// small and running, or when it delivers (see delivers) whatever its
// scale: a regional programme that partners carry out together is as
// concrete as a pilot.
func (f *facts) observedStrategy() collab.Strategy {
	vision := !f.col.Vision.IsZero() && !f.col.Vision.Adopted.After(f.asOf)
	small := false
	for i := range f.c.Projects {
		p := &f.c.Projects[i]
		if p.Scale == project.ScaleSmall && f.running(p) || f.delivers(p) {
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

// delivers reports whether the project delivers on the as-of date: it has
// reached implementation or is embedded (and has not been stopped), and at
// least two partners take part in it by then. This is what the zorgkantoor
// article of 7 July 2020 holds up as the example: providers and the
// zorgkantoor carrying out innovations together, one after the other.
func (f *facts) delivers(p *project.Project) bool {
	ph := p.PhaseOn(f.asOf)
	if ph != project.PhaseImplementation && ph != project.PhaseEmbedded {
		return false
	}
	partners := 0
	for i := range p.Participants {
		for _, l := range p.Participants[i].Levels {
			if !l.Since.After(f.asOf) {
				partners++
				break
			}
		}
	}
	return partners >= 2
}

// deliveringProjects counts the projects that deliver on the as-of date.
func (f *facts) deliveringProjects() int {
	n := 0
	for i := range f.c.Projects {
		if f.delivers(&f.c.Projects[i]) {
			n++
		}
	}
	return n
}

// smallRunning reports whether a small project runs on the as-of date.
func (f *facts) smallRunning() bool {
	for i := range f.c.Projects {
		if p := &f.c.Projects[i]; p.Scale == project.ScaleSmall && f.running(p) {
			return true
		}
	}
	return false
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

// stalledOn reports whether a running project has gone more than
// stallMonths without moving on asOf, with the date it last moved and the
// months since. A phase change or a milestone reached is movement. A
// project in implementation or embedded is never stalled: staying there is
// what delivering looks like (the zorgkantoor article of 7 July 2020 has
// providers implementing one technology after another).
func stalledOn(p *project.Project, asOf collab.Date) (last collab.Date, months int, ok bool) {
	ph := p.PhaseOn(asOf)
	if ph == project.PhaseEmbedded || ph == project.PhaseImplementation || !runningOn(p, asOf) {
		return collab.Date{}, 0, false
	}
	change, _ := p.PhaseChangeOn(asOf)
	last = change.Since
	for _, m := range p.Milestones {
		if m.Date.After(last) && !m.Date.After(asOf) {
			last = m.Date
		}
	}
	months = asOf.MonthsSince(last)
	return last, months, months > stallMonths
}

// checkStrategyMix judges the mix of vision and concrete projects.
//
// Source: "Mechanismen van regionale samenwerking: wat werkt en wat
// niet?" (21 June 2022): small initiatives win the work floor but are hard
// to scale and hang on a few individuals; a regional vision gives a point
// on the horizon but is hard to make concrete; the best is both at once.
// "Regionale samenwerking zorgkantoren en verpleeghuizen in volle gang" (7
// July 2020): a regional programme that the contracted providers and the
// zorgkantoor carry out together is concrete, so projects that deliver
// count beside small ones.
func checkStrategyMix(f *facts, e *emitter) {
	switch f.observedStrategy() {
	case collab.StrategyCombined:
		if !f.smallRunning() {
			e.strong(
				Say(msgMixDelivering),
				e.see("collaboration.vision", 10, msgSeenVisionAdopted, date("adopted", f.col.Vision.Adopted)),
				e.see("projects", 10, msgSeenProjectsDeliver, count("count", f.deliveringProjects())))
			return
		}
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
//
// Source: "Verslag webinar 'De praktijk van regionale en
// netwerksamenwerking in de zorg'" (10 March 2021): a shared ambition
// framework (better health, higher quality, lower cost) helped Zoetermeer,
// and a lacking concrete shared ambition stands in the way of networks.
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
//
// Source: "Verslag webinar 'De praktijk van regionale en
// netwerksamenwerking in de zorg'" (10 March 2021): do not start with
// governance, but tie it around the work at the right moments.
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

// checkStall finds projects stuck before implementation: in design or
// pilot with no phase change and no milestone reached for longer than
// stallMonths. A project in implementation carries out the new way of
// working and is not stalled for staying there; an embedded project has
// done its work (checkEmbedded rewards it).
//
// Sources: "De regionale samenwerking in de zorg een impuls geven" (10
// March 2020) says initiatives often strand when people take part without
// time set aside; "Regionaal samenwerken in de langdurige zorg heeft de
// toekomst" (April 2021) asks for perseverance and attention to the last,
// hardest stretch; the zorgkantoor article of 7 July 2020 shows delivery
// as providers implementing together, one innovation after the other.
func checkStall(f *facts, e *emitter) {
	var stalled []Evidence
	for i := range f.c.Projects {
		p := &f.c.Projects[i]
		if p.PhaseOn(f.asOf) == project.PhaseEmbedded {
			continue // rewarded by checkEmbedded
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
}

// checkEmbedded rewards projects embedded in regular work as of the as-of
// date: results that outlast the project, 5 points each and at most 15. It
// is a rule of its own, not part of checkStall, because it answers another
// question: not whether running projects stall, but whether what they
// built stays and can grow.
//
// Sources: "Mechanismen van regionale samenwerking: wat werkt en wat
// niet?" (21 June 2022) ends on working at scaling up, where the larger
// effect lies; "Regionaal samenwerken in de langdurige zorg heeft de
// toekomst" (April 2021) treats securing the results as a theme of its own.
func checkEmbedded(f *facts, e *emitter) {
	embedded := 0
	for i := range f.c.Projects {
		if f.c.Projects[i].PhaseOn(f.asOf) == project.PhaseEmbedded {
			embedded++
		}
	}
	if embedded > 0 {
		effect := min(5*embedded, 15)
		e.strong(
			Say(msgProjectsEmbedded, count("embedded", embedded)),
			e.see("projects", effect, msgSeenProjectsEmbedded, count("embedded", embedded)))
	}
}

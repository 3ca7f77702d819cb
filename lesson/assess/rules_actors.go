package assess

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
)

// lateInvolvementDays is how much later than the first executive or
// manager professionals may join a project before it counts as late.
const lateInvolvementDays = 30

// checkFinancierAtTable asks whether the zorgkantoor, the financier of
// long-term care, has a seat at the regional table.
//
// Sources: "Regionale samenwerking zorgkantoren en verpleeghuizen in volle
// gang" (7 July 2020) found that zorgkantoren made one-to-one agreements
// with providers and almost never sat at the providers' regional table,
// although as financier of long-term care they are essential to a
// regional vision. "Regionaal samenwerken in de langdurige zorg heeft de
// toekomst" (April 2021) asks a clear role for each financier (zorgkantoor,
// insurer, possibly municipalities). So the weight of the zorgkantoor's
// absence depends on the scope and on who already finances: a risk when
// long-term care is in scope and no other financier takes part, a warning
// when other financiers take part, a note when long-term care is outside
// the recorded scope. A member without a seat is judged only when there is
// a table to sit at: a region without any network or table gets that
// finding once, from infrastructure.networks.
func checkFinancierAtTable(f *facts, e *emitter) {
	i := f.memberWithRole(collab.RoleZorgkantoor)
	switch {
	case i >= 0 && f.atTable(i):
		ev := []Evidence{e.see(pathf("collaboration.members[%d].regionalTable", i), 15, msgSeenZorgkantoorAtTable)}
		if f.col.Purchasing == collab.PurchasingJointRegional {
			ev = append(ev, e.see("collaboration.purchasing", 5, msgSeenJointPurchasing, count("contracted", f.contractedMembers())))
		}
		e.strong(
			Say(msgZorgkantoorAtTable, text("stakeholder", f.name(f.col.Members[i].Stakeholder))),
			ev...)
	case i >= 0 && !f.hasTable():
		e.note(e.see("collaboration.networks", 0, msgSeenNoTableToSit))
	case i >= 0:
		e.finding(SeverityWarning,
			Say(msgZorgkantoorWithoutSeat, text("stakeholder", f.name(f.col.Members[i].Stakeholder))),
			Say(msgNextInviteZorgkantoor),
			f.oneToOne(e, e.see(pathf("collaboration.members[%d].regionalTable", i), -10, msgSeenZorgkantoorWithoutSeat))...)
	case !f.col.InScope(collab.CareScopeLongTerm):
		e.finding(SeverityInfo,
			Say(msgZorgkantoorAbsentOutOfScope),
			Say(msgNextAskZorgkantoor),
			e.see("collaboration.scope", 0, msgSeenWlzOutOfScope))
	default:
		ev := []Evidence{e.see("collaboration.members", -20, msgSeenNoZorgkantoor)}
		sev, msg := SeverityRisk, Say(msgZorgkantoorAbsent)
		if j := f.memberWithRole(collab.RoleHealthInsurer, collab.RoleMunicipality); j >= 0 {
			ev = append(ev, e.see(pathf("collaboration.members[%d]", j), 5, msgSeenOtherFinancier, text("stakeholder", f.name(f.col.Members[j].Stakeholder))))
			sev, msg = SeverityWarning, Say(msgZorgkantoorAbsentCofinanced)
		}
		e.finding(sev, msg,
			Say(msgNextAskZorgkantoor),
			f.oneToOne(e, ev...)...)
	}
}

// oneToOne adds to ev, when the case records that the zorgkantoor agrees
// with each provider separately, evidence that says so: the pattern the
// zorgkantoor article of 7 July 2020 found where the zorgkantoor was not at
// the table. It moves no score; the absence already does.
func (f *facts) oneToOne(e *emitter, ev ...Evidence) []Evidence {
	if f.col.Purchasing != collab.PurchasingOneToOne {
		return ev
	}
	return append(ev, e.see("collaboration.purchasing", 0, msgSeenOneToOnePurchasing))
}

// contractedMembers counts the active members contracted by the
// zorgkantoor.
func (f *facts) contractedMembers() int {
	n := 0
	f.activeMembers(func(_ int, m *collab.Member) {
		if m.Contracted {
			n++
		}
	})
	return n
}

// checkProfessionalsLate finds projects in which the work floor joined
// well after executives or managers. The finding cites, beside the lessons
// on involving in time, those on ambassadors and on asking who is affected:
// the source gives them as the remedy for this very friction.
//
// Sources: "Mechanismen van regionale samenwerking: wat werkt en wat
// niet?" (21 June 2022): when executives and managers bring care
// professionals in late, friction and resistance follow on the work floor.
// "Regionaal samenwerken in de langdurige zorg heeft de toekomst" (April
// 2021): take people along from the start; collaboration begins and ends
// on the work floor.
func checkProfessionalsLate(f *facts, e *emitter) {
	if _, late, ev := professionalsTiming(f, e, true); late > 0 {
		e.finding(SeverityWarning,
			Say(msgProfessionalsLate, count("late", late)),
			Say(msgNextInvolveFromStart),
			ev...)
	}
}

// checkProfessionalsOnTime rewards a case in which care professionals
// joined every judged project in time (see checkProfessionalsLate for
// which projects are judged and what counts as late). It is a rule of its
// own so that the strength is filed under the question it answers, not
// under the rule that names late involvement.
//
// Sources: as checkProfessionalsLate.
func checkProfessionalsOnTime(f *facts, e *emitter) {
	if checked, late, _ := professionalsTiming(f, e, false); late == 0 && checked > 0 {
		e.strong(
			Say(msgProfessionalsOnTime),
			e.see("projects", 10, msgSeenProfessionalsOnTime, count("checked", checked)))
	}
}

// professionalsTiming judges when care professionals joined each project:
// the number of projects judged, how many of them involved professionals
// late, and, when withEvidence, the evidence of each late one (with the
// ambassador who makes up for it, where there is one).
func professionalsTiming(f *facts, e *emitter, withEvidence bool) (checked, late int, ev []Evidence) {
	for i := range f.c.Projects {
		p := &f.c.Projects[i]
		exec, _ := p.FirstInvolvedOn(collab.LevelExecutive, f.asOf)
		mgr, _ := p.FirstInvolvedOn(collab.LevelManager, f.asOf)
		prof, who := p.FirstInvolvedOn(collab.LevelProfessional, f.asOf)
		if who < 0 {
			// Professionals who join only later count as late as of now
			// when they are planned at all; projects without them are the
			// affected-involved rule's concern.
			if _, planned := p.FirstInvolved(collab.LevelProfessional); !planned || !f.running(p) {
				continue
			}
			prof, who = f.asOf, 0
		}
		top := exec
		if top.IsZero() || !mgr.IsZero() && mgr.Before(top) {
			top = mgr
		}
		if top.IsZero() {
			checked++
			continue
		}
		checked++
		if days := prof.DaysSince(top); days > lateInvolvementDays {
			late++
			if !withEvidence {
				continue
			}
			effect := -5
			if late > 4 {
				effect = 0
			}
			ev = append(ev, e.see(pathf("projects[%d].participants[%d]", i, who), effect, msgSeenProfessionalsLate, text("project", p.Title), count("months", prof.MonthsSince(top))))
			if h := f.projectAmbassador(p); h >= 0 {
				// The remedy the source names is at work: it makes up for
				// the late start's cost, not for the late start itself.
				ev = append(ev, e.see(pathf("collaboration.roleHolders[%d]", h), -effect, msgSeenProjectAmbassador, text("project", p.Title)))
			}
		}
	}
	return checked, late, ev
}

// workFloorThemes are the themes whose projects change the daily work of
// care professionals, so that they are among the people who will be
// affected.
var workFloorThemes = [...]project.Theme{project.ThemeTriage, project.ThemeANW, project.ThemeAcuteCare, project.ThemeTaskReallocation}

// checkAffectedInvolved finds running projects that change the work floor
// without any professional taking part. A project is judged only while it
// runs (from design to implementation): not before it starts, not after it
// ends or is embedded.
//
// Source: "Mechanismen van regionale samenwerking: wat werkt en wat niet?"
// (21 June 2022): when the carers are left out of developing something
// like a triage model, its implementation brings confusion; first ask who
// will be affected, involve them all, and work with ambassadors.
func checkAffectedInvolved(f *facts, e *emitter) {
	var ev []Evidence
	for i := range f.c.Projects {
		p := &f.c.Projects[i]
		if !f.running(p) {
			continue // not started yet, ended, stopped or embedded
		}
		var theme project.Theme
		for _, t := range p.Themes {
			for _, w := range workFloorThemes {
				if t == w {
					theme = t
				}
			}
		}
		if theme.IsZero() {
			continue
		}
		if _, who := p.FirstInvolvedOn(collab.LevelProfessional, f.asOf); who >= 0 {
			if x, missing := affectedProfessionMissing(p, theme); missing {
				ev = append(ev, e.see(pathf("projects[%d].participants", i), -10, msgSeenAffectedProfessionMissing, text("project", p.Title), enum("theme", ParamTheme, theme), lower(enum("profession", ParamProfession, x))))
			}
			continue
		}
		ev = append(ev, e.see(pathf("projects[%d].participants", i), -10, msgSeenNoProfessionals, text("project", p.Title), enum("theme", ParamTheme, theme)))
	}
	if len(ev) > 0 {
		e.finding(SeverityRisk,
			Say(msgAffectedMissing),
			Say(msgNextAskWhoIsAffected),
			ev...)
	}
}

// checkCapacity asks whether members set time aside (capacitijd). Only
// members whose hours are recorded count: an unrecorded figure is noted,
// never read as zero.
//
// Source: "De regionale samenwerking in de zorg een impuls geven" (10
// March 2020): budget alone does not help when the organisations have no
// time, capacity and skills to spare; people assigned "as available" lose
// energy and initiatives strand.
func checkCapacity(f *facts, e *emitter) {
	total, without, unknown, first := 0, 0, 0, -1
	f.activeMembers(func(i int, m *collab.Member) {
		h, ok := m.Hours()
		switch {
		case !ok:
			unknown++
			return
		case h == 0:
			without++
			if first < 0 {
				first = i
			}
		}
		total++
	})
	if unknown > 0 {
		e.note(e.see("collaboration.members", 0, msgSeenHoursNotRecorded, count("count", unknown)))
	}
	switch {
	case total == 0:
	case without*3 >= total:
		e.finding(SeverityWarning,
			Say(msgCapacityShort, count("without", without), count("total", total)),
			Say(msgNextAgreeHours),
			e.see(pathf("collaboration.members[%d].capacityHours", first), -10, msgSeenWithoutHours, count("without", without), count("total", total)))
	case without == 0 && unknown == 0:
		e.strong(
			Say(msgCapacityFull),
			e.see("collaboration.members", 10, msgSeenAllWithHours, count("total", total)))
	}
}

// checkVraagbaak asks for a fixed point of contact.
//
// Source: "Regionaal samenwerken in de langdurige zorg heeft de toekomst"
// (April 2021): set up a fixed point of contact that picks up signals and
// questions quickly.
func checkVraagbaak(f *facts, e *emitter) {
	if _, i := f.holders(collab.RoleKindVraagbaak); i >= 0 {
		e.strong(
			Say(msgVraagbaakActive),
			e.see(pathf("collaboration.roleHolders[%d]", i), 5, msgSeenVraagbaakActive))
		return
	}
	e.finding(SeverityInfo,
		Say(msgNoVraagbaak),
		Say(msgNextNameVraagbaak),
		e.see("collaboration.roleHolders", -5, msgSeenNoVraagbaak))
}

// affectedProfessions names, per work-floor theme, the profession that
// will work with the result and so must help develop it. The sources name
// one: the carers who will use a triage model ("Mechanismen van regionale
// samenwerking: wat werkt en wat niet?", 21 June 2022).
var affectedProfessions = [...]struct {
	theme      project.Theme
	profession collab.Profession
}{
	{project.ThemeTriage, collab.ProfessionCarers},
}

// affectedProfessionMissing reports the profession that the project's
// theme affects when the project records the professions taking part but
// not that one. A project that records no professions says nothing.
func affectedProfessionMissing(p *project.Project, theme project.Theme) (collab.Profession, bool) {
	recorded := false
	for i := range p.Participants {
		recorded = recorded || len(p.Participants[i].Professions) > 0
	}
	if !recorded {
		return 0, false
	}
	for _, a := range affectedProfessions {
		if a.theme != theme {
			continue
		}
		for i := range p.Participants {
			if p.Participants[i].HasProfession(a.profession) {
				return 0, false
			}
		}
		return a.profession, true
	}
	return 0, false
}

// projectAmbassador returns the index of a role holder who is an
// ambassador attached to project p on the as-of date, or -1.
func (f *facts) projectAmbassador(p *project.Project) int {
	for i := range f.col.RoleHolders {
		if h := &f.col.RoleHolders[i]; h.Kind == collab.RoleKindAmbassador && h.Project == p.ID && h.ActiveOn(f.asOf) {
			return i
		}
	}
	return -1
}

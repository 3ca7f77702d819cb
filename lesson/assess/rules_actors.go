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
func checkFinancierAtTable(f *facts, e *emitter) {
	i := f.memberWithRole(collab.RoleZorgkantoor)
	switch {
	case i >= 0 && f.col.Members[i].RegionalTable:
		e.strong(
			e.tr(collab.Text{EN: "The zorgkantoor (%s) sits at the regional table.", NL: "Het zorgkantoor (%s) zit aan de regiotafel."}, f.name(f.col.Members[i].Stakeholder)),
			e.see(pathf("collaboration.members[%d].regionalTable", i), 15, collab.Text{EN: "zorgkantoor at the table", NL: "zorgkantoor aan tafel"}))
	case i >= 0:
		e.finding(SeverityWarning,
			e.tr(collab.Text{EN: "The zorgkantoor (%s) is a member but has no seat at the regional table.", NL: "Het zorgkantoor (%s) is lid maar heeft geen plaats aan de regiotafel."}, f.name(f.col.Members[i].Stakeholder)),
			e.tr(collab.Text{EN: "Invite the zorgkantoor to the regional table, so that the financier shapes the regional vision with the providers.", NL: "Nodig het zorgkantoor uit aan de regiotafel, zodat de financier de regiovisie met de aanbieders vormgeeft."}),
			e.see(pathf("collaboration.members[%d].regionalTable", i), -10, collab.Text{EN: "zorgkantoor without a seat at the table", NL: "zorgkantoor zonder plaats aan tafel"}))
	default:
		ev := []Evidence{e.see("collaboration.members", -20, collab.Text{EN: "no zorgkantoor among the members", NL: "geen zorgkantoor onder de leden"})}
		if j := f.memberWithRole(collab.RoleHealthInsurer, collab.RoleMunicipality); j >= 0 {
			ev = append(ev, e.see(pathf("collaboration.members[%d]", j), 5, collab.Text{EN: "another financier takes part: %s", NL: "een andere financier doet mee: %s"}, f.name(f.col.Members[j].Stakeholder)))
		}
		e.finding(SeverityRisk,
			e.tr(collab.Text{EN: "The zorgkantoor is not at the table, although as financier of long-term care it is an essential link for a regional vision.", NL: "Het zorgkantoor zit niet aan tafel, terwijl het als financier van de langdurige zorg een onmisbare schakel is voor een regiovisie."}),
			e.tr(collab.Text{EN: "Ask the zorgkantoor to join the regional table and give each financier (zorgkantoor, insurer, municipality) a clear role.", NL: "Vraag het zorgkantoor aan de regiotafel en geef elke financier (zorgkantoor, verzekeraar, gemeente) een duidelijke rol."}),
			ev...)
	}
}

// checkProfessionalsLate finds projects in which the work floor joined
// well after executives or managers.
func checkProfessionalsLate(f *facts, e *emitter) {
	var ev []Evidence
	checked, late := 0, 0
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
			effect := -5
			if late > 4 {
				effect = 0
			}
			ev = append(ev, e.see(pathf("projects[%d].participants[%d]", i, who), effect,
				collab.Text{EN: "%q: professionals joined %d months after the first executives or managers", NL: "%q: professionals kwamen %d maanden na de eerste bestuurders of managers"}, p.Title, prof.MonthsSince(top)))
		}
	}
	switch {
	case late > 0:
		e.finding(SeverityWarning,
			e.tr(collab.Text{EN: "Projects in which the work floor was involved late: %d. That brings friction and resistance.", NL: "Projecten waarin de werkvloer laat is betrokken: %d. Dat geeft wrijving en weerstand."}, late),
			e.tr(collab.Text{EN: "Involve care professionals from the start of every project, for example through ambassadors who take colleagues along.", NL: "Betrek zorgprofessionals vanaf de start van elk project, bijvoorbeeld via ambassadeurs die collega's meenemen."}),
			ev...)
	case checked > 0:
		e.strong(
			e.tr(collab.Text{EN: "Care professionals were involved from the start of the projects.", NL: "Zorgprofessionals waren vanaf de start van de projecten betrokken."}),
			e.see("projects", 10, collab.Text{EN: "professionals on time in %d projects", NL: "professionals op tijd in %d projecten"}, checked))
	}
}

// workFloorThemes are the themes whose projects change the daily work of
// care professionals, so that they are among the people who will be
// affected.
var workFloorThemes = [...]project.Theme{project.ThemeTriage, project.ThemeANW, project.ThemeAcuteCare, project.ThemeTaskReallocation}

// checkAffectedInvolved finds projects that change the work floor without
// any professional taking part.
func checkAffectedInvolved(f *facts, e *emitter) {
	var ev []Evidence
	for i := range f.c.Projects {
		p := &f.c.Projects[i]
		if p.PhaseOn(f.asOf) == project.PhaseStopped {
			continue
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
			continue
		}
		ev = append(ev, e.see(pathf("projects[%d].participants", i), -10,
			collab.Text{EN: "%q (%s) has no care professionals among its participants", NL: "%q (%s) heeft geen zorgprofessionals onder de deelnemers"}, p.Title, theme.Label(e.lang)))
	}
	if len(ev) > 0 {
		e.finding(SeverityRisk,
			e.tr(collab.Text{EN: "Projects that change the work floor run without the people who will be affected.", NL: "Projecten die de werkvloer veranderen lopen zonder de mensen die het raakt."}),
			e.tr(collab.Text{EN: "Ask \"who will be affected?\" and bring those professionals, such as the carers who will use a triage model, into the project now.", NL: "Vraag \"wie gaat hier iets van merken?\" en haal die professionals, zoals de verzorgenden die met een triagemodel gaan werken, nu in het project."}),
			ev...)
	}
}

// checkCapacity asks whether members set time aside (capacitijd).
func checkCapacity(f *facts, e *emitter) {
	total, without, first := 0, 0, -1
	f.activeMembers(func(i int, m *collab.Member) {
		total++
		if m.CapacityHours == 0 {
			without++
			if first < 0 {
				first = i
			}
		}
	})
	switch {
	case total == 0:
	case without*3 >= total:
		e.finding(SeverityWarning,
			e.tr(collab.Text{EN: "Members that set no time aside for the collaboration: %d of %d. Their people take part \"as available\".", NL: "Leden zonder vrijgemaakte tijd voor de samenwerking: %d van %d. Hun mensen doen mee \"als het uitkomt\"."}, without, total),
			e.tr(collab.Text{EN: "Agree per member on dedicated hours, for example a two-legged professional who works for the region from inside the organisation.", NL: "Spreek per lid vaste uren af, bijvoorbeeld een professional met twee petten die vanuit de eigen organisatie voor de regio werkt."}),
			e.see(pathf("collaboration.members[%d].capacityHours", first), -10, collab.Text{EN: "%d of %d members without dedicated hours", NL: "%d van %d leden zonder vaste uren"}, without, total))
	case without == 0:
		e.strong(
			e.tr(collab.Text{EN: "Every member has set time aside for the collaboration.", NL: "Elk lid heeft tijd vrijgemaakt voor de samenwerking."}),
			e.see("collaboration.members", 10, collab.Text{EN: "all %d members with dedicated hours", NL: "alle %d leden met vaste uren"}, total))
	}
}

// checkVraagbaak asks for a fixed point of contact.
func checkVraagbaak(f *facts, e *emitter) {
	if _, i := f.holders(collab.RoleKindVraagbaak); i >= 0 {
		e.strong(
			e.tr(collab.Text{EN: "A vraagbaak picks up signals and questions from the field.", NL: "Een vraagbaak vangt signalen en vragen uit het veld op."}),
			e.see(pathf("collaboration.roleHolders[%d]", i), 5, collab.Text{EN: "vraagbaak active", NL: "vraagbaak actief"}))
		return
	}
	e.finding(SeverityInfo,
		e.tr(collab.Text{EN: "There is no vraagbaak: signals and questions from the work floor have no fixed address.", NL: "Er is geen vraagbaak: signalen en vragen van de werkvloer hebben geen vast adres."}),
		e.tr(collab.Text{EN: "Name a vraagbaak whom professionals can reach with questions about the regional agreements.", NL: "Wijs een vraagbaak aan bij wie professionals terechtkunnen met vragen over de regionale afspraken."}),
		e.see("collaboration.roleHolders", -5, collab.Text{EN: "no active vraagbaak", NL: "geen actieve vraagbaak"}))
}

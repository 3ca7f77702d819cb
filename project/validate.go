package project

import (
	"math"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/regiokompas/regiokompas/region"
)

// Validate checks the project on its own and returns nil or collab.Problems
// holding every problem found, each with its path in JSON field names (such
// as "funding[1].period") and one of the codes of package collab:
//
//   - CodeBadFormat for a region code that is not a slug (region.ValidCode);
//   - CodeRequired for a missing ID, title, collaboration, region, theme,
//     scale, start date or phase history, and for empty entries in lists;
//   - CodeUnknownValue for an enum value the package does not know;
//   - CodeTooLong, CodeTooMany and CodeOutOfRange beyond the documented
//     limits (MaxThemes and the other Max constants of this package, and
//     collab.MaxNameLength, collab.MaxTextLength, collab.MaxMembers,
//     collab.MaxLevels, collab.MaxLeewayIssues and collab.MaxMechanisms);
//   - CodeDuplicate for a theme, participant, level, leeway issue or
//     mechanism listed twice;
//   - CodeDateOrder for dates that contradict each other: an end before the
//     start, a phase history that does not begin on the start date or does
//     not move forward in time, a funding period outside the project's
//     dates, a milestone or level involvement outside them;
//   - CodeNotAllowed for a phase move that Phase forbids (such as embedded
//     back to idea) and for an ended project that is neither embedded nor
//     stopped.
//
// Validating a valid project allocates nothing.
func (p *Project) Validate() error {
	var v check.Validator
	p.validate(&v)
	return v.Err()
}

func (p *Project) validate(v *check.Validator) {
	v.Required("id", p.ID == uuid.Nil)
	v.Text("title", p.Title, true, collab.MaxNameLength)
	v.Required("collaboration", p.Collaboration == uuid.Nil)
	if v.Required("region", p.Region == "") && !region.ValidCode(p.Region) {
		v.Addf("region", collab.CodeBadFormat, "%q is not a region code: lowercase letters and digits joined by single hyphens", p.Region)
	}
	p.validateThemes(v)
	v.Enum("scale", p.Scale, true)
	v.Required("started", p.Started.IsZero())
	check.DateOrder(v, "ended", p.Started, p.Ended, "the project started")
	p.validatePhases(v)
	v.Text("description", p.Description, false, collab.MaxTextLength)
	p.validateParticipants(v)
	v.Range("keyPeople", int64(p.KeyPeople), 0, MaxKeyPeople)
	p.validateFunding(v)
	p.validateMilestones(v)
	p.validateOutcomes(v)
	p.validateReferences(v)
	for i, s := range p.Lessons[:v.Count("lessons", len(p.Lessons), MaxLessons)] {
		v.Item("lessons", i)
		v.Text("", s, true, collab.MaxTextLength)
		v.Leave()
	}
}

// ValidateIn checks the project as a project of collaboration c: it
// returns every problem Validate reports and, besides, the project's
// references into c, each problem once:
//
//   - collaboration must be c's ID (CodeDanglingReference);
//   - every participant must be a member of c (CodeDanglingReference at
//     "participants[i].stakeholder");
//   - every referenced leeway issue must be one of c's (CodeDanglingReference
//     at "leewayIssues[i]");
//   - the project must not start before c started or after c ended
//     (CodeDateOrder at "started").
//
// Whether the region code names a known region is left to the caller that
// holds the regions (region.Catalogue.CheckCode); a project may work in a
// smaller region than its collaboration. On a valid project in its
// collaboration it allocates nothing.
func (p *Project) ValidateIn(c *collab.Collaboration) error {
	var v check.Validator
	p.validate(&v)
	p.validateIn(&v, c)
	return v.Err()
}

// validateIn adds the problems of the project's references into c.
func (p *Project) validateIn(v *check.Validator, c *collab.Collaboration) {
	if p.Collaboration != uuid.Nil && p.Collaboration != c.ID {
		v.Addf("collaboration", collab.CodeDanglingReference, "%s is not the collaboration %s", p.Collaboration, c.ID)
	}
	if !p.Started.IsZero() {
		check.DateOrder(v, "started", c.Started, p.Started, "the collaboration started")
		if !c.Ended.IsZero() && p.Started.After(c.Ended) {
			v.Addf("started", collab.CodeDateOrder, "%s is after the collaboration ended (%s)", p.Started, c.Ended)
		}
	}
	// References into a list over its maximum are not looked up: the list
	// is a problem of its own, and looking up costs at most its maximum.
	for i := range p.Participants[:min(len(p.Participants), collab.MaxMembers)] {
		id := p.Participants[i].Stakeholder
		if id != uuid.Nil && len(c.Members) <= collab.MaxMembers && c.MemberIndex(id) < 0 {
			v.Item("participants", i)
			v.Addf("stakeholder", collab.CodeDanglingReference, "%s is not a member of the collaboration", id)
			v.Leave()
		}
	}
	for i, id := range p.LeewayIssues[:min(len(p.LeewayIssues), collab.MaxLeewayIssues)] {
		if id != uuid.Nil && len(c.LeewayIssues) <= collab.MaxLeewayIssues && c.LeewayIssue(id) == nil {
			v.Item("leewayIssues", i)
			v.Addf("", collab.CodeDanglingReference, "%s is not a leeway issue of the collaboration", id)
			v.Leave()
		}
	}
}

func (p *Project) validateThemes(v *check.Validator) {
	if !v.Required("themes", len(p.Themes) == 0) {
		return
	}
	enumList(v, "themes", p.Themes, MaxThemes, "theme")
}

// enumList checks the short list of enum values in field, at most limit
// long: each item must be set and known, and an item that repeats an
// earlier one is collab.CodeDuplicate, naming the earlier index (what names
// one value in that message, such as "theme"). A valid item that repeats
// nothing is passed over without entering its path, so that a valid list
// costs no allocation. An empty list is fine; a caller that requires one
// says so first.
func enumList[E interface {
	comparable
	IsValid() bool
	IsZero() bool
}](v *check.Validator, field string, xs []E, limit int, what string) {
	for i, x := range xs[:v.Count(field, len(xs), limit)] {
		j := check.EarlierIndex(xs, i, self[E])
		if x.IsValid() && j < 0 {
			continue
		}
		v.Item(field, i)
		v.Enum("", x, true)
		if j >= 0 && x.IsValid() {
			v.Addf("", collab.CodeDuplicate, "%s %v is listed before, at %s[%d]", what, x, field, j)
		}
		v.Leave()
	}
}

// self is the key of a list compared by its items themselves.
func self[E any](x *E) E { return *x }

func (p *Project) validatePhases(v *check.Validator) {
	if !v.Required("phases", len(p.Phases) == 0) {
		return
	}
	for i := range p.Phases[:v.Count("phases", len(p.Phases), MaxPhaseChanges)] {
		pc := &p.Phases[i]
		v.Item("phases", i)
		v.Enum("phase", pc.Phase, true)
		if i == 0 {
			if pc.Phase.IsValid() && !pc.Phase.CanStart() {
				v.Addf("phase", collab.CodeNotAllowed, "a project cannot begin %s; it begins as idea, design, pilot or implementation", pc.Phase)
			}
		} else if prev := p.Phases[i-1].Phase; prev.IsValid() && pc.Phase.IsValid() && !prev.CanMoveTo(pc.Phase) {
			v.Addf("phase", collab.CodeNotAllowed, "a project cannot move from %s to %s", prev, pc.Phase)
		}
		if v.Required("since", pc.Since.IsZero()) {
			switch {
			case i == 0:
				if !p.Started.IsZero() && pc.Since != p.Started {
					v.Addf("since", collab.CodeDateOrder, "is %s, but the phase history must begin on the day the project started (%s)", pc.Since, p.Started)
				}
			case !pc.Since.After(p.Phases[i-1].Since):
				v.Addf("since", collab.CodeDateOrder, "%s is not after the previous phase change (%s)", pc.Since, p.Phases[i-1].Since)
			}
			if !p.Ended.IsZero() && pc.Since.After(p.Ended) {
				v.Addf("since", collab.CodeDateOrder, "%s is after the project ended (%s)", pc.Since, p.Ended)
			}
		}
		v.Leave()
	}
	if last := p.CurrentPhase(); !p.Ended.IsZero() && last.IsActive() {
		v.Addf("ended", collab.CodeNotAllowed, "is set (%s) while the project is still in phase %s; an ended project is embedded or stopped", p.Ended, last)
	}
}

func (p *Project) validateParticipants(v *check.Validator) {
	for i := range p.Participants[:v.Count("participants", len(p.Participants), collab.MaxMembers)] {
		pt := &p.Participants[i]
		v.Item("participants", i)
		v.Required("stakeholder", pt.Stakeholder == uuid.Nil)
		if j := check.Earlier(v, "participants", "stakeholder", p.Participants, i, participantKey); j >= 0 && pt.Stakeholder != uuid.Nil {
			v.Addf("stakeholder", collab.CodeDuplicate, "%s already takes part, at participants[%d]", pt.Stakeholder, j)
		}
		for k := range pt.Levels[:v.Count("levels", len(pt.Levels), collab.MaxLevels)] {
			li := &pt.Levels[k]
			v.Item("levels", k)
			v.Enum("level", li.Level, true)
			if j := check.EarlierIndex(pt.Levels, k, levelKey); j >= 0 && li.Level.IsValid() {
				v.Addf("level", collab.CodeDuplicate, "level %s is listed before, at levels[%d]", li.Level, j)
			}
			if v.Required("since", li.Since.IsZero()) {
				p.withinProject(v, "since", li.Since)
			}
			v.Leave()
		}
		validateProfessions(v, pt)
		v.Leave()
	}
}

// validateProfessions checks a participant's professions: known, each at
// most once, and only beside an involved professional level.
func validateProfessions(v *check.Validator, pt *Participant) {
	if len(pt.Professions) == 0 {
		return
	}
	if _, ok := pt.Involved(collab.LevelProfessional); !ok {
		v.Addf("professions", collab.CodeNotAllowed, "are listed while the professional level does not take part")
	}
	v.Count("professions", len(pt.Professions), int(collab.ProfessionParamedics)) // each profession at most once
	check.EnumSet(v, "professions", pt.Professions, "profession")
}

func participantKey(pt *Participant) uuid.UUID          { return pt.Stakeholder }
func levelKey(li *collab.LevelInvolvement) collab.Level { return li.Level }

// withinProject records a CodeDateOrder problem when d lies before the
// project started or after it ended.
func (p *Project) withinProject(v *check.Validator, field string, d collab.Date) {
	check.DateOrder(v, field, p.Started, d, "the project started")
	if !p.Ended.IsZero() && d.After(p.Ended) {
		v.Addf(field, collab.CodeDateOrder, "%s is after the project ended (%s)", d, p.Ended)
	}
}

func (p *Project) validateFunding(v *check.Validator) {
	for i := range p.Funding[:v.Count("funding", len(p.Funding), MaxFundingLines)] {
		f := &p.Funding[i]
		v.Item("funding", i)
		v.Enum("source", f.Source, true)
		if f.Amount <= 0 || f.Amount > collab.MaxMoney {
			v.Addf("amount", collab.CodeOutOfRange, "is %d cents, outside 1 to %d", int64(f.Amount), int64(collab.MaxMoney))
		}
		v.Enter("period")
		err := f.Period.Validate()
		v.AddError("", err)
		if err == nil && !p.Started.IsZero() {
			switch {
			case f.Period.From.Before(p.Started):
				v.Addf("from", collab.CodeDateOrder, "%s is before the project started (%s)", f.Period.From, p.Started)
			case !p.Ended.IsZero() && f.Period.From.After(p.Ended):
				v.Addf("from", collab.CodeDateOrder, "%s is after the project ended (%s)", f.Period.From, p.Ended)
			}
			switch {
			case p.Ended.IsZero():
			case f.Period.Until.IsZero():
				v.Addf("until", collab.CodeDateOrder, "is open while the project ended on %s; the period must lie inside the project", p.Ended)
			case f.Period.Until.After(p.Ended):
				v.Addf("until", collab.CodeDateOrder, "%s is after the project ended (%s)", f.Period.Until, p.Ended)
			}
		}
		v.Leave()
		v.Leave()
	}
}

func (p *Project) validateMilestones(v *check.Validator) {
	for i := range p.Milestones[:v.Count("milestones", len(p.Milestones), MaxMilestones)] {
		m := &p.Milestones[i]
		v.Item("milestones", i)
		if v.Required("date", m.Date.IsZero()) {
			p.withinProject(v, "date", m.Date)
		}
		v.Text("text", m.Text, true, collab.MaxNameLength)
		v.Leave()
	}
}

func (p *Project) validateOutcomes(v *check.Validator) {
	for i := range p.Outcomes[:v.Count("outcomes", len(p.Outcomes), MaxOutcomes)] {
		o := &p.Outcomes[i]
		v.Item("outcomes", i)
		v.Text("text", o.Text, true, collab.MaxTextLength)
		if !o.Measure.IsZero() {
			v.Enter("measure")
			v.Text("unit", o.Measure.Unit, true, collab.MaxNameLength)
			if math.IsNaN(o.Measure.Value) || math.IsInf(o.Measure.Value, 0) {
				v.Addf("value", collab.CodeOutOfRange, "is %g, not a finite number", o.Measure.Value)
			}
			v.Leave()
		}
		v.Leave()
	}
}

func (p *Project) validateReferences(v *check.Validator) {
	for i, id := range p.LeewayIssues[:v.Count("leewayIssues", len(p.LeewayIssues), collab.MaxLeewayIssues)] {
		if id != uuid.Nil && check.Earlier(v, "leewayIssues", "", p.LeewayIssues, i, uuidKey) < 0 {
			continue
		}
		v.Item("leewayIssues", i)
		if id == uuid.Nil {
			v.Addf("", collab.CodeRequired, "is empty")
		} else if j := check.Earlier(v, "leewayIssues", "", p.LeewayIssues, i, uuidKey); j >= 0 {
			v.Addf("", collab.CodeDuplicate, "%s is listed before, at leewayIssues[%d]", id, j)
		}
		v.Leave()
	}
	enumList(v, "mechanisms", p.Mechanisms, collab.MaxMechanisms, "mechanism")
}

func uuidKey(id *uuid.UUID) uuid.UUID { return *id }

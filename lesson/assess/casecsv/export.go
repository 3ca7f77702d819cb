package casecsv

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/project"
)

// Options say how Export and Template write the files. The zero Options
// write English headers, a comma between fields and no byte order mark.
type Options struct {
	// Dutch writes Dutch headers and ja/nee for yes and no.
	Dutch bool
	// Comma is the field separator; zero means ','. Dutch Excel wants ';'.
	Comma rune
	// BOM starts each file with a UTF-8 byte order mark, by which Excel
	// knows the file is UTF-8.
	BOM bool
}

// File is one CSV file of a case: its name (such as "stakeholders.csv")
// and its content.
type File struct {
	Name string
	Data []byte
}

// Template returns the blank tables: every file with its header row only,
// in the order Export writes them.
func Template(opt Options) []File {
	var out []File
	for _, t := range tables() {
		out = append(out, writeTable(t, nil, opt))
	}
	return out
}

// Export returns c as one CSV file per table, in a fixed order (see the
// package documentation): every table, even one without rows, so that a
// user sees where to add them. References to stakeholders, projects,
// leeway issues and self-assessment rounds are written by name (title,
// rule, date) where that name is unique in the case and, in a list cell,
// holds no '|'; otherwise by ID. IDs are always written, so that Import
// gives back the same case.
//
// Export does not validate c; it returns an error only when a region's
// profile or provenance cannot be written as JSON.
func Export(c *assess.Case, opt Options) ([]File, error) {
	e := newExporter(c, opt)
	col := &c.Collaboration
	rows := map[string][][]string{}
	add := func(t table, cells ...string) { rows[t.file] = append(rows[t.file], cells) }

	budget := col.TransitionBudget
	amount := ""
	if !budget.IsZero() {
		amount = money(budget.Amount)
	}
	add(tCollaboration, id(col.ID), col.Name, col.Region, date(col.Started), date(col.Ended),
		word(col.Strategy), word(col.Governance), date(col.GovernanceSince),
		e.bool(col.Ambition.BetterHealth), e.bool(col.Ambition.HigherQuality), e.bool(col.Ambition.LowerCost),
		col.Ambition.Statement, date(col.Vision.Adopted), col.Vision.Summary,
		amount, date(budget.Period.From), date(budget.Period.Until),
		date(col.Continuity.Adopted), col.Continuity.Summary, col.Notes,
		wordList(col.Scope), word(col.Purchasing), e.bool(budget.AmountUnknown))
	for _, s := range c.Stakeholders {
		add(tStakeholders, id(s.ID), s.Name, word(s.Role), s.AGB, s.KVK, strings.Join(s.Regions, listSep))
	}
	for _, m := range col.Members {
		add(tMembers, e.stakeholder(m.Stakeholder, false), date(m.Joined), date(m.Left), e.bool(m.RegionalTable), hours(m.CapacityHours), e.bool(m.Contracted))
		for _, l := range m.Levels {
			add(tMemberLevels, e.stakeholder(m.Stakeholder, false), word(l.Level), date(l.Since))
		}
	}
	for _, r := range col.RoleHolders {
		proj := ""
		if r.Project != uuid.Nil {
			proj = e.projectRef(r.Project)
		}
		add(tRoleHolders, word(r.Kind), e.stakeholder(r.Stakeholder, false), r.Person, date(r.From), date(r.Until), proj)
	}
	for _, s := range col.UrgencySignals {
		add(tUrgency, date(s.Date), strconv.Itoa(s.Urgency), word(s.ReportedBy), s.Note)
	}
	for _, l := range col.LeewayIssues {
		add(tLeeway, id(l.ID), l.Rule, l.Description, word(l.NationalActor), word(l.Status), date(l.Raised), date(l.LastProgress), date(l.Resolved))
	}
	for _, n := range col.Networks {
		members := make([]string, len(n.Members))
		for i, m := range n.Members {
			members[i] = e.stakeholder(m, true)
		}
		add(tNetworks, id(n.ID), n.Name, word(n.Kind), n.Description, strings.Join(members, listSep), date(n.Since), date(n.Until), count(n.People))
	}
	for _, ev := range col.Events {
		add(tEvents, date(ev.Date), ev.Title, count(ev.Participants), ev.Note)
	}
	for _, h := range col.HelpedBy {
		helper := ""
		if h.Stakeholder != uuid.Nil {
			helper = e.stakeholder(h.Stakeholder, false)
		}
		add(tHelp, h.Region, helper, date(h.From), date(h.Until), h.Note)
	}
	for i := range c.Projects {
		e.project(&c.Projects[i], add)
	}
	for _, r := range c.SelfAssessments {
		add(tRounds, id(r.ID), date(r.Date), r.Note)
		for _, rt := range r.Ratings {
			for _, s := range rt.Scores {
				add(tRatings, e.round(r.ID), e.stakeholder(rt.Stakeholder, false), word(rt.Level), word(s.Mechanism), strconv.Itoa(s.Score), s.Comment)
			}
		}
	}
	for _, r := range c.Regions {
		profile, err := jsonCell(r.Profile, r.Profile.Population == 0 && r.Profile.Share75Plus == 0 && r.Profile.AsOf.IsZero() &&
			r.Profile.CareSupply == "" && r.Profile.SocialEmbedding == "" && len(r.Profile.Traits) == 0)
		if err != nil {
			return nil, fmt.Errorf("region %q: profile: %w", r.Code, err)
		}
		provenance, err := jsonCell(r.Provenance, r.Provenance.IsZero())
		if err != nil {
			return nil, fmt.Errorf("region %q: provenance: %w", r.Code, err)
		}
		add(tRegions, r.Code, r.Name, word(r.Kind), strings.Join(r.Aliases, listSep), strings.Join(r.Parents, listSep),
			r.CBSCode, r.ISOCode, r.Zorgkantoor, profile, provenance, strings.Join(r.Members, listSep))
	}

	var out []File
	for _, t := range tables() {
		out = append(out, writeTable(t, rows[t.file], opt))
	}
	return out, nil
}

func (e *exporter) project(p *project.Project, add func(table, ...string)) {
	ref := e.projectRef(p.ID)
	themes := make([]string, len(p.Themes))
	for i, t := range p.Themes {
		themes[i] = word(t)
	}
	mechanisms := make([]string, len(p.Mechanisms))
	for i, m := range p.Mechanisms {
		mechanisms[i] = word(m)
	}
	issues := make([]string, len(p.LeewayIssues))
	for i, l := range p.LeewayIssues {
		issues[i] = e.leeway(l)
	}
	add(tProjects, id(p.ID), p.Title, p.Region, strings.Join(themes, listSep), word(p.Scale), date(p.Started), date(p.Ended),
		p.Description, count(p.KeyPeople), strings.Join(issues, listSep), strings.Join(mechanisms, listSep))
	for _, ph := range p.Phases {
		add(tPhases, ref, word(ph.Phase), date(ph.Since))
	}
	for _, pa := range p.Participants {
		who := e.stakeholder(pa.Stakeholder, false)
		professions := wordList(pa.Professions) // on the participant's first row only
		if len(pa.Levels) == 0 {
			add(tParticipants, ref, who, "", "", professions)
		}
		for _, l := range pa.Levels {
			add(tParticipants, ref, who, word(l.Level), date(l.Since), professions)
			professions = ""
		}
	}
	for _, m := range p.Milestones {
		add(tMilestones, ref, date(m.Date), m.Text, e.bool(m.Celebrated))
	}
	for _, f := range p.Funding {
		add(tFunding, ref, word(f.Source), money(f.Amount), date(f.Period.From), date(f.Period.Until))
	}
	for _, o := range p.Outcomes {
		value := ""
		if o.Measure != (project.Measure{}) {
			value = number(o.Measure.Value)
		}
		add(tOutcomes, ref, o.Text, o.Measure.Unit, value)
	}
	for _, l := range p.Lessons {
		add(tLessons, ref, l)
	}
}

// listSep separates the items of a list cell.
const listSep = "|"

// exporter knows which names are unique in the case, so that references
// can be written by name.
type exporter struct {
	opt          Options
	stakeholders map[uuid.UUID]string
	projects     map[uuid.UUID]string
	leewayNames  map[uuid.UUID]string
	rounds       map[uuid.UUID]string
}

func newExporter(c *assess.Case, opt Options) *exporter {
	e := &exporter{opt: opt}
	e.stakeholders = uniqueNames(c.Stakeholders, func(s *collab.Stakeholder) (uuid.UUID, string) { return s.ID, s.Name })
	e.projects = uniqueNames(c.Projects, func(p *project.Project) (uuid.UUID, string) { return p.ID, p.Title })
	e.leewayNames = uniqueNames(c.Collaboration.LeewayIssues, func(l *collab.LeewayIssue) (uuid.UUID, string) { return l.ID, l.Rule })
	e.rounds = uniqueNames(c.SelfAssessments, func(r *collab.SelfAssessment) (uuid.UUID, string) { return r.ID, r.Date.String() })
	return e
}

// uniqueNames maps the ID of each item to its name, for the names that
// only one item has, that are not empty and that cannot be read as a UUID.
func uniqueNames[T any](items []T, key func(*T) (uuid.UUID, string)) map[uuid.UUID]string {
	seen := map[string]int{}
	for i := range items {
		_, name := key(&items[i])
		seen[name]++
	}
	out := map[uuid.UUID]string{}
	for i := range items {
		id, name := key(&items[i])
		if _, err := uuid.Parse(name); seen[name] == 1 && name != "" && err != nil && strings.TrimSpace(name) == name {
			out[id] = name
		}
	}
	return out
}

func (e *exporter) stakeholder(x uuid.UUID, inList bool) string {
	return ref(e.stakeholders, x, inList)
}
func (e *exporter) projectRef(x uuid.UUID) string { return ref(e.projects, x, false) }
func (e *exporter) leeway(x uuid.UUID) string     { return ref(e.leewayNames, x, true) }
func (e *exporter) round(x uuid.UUID) string      { return ref(e.rounds, x, false) }

func ref(names map[uuid.UUID]string, x uuid.UUID, inList bool) string {
	if n, ok := names[x]; ok && (!inList || !strings.Contains(n, listSep)) {
		return n
	}
	return id(x)
}

func (e *exporter) bool(b bool) string {
	switch {
	case b && e.opt.Dutch:
		return "ja"
	case b:
		return "yes"
	case e.opt.Dutch:
		return "nee"
	}
	return "no"
}

func id(x uuid.UUID) string {
	if x == uuid.Nil {
		return ""
	}
	return x.String()
}

func date(d collab.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// word writes an enum by its wire word, and its zero value as "".
// wordList writes a list of enum values as a list cell of their words.
func wordList[T interface{ String() string }](xs []T) string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.String()
	}
	return strings.Join(out, listSep)
}

// hours writes a member's capacity hours: empty when they are not
// recorded, which is not the same as 0.
func hours(h *float64) string {
	if h == nil {
		return ""
	}
	return strconv.FormatFloat(*h, 'g', -1, 64) // 0 is written: it is recorded
}

func word[T interface {
	IsZero() bool
	String() string
}](x T) string {
	if x.IsZero() {
		return ""
	}
	return x.String()
}

func count(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func number(f float64) string {
	if f == 0 {
		return ""
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// money writes cents as euros with two decimals and a point: "1234.50".
func money(m collab.Money) string {
	n := int64(m)
	sign := ""
	if n < 0 {
		sign, n = "-", -n
	}
	return fmt.Sprintf("%s%d.%02d", sign, n/100, n%100)
}

func jsonCell(v any, zero bool) (string, error) {
	if zero {
		return "", nil
	}
	b, err := json.Marshal(v)
	return string(b), err
}

func writeTable(t table, rows [][]string, opt Options) File {
	var b bytes.Buffer
	if opt.BOM {
		b.WriteString("\uFEFF")
	}
	w := csv.NewWriter(&b)
	if opt.Comma != 0 {
		w.Comma = opt.Comma
	}
	header := make([]string, len(t.cols))
	for i, c := range t.cols {
		header[i] = c.en
		if opt.Dutch {
			header[i] = c.nl
		}
	}
	_ = w.Write(header) // writing to a bytes.Buffer does not fail
	_ = w.WriteAll(rows)
	return File{Name: t.file, Data: b.Bytes()}
}

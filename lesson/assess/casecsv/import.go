package casecsv

import (
	"bytes"
	"encoding"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/fold"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/region"
)

// MaxFileBytes is the largest CSV file Import reads: 8 MiB, as
// collab.MaxDocumentBytes for a case file.
const MaxFileBytes = collab.MaxDocumentBytes

// idSpace is the name space of the IDs that Import makes from names.
var idSpace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/regiokompas/regiokompas/lesson/assess/casecsv"))

// Import reads the CSV files of a case from fsys (os.DirFS(dir), say) and
// returns the case. Only collaboration.csv and stakeholders.csv must be
// there; a missing table has no rows. Each file may use ',' or ';' between
// fields (the header row tells which), may start with a UTF-8 byte order
// mark, and may name its columns in English or Dutch, in any order and
// case, with or without spaces; a column left out is empty.
//
// Where an ID cell is empty, Import makes the ID from names (a UUID
// version 5 of the collaboration's name and the row's name, title, rule or
// date), so that importing the same files twice gives the same case. A
// reference to a stakeholder, project, leeway issue or round is its ID or
// its name (title, rule, date); a name is matched exactly, and else by its
// letters and digits alone ("Zorggroep Noorderbreedte" and "zorggroep
// noorderbreedte" are the same).
//
// Import returns the case, or nil and:
//   - Errors when a file cannot be read or a cell cannot be: an unknown
//     column, a bad date, number or word, a name that refers to nothing;
//     each names its file, row and column;
//   - collab.Problems when every cell is read but the case is not valid,
//     with the paths of the case's JSON form (see assess.Case.Validate).
func Import(fsys fs.FS) (*assess.Case, error) {
	im := &importer{fsys: fsys}
	c := im.read()
	if len(im.errs) > 0 {
		return nil, im.errs
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

type importer struct {
	fsys fs.FS
	errs Errors
	c    assess.Case
	ns   uuid.UUID // the name space of the IDs made from names
}

// sheet is one table as read: per column of the table, its index in the
// file's records (-1: absent), and the rows.
type sheet struct {
	t    table
	at   []int
	rows []row
}

type row struct {
	s     *sheet
	line  int
	cells []string
}

func (im *importer) fail(file string, line, col int, header, format string, args ...any) {
	im.errs = append(im.errs, CellError{File: file, Row: line, Column: col, Header: header, Message: fmt.Sprintf(format, args...)})
}

// open reads table t; a missing file gives an empty sheet, or a problem
// when required.
func (im *importer) open(t table, required bool) *sheet {
	s := &sheet{t: t, at: make([]int, len(t.cols))}
	for i := range s.at {
		s.at[i] = -1
	}
	f, err := im.fsys.Open(t.file)
	if err != nil {
		if required || !errors.Is(err, fs.ErrNotExist) {
			im.fail(t.file, 0, 0, "", "cannot be read: %v", errors.Unwrap(err))
		}
		return s
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	switch {
	case err != nil:
		im.fail(t.file, 0, 0, "", "cannot be read: %v", err)
		return s
	case int64(len(data)) > MaxFileBytes:
		im.fail(t.file, 0, 0, "", "is larger than the limit of %d bytes", MaxFileBytes)
		return s
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = separator(data)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err == io.EOF {
		return s
	}
	if err != nil {
		im.csvError(t.file, err)
		return s
	}
	for j, h := range header {
		k := fold.Key(h)
		found := false
		for i, c := range t.cols {
			if k != "" && (k == fold.Key(c.en) || k == fold.Key(c.nl)) {
				s.at[i], found = j, true
			}
		}
		if !found && k != "" {
			im.fail(t.file, 1, j+1, h, "is not a column of %s; its columns are %s", t.file, columnList(t))
		}
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			im.csvError(t.file, err)
			break
		}
		line, _ := r.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // an empty line
		}
		s.rows = append(s.rows, row{s: s, line: line, cells: rec})
	}
	return s
}

func (im *importer) csvError(file string, err error) {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		im.fail(file, pe.Line, pe.Column, "", "is not valid CSV: %v", pe.Err)
		return
	}
	im.fail(file, 0, 0, "", "is not valid CSV: %v", err)
}

func columnList(t table) string {
	names := make([]string, len(t.cols))
	for i, c := range t.cols {
		names[i] = c.en + " (" + c.nl + ")"
	}
	return strings.Join(names, ", ")
}

// separator tells from the header line whether the file uses ';' or ','.
func separator(data []byte) rune {
	line, _, _ := bytes.Cut(data, []byte("\n"))
	if bytes.Count(line, []byte(";")) > bytes.Count(line, []byte(",")) {
		return ';'
	}
	return ','
}

// get returns the trimmed cell of column i, or "".
func (r row) get(i int) string {
	j := r.s.at[i]
	if j < 0 || j >= len(r.cells) {
		return ""
	}
	return strings.TrimSpace(r.cells[j])
}

// fail reports a problem in the cell of column i.
func (im *importer) cellFail(r row, i int, format string, args ...any) {
	col := r.s.at[i] + 1
	h := r.s.t.cols[i].en
	im.fail(r.s.t.file, r.line, col, h, format, args...)
}

func (im *importer) text(r row, i int, dst encoding.TextUnmarshaler) {
	v := r.get(i)
	if v == "" {
		return
	}
	if err := dst.UnmarshalText([]byte(v)); err != nil {
		im.cellFail(r, i, "%v", err)
	}
}

func (im *importer) date(r row, i int) collab.Date {
	var d collab.Date
	im.text(r, i, &d)
	return d
}

func (im *importer) int(r row, i int) int {
	v := r.get(i)
	if v == "" {
		return 0
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		im.cellFail(r, i, "%q is not a whole number", v)
	}
	return n
}

func (im *importer) float(r row, i int) float64 {
	v := r.get(i)
	if v == "" {
		return 0
	}
	f, err := strconv.ParseFloat(strings.Replace(v, ",", ".", 1), 64)
	if err != nil {
		im.cellFail(r, i, "%q is not a number", v)
	}
	return f
}

// money reads euros with at most two decimals after a point or a comma
// ("1234.50", "1234,5", "1234") as cents.
func (im *importer) money(r row, i int) collab.Money {
	v := r.get(i)
	if v == "" {
		return 0
	}
	s, neg := strings.CutPrefix(v, "-")
	whole, frac, hasFrac := strings.Cut(strings.Replace(s, ",", ".", 1), ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	ok := err == nil && whole != "" && len(frac) <= 2 && (!hasFrac || frac != "") && w <= int64(collab.MaxMoney)/100
	var f int64
	if ok && frac != "" {
		f, err = strconv.ParseInt(frac, 10, 64)
		ok = err == nil && frac[0] != '-' && frac[0] != '+'
		if len(frac) == 1 {
			f *= 10
		}
	}
	if !ok {
		im.cellFail(r, i, "%q is not an amount in euros such as 1234.50 or 1234,50", v)
		return 0
	}
	m := collab.Money(w*100 + f)
	if neg {
		m = -m
	}
	return m
}

func (im *importer) bool(r row, i int) bool {
	v := strings.ToLower(r.get(i))
	switch v {
	case "", "no", "nee", "false", "onwaar", "0", "n":
		return false
	case "yes", "ja", "true", "waar", "1", "x", "y", "j":
		return true
	}
	im.cellFail(r, i, "%q is not yes or no (ja or nee)", r.get(i))
	return false
}

func (im *importer) list(r row, i int) []string {
	v := r.get(i)
	if v == "" {
		return nil
	}
	parts := strings.Split(v, listSep)
	for k := range parts {
		parts[k] = strings.TrimSpace(parts[k])
	}
	return parts
}

// words reads a list cell of enum words.
func words[T any, P interface {
	*T
	encoding.TextUnmarshaler
}](im *importer, r row, i int) []T {
	var out []T
	for _, w := range im.list(r, i) {
		var x T
		if err := P(&x).UnmarshalText([]byte(w)); err != nil {
			im.cellFail(r, i, "%v", err)
			continue
		}
		out = append(out, x)
	}
	return out
}

// idOf reads the ID cell of column i, or makes one from kind and name.
func (im *importer) idOf(r row, i int, kind, name string) uuid.UUID {
	v := r.get(i)
	if v == "" {
		return uuid.NewSHA1(im.ns, []byte(kind+"/"+name))
	}
	x, err := uuid.Parse(v)
	if err != nil {
		im.cellFail(r, i, "%q is not a UUID", v)
	}
	return x
}

// names resolves references to the items of one kind by ID or name.
type names struct {
	what   string // "stakeholder", for messages
	file   string // where they are listed
	ids    map[uuid.UUID]bool
	exact  map[string][]uuid.UUID
	folded map[string][]uuid.UUID
}

func newNames(what, file string) *names {
	return &names{what: what, file: file, ids: map[uuid.UUID]bool{}, exact: map[string][]uuid.UUID{}, folded: map[string][]uuid.UUID{}}
}

func (n *names) add(id uuid.UUID, name string) {
	n.ids[id] = true
	n.exact[name] = append(n.exact[name], id)
	if k := fold.Key(name); k != "" {
		n.folded[k] = append(n.folded[k], id)
	}
}

func (im *importer) resolve(n *names, r row, i int, v string) uuid.UUID {
	if x, err := uuid.Parse(v); err == nil && n.ids[x] {
		return x
	}
	ids := n.exact[v]
	if len(ids) == 0 {
		ids = n.folded[fold.Key(v)]
	}
	switch len(ids) {
	case 1:
		return ids[0]
	case 0:
		im.cellFail(r, i, "no %s %q in %s", n.what, v, n.file)
	default:
		im.cellFail(r, i, "%d of the %ss in %s are called %q; refer to one by its ID", len(ids), n.what, n.file, v)
	}
	return uuid.Nil
}

func (im *importer) ref(n *names, r row, i int) uuid.UUID {
	v := r.get(i)
	if v == "" {
		im.cellFail(r, i, "is empty; name a %s of %s", n.what, n.file)
		return uuid.Nil
	}
	return im.resolve(n, r, i, v)
}

func (im *importer) read() *assess.Case {
	c := &im.c
	col := &c.Collaboration
	sheets := map[string]*sheet{}
	for _, t := range tables() {
		sheets[t.file] = im.open(t, t.file == tCollaboration.file || t.file == tStakeholders.file)
	}

	cs := sheets[tCollaboration.file]
	switch len(cs.rows) {
	case 1:
	case 0:
		if len(im.errs) == 0 {
			im.fail(cs.t.file, 0, 0, "", "has no row; it must hold the collaboration in one row under its header")
		}
		return c
	default:
		im.fail(cs.t.file, cs.rows[1].line, 0, "", "is a second row; the file holds one collaboration")
	}
	if len(cs.rows) > 0 {
		im.collaboration(cs.rows[0])
	}

	stakeholders := newNames("stakeholder", tStakeholders.file)
	for _, r := range sheets[tStakeholders.file].rows {
		s := collab.Stakeholder{Name: r.get(1), AGB: r.get(3), KVK: r.get(4), Regions: im.list(r, 5)}
		s.ID = im.idOf(r, 0, "stakeholder", s.Name)
		im.text(r, 2, &s.Role)
		c.Stakeholders = append(c.Stakeholders, s)
		stakeholders.add(s.ID, s.Name)
	}
	col.Members = []collab.Member{}
	for _, r := range sheets[tMembers.file].rows {
		m := collab.Member{Stakeholder: im.ref(stakeholders, r, 0), Joined: im.date(r, 1), Left: im.date(r, 2),
			RegionalTable: im.bool(r, 3), Contracted: im.bool(r, 5)}
		if r.get(4) != "" {
			h := im.float(r, 4)
			m.CapacityHours = &h
		}
		col.Members = append(col.Members, m)
	}
	for _, r := range sheets[tMemberLevels.file].rows {
		who := im.ref(stakeholders, r, 0)
		l := collab.LevelInvolvement{Since: im.date(r, 2)}
		im.text(r, 1, &l.Level)
		if m := col.Member(who); m != nil {
			m.Levels = append(m.Levels, l)
		} else if who != uuid.Nil {
			im.cellFail(r, 0, "%q is not in %s", r.get(0), tMembers.file)
		}
	}
	for _, r := range sheets[tRoleHolders.file].rows {
		h := collab.RoleHolder{Stakeholder: im.ref(stakeholders, r, 1), Person: r.get(2), From: im.date(r, 3), Until: im.date(r, 4)}
		im.text(r, 0, &h.Kind)
		col.RoleHolders = append(col.RoleHolders, h)
	}
	// A role holder's project is resolved once the projects are read.
	roleRows := sheets[tRoleHolders.file].rows
	for _, r := range sheets[tUrgency.file].rows {
		s := collab.UrgencySignal{Date: im.date(r, 0), Urgency: im.int(r, 1), Note: r.get(3)}
		im.text(r, 2, &s.ReportedBy)
		col.UrgencySignals = append(col.UrgencySignals, s)
	}
	leeway := newNames("leeway issue", tLeeway.file)
	for _, r := range sheets[tLeeway.file].rows {
		l := collab.LeewayIssue{Rule: r.get(1), Description: r.get(2), Raised: im.date(r, 5), LastProgress: im.date(r, 6), Resolved: im.date(r, 7)}
		l.ID = im.idOf(r, 0, "leeway-issue", l.Rule)
		im.text(r, 3, &l.NationalActor)
		im.text(r, 4, &l.Status)
		col.LeewayIssues = append(col.LeewayIssues, l)
		leeway.add(l.ID, l.Rule)
	}
	for _, r := range sheets[tNetworks.file].rows {
		n := collab.Network{Name: r.get(1), Description: r.get(3), Members: []uuid.UUID{}, Since: im.date(r, 5), Until: im.date(r, 6), People: im.int(r, 7)}
		n.ID = im.idOf(r, 0, "network", n.Name)
		im.text(r, 2, &n.Kind)
		for _, m := range im.list(r, 4) {
			n.Members = append(n.Members, im.resolve(stakeholders, r, 4, m))
		}
		col.Networks = append(col.Networks, n)
	}
	for _, r := range sheets[tEvents.file].rows {
		col.Events = append(col.Events, collab.Event{Date: im.date(r, 0), Title: r.get(1), Participants: im.int(r, 2), Note: r.get(3)})
	}
	for _, r := range sheets[tHelp.file].rows {
		h := collab.Help{Region: r.get(0), From: im.date(r, 2), Until: im.date(r, 3), Note: r.get(4)}
		if v := r.get(1); v != "" {
			h.Stakeholder = im.resolve(stakeholders, r, 1, v)
		}
		col.HelpedBy = append(col.HelpedBy, h)
	}
	projects := im.projects(sheets, stakeholders, leeway)
	for i, r := range roleRows {
		if r.get(5) != "" {
			col.RoleHolders[i].Project = im.ref(projects, r, 5)
		}
	}
	im.rounds(sheets, stakeholders)
	im.regions(sheets[tRegions.file])
	return c
}

func (im *importer) collaboration(r row) {
	col := &im.c.Collaboration
	col.Name = r.get(1)
	im.ns = uuid.NewSHA1(idSpace, []byte(col.Name))
	col.ID = im.idOf(r, 0, "collaboration", col.Name)
	if col.ID != uuid.Nil && r.get(0) != "" {
		im.ns = col.ID // IDs made from names stay the same when the name changes
	}
	col.Region = r.get(2)
	col.Started, col.Ended = im.date(r, 3), im.date(r, 4)
	im.text(r, 5, &col.Strategy)
	im.text(r, 6, &col.Governance)
	col.GovernanceSince = im.date(r, 7)
	col.Ambition = collab.Ambition{BetterHealth: im.bool(r, 8), HigherQuality: im.bool(r, 9), LowerCost: im.bool(r, 10), Statement: r.get(11)}
	col.Vision = collab.Vision{Adopted: im.date(r, 12), Summary: r.get(13)}
	if r.get(14) != "" || r.get(15) != "" || r.get(16) != "" {
		col.TransitionBudget = collab.TransitionBudget{Amount: im.money(r, 14), Period: collab.Period{From: im.date(r, 15), Until: im.date(r, 16)}}
	}
	col.Continuity = collab.ContinuityPlan{Adopted: im.date(r, 17), Summary: r.get(18)}
	col.Notes = r.get(19)
	col.Scope = words[collab.CareScope](im, r, 20)
	im.text(r, 21, &col.Purchasing)
	if im.bool(r, 22) {
		col.TransitionBudget.AmountUnknown = true
	}
}

// projects reads the projects and their tables, and returns the names by
// which other tables may refer to a project.
func (im *importer) projects(sheets map[string]*sheet, stakeholders, leeway *names) *names {
	c := &im.c
	projects := newNames("project", tProjects.file)
	for _, r := range sheets[tProjects.file].rows {
		p := project.Project{Title: r.get(1), Collaboration: c.Collaboration.ID, Region: r.get(2),
			Themes: words[project.Theme](im, r, 3), Started: im.date(r, 5), Ended: im.date(r, 6),
			Description: r.get(7), KeyPeople: im.int(r, 8), Mechanisms: words[collab.Mechanism](im, r, 10),
			Phases: []project.PhaseChange{}}
		if p.Themes == nil {
			p.Themes = []project.Theme{}
		}
		p.ID = im.idOf(r, 0, "project", p.Title)
		im.text(r, 4, &p.Scale)
		for _, l := range im.list(r, 9) {
			p.LeewayIssues = append(p.LeewayIssues, im.resolve(leeway, r, 9, l))
		}
		c.Projects = append(c.Projects, p)
		projects.add(p.ID, p.Title)
	}
	index := make(map[uuid.UUID]int, len(c.Projects))
	for i := range c.Projects {
		if _, dup := index[c.Projects[i].ID]; !dup {
			index[c.Projects[i].ID] = i
		}
	}
	find := func(r row) *project.Project {
		if i, ok := index[im.ref(projects, r, 0)]; ok {
			return &c.Projects[i]
		}
		return nil
	}
	for _, r := range sheets[tPhases.file].rows {
		ph := project.PhaseChange{Since: im.date(r, 2)}
		im.text(r, 1, &ph.Phase)
		if p := find(r); p != nil {
			p.Phases = append(p.Phases, ph)
		}
	}
	for _, r := range sheets[tParticipants.file].rows {
		p := find(r)
		who := im.ref(stakeholders, r, 1)
		if p == nil {
			continue
		}
		at := -1
		for i := range p.Participants {
			if p.Participants[i].Stakeholder == who {
				at = i
			}
		}
		if at < 0 {
			p.Participants = append(p.Participants, project.Participant{Stakeholder: who})
			at = len(p.Participants) - 1
		}
		if r.get(2) != "" || r.get(3) != "" {
			l := collab.LevelInvolvement{Since: im.date(r, 3)}
			im.text(r, 2, &l.Level)
			p.Participants[at].Levels = append(p.Participants[at].Levels, l)
		}
		p.Participants[at].Professions = append(p.Participants[at].Professions, words[collab.Profession](im, r, 4)...)
	}
	for _, r := range sheets[tMilestones.file].rows {
		m := project.Milestone{Date: im.date(r, 1), Text: r.get(2), Celebrated: im.bool(r, 3)}
		if p := find(r); p != nil {
			p.Milestones = append(p.Milestones, m)
		}
	}
	for _, r := range sheets[tFunding.file].rows {
		f := project.FundingLine{Amount: im.money(r, 2), Period: collab.Period{From: im.date(r, 3), Until: im.date(r, 4)}}
		im.text(r, 1, &f.Source)
		if p := find(r); p != nil {
			p.Funding = append(p.Funding, f)
		}
	}
	for _, r := range sheets[tOutcomes.file].rows {
		o := project.Outcome{Text: r.get(1)}
		if r.get(2) != "" || r.get(3) != "" {
			o.Measure = project.Measure{Unit: r.get(2), Value: im.float(r, 3)}
		}
		if p := find(r); p != nil {
			p.Outcomes = append(p.Outcomes, o)
		}
	}
	for _, r := range sheets[tLessons.file].rows {
		if p := find(r); p != nil {
			p.Lessons = append(p.Lessons, r.get(1))
		}
	}
	return projects
}

func (im *importer) rounds(sheets map[string]*sheet, stakeholders *names) {
	c := &im.c
	rounds := newNames("self-assessment round", tRounds.file)
	for _, r := range sheets[tRounds.file].rows {
		sa := collab.SelfAssessment{Date: im.date(r, 1), Note: r.get(2), Ratings: []collab.Rating{}}
		sa.ID = im.idOf(r, 0, "self-assessment", r.get(1))
		c.SelfAssessments = append(c.SelfAssessments, sa)
		rounds.add(sa.ID, sa.Date.String())
	}
	for _, r := range sheets[tRatings.file].rows {
		x := im.ref(rounds, r, 0)
		who := im.ref(stakeholders, r, 1)
		var level collab.Level
		im.text(r, 2, &level)
		s := collab.MechanismScore{Score: im.int(r, 4), Comment: r.get(5)}
		im.text(r, 3, &s.Mechanism)
		for i := range c.SelfAssessments {
			sa := &c.SelfAssessments[i]
			if sa.ID != x {
				continue
			}
			at := -1
			for j := range sa.Ratings {
				if sa.Ratings[j].Stakeholder == who && sa.Ratings[j].Level == level {
					at = j
				}
			}
			if at < 0 {
				sa.Ratings = append(sa.Ratings, collab.Rating{Stakeholder: who, Level: level, Scores: []collab.MechanismScore{}})
				at = len(sa.Ratings) - 1
			}
			sa.Ratings[at].Scores = append(sa.Ratings[at].Scores, s)
		}
	}
}

func (im *importer) regions(s *sheet) {
	for _, r := range s.rows {
		g := region.Region{Code: r.get(0), Name: r.get(1), Aliases: im.list(r, 3), Parents: im.list(r, 4),
			CBSCode: r.get(5), ISOCode: r.get(6), Zorgkantoor: r.get(7), Members: im.list(r, 10)}
		im.text(r, 2, &g.Kind)
		im.jsonCell(r, 8, &g.Profile)
		im.jsonCell(r, 9, &g.Provenance)
		im.c.Regions = append(im.c.Regions, g)
	}
}

func (im *importer) jsonCell(r row, i int, dst any) {
	v := r.get(i)
	if v == "" {
		return
	}
	dec := json.NewDecoder(strings.NewReader(v))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		im.cellFail(r, i, "is not the JSON form wanted: %v", err)
	}
}

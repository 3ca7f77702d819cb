package assess

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// SubjectKind says what kind of thing in the case a finding or a piece of
// evidence is about. The zero value is not valid.
type SubjectKind uint8

// The kinds of subject.
const (
	SubjectUnknown        SubjectKind = iota
	SubjectCollaboration              // collaboration: the collaboration as a whole
	SubjectStakeholder                // stakeholder: a member, role holder or rater
	SubjectProject                    // project: a project of the case
	SubjectNetwork                    // network: a network of the collaboration
	SubjectLeewayIssue                // leeway-issue: a regulatory leeway issue
	SubjectSelfAssessment             // self-assessment: a self-assessment round
)

var subjectKinds = check.NewEnum[SubjectKind]("subject kind",
	check.EnumValue{Word: "collaboration", Label: collab.Text{EN: "Collaboration", NL: "Samenwerking"}},
	check.EnumValue{Word: "stakeholder", Label: collab.Text{EN: "Stakeholder", NL: "Partij"}},
	check.EnumValue{Word: "project", Label: collab.Text{EN: "Project", NL: "Project"}},
	check.EnumValue{Word: "network", Label: collab.Text{EN: "Network", NL: "Netwerk"}},
	check.EnumValue{Word: "leeway-issue", Label: collab.Text{EN: "Leeway issue", NL: "Regelruimte-knelpunt"}},
	check.EnumValue{Word: "self-assessment", Label: collab.Text{EN: "Self-assessment", NL: "Zelfevaluatie"}},
)

// SubjectKinds returns every subject kind in declaration order, as a new
// slice.
func SubjectKinds() []SubjectKind { return subjectKinds.All() }

// ParseSubjectKind parses a subject kind's wire word; an empty or unknown
// word gives a *collab.UnknownValueError naming it.
func ParseSubjectKind(s string) (SubjectKind, error) { return subjectKinds.Parse(s) }

// String returns the wire word; it never panics.
func (x SubjectKind) String() string { return subjectKinds.String(x) }

// IsValid reports whether x is a known subject kind.
func (x SubjectKind) IsValid() bool { return subjectKinds.Valid(x) }

// IsZero reports whether x is unset.
func (x SubjectKind) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x SubjectKind) Label(lang collab.Language) string { return subjectKinds.Label(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x SubjectKind) MarshalText() ([]byte, error) { return subjectKinds.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (x *SubjectKind) UnmarshalText(b []byte) error { return subjectKinds.Unmarshal(b, x) }

// Subject is a stable identity of something in the case: its kind and its
// ID (the stakeholder, project, network, leeway issue or self-assessment
// round, or the collaboration itself). Unlike a JSON path it does not
// change when a list is reordered, so comparisons over time match findings
// by their subjects. The zero Subject is about nothing; evidence about the
// case as a whole (such as an empty list) has the collaboration as its
// subject.
type Subject struct {
	Kind SubjectKind `json:"kind"`
	ID   uuid.UUID   `json:"id"`
}

// IsZero reports whether s is unset.
func (s Subject) IsZero() bool { return s.Kind == 0 && s.ID == uuid.Nil }

// compareSubjects orders subjects by kind, then ID.
func compareSubjects(a, b Subject) int {
	return cmp.Or(cmp.Compare(a.Kind, b.Kind), strings.Compare(a.ID.String(), b.ID.String()))
}

// sortedSubjects returns the distinct subjects of ss, sorted, as a new
// slice.
func sortedSubjects(ss []Subject) []Subject {
	out := slices.Clone(ss)
	slices.SortFunc(out, compareSubjects)
	return slices.Compact(out)
}

// subjectAt returns the subject that a JSON path into the case points
// into: the member's or role holder's stakeholder, the project, network,
// leeway issue, stakeholder or self-assessment round at the path's first
// list index, or the collaboration for anything else.
func (f *facts) subjectAt(path string) Subject {
	lists := [...]struct {
		prefix string
		kind   SubjectKind
		n      int
		id     func(i int) uuid.UUID
	}{
		{"collaboration.members[", SubjectStakeholder, len(f.col.Members), func(i int) uuid.UUID { return f.col.Members[i].Stakeholder }},
		{"collaboration.roleHolders[", SubjectStakeholder, len(f.col.RoleHolders), func(i int) uuid.UUID { return f.col.RoleHolders[i].Stakeholder }},
		{"collaboration.networks[", SubjectNetwork, len(f.col.Networks), func(i int) uuid.UUID { return f.col.Networks[i].ID }},
		{"collaboration.leewayIssues[", SubjectLeewayIssue, len(f.col.LeewayIssues), func(i int) uuid.UUID { return f.col.LeewayIssues[i].ID }},
		{"projects[", SubjectProject, len(f.c.Projects), func(i int) uuid.UUID { return f.c.Projects[i].ID }},
		{"stakeholders[", SubjectStakeholder, len(f.c.Stakeholders), func(i int) uuid.UUID { return f.c.Stakeholders[i].ID }},
		{"selfAssessments[", SubjectSelfAssessment, len(f.c.SelfAssessments), func(i int) uuid.UUID { return f.c.SelfAssessments[i].ID }},
	}
	for _, l := range lists {
		if i, ok := listIndex(path, l.prefix); ok && i < l.n {
			return Subject{Kind: l.kind, ID: l.id(i)}
		}
	}
	return f.collaboration()
}

// collaboration is the subject of the collaboration as a whole.
func (f *facts) collaboration() Subject {
	return Subject{Kind: SubjectCollaboration, ID: f.col.ID}
}

// listIndex returns the index that follows prefix in path ("projects[3]"
// gives 3 for the prefix "projects["); ok is false when path does not
// start with prefix and an index.
func listIndex(path, prefix string) (int, bool) {
	rest, ok := strings.CutPrefix(path, prefix)
	if !ok {
		return 0, false
	}
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return 0, false
	}
	i, err := strconv.Atoi(rest[:end])
	return i, err == nil && i >= 0
}

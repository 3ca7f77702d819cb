package questionnaire

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson"
)

// Version names the edition of the built-in questionnaire. It changes when
// a statement is added, removed or changes its meaning, so that answers
// can be read against the statements they were given to.
const Version = "2026-12"

// The scale of a statement: from MinScore (not at all) to MaxScore
// (fully), the same range as a collab.MechanismScore.
const (
	MinScore = collab.MinRatingScore
	MaxScore = collab.MaxRatingScore
)

// MaxStatements is the most statements a mechanism has: enough to make a
// mechanism concrete, few enough to fill in on a phone.
const MaxStatements = 3

// Statement is one situation a rater recognises to a degree, scored from
// MinScore to MaxScore. Key is stable and unique in the questionnaire,
// such as "urgency.agenda"; Source is the key of the lesson.Source the
// statement is drawn from.
type Statement struct {
	Key    string      `json:"key"`
	Text   collab.Text `json:"text"`
	Source string      `json:"source"`
}

// Cite returns the source of the statement, cited by title and date, and
// true, or the zero lesson.Source and false when Source names none.
func (s Statement) Cite() (lesson.Source, bool) { return lesson.LookupSource(s.Source) }

// Section is the part of the questionnaire about one mechanism: a short
// explanation for the rater and its statements, in order.
type Section struct {
	Mechanism   collab.Mechanism `json:"mechanism"`
	Explanation collab.Text      `json:"explanation"`
	Statements  []Statement      `json:"statements"`
}

// Questionnaire is a questionnaire: one section per mechanism, in
// mechanism order. The zero Questionnaire has no sections; [Default] is the
// built-in one. It is immutable and safe for concurrent use: every method
// hands out copies.
type Questionnaire struct {
	sections []Section
}

// Default returns the built-in questionnaire.
func Default() Questionnaire { return Questionnaire{sections: builtin[:]} }

// Sections returns the sections in mechanism order, as a new slice whose
// statements are new slices too.
func (q Questionnaire) Sections() []Section {
	out := make([]Section, len(q.sections))
	for i, s := range q.sections {
		out[i] = s.clone()
	}
	return out
}

// Lookup returns the section of mechanism m and true, or the zero Section
// and false when the questionnaire has none for m.
func (q Questionnaire) Lookup(m collab.Mechanism) (Section, bool) {
	for _, s := range q.sections {
		if s.Mechanism == m {
			return s.clone(), true
		}
	}
	return Section{}, false
}

// LookupStatement returns the statement with the given key, the mechanism
// it belongs to and true, or zero values and false when no statement has
// that key.
func (q Questionnaire) LookupStatement(key string) (Statement, collab.Mechanism, bool) {
	for _, s := range q.sections {
		for _, st := range s.Statements {
			if st.Key == key {
				return st, s.Mechanism, true
			}
		}
	}
	return Statement{}, collab.MechanismUnknown, false
}

// Keys returns the keys of every statement in questionnaire order, as a
// new slice: what a form asks, or a test fills in.
func (q Questionnaire) Keys() []string {
	keys := make([]string, 0, q.Len())
	for _, s := range q.sections {
		for _, st := range s.Statements {
			keys = append(keys, st.Key)
		}
	}
	return keys
}

// Len returns the number of statements in the questionnaire.
func (q Questionnaire) Len() int {
	n := 0
	for _, s := range q.sections {
		n += len(s.Statements)
	}
	return n
}

func (s Section) clone() Section {
	s.Statements = append([]Statement(nil), s.Statements...)
	return s
}

// ScaleLabel returns the words for score on the scale in lang, such as
// "Largely" or "Grotendeels" for 4, or "" outside MinScore to MaxScore.
func ScaleLabel(score int, lang collab.Language) string {
	if score < MinScore || score > MaxScore {
		return ""
	}
	return scale[score-MinScore].In(lang)
}

var scale = [MaxScore - MinScore + 1]collab.Text{
	{EN: "Not at all", NL: "Helemaal niet"},
	{EN: "Hardly", NL: "Nauwelijks"},
	{EN: "Partly", NL: "Gedeeltelijk"},
	{EN: "Largely", NL: "Grotendeels"},
	{EN: "Fully", NL: "Helemaal"},
}

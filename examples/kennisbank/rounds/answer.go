package rounds

import (
	"time"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/regiokompas/regiokompas/lesson/questionnaire"
)

// MaxCommentLength is the most characters of one person's comment on one
// mechanism; the comments of the persons of one organisation and level
// are joined into the rating's comment, which holds at most
// collab.MaxTextLength.
const MaxCommentLength = 1000

// StatementScore is a person's score of one statement of the
// questionnaire, from questionnaire.MinScore to MaxScore.
type StatementScore struct {
	Statement string `json:"statement"`
	Score     int    `json:"score"`
}

// Comment is a person's comment on one mechanism.
type Comment struct {
	Mechanism collab.Mechanism `json:"mechanism"`
	Text      string           `json:"text"`
}

// Answer is what one person filled in: scores of the statements of the
// built-in questionnaire (questionnaire.Default) they chose to score, and
// optional comments per mechanism. A statement left out is not scored.
type Answer struct {
	Scores   []StatementScore `json:"scores"`
	Comments []Comment        `json:"comments,omitempty"`
	// Saved is when the answer was last saved; Submit sets it.
	Saved time.Time `json:"saved"`
}

func scoreStatement(s *StatementScore) string      { return s.Statement }
func commentMechanism(c *Comment) collab.Mechanism { return c.Mechanism }

// Validate checks the answer against the built-in questionnaire and
// returns nil or collab.Problems with every problem:
//   - scores: CodeRequired when there is none, CodeTooMany beyond the
//     statements of the questionnaire;
//   - a score's statement: CodeRequired, CodeUnknownValue for a key the
//     questionnaire lacks, CodeDuplicate when scored twice;
//   - a score: CodeOutOfRange outside 1 to 5;
//   - a comment's mechanism: CodeRequired, CodeUnknownValue, CodeDuplicate;
//   - a comment's text: CodeTooLong beyond MaxCommentLength.
func (a *Answer) Validate() error {
	var v check.Validator
	q := questionnaire.Default()
	v.Required("scores", len(a.Scores) == 0)
	check.Items(&v, "scores", a.Scores, q.Len(), func(i int, s *StatementScore) {
		if v.Required("statement", s.Statement == "") {
			if _, _, ok := q.LookupStatement(s.Statement); !ok {
				v.Addf("statement", collab.CodeUnknownValue, "unknown statement %q", s.Statement)
			} else {
				check.Unique(&v, "statement", a.Scores, i, scoreStatement, "scores")
			}
		}
		v.Range("score", int64(s.Score), questionnaire.MinScore, questionnaire.MaxScore)
	})
	check.Items(&v, "comments", a.Comments, len(collab.Mechanisms()), func(i int, c *Comment) {
		if v.Required("mechanism", c.Mechanism.IsZero()) {
			v.Enum("mechanism", c.Mechanism, true)
			if c.Mechanism.IsValid() {
				check.Unique(&v, "mechanism", a.Comments, i, commentMechanism, "comments")
			}
		}
		v.Text("text", c.Text, false, MaxCommentLength)
	})
	return v.Err()
}

// Score returns the score the answer gives statement key and true, or 0
// and false when it does not score it.
func (a *Answer) Score(key string) (int, bool) {
	for _, s := range a.Scores {
		if s.Statement == key {
			return s.Score, true
		}
	}
	return 0, false
}

// Comment returns the answer's comment on mechanism m, or "".
func (a *Answer) Comment(m collab.Mechanism) string {
	for _, c := range a.Comments {
		if c.Mechanism == m {
			return c.Text
		}
	}
	return ""
}

// MechanismScore returns the person's score of mechanism m, the median of
// their scores of its statements (the mean of the middle two for an even
// number, so it may end in .5), and true; or 0 and false when they scored
// none of its statements.
func (a *Answer) MechanismScore(m collab.Mechanism) (float64, bool) {
	s, ok := questionnaire.Default().Lookup(m)
	if !ok {
		return 0, false
	}
	return a.scoreOf(s.Statements)
}

// scoreOf returns the median of the answer's scores of statements, and
// false when it scores none of them.
func (a *Answer) scoreOf(statements []questionnaire.Statement) (float64, bool) {
	var buf [questionnaire.MaxStatements]float64
	xs := buf[:0]
	for _, st := range statements[:min(len(statements), questionnaire.MaxStatements)] {
		if n, ok := a.Score(st.Key); ok {
			xs = append(xs, float64(n))
		}
	}
	if len(xs) == 0 {
		return 0, false
	}
	return median(xs), true
}

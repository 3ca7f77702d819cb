package collab

import (
	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab/check"
)

// SelfAssessment is one dated round in which the partners of a
// collaboration rate it themselves: each rater, a member organisation at
// one of its levels (its executives, its managers or its care
// professionals), scores the mechanisms from 1 (hardly in place) to 5
// (fully in place), with an optional comment.
//
// The idea follows the European SCIROCCO maturity self-assessment, in which
// many stakeholders rate the same collaboration and their disagreement is
// itself a result: a spread of ratings shows where the partners do not
// share a picture yet, and the sources warn that executives who involve
// the work floor late meet friction there ("Mechanismen van regionale
// samenwerking: wat werkt en wat niet?", 21 June 2022), so the gap between
// the executives' and the professionals' ratings matters too. Aggregate
// turns a round into those figures per mechanism.
//
// A rating is the consolidated view of one level of one organisation, not
// of one person: a stakeholder may rate at each of its levels once. That
// keeps the rater anonymous inside the organisation and weighs every
// organisation's level equally, whatever its size.
//
// Its JSON form is
//
//	{"id": "...", "date": "2024-03-01", "note": "...",
//	 "ratings": [{"stakeholder": "...", "level": "professional",
//	              "scores": [{"mechanism": "urgency", "score": 4, "comment": "..."}]}]}
//
// The zero SelfAssessment is not valid: ID, Date and at least one rating are
// required.
type SelfAssessment struct {
	ID   uuid.UUID `json:"id"`
	Date Date      `json:"date"`
	// Note says what the round was, such as "spring round at the regional
	// table"; optional.
	Note    string   `json:"note,omitempty"`
	Ratings []Rating `json:"ratings"`
}

// Rating is what one rater, a stakeholder at one level of its
// organisation, gave in a self-assessment round: at most one score per
// mechanism. A mechanism the rater did not score is left out.
type Rating struct {
	Stakeholder uuid.UUID        `json:"stakeholder"`
	Level       Level            `json:"level"`
	Scores      []MechanismScore `json:"scores"`
}

// MechanismScore is one rater's score of one mechanism, from
// MinRatingScore to MaxRatingScore, with an optional comment.
type MechanismScore struct {
	Mechanism Mechanism `json:"mechanism"`
	Score     int       `json:"score"`
	Comment   string    `json:"comment,omitempty"`
}

// Limits of a self-assessment round. Validation reports CodeOutOfRange,
// CodeTooMany or CodeTooLong beyond them.
const (
	MinRatingScore = 1                      // the lowest score: hardly in place
	MaxRatingScore = 5                      // the highest score: fully in place
	MaxRatings     = MaxLevels * MaxMembers // ratings in one round: every level of every member
)

// rater identifies who gave a rating; two ratings with the same rater are
// duplicates.
type rater struct {
	stakeholder uuid.UUID
	level       Level
}

func ratingRater(r *Rating) rater { return rater{r.Stakeholder, r.Level} }

func scoreMechanism(s *MechanismScore) Mechanism { return s.Mechanism }

// Validate checks the round on its own and returns nil or Problems holding
// every problem, each with its path (such as "ratings[2].scores[1].score"):
//   - id and date: CodeRequired when missing;
//   - note: CodeTooLong beyond MaxTextLength;
//   - ratings: CodeRequired when there is none, CodeTooMany beyond
//     MaxRatings;
//   - a rating's stakeholder: CodeRequired when empty, CodeDuplicate when
//     the same stakeholder already rated at the same level;
//   - a rating's level: CodeRequired when unset, CodeUnknownValue when
//     unknown;
//   - a rating's scores: CodeRequired when there is none, CodeTooMany beyond
//     MaxMechanisms;
//   - a score's mechanism: CodeRequired, CodeUnknownValue, or CodeDuplicate
//     when the rating already scored it;
//   - a score: CodeOutOfRange outside MinRatingScore to MaxRatingScore;
//   - a comment: CodeTooLong beyond MaxTextLength.
//
// Whether the raters are members of the collaboration is checked by
// ValidateIn. Validating a valid round allocates nothing; finding
// duplicate raters takes time quadratic in the number of ratings, which
// suits MaxRatings.
func (r *SelfAssessment) Validate() error {
	var v check.Validator
	r.validate(&v)
	return v.Err()
}

func (r *SelfAssessment) validate(v *check.Validator) {
	v.Required("id", r.ID == uuid.Nil)
	v.Required("date", r.Date.IsZero())
	v.Text("note", r.Note, false, MaxTextLength)
	v.Required("ratings", len(r.Ratings) == 0)
	for i := range r.Ratings[:v.Count("ratings", len(r.Ratings), MaxRatings)] {
		rt := &r.Ratings[i]
		v.Item("ratings", i)
		if v.Required("stakeholder", rt.Stakeholder == uuid.Nil) && rt.Level.IsValid() {
			if j := check.Earlier(v, "ratings", "stakeholder", r.Ratings, i, ratingRater); j >= 0 {
				v.Addf("stakeholder", CodeDuplicate, "%s already rated at level %s, at ratings[%d]", rt.Stakeholder, rt.Level, j)
			}
		}
		v.Enum("level", rt.Level, true)
		rt.validateScores(v)
		v.Leave()
	}
}

func (rt *Rating) validateScores(v *check.Validator) {
	v.Required("scores", len(rt.Scores) == 0)
	for k := range rt.Scores[:v.Count("scores", len(rt.Scores), MaxMechanisms)] {
		s := &rt.Scores[k]
		v.Item("scores", k)
		v.Enum("mechanism", s.Mechanism, true)
		if j := check.EarlierIndex(rt.Scores, k, scoreMechanism); j >= 0 && s.Mechanism.IsValid() {
			v.Addf("mechanism", CodeDuplicate, "%s is already scored in this rating, at scores[%d]", s.Mechanism, j)
		}
		v.Range("score", int64(s.Score), MinRatingScore, MaxRatingScore)
		v.Text("comment", s.Comment, false, MaxTextLength)
		v.Leave()
	}
}

// ValidateIn checks the round as a round of collaboration c: it returns
// every problem Validate reports and, besides, the round's references into
// c, each problem once:
//   - date: CodeDateOrder when it is before the collaboration started;
//   - a rating's stakeholder: CodeDanglingReference when it is not a member
//     of c, and CodeDateOrder when the member joined after the round or
//     left before it.
//
// It allocates nothing when there is no problem.
func (r *SelfAssessment) ValidateIn(c *Collaboration) error {
	var v check.Validator
	r.validate(&v)
	r.validateIn(&v, c)
	return v.Err()
}

func (r *SelfAssessment) validateIn(v *check.Validator, c *Collaboration) {
	dateOrder(v, "date", c.Started, r.Date, "the collaboration started")
	for i := range r.Ratings[:min(len(r.Ratings), MaxRatings)] {
		id := r.Ratings[i].Stakeholder
		if id == uuid.Nil || len(c.Members) > MaxMembers { // a list over its maximum is a problem of its own
			continue
		}
		m := c.Member(id)
		switch {
		case m == nil:
			v.Item("ratings", i)
			v.Addf("stakeholder", CodeDanglingReference, "%s is not a member of the collaboration", id)
			v.Leave()
		case r.Date.IsZero():
		case !m.Joined.IsZero() && r.Date.Before(m.Joined):
			v.Item("ratings", i)
			v.Addf("stakeholder", CodeDateOrder, "%s joined on %s, after the round of %s", id, m.Joined, r.Date)
			v.Leave()
		case !m.Left.IsZero() && r.Date.After(m.Left):
			v.Item("ratings", i)
			v.Addf("stakeholder", CodeDateOrder, "%s left on %s, before the round of %s", id, m.Left, r.Date)
			v.Leave()
		}
	}
}

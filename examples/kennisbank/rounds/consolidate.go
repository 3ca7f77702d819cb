package rounds

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/questionnaire"
)

// commentSeparator sits between the comments of two persons in a
// rating's comment.
const commentSeparator = "\n"

// ellipsis ends a joined comment that was cut at collab.MaxTextLength.
const ellipsis = "…"

// Consolidate turns the answers of raters into ratings: one per
// stakeholder and level of which at least one person answered, in the
// order in which the stakeholder and level first appear among the raters.
// Raters without an answer are left out. The rule, documented in the
// package overview: per person the median of their statement scores of a
// mechanism, per stakeholder and level the median of those, rounded down
// to a whole score; the comments joined in rater order, one per line, cut
// at collab.MaxTextLength characters. A mechanism that nobody of the
// stakeholder and level scored is left out of the rating.
func Consolidate(raters []Rater) []collab.Rating {
	type key struct {
		stakeholder uuid.UUID
		level       collab.Level
	}
	type group struct {
		key
		members []*Answer
	}
	var groups []*group
	index := map[key]int{}
	for i := range raters {
		rt := &raters[i]
		if rt.Answer == nil {
			continue
		}
		k := key{rt.Stakeholder, rt.Level}
		g, ok := index[k]
		if !ok {
			g = len(groups)
			index[k] = g
			groups = append(groups, &group{key: k})
		}
		groups[g].members = append(groups[g].members, rt.Answer)
	}
	sections := questionnaire.Default().Sections()
	out := make([]collab.Rating, 0, len(groups))
	var scores []float64
	var comments []string
	for _, g := range groups {
		rating := collab.Rating{Stakeholder: g.stakeholder, Level: g.level}
		for _, sec := range sections {
			scores, comments = scores[:0], comments[:0]
			for _, a := range g.members {
				if s, ok := a.scoreOf(sec.Statements); ok {
					scores = append(scores, s)
				}
				if c := strings.TrimSpace(a.Comment(sec.Mechanism)); c != "" {
					comments = append(comments, c)
				}
			}
			if len(scores) == 0 {
				continue
			}
			rating.Scores = append(rating.Scores, collab.MechanismScore{
				Mechanism: sec.Mechanism,
				Score:     int(math.Floor(median(scores))),
				Comment:   joinComments(comments),
			})
		}
		if len(rating.Scores) > 0 {
			out = append(out, rating)
		}
	}
	return out
}

// median returns the middle value of xs, or the mean of the middle two
// for an even number; it sorts xs in place. xs is not empty.
func median(xs []float64) float64 {
	slices.Sort(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}

// joinComments joins comments one per line, cut at collab.MaxTextLength
// characters with an ellipsis.
func joinComments(comments []string) string {
	s := strings.Join(comments, commentSeparator)
	if utf8.RuneCountInString(s) <= collab.MaxTextLength {
		return s
	}
	n := 0
	for i := range s {
		if n == collab.MaxTextLength-utf8.RuneCountInString(ellipsis) {
			return strings.TrimSpace(s[:i]) + ellipsis
		}
		n++
	}
	return s
}

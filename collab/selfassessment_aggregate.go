package collab

import "math"

// ConsensusDistance is how many points a rating may lie from the median
// of its mechanism before it counts as outlying. With scores from 1 to 5 a
// distance of one point is ordinary nuance (a 3 beside a 4); two points
// (a 2 beside a 4) is a different picture of the same collaboration.
const ConsensusDistance = 1

// MechanismAggregate sums up how the raters of one round scored one
// mechanism. See [SelfAssessment.Aggregate] for how each figure is
// computed.
type MechanismAggregate struct {
	Mechanism Mechanism `json:"mechanism"`
	// Raters is the number of ratings that scored the mechanism.
	Raters int `json:"raters"`
	// Median is the middle score; for an even number of raters the mean
	// of the two middle scores, so it may end in .5.
	Median float64 `json:"median"`
	// Mean is the arithmetic mean of the scores.
	Mean float64 `json:"mean"`
	// Spread is the range of the scores: the highest minus the lowest.
	Spread int `json:"spread"`
	// StdDev is the population standard deviation of the scores (divided
	// by the number of raters, since the raters are the whole group that
	// was asked, not a sample of it).
	StdDev float64 `json:"stdDev"`
	// Outlying counts the scores more than ConsensusDistance points from
	// the median.
	Outlying int `json:"outlying"`
	// Consensus is divided when more than a quarter of the scores are
	// outlying, and agreed otherwise.
	Consensus Consensus `json:"consensus"`
	// Levels holds, per level that scored the mechanism, the number of
	// raters and their mean score, in level order (executives first).
	Levels []LevelAggregate `json:"levels"`
	// LevelGap is the executives' mean minus the professionals' mean: how
	// much rosier the top of the organisations sees the mechanism than the
	// work floor (negative when the work floor is more positive). It is
	// nil when either level gave no score.
	LevelGap *float64 `json:"levelGap,omitempty"`
}

// LevelAggregate is the mean score one level gave a mechanism.
type LevelAggregate struct {
	Level  Level   `json:"level"`
	Raters int     `json:"raters"`
	Mean   float64 `json:"mean"`
}

// Aggregate sums the round up per mechanism: one MechanismAggregate for
// each mechanism that at least one rating scored, in mechanism order
// (urgency first); empty when nothing was scored.
//
// The figures, for the n scores s₁…sₙ of a mechanism:
//   - Median: the middle score after sorting, or for even n the mean of the
//     two middle scores;
//   - Mean: (s₁+…+sₙ)/n;
//   - Spread: max − min, the range;
//   - StdDev: √(Σ(sᵢ−Mean)²/n), the population standard deviation;
//   - Outlying: how many scores have |sᵢ − Median| > ConsensusDistance;
//   - Consensus: divided when Outlying > n/4 (more than a quarter of the
//     scores lie more than one point from the median), agreed otherwise.
//     A single rater is agreed: there is nobody to disagree with;
//   - LevelGap: the executives' mean minus the professionals' mean, nil
//     when either level gave no score. Managers count in every figure but
//     this one.
//
// The consensus rule follows the reasoning of the SCIROCCO self-assessment:
// scores are first given one by one, and where they scatter the partners
// sit down to talk it through before settling on one; the scatter shows
// where the collaboration has no shared picture yet. The median is robust
// to one extreme rater, and counting the scores far from it says whether
// the scatter is one dissenter or a real split. In a group of four, one
// rater two points off the others is not yet divided; two are.
//
// Aggregate expects a valid round (see Validate): it skips scores outside
// 1 to 5 and scores of an unknown mechanism rather than fail, and counts a
// mechanism scored twice in one rating twice.
func (r *SelfAssessment) Aggregate() []MechanismAggregate {
	var tally [numMechanisms + 1]mechanismTally
	for i := range r.Ratings {
		rt := &r.Ratings[i]
		for _, s := range rt.Scores {
			if !s.Mechanism.IsValid() || s.Score < MinRatingScore || s.Score > MaxRatingScore {
				continue
			}
			t := &tally[s.Mechanism]
			t.count[s.Score]++
			t.n++
			if rt.Level.IsValid() {
				t.levelSum[rt.Level] += s.Score
				t.levelN[rt.Level]++
			}
		}
	}
	var out []MechanismAggregate
	for m := Mechanism(1); int(m) <= numMechanisms; m++ {
		if tally[m].n > 0 {
			out = append(out, tally[m].aggregate(m))
		}
	}
	return out
}

// numMechanisms is the number of valid mechanisms.
const numMechanisms = int(MechanismInfrastructure)

// numLevels is the number of valid levels.
const numLevels = int(LevelProfessional)

// mechanismTally counts the scores of one mechanism by value and level.
type mechanismTally struct {
	n        int
	count    [MaxRatingScore + 1]int // count[s]: how many gave score s
	levelSum [numLevels + 1]int
	levelN   [numLevels + 1]int
}

// nth returns the score at index k (from 0) of the sorted scores.
func (t *mechanismTally) nth(k int) int {
	for s := MinRatingScore; s <= MaxRatingScore; s++ {
		if k < t.count[s] {
			return s
		}
		k -= t.count[s]
	}
	return MaxRatingScore
}

func (t *mechanismTally) aggregate(m Mechanism) MechanismAggregate {
	a := MechanismAggregate{Mechanism: m, Raters: t.n}
	if t.n%2 == 1 {
		a.Median = float64(t.nth(t.n / 2))
	} else {
		a.Median = float64(t.nth(t.n/2-1)+t.nth(t.n/2)) / 2
	}
	a.Spread = t.nth(t.n-1) - t.nth(0)
	sum := 0
	for s := MinRatingScore; s <= MaxRatingScore; s++ {
		sum += s * t.count[s]
	}
	a.Mean = float64(sum) / float64(t.n)
	var sq float64
	for s := MinRatingScore; s <= MaxRatingScore; s++ {
		d := float64(s) - a.Mean
		sq += d * d * float64(t.count[s])
		if math.Abs(float64(s)-a.Median) > ConsensusDistance {
			a.Outlying += t.count[s]
		}
	}
	a.StdDev = math.Sqrt(sq / float64(t.n))
	a.Consensus = ConsensusAgreed
	if a.Outlying*4 > t.n {
		a.Consensus = ConsensusDivided
	}
	a.Levels = []LevelAggregate{}
	for l := Level(1); int(l) <= numLevels; l++ {
		if t.levelN[l] > 0 {
			a.Levels = append(a.Levels, LevelAggregate{Level: l, Raters: t.levelN[l], Mean: float64(t.levelSum[l]) / float64(t.levelN[l])})
		}
	}
	if e, p := t.levelN[LevelExecutive], t.levelN[LevelProfessional]; e > 0 && p > 0 {
		gap := float64(t.levelSum[LevelExecutive])/float64(e) - float64(t.levelSum[LevelProfessional])/float64(p)
		a.LevelGap = &gap
	}
	return a
}

// LookupAggregate returns the aggregate of mechanism m from as and true, or
// the zero MechanismAggregate and false when as holds none for m.
func LookupAggregate(as []MechanismAggregate, m Mechanism) (MechanismAggregate, bool) {
	for _, a := range as {
		if a.Mechanism == m {
			return a, true
		}
	}
	return MechanismAggregate{}, false
}

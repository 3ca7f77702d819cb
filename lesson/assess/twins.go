package assess

import (
	"bytes"
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/region"
)

// TwinSuggestion names, for one case and one mechanism on which it is
// weak, the cases it could learn from: twins that are strong on that
// mechanism and resemble it, best first. Friesland took over West-Brabant's
// joint implementation of technology with help from someone of West-Brabant
// ("Regionale samenwerking zorgkantoren en verpleeghuizen in volle gang",
// 7 July 2020); Twins looks for such pairs.
type TwinSuggestion struct {
	// Collaboration, Name and Region are those of the weak case's report.
	Collaboration uuid.UUID `json:"collaboration"`
	Name          string    `json:"name"`
	Region        string    `json:"region"`
	// Mechanism is the mechanism the case is weak on; Label names it in
	// the suggestion's language, empty (omitted) until LocalizeTwins sets
	// it. Score and Band are the case's own.
	Mechanism collab.Mechanism `json:"mechanism"`
	Label     string           `json:"label,omitempty"`
	Score     int              `json:"score"`
	Band      Band             `json:"band"`
	// Twins are the suggested cases, best first (see Twins); at least one.
	Twins []Twin `json:"twins"`
	// Lessons are the codes of the lessons behind twinning.
	Lessons []string `json:"lessons"`
}

// Twin is one case suggested to learn from: strong on the mechanism, how
// much it resembles the weak case, its rank and why it was chosen.
type Twin struct {
	Collaboration uuid.UUID `json:"collaboration"`
	Name          string    `json:"name"`
	Region        string    `json:"region"`
	// Score and Band are the twin's own on the mechanism; Band is always
	// strong.
	Score int  `json:"score"`
	Band  Band `json:"band"`
	// Similarity says how much the twin resembles the weak case.
	Similarity Similarity `json:"similarity"`
	// Rank orders the twins: 0.8 × Similarity.Overall + 0.2 × the twin's
	// lead, where the lead is (Score − 70) / 30, from 0 for a twin just
	// strong to 1 for a twin at 100; rounded to four decimals.
	Rank float64 `json:"rank"`
	// Reasons say why the twin was suggested: its score, and each way in
	// which it resembles the case. They are messages (see Message),
	// rendered by WriteTwinsText or LocalizeTwins in the language asked
	// for.
	Reasons []Message `json:"reasons"`
}

// Similarity is how much two cases resemble each other, each part from 0
// (not at all) to 1 (the same). A part that cannot be worked out for lack
// of data counts as 0.5: neither alike nor unlike.
//
// Region compares the regions the collaborations work in: the kind of
// region (1 when the same, such as two zorgkantoorregio's, else 0), the
// size by population (1 − |log₁₀(a/b)|, at least 0: a region twice the
// size of the other gives 0.70, ten times the size 0), the provinces
// (Jaccard index of the provinces each region is or lies in), the share
// aged 75 and over (1 − |a − b| / 0.05, at least 0: five percentage points
// apart gives 0) and the traits (Jaccard index of the two sets), each when
// known for both regions; Region is the mean of those known. The reference
// regions carry their CBS population (see region.Reference), and a region
// made of municipalities the sum of theirs (see region.Catalogue.Summarize),
// so size and provinces are known for every region that resolves in the
// reference catalogue.
//
// Strategy is 1 when both cases show the same strategy (the one observed
// in the case, else the one declared; see StrategyDiagnosis), 0.5 when one
// combines a vision with small projects and the other does one of the two,
// and 0 for small initiatives beside a regional vision.
//
// Themes is the Jaccard index of the themes of the two cases' projects:
// the themes both work on, divided by the themes either works on.
//
// Overall = 0.4 × Region + 0.2 × Strategy + 0.4 × Themes. Region, Themes
// and Overall are rounded to four decimals.
type Similarity struct {
	Region   float64 `json:"region"`
	Strategy float64 `json:"strategy"`
	Themes   float64 `json:"themes"`
	Overall  float64 `json:"overall"`
}

// Weights of the similarity and the rank, documented at Similarity and
// Twin.Rank.
const (
	twinWeightRegion   = 0.4
	twinWeightStrategy = 0.2
	twinWeightThemes   = 0.4
	twinWeightSimilar  = 0.8
	twinWeightLead     = 0.2
	// twinUnknown is the value of a part of the similarity without data.
	twinUnknown = 0.5
	// twinShareSpan is the difference in the share aged 75 and over at
	// which that part of the similarity reaches 0.
	twinShareSpan = 0.05
)

// Defaults of the twinning options, what the zero TwinOptions means.
const (
	DefaultMaxTwins = 3  // twins per case and mechanism
	DefaultTwinGap  = 20 // points a twin must lead a developing case by
)

// twinLessons are the lessons behind twinning: copy what works with the
// help of the region that did it.
var twinLessons = [...]string{"financier.copy-with-help", "financier.joint-implementation"}

// TwinOptions adjusts Twins. Like every options struct of the module it is
// passed by value, and each field's zero value means its default, so the
// zero TwinOptions gives the defaults.
type TwinOptions struct {
	// Max is how many twins Twins suggests per case and mechanism at most;
	// zero or negative: DefaultMaxTwins.
	Max int
	// MinGap is by how many points a twin must lead a case whose band on
	// the mechanism is developing; zero: DefaultTwinGap; negative: no lead
	// is asked, any twin strong on the mechanism will do.
	MinGap int
}

// resolved returns the maximum number of twins and the gap that o means.
func (o TwinOptions) resolved() (most, gap int) {
	most, gap = o.Max, o.MinGap
	if most <= 0 {
		most = DefaultMaxTwins
	}
	switch {
	case gap == 0:
		gap = DefaultTwinGap
	case gap < 0:
		gap = 0
	}
	return most, gap
}

// Twins suggests, for each case and each mechanism on which it is weak,
// the cases it could learn from. reports[i] must be the report of
// cases[i] (as Evaluate returns it; the cases may be assessed on different
// dates).
//
// A case needs a twin on a mechanism when its band there is weak, or when
// it is developing and the twin leads it by at least opts.MinGap points
// (DefaultTwinGap: 20). A twin must be strong on the mechanism, and cases of
// the same collaboration (the same collaboration ID) are never twins of
// each other. Twins are ranked by Twin.Rank, highest first, then by name
// and then by collaboration ID, so the ranking is deterministic; at most
// opts.Max (DefaultMaxTwins: 3) are kept per mechanism. Reasons are
// messages, written in no language until they are rendered.
//
// Suggestions come in the order of the cases, and per case in the fixed
// order of the mechanisms; a mechanism without any twin gives no
// suggestion. Twins returns a non-nil, possibly empty slice.
//
// For n cases, m mechanisms and at most k twins kept, Twins costs
// O(P + n·R) to read the P projects and resolve each case's region among R
// reference regions, then O(n²·m·k) to compare every pair of cases.
//
// A nil case or report, a report of another collaboration than its case,
// or a different number of cases and reports gives collab.Problems with
// paths such as "reports[2].collaboration", and no suggestions.
func Twins(cases []*Case, reports []*Report, opts TwinOptions) ([]TwinSuggestion, error) {
	most, gap := opts.resolved()
	if err := checkTwinInput(cases, reports); err != nil {
		return nil, err
	}
	profiles := make([]twinProfile, len(cases))
	for i := range cases {
		profiles[i] = newTwinProfile(cases[i], reports[i])
	}
	out := []TwinSuggestion{}
	mechanisms := collab.Mechanisms()
	var best [6][]twinCandidate
	for i := range profiles {
		a := &profiles[i]
		if !a.needsTwin() {
			continue
		}
		for m := range best {
			best[m] = best[m][:0]
		}
		for j := range profiles {
			b := &profiles[j]
			if a.col == b.col {
				continue
			}
			var sim Similarity
			computed := false
			for _, m := range mechanisms {
				if !a.learnsFrom(b, m, gap) {
					continue
				}
				if !computed {
					sim, computed = a.similarity(b), true
				}
				lead := float64(b.scores[m]-BandStrongFrom) / float64(100-BandStrongFrom)
				rank := round4(twinWeightSimilar*sim.Overall + twinWeightLead*lead)
				best[m] = insertCandidate(best[m], twinCandidate{j: j, sim: sim, rank: rank}, profiles, most)
			}
		}
		for _, m := range mechanisms {
			if len(best[m]) == 0 {
				continue
			}
			out = append(out, a.suggestion(m, best[m], profiles))
		}
	}
	return out, nil
}

// checkTwinInput checks that every case has its report.
func checkTwinInput(cases []*Case, reports []*Report) error {
	var v check.Validator
	if len(cases) != len(reports) {
		v.Addf("reports", collab.CodeOutOfRange, "holds %d reports for %d cases; want one report per case", len(reports), len(cases))
		return v.Err()
	}
	for i := range cases {
		switch {
		case cases[i] == nil:
			v.Item("cases", i)
			v.Addf("", collab.CodeRequired, "is nil")
			v.Leave()
		case reports[i] == nil:
			v.Item("reports", i)
			v.Addf("", collab.CodeRequired, "is nil")
			v.Leave()
		case reports[i].Collaboration != cases[i].Collaboration.ID:
			v.Item("reports", i)
			v.Addf("collaboration", collab.CodeDanglingReference, "is %s, but cases[%d] is collaboration %s", reports[i].Collaboration, i, cases[i].Collaboration.ID)
			v.Leave()
		}
	}
	return v.Err()
}

// twinProfile is what Twins compares of one case, worked out once.
type twinProfile struct {
	col            uuid.UUID
	name, region   string
	scores         [6]int
	bands          [6]Band
	strategy       collab.Strategy
	regionKnown    bool
	kind           region.Kind
	population     int
	provinces      []string // codes of the provinces the region is or lies in
	provinceNames  []string // their names, for the reasons
	share75        float64
	traits         uint64 // bit t for each region.Trait t
	themes         uint64 // bit t for each project.Theme t of any project
	advancedThemes uint64 // themes of projects in implementation or embedded on the report's date
	practice       practice
	helpedBy       []collab.Help // help other regions gave the collaboration (collab.Collaboration.HelpedBy)
	asOf           collab.Date   // the report's date: help that starts later is not yet given
}

func newTwinProfile(c *Case, r *Report) twinProfile {
	p := twinProfile{col: r.Collaboration, name: r.Name, region: r.Region, strategy: r.Strategy.Observed, practice: practiceOf(r),
		helpedBy: c.Collaboration.HelpedBy, asOf: r.AsOf}
	if p.strategy.IsZero() {
		p.strategy = r.Strategy.Declared
	}
	for _, m := range collab.Mechanisms() {
		if res := r.Mechanism(m); res != nil {
			p.scores[m], p.bands[m] = res.Score, res.Band
		}
	}
	for i := range c.Projects {
		pr := &c.Projects[i]
		ph := pr.PhaseOn(r.AsOf)
		for _, t := range pr.Themes {
			if int(t) < 64 {
				p.themes |= 1 << t
				if ph == project.PhaseImplementation || ph == project.PhaseEmbedded {
					p.advancedThemes |= 1 << t
				}
			}
		}
	}
	p.profileRegion(c)
	return p
}

// profileRegion resolves the collaboration's region among the reference
// regions and the case's own, and takes its profile: its population (for a
// region made of members, the sum of theirs), its provinces, its share aged
// 75 and over and its traits. What the region's own profile leaves out is
// taken from the case's own regions that lie within it: their populations
// added, the share aged 75 and over weighted by population, their traits
// together. The reference regions carry a population but no share or
// traits, so those come from a case's own neighbourhoods or municipalities.
func (p *twinProfile) profileRegion(c *Case) {
	cat := region.Reference()
	if len(c.Regions) > 0 {
		if withOwn, err := cat.With(c.Regions...); err == nil {
			cat = withOwn
		}
	}
	code := c.Collaboration.Region
	r, ok := cat.Lookup(code)
	if !ok {
		return
	}
	p.regionKnown, p.kind = true, r.Kind
	sum, _ := cat.Summarize(code)
	p.population = sum.Population
	for _, pv := range sum.Provinces {
		if prov, ok := cat.Lookup(pv); ok {
			p.provinces = append(p.provinces, pv)
			p.provinceNames = append(p.provinceNames, prov.Name)
		}
	}
	p.share75, p.traits = r.Profile.Share75Plus, traitBits(r.Profile.Traits)
	if p.population > 0 && p.share75 > 0 && p.traits != 0 {
		return
	}
	population, traits := 0, uint64(0)
	weighted, weight := 0.0, 0
	for i := range c.Regions {
		own := &c.Regions[i]
		if own.Profile.IsZero() || !cat.Within(own.Code, code) {
			continue
		}
		population += own.Profile.Population
		traits |= traitBits(own.Profile.Traits)
		if own.Profile.Population > 0 && own.Profile.Share75Plus > 0 {
			weighted += own.Profile.Share75Plus * float64(own.Profile.Population)
			weight += own.Profile.Population
		}
	}
	if p.population == 0 {
		p.population = population
	}
	if p.share75 == 0 && weight > 0 {
		p.share75 = weighted / float64(weight)
	}
	if p.traits == 0 {
		p.traits = traits
	}
}

func traitBits(ts []region.Trait) uint64 {
	var b uint64
	for _, t := range ts {
		if int(t) < 64 {
			b |= 1 << t
		}
	}
	return b
}

// needsTwin reports whether the case is below strong on any mechanism.
func (p *twinProfile) needsTwin() bool {
	for _, m := range collab.Mechanisms() {
		if p.bands[m] == BandWeak || p.bands[m] == BandDeveloping {
			return true
		}
	}
	return false
}

// learnsFrom reports whether b is a twin for p on m: strong there, while
// p is weak or developing and at least gap points behind.
func (p *twinProfile) learnsFrom(b *twinProfile, m collab.Mechanism, gap int) bool {
	if b.bands[m] != BandStrong {
		return false
	}
	switch p.bands[m] {
	case BandWeak:
		return true
	case BandDeveloping:
		return b.scores[m]-p.scores[m] >= gap
	}
	return false
}

// similarity compares p with b as documented at Similarity.
func (p *twinProfile) similarity(b *twinProfile) Similarity {
	s := Similarity{Region: twinUnknown, Strategy: twinUnknown, Themes: twinUnknown}
	if p.regionKnown && b.regionKnown {
		sum, n := 0.0, 0
		add := func(v float64) { sum += v; n++ }
		add(boolScore(p.kind == b.kind))
		if p.population > 0 && b.population > 0 {
			add(max(0, 1-math.Abs(math.Log10(float64(p.population)/float64(b.population)))))
		}
		if len(p.provinces) > 0 && len(b.provinces) > 0 {
			shared := len(p.sharedProvinces(b))
			add(float64(shared) / float64(len(p.provinces)+len(b.provinces)-shared))
		}
		if p.share75 > 0 && b.share75 > 0 {
			add(max(0, 1-math.Abs(p.share75-b.share75)/twinShareSpan))
		}
		if p.traits != 0 && b.traits != 0 {
			add(jaccardBits(p.traits, b.traits))
		}
		s.Region = sum / float64(n)
	}
	if p.strategy.IsValid() && b.strategy.IsValid() {
		switch {
		case p.strategy == b.strategy:
			s.Strategy = 1
		case p.strategy == collab.StrategyCombined || b.strategy == collab.StrategyCombined:
			s.Strategy = 0.5
		default:
			s.Strategy = 0
		}
	}
	if p.themes != 0 && b.themes != 0 {
		s.Themes = jaccardBits(p.themes, b.themes)
	}
	s.Region, s.Themes = round4(s.Region), round4(s.Themes)
	s.Overall = round4(twinWeightRegion*s.Region + twinWeightStrategy*s.Strategy + twinWeightThemes*s.Themes)
	return s
}

// sharedProvinces returns the names of the provinces that p's and b's
// regions both are or lie in, in p's order.
func (p *twinProfile) sharedProvinces(b *twinProfile) []string {
	var out []string
	for i, code := range p.provinces {
		if slices.Contains(b.provinces, code) {
			out = append(out, p.provinceNames[i])
		}
	}
	return out
}

// round4 rounds to four decimals, so that the figures read well and ties
// are ties.
func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

func boolScore(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func jaccardBits(a, b uint64) float64 {
	return float64(bits.OnesCount64(a&b)) / float64(bits.OnesCount64(a|b))
}

// twinCandidate is a twin under consideration: its profile index, its
// similarity and its rank.
type twinCandidate struct {
	j    int
	sim  Similarity
	rank float64
}

// insertCandidate puts c into list, kept ordered by rank (highest first),
// then name, then collaboration ID, and at most limit long.
func insertCandidate(list []twinCandidate, c twinCandidate, profiles []twinProfile, limit int) []twinCandidate {
	before := func(x, y twinCandidate) bool {
		px, py := &profiles[x.j], &profiles[y.j]
		return cmp.Or(
			cmp.Compare(y.rank, x.rank),
			strings.Compare(px.name, py.name),
			bytes.Compare(px.col[:], py.col[:]),
		) < 0
	}
	at := len(list)
	for at > 0 && before(c, list[at-1]) {
		at--
	}
	if at >= limit {
		return list
	}
	if len(list) < limit {
		list = append(list, twinCandidate{})
	}
	copy(list[at+1:], list[at:len(list)-1])
	list[at] = c
	return list
}

// suggestion writes the suggestion for mechanism m with its twins and
// their reasons.
func (p *twinProfile) suggestion(m collab.Mechanism, cands []twinCandidate, profiles []twinProfile) TwinSuggestion {
	s := TwinSuggestion{
		Collaboration: p.col, Name: p.name, Region: p.region,
		Mechanism: m, Score: p.scores[m], Band: p.bands[m],
		Twins:   make([]Twin, len(cands)),
		Lessons: append([]string(nil), twinLessons[:]...),
	}
	for i, c := range cands {
		b := &profiles[c.j]
		s.Twins[i] = Twin{
			Collaboration: b.col, Name: b.name, Region: b.region,
			Score: b.scores[m], Band: b.bands[m],
			Similarity: c.sim, Rank: c.rank,
			Reasons: p.reasons(b, m, c.sim),
		}
	}
	return s
}

// reasons says why b is a twin for p on m.
func (p *twinProfile) reasons(b *twinProfile, m collab.Mechanism, sim Similarity) []Message {
	out := []Message{Say(msgTwinScores, count("score", b.scores[m]), lower(enum("band", ParamBand, b.bands[m])),
		lower(enum("mechanism", ParamMechanism, m)), count("own", p.scores[m]), lower(enum("ownBand", ParamBand, p.bands[m])))}
	if p.regionKnown && b.regionKnown {
		if p.kind == b.kind {
			out = append(out, Say(msgTwinSameRegionKind, lower(enum("kind", ParamRegionKind, p.kind))))
		}
		if p.population > 0 && b.population > 0 && math.Abs(math.Log10(float64(p.population)/float64(b.population))) <= 0.5 {
			out = append(out, Say(msgTwinSimilarPopulation, count("population", b.population), count("own", p.population)))
		}
		if shared := p.sharedProvinces(b); len(shared) > 0 {
			out = append(out, Say(msgTwinSameProvince, text("provinces", strings.Join(shared, ", "))))
		}
		if p.share75 > 0 && b.share75 > 0 && math.Abs(p.share75-b.share75) <= twinShareSpan/2 {
			out = append(out, Say(msgTwinSimilarShare75, number("share", b.share75*100, 1), number("own", p.share75*100, 1)))
		}
		if shared := p.traits & b.traits; shared != 0 {
			out = append(out, Say(msgTwinSharedTraits, lower(enums("traits", ParamTrait, inSet(region.Traits(), shared)))))
		}
	}
	switch sim.Strategy {
	case 1:
		out = append(out, Say(msgTwinSameStrategy, lower(enum("strategy", ParamStrategy, p.strategy))))
	case 0.5:
		if p.strategy.IsValid() && b.strategy.IsValid() {
			out = append(out, Say(msgTwinRelatedStrategy, lower(enum("strategy", ParamStrategy, b.strategy)), lower(enum("own", ParamStrategy, p.strategy))))
		}
	}
	if shared := p.themes & b.themes; shared != 0 {
		out = append(out, Say(msgTwinSameThemes, lower(enums("themes", ParamTheme, inSet(project.Themes(), shared)))))
	}
	if ahead := p.themes &^ p.advancedThemes & b.advancedThemes; ahead != 0 {
		out = append(out, Say(msgTwinThemesAhead, lower(enums("themes", ParamTheme, inSet(project.Themes(), ahead)))))
	}
	if h := p.helpFrom(b.region); h != nil {
		out = append(out, Say(msgTwinHelpedBefore, date("from", h.From)))
	}
	return append(out, p.practice.doesWhatHereNot(&b.practice, int(m))...)
}

// helpFrom returns the first help the collaboration had from the region
// with the given code by the report's date, or nil. A twin from a region that already helped is
// the cheapest to copy from (lesson financier.copy-with-help: Friesland
// got going with an adviser from West-Brabant, 7 July 2020).
func (p *twinProfile) helpFrom(code string) *collab.Help {
	for i := range p.helpedBy {
		if h := &p.helpedBy[i]; code != "" && h.Region == code && !h.From.After(p.asOf) {
			return h
		}
	}
	return nil
}

// lowerFirst lowercases the first letter of a label for use inside a
// sentence, unless the label starts with an abbreviation ("ROAZ-regio").
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	if next, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// inSet returns the values of all whose bit is set in set, in order.
func inSet[T ~uint8](all []T, set uint64) []T {
	var out []T
	for _, t := range all {
		if int(t) < 64 && set&(1<<t) != 0 {
			out = append(out, t)
		}
	}
	return out
}

package assess_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/region"
)

var twAsOf = collab.MustParseDate("2021-06-01")

// twRegion is a custom region of a case's own with a profile.
func twRegion(code string, population int, share float64, traits ...region.Trait) region.Region {
	return region.Region{Code: code, Name: code, Kind: region.KindCustom, Parents: []string{"nederland"},
		Profile: region.Profile{Population: population, Share75Plus: share, Traits: traits}}
}

// twProject is a project on the themes, in the given phase since 2020.
func twProject(phase project.Phase, themes ...project.Theme) project.Project {
	since := collab.MustParseDate("2020-01-01")
	return project.Project{ID: uuid.New(), Title: "p", Themes: themes, Scale: project.ScaleSmall, Started: since,
		Phases: []project.PhaseChange{{Phase: phase, Since: since}}}
}

// twCase is a case and its report with the given scores per mechanism
// (urgency, strategy, actors, leeway, infrastructure), built by hand so
// that the scores are exactly the ones the test needs.
type twCase struct {
	c *assess.Case
	r *assess.Report
}

func newTwCase(n byte, name, regionCode string, strategy collab.Strategy, scores [5]int, regions []region.Region, projects ...project.Project) twCase {
	id := uuid.UUID{0x77, 15: n}
	c := &assess.Case{
		Collaboration: collab.Collaboration{ID: id, Name: name, Region: regionCode, Strategy: strategy},
		Regions:       regions,
		Projects:      projects,
	}
	r := &assess.Report{Collaboration: id, Name: name, Region: regionCode, AsOf: twAsOf, Language: collab.English,
		Strategy: assess.StrategyDiagnosis{Declared: strategy}}
	for i, m := range collab.Mechanisms() {
		r.Mechanisms = append(r.Mechanisms, assess.MechanismResult{Mechanism: m, Score: scores[i], Band: assess.BandOf(scores[i])})
	}
	return twCase{c, r}
}

func split(cs ...twCase) ([]*assess.Case, []*assess.Report) {
	var cases []*assess.Case
	var reports []*assess.Report
	for _, c := range cs {
		cases, reports = append(cases, c.c), append(reports, c.r)
	}
	return cases, reports
}

// defaultTwins calls Twins with the default options, so that a call can
// take the two results of split.
func defaultTwins(cases []*assess.Case, reports []*assess.Report) ([]assess.TwinSuggestion, error) {
	return assess.Twins(cases, reports, assess.TwinOptions{})
}

// twFixture holds a case that is weak on strategy (30) and developing on
// infrastructure (55), and cases it could learn from. By hand:
//
//   - Alpha and Aardvark resemble Weak completely: the same kind of
//     region, population, share aged 75+ and traits (region 1), the same
//     strategy (1) and the same themes (1): overall 1. Both score 70 on
//     strategy, a lead of 0, so rank 0.8 on strategy; they tie, and the
//     name puts Aardvark first. On infrastructure Alpha scores 75, 20
//     ahead of Weak: rank 0.8 + 0.2·5/30 = 0.8333. Aardvark scores 70
//     there, only 15 ahead.
//   - Bravo: region (kind 1 + population ten times larger 0 + share 12%
//     against 10%, 1 − 0.02/0.05 = 0.6 + traits 1 of 2 = 0.5) / 4 = 0.525;
//     strategy combined against regional vision 0.5; themes 1 of 2 = 0.5.
//     Overall 0.4·0.525 + 0.2·0.5 + 0.4·0.5 = 0.51. Strategy 100: rank
//     0.8·0.51 + 0.2 = 0.608. Infrastructure 80: 0.408 + 0.2/3 = 0.4747.
//   - Charlie: the zorgkantoorregio West-Brabant, 726,983 inhabitants by
//     the reference data, against Weak's custom region of 100,000: region
//     (kind 0 + population 1 − log₁₀ 7.26983 = 0.1385) / 2 = 0.0692 (no
//     province: Weak's region lies in the Netherlands only); small
//     initiatives against a regional vision (0); no projects (themes
//     unknown, 0.5): overall 0.0277 + 0.2 = 0.2277. Strategy 85: rank
//     0.1822 + 0.1 = 0.2822. Infrastructure 74, only 19 ahead.
//   - A second report of Weak's own collaboration, strong everywhere, is
//     never its twin.
func twFixture() []twCase {
	traits := []region.Trait{region.TraitFewLargeInstitutions, region.TraitStaffShortage}
	weakRegions := []region.Region{twRegion("weak-regio", 100000, 0.10, traits...)}
	themes := []project.Project{twProject(project.PhasePilot, project.ThemeTechnology, project.ThemeTriage)}
	strong := [5]int{75, 75, 75, 75, 75}
	weak := newTwCase(1, "Weak", "weak-regio", collab.StrategyRegionalVision, [5]int{75, 30, 75, 75, 55}, weakRegions, themes...)
	alpha := newTwCase(2, "Alpha", "alpha-regio", collab.StrategyRegionalVision, [5]int{75, 70, 75, 75, 75},
		[]region.Region{twRegion("alpha-regio", 100000, 0.10, traits...)},
		twProject(project.PhaseImplementation, project.ThemeTechnology), twProject(project.PhaseEmbedded, project.ThemeTriage))
	aardvark := newTwCase(3, "Aardvark", "aardvark-regio", collab.StrategyRegionalVision, [5]int{75, 70, 75, 75, 70},
		[]region.Region{twRegion("aardvark-regio", 100000, 0.10, traits...)},
		twProject(project.PhasePilot, project.ThemeTechnology, project.ThemeTriage))
	bravo := newTwCase(4, "Bravo", "bravo-regio", collab.StrategyCombined, [5]int{75, 100, 75, 75, 80},
		[]region.Region{twRegion("bravo-regio", 1000000, 0.12, region.TraitStaffShortage)},
		twProject(project.PhaseEmbedded, project.ThemeTechnology))
	charlie := newTwCase(5, "Charlie", "west-brabant", collab.StrategySmallInitiatives, [5]int{75, 85, 75, 75, 74}, nil)
	again := newTwCase(1, "Weak", "weak-regio", collab.StrategyRegionalVision, strong, weakRegions, themes...)
	again.r.Mechanisms[1].Score, again.r.Mechanisms[1].Band = 100, assess.BandStrong
	return []twCase{weak, alpha, aardvark, bravo, charlie, again}
}

// ranking lists the twins of a suggestion as "name rank".
func ranking(s assess.TwinSuggestion) []string {
	var out []string
	for _, t := range s.Twins {
		out = append(out, t.Name+" "+strconv.FormatFloat(t.Rank, 'f', -1, 64))
	}
	return out
}

func TestTwinRankingMatchesTheHandComputation(t *testing.T) {
	tests := []struct {
		name string
		opts assess.TwinOptions
		want map[collab.Mechanism][]string
	}{
		{
			name: "by default three twins on a weak mechanism and a lead of 20 points on a developing one",
			want: map[collab.Mechanism][]string{
				collab.MechanismStrategy:       {"Aardvark 0.8", "Alpha 0.8", "Bravo 0.608"},
				collab.MechanismInfrastructure: {"Alpha 0.8333", "Bravo 0.4747"},
			},
		},
		{
			name: "more twins and a smaller lead let the weaker matches in",
			opts: assess.TwinOptions{Max: 4, MinGap: 15},
			want: map[collab.Mechanism][]string{
				collab.MechanismStrategy:       {"Aardvark 0.8", "Alpha 0.8", "Bravo 0.608", "Charlie 0.2822"},
				collab.MechanismInfrastructure: {"Alpha 0.8333", "Aardvark 0.8", "Bravo 0.4747", "Charlie 0.2088"},
			},
		},
		{
			name: "one twin keeps the best",
			opts: assess.TwinOptions{Max: 1},
			want: map[collab.Mechanism][]string{
				collab.MechanismStrategy:       {"Aardvark 0.8"},
				collab.MechanismInfrastructure: {"Alpha 0.8333"},
			},
		},
		{
			name: "a negative maximum keeps the default",
			opts: assess.TwinOptions{Max: -2},
			want: map[collab.Mechanism][]string{
				collab.MechanismStrategy:       {"Aardvark 0.8", "Alpha 0.8", "Bravo 0.608"},
				collab.MechanismInfrastructure: {"Alpha 0.8333", "Bravo 0.4747"},
			},
		},
		{
			name: "a negative gap asks no lead, as a gap of one point",
			opts: assess.TwinOptions{Max: 4, MinGap: -5},
			want: map[collab.Mechanism][]string{
				collab.MechanismStrategy:       {"Aardvark 0.8", "Alpha 0.8", "Bravo 0.608", "Charlie 0.2822"},
				collab.MechanismInfrastructure: {"Alpha 0.8333", "Aardvark 0.8", "Bravo 0.4747", "Charlie 0.2088"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cases, reports := split(twFixture()...)
			got, err := assess.Twins(cases, reports, tt.opts)
			require.NoError(t, err)
			require.Len(t, got, 2, "only Weak needs twins, on two mechanisms")
			assert.Equal(t, collab.MechanismStrategy, got[0].Mechanism, "mechanisms in their fixed order")
			assert.Equal(t, collab.MechanismInfrastructure, got[1].Mechanism)
			for _, s := range got {
				assert.Equal(t, "Weak", s.Name)
				assert.Equal(t, tt.want[s.Mechanism], ranking(s), s.Mechanism.String())
			}
		})
	}
}

func TestTwinSimilarityParts(t *testing.T) {
	cases, reports := split(twFixture()...)
	got, err := assess.Twins(cases, reports, assess.TwinOptions{Max: 4})
	require.NoError(t, err)
	byName := map[string]assess.Twin{}
	for _, tw := range got[0].Twins {
		byName[tw.Name] = tw
	}
	assert.Equal(t, assess.Similarity{Region: 1, Strategy: 1, Themes: 1, Overall: 1}, byName["Alpha"].Similarity)
	assert.Equal(t, assess.Similarity{Region: 0.525, Strategy: 0.5, Themes: 0.5, Overall: 0.51}, byName["Bravo"].Similarity)
	assert.Equal(t, assess.Similarity{Region: 0.0692, Strategy: 0, Themes: 0.5, Overall: 0.2277}, byName["Charlie"].Similarity)
	for _, tw := range got[0].Twins {
		assert.NotEqual(t, reports[0].Collaboration, tw.Collaboration, "a case is never its own collaboration's twin")
		assert.Equal(t, assess.BandStrong, tw.Band)
	}
}

func TestTwinProfileFromOwnRegionsInsideAReferenceRegion(t *testing.T) {
	// Friesland has its reference population, 661,904, but no share aged
	// 75+; two regions of the case's own inside it give (6,000 + 6,000) /
	// 100,000 = 12%. The twin, West-Brabant (726,983), has one at 12%.
	// Region: (kind 1 + population 1 − log₁₀(726,983 / 661,904) = 0.9593
	// + provinces Fryslân against Noord-Brabant 0 + share 1) / 4 = 0.7398.
	muni := func(code, parent string, pop int, share float64) region.Region {
		return region.Region{Code: code, Name: code, Kind: region.KindMunicipality, Parents: []string{parent},
			Profile: region.Profile{Population: pop, Share75Plus: share}}
	}
	weak := newTwCase(1, "Friesland", "friesland", collab.StrategyCombined, [5]int{30, 75, 75, 75, 75},
		[]region.Region{muni("gem-a", "friesland", 60000, 0.10), muni("gem-b", "friesland", 40000, 0.15)})
	twin := newTwCase(2, "West-Brabant", "west-brabant", collab.StrategyCombined, [5]int{70, 75, 75, 75, 75},
		[]region.Region{muni("gem-c", "west-brabant", 200000, 0.12)})
	got, err := defaultTwins(split(weak, twin))
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.Len(t, got[0].Twins, 1)
	assert.Equal(t, assess.Similarity{Region: 0.7398, Strategy: 1, Themes: 0.5, Overall: 0.6959}, got[0].Twins[0].Similarity)
	assert.Contains(t, reasonsIn(got[0].Twins[0], collab.English), "A similar population: 726,983 against 661,904 here.")
	assert.Contains(t, reasonsIn(got[0].Twins[0], collab.Dutch), "Een vergelijkbare bevolking: 726.983 tegen 661.904 hier.")
	assert.Contains(t, reasonsIn(got[0].Twins[0], collab.English), "A similar share aged 75 and over: 12.0% against 12.0% here.")
	assert.Contains(t, reasonsIn(got[0].Twins[0], collab.Dutch), "Een vergelijkbaar aandeel 75-plussers: 12,0% tegen 12,0% hier.")
}

func TestTwinsWeighRegionSizeAndProvince(t *testing.T) {
	// Weak works in Zoetermeer (128,434 inhabitants, Zuid-Holland). Leiden
	// (130,108, Zuid-Holland) is about as large and in the same province:
	// region (kind 1 + size 1 − log₁₀(130,108 / 128,434) = 0.9944 +
	// province 1) / 3 = 0.9981. Zwolle (133,141, Overijssel) is about as
	// large but in another province: (1 + 0.9844 + 0) / 3 = 0.6615.
	both := [5]int{70, 75, 75, 75, 75}
	weak := newTwCase(1, "Zoetermeer", "gemeente-zoetermeer", collab.StrategyCombined, [5]int{30, 75, 75, 75, 75}, nil)
	leiden := newTwCase(2, "Leiden", "gemeente-leiden", collab.StrategyCombined, both, nil)
	zwolle := newTwCase(3, "Zwolle", "gemeente-zwolle", collab.StrategyCombined, both, nil)
	got, err := defaultTwins(split(weak, leiden, zwolle))
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.Len(t, got[0].Twins, 2)
	first, second := got[0].Twins[0], got[0].Twins[1]
	require.Equal(t, "Leiden", first.Name, "the twin in the same province ranks first")
	assert.Equal(t, 0.9981, first.Similarity.Region)
	assert.Equal(t, 0.6615, second.Similarity.Region)
	assert.Contains(t, reasonsIn(first, collab.English), "In the same province: Zuid-Holland.")
	assert.Contains(t, reasonsIn(first, collab.Dutch), "In dezelfde provincie: Zuid-Holland.")
	assert.Contains(t, reasonsIn(first, collab.Dutch), "Een vergelijkbare bevolking: 130.108 tegen 128.434 hier.")
	assert.Contains(t, reasonsIn(second, collab.English), "A similar population: 133,141 against 128,434 here.")
	assert.NotContains(t, strings.Join(reasonsIn(second, collab.English), "\n"), "province", "no shared province, no reason")
}

func TestTwinsSumTheMembersOfARegionMadeOfMunicipalities(t *testing.T) {
	achterhoek := region.Region{Code: "oost-achterhoek", Name: "Oost-Achterhoek", Kind: region.KindCustom,
		Members: []string{"gemeente-aalten", "gemeente-berkelland", "gemeente-oost-gelre", "gemeente-winterswijk"}}
	weak := newTwCase(1, "Achterhoek", "oost-achterhoek", collab.StrategyCombined, [5]int{30, 75, 75, 75, 75}, []region.Region{achterhoek})
	twin := newTwCase(2, "Zoetermeer", "gemeente-zoetermeer", collab.StrategyCombined, [5]int{70, 75, 75, 75, 75}, nil)
	got, err := defaultTwins(split(weak, twin))
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Contains(t, reasonsIn(got[0].Twins[0], collab.English), "A similar population: 128,434 against 130,441 here.")
}

// reasonsIn renders the reasons of tw in lang.
func reasonsIn(tw assess.Twin, lang collab.Language) []string {
	var out []string
	for _, r := range tw.Reasons {
		out = append(out, r.In(lang))
	}
	return out
}

func TestTwinReasons(t *testing.T) {
	cases, reports := split(twFixture()...)
	got, err := assess.Twins(cases, reports, assess.TwinOptions{})
	require.NoError(t, err)
	alpha := got[0].Twins[1]
	require.Equal(t, "Alpha", alpha.Name)
	assert.Equal(t, []string{
		"Scores 70 (strong) on strategy, against 30 (weak) here.",
		"The same kind of region: custom region.",
		"A similar population: 100,000 against 100,000 here.",
		"A similar share aged 75 and over: 10.0% against 10.0% here.",
		"Shared traits: few large institutions and staff shortage.",
		"The same strategy: programme from a regional vision.",
		"Works on the same themes: technology and triage.",
		"Has projects in implementation or embedded on technology and triage, where the projects here have not got that far.",
	}, reasonsIn(alpha, collab.English))
	assert.Equal(t, []string{"financier.copy-with-help", "financier.joint-implementation"}, got[0].Lessons)

	nl := assess.LocalizeTwins(got, collab.Dutch)
	assert.Equal(t, "Strategie", nl[0].Label)
	assert.Equal(t, "Scoort 70 (sterk) op strategie, tegen 30 (zwak) hier.", nl[0].Twins[1].Reasons[0].Text)
	assert.Equal(t, "Dezelfde strategie: programma vanuit een regiovisie.", nl[0].Twins[1].Reasons[5].Text)
	assert.Empty(t, got[0].Label, "LocalizeTwins does not change what it localizes")
}

func TestTwinsNeedOneMatchingReportPerCase(t *testing.T) {
	cases, reports := split(twFixture()...)
	tests := []struct {
		name     string
		cases    []*assess.Case
		reports  []*assess.Report
		wantPath string
		wantCode collab.Code
	}{
		{"fewer reports than cases", cases, reports[:2], "reports", collab.CodeOutOfRange},
		{"a nil case", append([]*assess.Case{nil}, cases[1:]...), reports, "cases[0]", collab.CodeRequired},
		{"a nil report", cases, append(append([]*assess.Report{}, reports[:3]...), nil, reports[4], reports[5]), "reports[3]", collab.CodeRequired},
		{"a report of another collaboration", cases, append([]*assess.Report{reports[1]}, reports[1:]...), "reports[0].collaboration", collab.CodeDanglingReference},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := assess.Twins(tt.cases, tt.reports, assess.TwinOptions{})
			require.Error(t, err)
			assert.Nil(t, got)
			var problems collab.Problems
			require.True(t, errors.As(err, &problems))
			require.Len(t, problems, 1)
			assert.Equal(t, tt.wantPath, problems[0].Path)
			assert.Equal(t, tt.wantCode, problems[0].Code)
		})
	}
}

func TestNoCasesGiveNoSuggestions(t *testing.T) {
	got, err := assess.Twins(nil, nil, assess.TwinOptions{})
	require.NoError(t, err)
	assert.NotNil(t, got)
	assert.Empty(t, got)

	strongOnly := newTwCase(1, "Strong", "west-brabant", collab.StrategyCombined, [5]int{90, 90, 90, 90, 90}, nil)
	weakOnly := newTwCase(2, "Weak", "friesland", collab.StrategyCombined, [5]int{90, 10, 90, 90, 90}, nil)
	got, err = defaultTwins(split(strongOnly))
	require.NoError(t, err)
	assert.Empty(t, got, "a case strong on everything needs no twin")
	got, err = defaultTwins(split(weakOnly, newTwCase(3, "Also weak", "groningen", collab.StrategyCombined, [5]int{90, 20, 90, 90, 90}, nil)))
	require.NoError(t, err)
	assert.Empty(t, got, "nobody is strong on strategy")
}

func TestWriteTwinsText(t *testing.T) {
	cases, reports := split(twFixture()...)
	got, err := assess.Twins(cases, reports, assess.TwinOptions{Max: 1})
	require.NoError(t, err)
	var b strings.Builder
	require.NoError(t, assess.WriteTwinsText(&b, got, collab.English))
	assert.Equal(t, `Weak (weak-regio): Strategy 30, weak
  1. Aardvark (aardvark-regio): 70, strong; rank 0.80, similarity 1.00
     - Scores 70 (strong) on strategy, against 30 (weak) here.
     - The same kind of region: custom region.
     - A similar population: 100,000 against 100,000 here.
     - A similar share aged 75 and over: 10.0% against 10.0% here.
     - Shared traits: few large institutions and staff shortage.
     - The same strategy: programme from a regional vision.
     - Works on the same themes: technology and triage.
  Lessons: financier.copy-with-help, financier.joint-implementation

Weak (weak-regio): Regional infrastructure 55, developing
  1. Alpha (alpha-regio): 75, strong; rank 0.83, similarity 1.00
     - Scores 75 (strong) on regional infrastructure, against 55 (developing) here.
     - The same kind of region: custom region.
     - A similar population: 100,000 against 100,000 here.
     - A similar share aged 75 and over: 10.0% against 10.0% here.
     - Shared traits: few large institutions and staff shortage.
     - The same strategy: programme from a regional vision.
     - Works on the same themes: technology and triage.
     - Has projects in implementation or embedded on technology and triage, where the projects here have not got that far.
  Lessons: financier.copy-with-help, financier.joint-implementation
`, b.String())

	b.Reset()
	require.NoError(t, assess.WriteTwinsText(&b, nil, collab.Dutch))
	assert.Equal(t, "Geen tweelingen voor te stellen: geen casus is zwak op een mechanisme waarop een andere casus sterk is.\n", b.String())
}

package lesson

import (
	"strings"
	"sync"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// allCodes is every code of the built-in catalogue, in catalogue order.
// Assessment rules cite these codes: a rename or removal must fail here.
var allCodes = []string{
	"strengthen.corona-accelerated",
	"strengthen.executive-commitment",
	"strengthen.internal-communication",
	"strengthen.continuity",
	"strengthen.existing-structures",
	"strengthen.financier-role",
	"strengthen.execution-choice",
	"strengthen.start-small",
	"strengthen.celebrate-successes",
	"strengthen.last-mile",
	"secure.communicate-value",
	"secure.one-page-summary",
	"secure.vraagbaak",
	"secure.return-to-vision",
	"secure.aanjager",
	"workfloor.live-contact",
	"workfloor.perseverance",
	"workfloor.priorities",
	"workfloor.involve-from-start",
	"workfloor.pride-ownership",
	"workfloor.attend-resistance",
	"mechanism.urgency-precondition",
	"mechanism.urgency-fluctuates",
	"mechanism.urgency-carriers-leave",
	"mechanism.small-initiatives",
	"mechanism.small-initiatives-fragile",
	"mechanism.regional-vision",
	"mechanism.regional-vision-costly",
	"mechanism.combine-strategies",
	"mechanism.involve-in-time",
	"mechanism.ask-who-is-affected",
	"mechanism.ambassadors",
	"mechanism.national-actors",
	"mechanism.regelruimte",
	"mechanism.bottlenecks-national-agenda",
	"mechanism.infrastructure-sustains",
	"mechanism.executive-network",
	"mechanism.professional-network",
	"mechanism.shared-care-practice",
	"mechanism.national-meetings",
	"mechanism.task-reallocation-first",
	"mechanism.scale-up",
	"network.ambition-framework",
	"network.transition-budget",
	"network.care-around-citizen",
	"network.transition-not-project",
	"network.professionals-in-lead",
	"network.shared-event",
	"network.capacity-management-driver",
	"network.governance-at-milestones",
	"network.functioning-first",
	"network.around-the-person",
	"network.prevent-replace-renew",
	"network.network-over-formal-region",
	"network.own-interest",
	"network.nobody-responsible",
	"network.no-concrete-ambition",
	"network.legislation-financing",
	"network.weak-governance",
	"network.forest-of-networks",
	"network.patient-perspective",
	"network.change-agenda",
	"network.trust-not-forced",
	"network.no-bureaucratic-layer",
	"capacity.capacitijd",
	"capacity.as-available-drains",
	"capacity.staying-out-no-option",
	"capacity.no-temporary-fix",
	"capacity.two-legged-professional",
	"capacity.organisation-takes-helm",
	"financier.zorgkantoor-at-table",
	"financier.independent-facilitator",
	"financier.size-of-region",
	"financier.joint-implementation",
	"financier.copy-with-help",
	"financier.widen-table",
	"financier.existing-structure-crisis",
	"financier.care-never-finished",
}

func TestCatalogueCodesAreStable(t *testing.T) {
	assert.Equal(t, allCodes, Default().Codes())
}

func TestCatalogueHoldsAtLeast45Lessons(t *testing.T) {
	assert.GreaterOrEqual(t, Default().Len(), 45)
	assert.Len(t, Default().All(), Default().Len())
}

func TestEveryLessonHasBothLanguagesAThemeAndASource(t *testing.T) {
	for _, l := range Default().All() {
		t.Run(l.Code, func(t *testing.T) {
			assert.NoError(t, l.Validate())
			assert.NotEmpty(t, strings.TrimSpace(l.Title.NL), "Dutch title")
			assert.NotEmpty(t, strings.TrimSpace(l.Title.EN), "English title")
			assert.NotEmpty(t, strings.TrimSpace(l.Text.NL), "Dutch text")
			assert.NotEmpty(t, strings.TrimSpace(l.Text.EN), "English text")
			assert.NotEqual(t, l.Text.NL, l.Text.EN, "the Dutch text is not the English one")
			assert.True(t, l.Theme.IsValid(), "theme")
			assert.NotEmpty(t, l.Mechanisms, "mechanisms")
			src, ok := LookupSource(l.Source.Key)
			require.True(t, ok, "source %q is known", l.Source.Key)
			assert.Equal(t, src, l.Source)
		})
	}
}

func TestEveryLessonTextIsOneToThreeSentences(t *testing.T) {
	for _, l := range Default().All() {
		for _, text := range []string{l.Text.NL, l.Text.EN} {
			n := sentences(text)
			assert.True(t, n >= 1 && n <= 3, "%s has %d sentences: %q", l.Code, n, text)
			assert.True(t, strings.HasSuffix(text, "."), "%s ends with a full stop: %q", l.Code, text)
		}
	}
}

// sentences counts full stops, question and exclamation marks that end a
// sentence (followed by a space or the end of the text).
func sentences(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '?', '!':
			if i == len(s)-1 || s[i+1] == ' ' {
				n++
			}
		}
	}
	return n
}

func TestCatalogueCodesAreUniqueAndWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, l := range Default().All() {
		assert.False(t, seen[l.Code], "code %s repeated", l.Code)
		seen[l.Code] = true
		prefix, ok := splitCode(l.Code)
		require.True(t, ok, l.Code)
		assert.Equal(t, l.Theme.CodePrefix(), prefix, l.Code)
	}
}

func TestEachThemeComesFromItsSource(t *testing.T) {
	want := map[Theme]string{
		ThemeStrengthening: SourceProgrammeManagers2021,
		ThemeSecuring:      SourceProgrammeManagers2021,
		ThemeWorkFloor:     SourceProgrammeManagers2021,
		ThemeMechanism:     SourceMechanisms2022,
		ThemeNetwork:       SourceWebinar2021,
		ThemeCapacity:      SourceCapacity2020,
		ThemeFinancier:     SourceZorgkantoor2020,
	}
	for _, th := range Themes() {
		lessons := Default().ByTheme(th)
		assert.NotEmpty(t, lessons, "theme %s has lessons", th)
		for _, l := range lessons {
			assert.Equal(t, want[th], l.Source.Key, l.Code)
		}
	}
}

func TestEveryMechanismAndSourceHasLessons(t *testing.T) {
	for _, m := range collab.Mechanisms() {
		assert.GreaterOrEqual(t, len(Default().ByMechanism(m)), 4, "mechanism %s", m)
	}
	cited := map[string]bool{}
	for _, l := range Default().All() {
		cited[l.Source.Key] = true
	}
	for _, s := range Sources() {
		assert.True(t, cited[s.Key], "source %s is cited", s.Key)
	}
}

// TestCatalogueCoversTheRequiredTopics lists each topic the issue requires,
// the lesson that covers it, and words that lesson's texts must contain, so
// that the coverage is checked, not only claimed.
func TestCatalogueCoversTheRequiredTopics(t *testing.T) {
	tests := []struct {
		topic  string
		code   string
		mech   collab.Mechanism
		en, nl []string // words the English and Dutch text or title must contain
	}{
		// Programme managers, April 2021: strengthening regional collaboration.
		{"corona made collaboration stronger and faster", "strengthen.corona-accelerated", collab.MechanismUrgency, []string{"corona"}, []string{"corona"}},
		{"lasting executive commitment needs permanent attention", "strengthen.executive-commitment", collab.MechanismUrgency, []string{"executives", "commit"}, []string{"bestuurders"}},
		{"internal communication creates awareness and support", "strengthen.internal-communication", collab.MechanismUrgency, []string{"staff"}, []string{"medewerkers"}},
		{"plan continuity for when the programme ends", "strengthen.continuity", collab.MechanismInfrastructure, []string{"programme", "stop"}, []string{"programma"}},
		{"build on existing structures", "strengthen.existing-structures", collab.MechanismInfrastructure, []string{"existing", "good reason"}, []string{"goede reden"}},
		{"a clear role for financiers", "strengthen.financier-role", collab.MechanismActors, []string{"zorgkantoor", "insurers", "municipalities"}, []string{"zorgkantoor", "gemeenten"}},
		{"execution organisation or responsibilities in the line", "strengthen.execution-choice", collab.MechanismInfrastructure, []string{"execution organisation", "line"}, []string{"uitvoeringsorganisatie", "lijn"}},
		{"start small and concrete, then expand", "strengthen.start-small", collab.MechanismStrategy, []string{"small", "expand"}, []string{"klein"}},
		{"celebrate successes, small ones too", "strengthen.celebrate-successes", collab.MechanismUrgency, []string{"Celebrate"}, []string{"Vier"}},
		{"keep attention to the end", "strengthen.last-mile", collab.MechanismUrgency, []string{"hardest"}, []string{"lastigste"}},
		// Securing and developing further.
		{"keep communicating the added value, also on the work floor", "secure.communicate-value", collab.MechanismUrgency, []string{"work floor"}, []string{"werkvloer"}},
		{"a one-page summary", "secure.one-page-summary", collab.MechanismUrgency, []string{"single page"}, []string{"A4"}},
		{"a vraagbaak", "secure.vraagbaak", collab.MechanismInfrastructure, []string{"point of contact"}, []string{"aanspreekpunt"}},
		{"keep returning to the regional vision", "secure.return-to-vision", collab.MechanismStrategy, []string{"regional vision", "why"}, []string{"regiovisie", "waarom"}},
		{"appoint an aanjager", "secure.aanjager", collab.MechanismUrgency, []string{"aanjager", "agenda"}, []string{"aanjager"}},
		// Implementation on the work floor.
		{"live contact and time for relationships", "workfloor.live-contact", collab.MechanismActors, []string{"face-to-face", "relationships"}, []string{"relatie"}},
		{"perseverance; setbacks are normal; adaptability", "workfloor.perseverance", collab.MechanismUrgency, []string{"Setbacks", "adapt"}, []string{"Tegenslag", "aan te passen"}},
		{"set priorities, not everything at once", "workfloor.priorities", collab.MechanismStrategy, []string{"everything at once"}, []string{"alles tegelijk"}},
		{"involve people from the start", "workfloor.involve-from-start", collab.MechanismActors, []string{"boardroom", "from day one"}, []string{"werkvloer", "bestuurstafel"}},
		{"successes build pride and ownership", "workfloor.pride-ownership", collab.MechanismActors, []string{"pride"}, []string{"trots"}},
		{"keep talking, attend to resistance", "workfloor.attend-resistance", collab.MechanismActors, []string{"objections"}, []string{"bezwaren"}},
		// The five mechanisms, June 2022.
		{"urgency and commitment are a precondition", "mechanism.urgency-precondition", collab.MechanismUrgency, []string{"urgent", "agenda"}, []string{"agenda"}},
		{"urgency fluctuates with staff shortage", "mechanism.urgency-fluctuates", collab.MechanismUrgency, []string{"staff shortage", "ebb"}, []string{"personeelstekort"}},
		{"the people who carry urgency leaving", "mechanism.urgency-carriers-leave", collab.MechanismUrgency, []string{"turnover"}, []string{"Personeelsverloop"}},
		{"small initiatives: advantages", "mechanism.small-initiatives", collab.MechanismStrategy, []string{"triage", "work floor"}, []string{"triage-instrument"}},
		{"small initiatives: drawbacks", "mechanism.small-initiatives-fragile", collab.MechanismStrategy, []string{"scale", "vulnerable"}, []string{"kwetsbaar"}},
		{"regional vision: advantage", "mechanism.regional-vision", collab.MechanismStrategy, []string{"horizon"}, []string{"horizon"}},
		{"regional vision: drawbacks", "mechanism.regional-vision-costly", collab.MechanismStrategy, []string{"concrete", "time"}, []string{"tijd"}},
		{"combine both strategies", "mechanism.combine-strategies", collab.MechanismStrategy, []string{"shared vision", "small"}, []string{"visie"}},
		{"professionals involved late cause friction", "mechanism.involve-in-time", collab.MechanismActors, []string{"later", "friction"}, []string{"wrijving"}},
		{"ask who will be affected", "mechanism.ask-who-is-affected", collab.MechanismActors, []string{"triage model", "carers"}, []string{"verzorgenden"}},
		{"work with ambassadors", "mechanism.ambassadors", collab.MechanismActors, []string{"ambassadors"}, []string{"ambassadeurs"}},
		{"national actors such as the IGJ for ANW response times", "mechanism.national-actors", collab.MechanismLeeway, []string{"IGJ", "ANW", "response-time"}, []string{"IGJ", "aanrijtijden"}},
		{"regelruimte changes national rules", "mechanism.regelruimte", collab.MechanismLeeway, []string{"national policy", "rules"}, []string{"landelijk beleid"}},
		{"regions that build infrastructure sustain care", "mechanism.infrastructure-sustains", collab.MechanismInfrastructure, []string{"sustainable"}, []string{"duurzaam"}},
		{"networks of executives", "mechanism.executive-network", collab.MechanismInfrastructure, []string{"executives"}, []string{"bestuurders"}},
		{"networks of professionals", "mechanism.professional-network", collab.MechanismInfrastructure, []string{"care professionals"}, []string{"zorgprofessionals"}},
		{"care practices such as a shared transition ward", "mechanism.shared-care-practice", collab.MechanismInfrastructure, []string{"transition ward", "hospital"}, []string{"schakelafdeling"}},
		{"national meetings connect regions", "mechanism.national-meetings", collab.MechanismInfrastructure, []string{"National meetings"}, []string{"kennisbank"}},
		{"capacity poll: task reallocation first, then triage, technology, regional ANW", "mechanism.task-reallocation-first", collab.MechanismStrategy, []string{"task reallocation first", "triage", "technology", "ANW"}, []string{"taakherschikking"}},
		{"scaling up has more effect", "mechanism.scale-up", collab.MechanismStrategy, []string{"larger scale", "effect"}, []string{"effect"}},
		// Zoetermeer 2025 and the webinar, March 2021.
		{"shared ambition framework: health, quality, costs", "network.ambition-framework", collab.MechanismStrategy, []string{"health", "quality", "lower costs"}, []string{"gezondheid", "kwaliteit", "kosten"}},
		{"transition budget on top of current costs", "network.transition-budget", collab.MechanismStrategy, []string{"on top of current"}, []string{"transitiebudget", "bovenop"}},
		{"a transition, not a project", "network.transition-not-project", collab.MechanismStrategy, []string{"not a project"}, []string{"transitie"}},
		{"professionals in the lead", "network.professionals-in-lead", collab.MechanismActors, []string{"professionals lead"}, []string{"zorgprofessionals"}},
		{"governance not first, tied around milestones", "network.governance-at-milestones", collab.MechanismInfrastructure, []string{"milestones", "Do not open with it"}, []string{"mijlpalen"}},
		{"regional capacity management as driving force", "network.capacity-management-driver", collab.MechanismInfrastructure, []string{"capacity", "driving force"}, []string{"capaciteitsmanagement"}},
		{"a large event grows the core group", "network.shared-event", collab.MechanismUrgency, []string{"90", "tenfold"}, []string{"vertienvoudigd"}},
		{"care around the citizen, living at home longer", "network.care-around-citizen", collab.MechanismStrategy, []string{"citizen", "home"}, []string{"burger", "thuis"}},
		{"functioning, not care, as the starting point", "network.functioning-first", collab.MechanismStrategy, []string{"function"}, []string{"functioneren"}},
		{"grow the network around the person: family, friends, neighbours", "network.around-the-person", collab.MechanismInfrastructure, []string{"family", "friends", "neighbours"}, []string{"familie", "vrienden", "buren"}},
		{"JZOJP: prevent, replace, renew", "network.prevent-replace-renew", collab.MechanismStrategy, []string{"JZOJP", "prevent", "replac", "renew"}, []string{"voorkomen", "vervangen", "vernieuwen"}},
		{"network yes, formalising the region not needed", "network.network-over-formal-region", collab.MechanismInfrastructure, []string{"formalising the region"}, []string{"geformaliseerd"}},
		{"barrier: own organisational interest", "network.own-interest", collab.MechanismUrgency, []string{"own organisation"}, []string{"eigen organisatie"}},
		{"barrier: nobody responsible for the whole", "network.nobody-responsible", collab.MechanismInfrastructure, []string{"no one feels responsible"}, []string{"verantwoordelijk"}},
		{"barrier: no concrete shared ambition", "network.no-concrete-ambition", collab.MechanismStrategy, []string{"shared ambition", "concrete"}, []string{"concreet"}},
		{"barrier: legislation and financing", "network.legislation-financing", collab.MechanismLeeway, []string{"Laws", "financed"}, []string{"Wetten", "gefinancierd"}},
		{"barrier: weak governance and implementation power", "network.weak-governance", collab.MechanismInfrastructure, []string{"governance", "into practice"}, []string{"governance"}},
		{"barrier: a forest of networks", "network.forest-of-networks", collab.MechanismInfrastructure, []string{"network upon network", "citizen"}, []string{"woud", "burger"}},
		{"success: start from the patient's perspective", "network.patient-perspective", collab.MechanismStrategy, []string{"patient", "shared ambition"}, []string{"patiënt", "ambitie"}},
		{"success: translate the ambition into each organisation's change agenda", "network.change-agenda", collab.MechanismStrategy, []string{"agenda for change"}, []string{"veranderagenda"}},
		{"success: trust cannot be forced", "network.trust-not-forced", collab.MechanismActors, []string{"trust", "pain"}, []string{"vertrouwen", "pijn"}},
		{"success: some direction, no new bureaucratic layer", "network.no-bureaucratic-layer", collab.MechanismInfrastructure, []string{"bureaucratic layer", "direction"}, []string{"bureaucratische laag"}},
		// Capacity, March 2020.
		{"capacitijd: time, capacity and competences", "capacity.capacitijd", collab.MechanismInfrastructure, []string{"time", "capacity", "competences", "capacitijd"}, []string{"capacitijd", "competenties"}},
		{"staff assigned as available lose energy", "capacity.as-available-drains", collab.MechanismUrgency, []string{"energy", "headache file"}, []string{"hoofdpijndossier"}},
		{"staying out is no option", "capacity.staying-out-no-option", collab.MechanismUrgency, []string{"stand aside"}, []string{"langs de kant"}},
		{"no traditional temporary fix", "capacity.no-temporary-fix", collab.MechanismInfrastructure, []string{"advisory report"}, []string{"adviesrapport"}},
		{"the two-legged professional", "capacity.two-legged-professional", collab.MechanismActors, []string{"two-legged", "from within the organisation"}, []string{"tweebenige", "vanuit de organisatie"}},
		{"the organisation takes the helm in the end", "capacity.organisation-takes-helm", collab.MechanismInfrastructure, []string{"helm", "on its own"}, []string{"roer", "zelf"}},
		// The financier at the table, July 2020.
		{"the zorgkantoor as essential link", "financier.zorgkantoor-at-table", collab.MechanismActors, []string{"zorgkantoor", "essential link", "one to one"}, []string{"zorgkantoor", "onmisbaar"}},
		{"an independent facilitator and sounding board", "financier.independent-facilitator", collab.MechanismActors, []string{"independent sounding board", "other regions"}, []string{"klankbord"}},
		{"work to the size of the region", "financier.size-of-region", collab.MechanismStrategy, []string{"size of the region", "volunteers", "GPs"}, []string{"op maat van de regio", "vrijwilligers", "huisartsen"}},
		{"West-Brabant implements innovations jointly", "financier.joint-implementation", collab.MechanismInfrastructure, []string{"West-Brabant", "fourteen", "four technological"}, []string{"veertien"}},
		{"copy a working approach with that region's help", "financier.copy-with-help", collab.MechanismStrategy, []string{"Friesland", "West-Brabant", "helped"}, []string{"Friesland", "hulp"}},
		{"widen the table to GZ and GGZ", "financier.widen-table", collab.MechanismActors, []string{"GZ", "GGZ"}, []string{"GZ", "GGZ"}},
		{"an existing regional structure helped in the corona crisis", "financier.existing-structure-crisis", collab.MechanismInfrastructure, []string{"corona crisis"}, []string{"coronacrisis"}},
	}
	covered := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.topic, func(t *testing.T) {
			l, ok := Default().Lookup(tt.code)
			require.True(t, ok, "lesson %s exists", tt.code)
			assert.True(t, l.BearsOn(tt.mech), "%s bears on %s", tt.code, tt.mech)
			en := l.Title.EN + " " + l.Text.EN
			nl := l.Title.NL + " " + l.Text.NL
			for _, w := range tt.en {
				assert.Contains(t, en, w, tt.code)
			}
			for _, w := range tt.nl {
				assert.Contains(t, nl, w, tt.code)
			}
		})
		covered[tt.code] = true
	}
	assert.GreaterOrEqual(t, len(covered), 70, "the topics are covered by distinct lessons")
}

func TestCatalogueHandsOutCopies(t *testing.T) {
	c := Default()
	all := c.All()
	first := all[0].Code
	orig := all[0].Mechanisms[0]
	all[0].Mechanisms[0] = collab.Mechanism(99)
	all[0].Text.EN = "changed"
	_ = append(all[0].Mechanisms, collab.MechanismLeeway) // must not overwrite all[1]
	assert.Equal(t, c.All()[1].Mechanisms, all[1].Mechanisms)

	l, ok := c.Lookup(first)
	require.True(t, ok)
	assert.Equal(t, orig, l.Mechanisms[0])
	assert.NotEqual(t, "changed", l.Text.EN)

	l.Mechanisms[0] = collab.Mechanism(99)
	again, _ := c.Lookup(first)
	assert.Equal(t, orig, again.Mechanisms[0])

	byM := c.ByMechanism(orig)
	byM[0].Mechanisms[0] = collab.Mechanism(99)
	assert.Equal(t, orig, c.ByMechanism(orig)[0].Mechanisms[0])

	codes := c.Codes()
	codes[0] = "changed"
	assert.Equal(t, first, c.Codes()[0])
}

func TestDefaultIsBuiltOnce(t *testing.T) {
	a, b := Default(), Default()
	assert.Same(t, &a.lessons[0], &b.lessons[0], "every call shares the lessons built on the first")
	assert.Same(t, &a.vocab[0], &b.vocab[0], "and their search index")
}

func TestLookupReportsAnUnknownCode(t *testing.T) {
	_, ok := Default().Lookup("mechanism.does-not-exist")
	assert.False(t, ok)
	_, ok = Default().Lookup("")
	assert.False(t, ok)
}

func TestByMechanismKeepsCatalogueOrder(t *testing.T) {
	got := Default().ByMechanism(collab.MechanismLeeway)
	var codes []string
	for _, l := range got {
		assert.True(t, l.BearsOn(collab.MechanismLeeway))
		codes = append(codes, l.Code)
	}
	assert.Equal(t, []string{
		"mechanism.national-actors",
		"mechanism.regelruimte",
		"mechanism.bottlenecks-national-agenda",
		"network.legislation-financing",
	}, codes)
	assert.Empty(t, Default().ByMechanism(collab.MechanismUnknown))
	assert.Empty(t, Default().ByMechanism(collab.Mechanism(50)))
}

func TestByThemeReturnsOnlyThatTheme(t *testing.T) {
	got := Default().ByTheme(ThemeSecuring)
	require.Len(t, got, 5)
	for _, l := range got {
		assert.Equal(t, ThemeSecuring, l.Theme)
	}
	assert.Empty(t, Default().ByTheme(ThemeUnknown))
}

func TestNewCatalogueRejectsInvalidLessonsWithPaths(t *testing.T) {
	a := validLesson()
	b := validLesson()
	b.Text.NL = ""
	c := validLesson() // same code as a
	cat, err := NewCatalogue([]Lesson{a, b, c})
	require.Error(t, err)
	assert.Zero(t, cat, "on error the catalogue is the zero, empty one")
	assertProblems(t, []collab.Problem{
		{Path: "lessons[1].text.nl", Code: collab.CodeRequired},
		{Path: "lessons[1].code", Code: collab.CodeDuplicate},
		{Path: "lessons[2].code", Code: collab.CodeDuplicate},
	}, collab.ProblemsOf(err))
	assert.ErrorIs(t, err, collab.CodeDuplicate)
	assert.Contains(t, err.Error(), `"mechanism.example-lesson"`)
}

func TestNewCatalogueCopiesItsInput(t *testing.T) {
	in := []Lesson{validLesson()}
	cat, err := NewCatalogue(in)
	require.NoError(t, err)
	in[0].Mechanisms[0] = collab.MechanismUrgency
	in[0].Code = "changed"
	l, ok := cat.Lookup("mechanism.example-lesson")
	require.True(t, ok)
	assert.Equal(t, collab.MechanismActors, l.Mechanisms[0])
}

func TestZeroCatalogueIsEmpty(t *testing.T) {
	var c Catalogue
	assert.Zero(t, c.Len())
	assert.Empty(t, c.All())
	assert.Empty(t, c.Codes())
	_, ok := c.Lookup("strengthen.continuity")
	assert.False(t, ok)
	assert.Empty(t, c.Search(Query{Text: "urgency"}))
	assert.Empty(t, c.Search(Query{}))
}

func TestCatalogueIsSafeForConcurrentUse(t *testing.T) {
	c := Default()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for range 50 {
				res := c.Search(Query{Text: "urgentie ambassadeur", Limit: 3})
				if len(res) > 0 {
					res[0].Lesson.Mechanisms[0] = collab.Mechanism(i + 10)
				}
				all := c.All()
				all[0].Mechanisms[0] = collab.Mechanism(i + 10)
				if _, ok := c.Lookup("strengthen.continuity"); !ok {
					t.Error("lookup failed")
				}
			}
		})
	}
	wg.Wait()
	assert.NoError(t, Default().All()[0].Validate(), "concurrent callers changed nothing")
}

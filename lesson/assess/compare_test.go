package assess_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
)

// cmpReport returns a hand-made report of the small collaboration on asOf
// with the five scores in mechanism order and the findings given.
func cmpReport(asOf string, scores [5]int, findings ...assess.Finding) *assess.Report {
	r := &assess.Report{
		Collaboration: saCollab, Name: "Self-assessment test collaboration", Region: "west-brabant",
		AsOf: saDay(asOf), Language: collab.English, Findings: findings, Strengths: []assess.Strength{},
	}
	for i, m := range collab.Mechanisms() {
		r.Mechanisms = append(r.Mechanisms, assess.MechanismResult{
			Mechanism: m, Label: m.Label(collab.English), Score: scores[i], Band: assess.BandOf(scores[i]), Evidence: []assess.Evidence{},
		})
	}
	return r
}

// cmpFinding returns a finding of the rule for mechanism m about the
// subject whose ID ends in the digit, seen at path. Its message has the
// key msg, which is in no message table, so it renders as itself.
func cmpFinding(rule string, m collab.Mechanism, subject byte, path, msg string) assess.Finding {
	about := []assess.Subject{{Kind: assess.SubjectStakeholder, ID: uuid.UUID{15: subject}}}
	return assess.Finding{Rule: rule, Severity: assess.SeverityWarning, Mechanism: m, Subjects: about, Message: assess.Say(msg),
		Evidence: []assess.Evidence{{Seen: assess.Say(msg), Path: path, Effect: -10}}, Lessons: []string{"secure.aanjager"}, Next: assess.Say("Act.")}
}

func TestCompareMechanisms(t *testing.T) {
	old := cmpReport("2021-06-01", [5]int{35, 50, 72, 50, 20})
	new := cmpReport("2022-06-01", [5]int{45, 50, 65, 40, 40})
	c, err := assess.Compare(old, new)
	require.NoError(t, err)
	want := []struct {
		from, to, delta int
		bandFrom        assess.Band
		bandTo          assess.Band
	}{
		{35, 45, +10, assess.BandWeak, assess.BandDeveloping},
		{50, 50, 0, assess.BandDeveloping, assess.BandDeveloping},
		{72, 65, -7, assess.BandStrong, assess.BandDeveloping},
		{50, 40, -10, assess.BandDeveloping, assess.BandDeveloping},
		{20, 40, +20, assess.BandWeak, assess.BandDeveloping},
	}
	require.Len(t, c.Mechanisms, 5)
	for i, w := range want {
		m := c.Mechanisms[i]
		assert.Equal(t, collab.Mechanisms()[i], m.Mechanism)
		assert.Equal(t, assess.ScoreChange{From: w.from, To: w.to, Delta: w.delta}, m.Score, "%s", m.Mechanism)
		assert.Equal(t, assess.BandChange{From: w.bandFrom, To: w.bandTo}, m.Band, "%s", m.Mechanism)
		assert.Equal(t, w.bandFrom != w.bandTo, m.Band.Changed())
		assert.Nil(t, m.SelfAssessment)
	}
	assert.Equal(t, saDay("2021-06-01"), c.From)
	assert.Equal(t, saDay("2022-06-01"), c.To)
	assert.Nil(t, c.Phase, "hand-made reports without a phase give no phase move")
}

func TestCompareFindings(t *testing.T) {
	aanjager := cmpFinding("urgency.aanjager", collab.MechanismUrgency, 0, "collaboration.roleHolders", "No aanjager.")
	capacityOld := cmpFinding("actors.capacity", collab.MechanismActors, 1, "collaboration.members[1].capacityHours", "2 of 3 without hours.")
	capacityNew := cmpFinding("actors.capacity", collab.MechanismActors, 1, "collaboration.members[0].capacityHours", "1 of 3 without hours.")
	capacityElsewhere := cmpFinding("actors.capacity", collab.MechanismActors, 2, "collaboration.members[1].capacityHours", "Another member.")
	dividedUrgency := cmpFinding("selfassessment.divided", collab.MechanismUrgency, 0, "selfAssessments", "Divided on urgency.")
	dividedStrategy := cmpFinding("selfassessment.divided", collab.MechanismStrategy, 0, "selfAssessments", "Divided on strategy.")
	forest := cmpFinding("infrastructure.forest", collab.MechanismInfrastructure, 3, "collaboration.networks[1]", "Overlap.")

	old := cmpReport("2021-06-01", [5]int{50, 50, 50, 50, 50}, aanjager, capacityOld, dividedUrgency, forest, forest)
	new := cmpReport("2022-06-01", [5]int{50, 50, 50, 50, 50}, capacityNew, capacityElsewhere, dividedStrategy, dividedUrgency, forest)
	c, err := assess.Compare(old, new)
	require.NoError(t, err)

	msgs := func(fs []assess.Finding) []string {
		out := []string{}
		for _, f := range fs {
			out = append(out, f.Message.In(collab.English))
		}
		return out
	}
	assert.Equal(t, []string{"No aanjager.", "Overlap."}, msgs(c.Resolved),
		"in the old report only; of two identical findings one persists and one is resolved")
	assert.Equal(t, []string{"Another member.", "Divided on strategy."}, msgs(c.New),
		"a finding about another subject (though at the same path), or for another mechanism, is new")
	assert.Equal(t, []string{"1 of 3 without hours.", "Divided on urgency.", "Overlap."}, msgs(c.Persisting),
		"a finding about the same subject persists, though its item moved in the list; persisting findings are written as the newer report writes them")

	c.Persisting[0].Evidence[0].Seen = assess.Say("changed")
	c.Persisting[0].Lessons[0] = "changed"
	assert.Equal(t, "1 of 3 without hours.", new.Findings[0].Evidence[0].Seen.Key, "the comparison shares no memory with the reports")
	assert.Equal(t, "secure.aanjager", new.Findings[0].Lessons[0])
}

func TestCompareRefusesReportsThatDoNotBelongTogether(t *testing.T) {
	other := cmpReport("2022-06-01", [5]int{})
	other.Collaboration = uuid.MustParse("5e1f0000-0000-4000-8000-0000000000ee")
	short := cmpReport("2022-06-01", [5]int{})
	short.Mechanisms = short.Mechanisms[:4]
	tests := []struct {
		name     string
		old, new *assess.Report
		want     [][2]string
	}{
		{"no reports at all", nil, nil, [][2]string{{"old", "required"}, {"new", "required"}}},
		{"reports of two collaborations", cmpReport("2021-06-01", [5]int{}), other, [][2]string{{"new.collaboration", "not-allowed"}}},
		{"a newer report dated before the older one", cmpReport("2022-06-02", [5]int{}), cmpReport("2022-06-01", [5]int{}),
			[][2]string{{"new.asOf", "date-order"}}},
		{"both mistakes at once", cmpReport("2023-01-01", [5]int{}), other,
			[][2]string{{"new.collaboration", "not-allowed"}, {"new.asOf", "date-order"}}},
		{"a report without all five mechanisms", cmpReport("2021-06-01", [5]int{}), short,
			[][2]string{{"new.mechanisms", "required"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := assess.Compare(tt.old, tt.new)
			assert.Nil(t, c)
			var got [][2]string
			for _, p := range collab.ProblemsOf(err) {
				got = append(got, [2]string{p.Path, string(p.Code)})
			}
			assert.Equal(t, tt.want, got)
		})
	}
	c, err := assess.Compare(cmpReport("2022-06-01", [5]int{}), cmpReport("2022-06-01", [5]int{}))
	require.NoError(t, err, "two reports on one date compare, for a corrected case")
	assert.Empty(t, c.Resolved)
}

// TestCompareTwoEvaluations follows the small case over a year: an
// aanjager is appointed, the vision adopted and a project piloted, and a
// second self-assessment round is less divided.
func TestCompareTwoEvaluations(t *testing.T) {
	before := saCase()
	rung1(before)
	before.SelfAssessments = []collab.SelfAssessment{dividedRound()}
	after := saCase()
	rung1(after)
	rung2(after)
	after.SelfAssessments = []collab.SelfAssessment{dividedRound(),
		saRound(2, "2022-03-01",
			rater{saProviderA, saExec, map[collab.Mechanism]int{saActs: 4, saLeew: 3}},
			rater{saProviderB, saExec, on(saActs, 4)},
			rater{saProviderA, saProf, map[collab.Mechanism]int{saActs: 3, saLeew: 3}},
			rater{saProviderB, saProf, map[collab.Mechanism]int{saActs: 3, saLeew: 4}},
			rater{saZorgkantoor, saProf, on(saActs, 3)})}

	old := saEvaluate(t, before, "2021-06-01")
	new := saEvaluate(t, after, "2022-06-01").Localize(collab.Dutch)
	c, err := assess.Compare(old, new)
	require.NoError(t, err)

	urgency := c.Mechanisms[0]
	assert.Equal(t, old.Mechanisms[0].Score, urgency.Score.From)
	assert.Equal(t, new.Mechanisms[0].Score, urgency.Score.To)
	assert.Equal(t, 20, urgency.Score.Delta, "the aanjager turns −10 into +10")

	acts := c.Mechanisms[2]
	require.NotNil(t, acts.SelfAssessment)
	assert.Equal(t, assess.MedianChange{From: 2, To: 3, Delta: 1}, *acts.SelfAssessment)
	assert.Empty(t, acts.Label, "a comparison has no language until it is localized")
	assert.Equal(t, "Tijdig betrekken van relevante actoren", c.Localize(collab.Dutch).Mechanisms[2].Label)

	require.NotNil(t, c.Phase)
	assert.Equal(t, assess.PhaseMove{From: assess.PhaseInitiativeAndDesign, To: assess.PhaseExperimentAndExecution, Delta: 1}, *c.Phase)

	rules := func(fs []assess.Finding) []string {
		out := []string{}
		for _, f := range fs {
			out = append(out, f.Rule)
		}
		return out
	}
	assert.Contains(t, rules(c.Resolved), "urgency.aanjager")
	assert.Contains(t, rules(c.Resolved), "selfassessment.divided", "the new round is no longer divided on actors")
	assert.Contains(t, rules(c.Persisting), "actors.vraagbaak")
	assert.NotContains(t, rules(c.New), "urgency.aanjager")
	assert.Equal(t, len(old.Findings), len(c.Resolved)+len(c.Persisting), "each old finding is resolved or persists")
	assert.Equal(t, len(new.Findings), len(c.New)+len(c.Persisting), "each new finding is new or persists")
}

func TestCompareWorksOnReportsReadBackFromJSON(t *testing.T) {
	a := saCase()
	a.SelfAssessments = []collab.SelfAssessment{dividedRound()}
	old := saEvaluate(t, a, "2021-06-01")
	rung1(a)
	new := saEvaluate(t, a, "2021-12-01")
	want, err := assess.Compare(old, new)
	require.NoError(t, err)

	readBack := func(r *assess.Report) *assess.Report {
		b, err := json.Marshal(r)
		require.NoError(t, err)
		var back assess.Report
		require.NoError(t, json.Unmarshal(b, &back))
		return &back
	}
	got, err := assess.Compare(readBack(old), readBack(new))
	require.NoError(t, err)
	assert.Equal(t, want, got)

	assert.Equal(t, new, readBack(new), "a report read back from JSON is the same data, typed parameters included")
	nl := new.Localize(collab.Dutch)
	assert.Equal(t, nl, readBack(nl), "and so is a localized one")
	got, err = assess.Compare(readBack(old.Localize(collab.English)), readBack(nl))
	require.NoError(t, err)
	assert.Equal(t, want, got, "reports read back in two languages compare as the data they hold")
}

func TestComparisonJSON(t *testing.T) {
	old := cmpReport("2021-06-01", [5]int{35, 50, 50, 50, 50}, cmpFinding("urgency.aanjager", collab.MechanismUrgency, 0, "collaboration.roleHolders", "No aanjager."))
	new := cmpReport("2022-06-01", [5]int{45, 50, 50, 50, 50})
	old.Mechanisms[2].SelfAssessment = &assess.SelfAssessmentSummary{Median: 2}
	new.Mechanisms[2].SelfAssessment = &assess.SelfAssessmentSummary{Median: 3.5}
	old.Phase = &assess.PhaseResult{Phase: assess.PhaseExperimentAndExecution}
	new.Phase = &assess.PhaseResult{Phase: assess.PhaseInitiativeAndDesign}
	c, err := assess.Compare(old, new)
	require.NoError(t, err)
	c.Mechanisms = c.Mechanisms[:3]
	b, err := json.Marshal(c.Localize(collab.English))
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"collaboration": "5e1f0000-0000-4000-8000-000000000001", "name": "Self-assessment test collaboration", "region": "west-brabant",
		"from": "2021-06-01", "to": "2022-06-01", "language": "en",
		"mechanisms": [
			{"mechanism": "urgency", "label": "Urgency and commitment", "score": {"from": 35, "to": 45, "delta": 10}, "band": {"from": "weak", "to": "developing"}},
			{"mechanism": "strategy", "label": "Strategy", "score": {"from": 50, "to": 50, "delta": 0}, "band": {"from": "developing", "to": "developing"}},
			{"mechanism": "actors", "label": "Involving relevant actors in time", "score": {"from": 50, "to": 50, "delta": 0}, "band": {"from": "developing", "to": "developing"},
			 "selfAssessment": {"from": 2, "to": 3.5, "delta": 1.5}}
		],
		"phase": {"from": "experiment-and-execution", "to": "initiative-and-design", "delta": -1},
		"resolved": [{"rule": "urgency.aanjager", "severity": "warning", "mechanism": "urgency",
			"message": {"key": "No aanjager.", "text": "No aanjager."},
			"subjects": [{"kind": "stakeholder", "id": "00000000-0000-0000-0000-000000000000"}],
			"evidence": [{"seen": {"key": "No aanjager.", "text": "No aanjager."}, "path": "collaboration.roleHolders", "effect": -10}],
			"lessons": ["secure.aanjager"], "next": {"key": "Act.", "text": "Act."}}],
		"new": [], "persisting": []
	}`, string(b))
}

func TestComparisonText(t *testing.T) {
	old := cmpReport("2021-06-01", [5]int{35, 50, 72, 50, 20}, cmpFinding("urgency.aanjager", collab.MechanismUrgency, 0, "collaboration.roleHolders", "No aanjager."))
	new := cmpReport("2022-06-01", [5]int{45, 50, 65, 40, 40}, cmpFinding("actors.capacity", collab.MechanismActors, 0, "collaboration.members", "Members without hours."))
	old.Mechanisms[2].SelfAssessment = &assess.SelfAssessmentSummary{Median: 2}
	new.Mechanisms[2].SelfAssessment = &assess.SelfAssessmentSummary{Median: 3.5}
	old.Phase = &assess.PhaseResult{Phase: assess.PhaseInitiativeAndDesign}
	new.Phase = &assess.PhaseResult{Phase: assess.PhaseExperimentAndExecution}
	c, err := assess.Compare(old, new)
	require.NoError(t, err)
	assert.Equal(t, `Self-assessment test collaboration (west-brabant), from 1 June 2021 to 1 June 2022

Mechanisms
  Urgency and commitment                    35 →  45   +10  Weak → Developing
  Strategy                                  50 →  50    +0  Developing
  Involving relevant actors in time         72 →  65    -7  Strong → Developing; self-assessment 2.0 → 3.5
  Regulatory leeway                         50 →  40   -10  Developing
  Regional infrastructure                   20 →  40   +20  Weak → Developing

Development phase: Initiative and design → Experiment and execution

Resolved (1)
  ✓ [Warning] No aanjager.

New (1)
  ! [Warning] Members without hours.
`, c.String())

	var nl strings.Builder
	require.NoError(t, c.WriteText(&nl, collab.Dutch))
	assert.Contains(t, nl.String(), "Self-assessment test collaboration (west-brabant), van 1 juni 2021 tot 1 juni 2022\n")
	assert.Contains(t, nl.String(), "  Urgentie en commitment                    35 →  45   +10  Zwak → In ontwikkeling\n")
	assert.Contains(t, nl.String(), "zelfevaluatie 2,0 → 3,5\n")
	assert.Contains(t, nl.String(), "Opgelost (1)\n")
	assert.Contains(t, nl.String(), "Ontwikkelfase: Initiatief en ontwerp → Experiment en uitvoering\n")
	assert.Equal(t, nl.String(), c.Localize(collab.Dutch).String(), "a localized comparison renders in its language")

	same, err := assess.Compare(cmpReport("2021-06-01", [5]int{}), cmpReport("2022-06-01", [5]int{}))
	require.NoError(t, err)
	assert.Contains(t, same.String(), "Neither report has findings.")
}

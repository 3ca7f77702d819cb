package casecsv_test

import (
	"bytes"
	"encoding/json"
	"testing"
	"testing/fstest"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/assesstest"
	"github.com/regiokompas/regiokompas/lesson/assess/casecsv"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/regiokompas/regiokompas/region"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// asFS puts files into a file system for Import.
func asFS(files []casecsv.File) fstest.MapFS {
	fsys := fstest.MapFS{}
	for _, f := range files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	return fsys
}

// caseJSON is the JSON form of c, with a null list written as an empty
// one: the generator leaves some empty lists nil, a decoded document has
// them empty, and both mean the same.
func caseJSON(t *testing.T, c *assess.Case) string {
	t.Helper()
	b, err := json.Marshal(c)
	require.NoError(t, err)
	var v any
	require.NoError(t, json.Unmarshal(b, &v))
	b, err = json.MarshalIndent(nullAsEmpty(v), "", "  ")
	require.NoError(t, err)
	return string(b)
}

func nullAsEmpty(v any) any {
	switch v := v.(type) {
	case nil:
		return []any{}
	case map[string]any:
		for k, x := range v {
			v[k] = nullAsEmpty(x)
		}
	case []any:
		for i, x := range v {
			v[i] = nullAsEmpty(x)
		}
	}
	return v
}

// rows counts the data rows of the files.
func rows(files []casecsv.File) int {
	n := 0
	for _, f := range files {
		n += bytes.Count(f.Data, []byte("\n")) - 1
	}
	return n
}

func roundTrip(t *testing.T, c *assess.Case, opt casecsv.Options) int {
	t.Helper()
	files, err := casecsv.Export(c, opt)
	require.NoError(t, err)
	got, err := casecsv.Import(asFS(files))
	require.NoError(t, err)
	assert.Equal(t, caseJSON(t, c), caseJSON(t, got))
	return rows(files)
}

func TestExportThenImportGivesBackTheSameCase(t *testing.T) {
	opts := map[string]casecsv.Options{
		"English with commas":           {},
		"Dutch with semicolons and BOM": {Dutch: true, Comma: ';', BOM: true},
	}
	for name, opt := range opts {
		t.Run("every demo case, "+name, func(t *testing.T) {
			n, total := 0, 0
			for _, d := range demo.All() {
				total += roundTrip(t, &d.Case, opt)
				n++
			}
			t.Logf("%d demo cases, %d rows", n, total)
		})
		t.Run("generated cases, "+name, func(t *testing.T) {
			n, total := 0, 0
			cases := uint64(25) // and 100 in the long leg of CI
			if assesstest.LongRun() {
				cases = 100
			}
			for seed := range cases {
				c := assesstest.Case(seed, 2+int(seed%30), int(seed%40))
				total += roundTrip(t, &c, opt)
				n++
			}
			t.Logf("%d generated cases, %d rows", n, total)
		})
	}
}

// Every optional fact of the case format has a column, so a case that
// uses them all comes back whole: the scope and purchasing of the
// collaboration, a budget of unknown amount, contracted members and hours
// not recorded (left empty, which is not 0), the people of a network, help from other regions, an ambassador tied to a
// project, the professions of a participant, and a region made of others.
func TestExportThenImportKeepsEveryOptionalFact(t *testing.T) {
	d, ok := demo.Lookup("west-brabant")
	require.True(t, ok)
	c := d.Case
	col := &c.Collaboration
	col.Scope = []collab.CareScope{collab.CareScopeLongTerm, collab.CareScopeDistrict}
	col.Purchasing = collab.PurchasingJointRegional
	col.TransitionBudget = collab.TransitionBudget{AmountUnknown: true, Period: collab.Period{From: col.Started}}
	col.Members[0].Contracted = true
	col.Members[0].CapacityHours = nil
	zero := 0.0
	col.Members[1].CapacityHours = &zero
	require.NotEmpty(t, col.Networks, "West-Brabant has networks")
	col.Networks[0].People = 120
	col.HelpedBy = []collab.Help{
		{Region: "friesland", Stakeholder: c.Stakeholders[0].ID, From: col.Started, Until: col.Started.AddDate(0, 6, 0), Note: "Ter illustratie."},
		{Region: "west-brabant-oost", From: col.Started},
	}
	p := &c.Projects[0]
	col.RoleHolders = append(col.RoleHolders, collab.RoleHolder{Kind: collab.RoleKindAmbassador,
		Stakeholder: p.Participants[0].Stakeholder, From: p.Started, Project: p.ID})
	withProfessions := 0
	for i := range p.Participants {
		for _, l := range p.Participants[i].Levels {
			if l.Level == collab.LevelProfessional && withProfessions == 0 {
				p.Participants[i].Professions = []collab.Profession{collab.ProfessionCarers, collab.ProfessionElderlyCarePhysicians}
				withProfessions++
			}
		}
	}
	require.Equal(t, 1, withProfessions, "the first project of West-Brabant has professionals")
	c.Regions = append(c.Regions, region.Region{Code: "west-brabant-oost", Name: "Oostelijk West-Brabant",
		Kind: region.KindCustom, Members: []string{"gemeente-breda", "gemeente-etten-leur"}})
	require.NoError(t, c.Validate(), "the case with every optional fact is valid")

	for _, opt := range []casecsv.Options{{}, {Dutch: true, Comma: ';'}} {
		roundTrip(t, &c, opt)
	}
	got, err := casecsv.Import(asFS(mustExport(t, &c)))
	require.NoError(t, err)
	_, recorded := got.Collaboration.Members[0].Hours()
	assert.False(t, recorded, "an empty hours cell stays not recorded")
	h, recorded := got.Collaboration.Members[1].Hours()
	assert.True(t, recorded)
	assert.Zero(t, h, "and a 0 stays 0")
}

func mustExport(t *testing.T, c *assess.Case) []casecsv.File {
	t.Helper()
	files, err := casecsv.Export(c, casecsv.Options{})
	require.NoError(t, err)
	return files
}

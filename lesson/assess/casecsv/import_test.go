package casecsv_test

import (
	"errors"
	"testing"
	"testing/fstest"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess/casecsv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dutchExcel is what a Dutch Excel writes: a byte order mark, ';' between
// fields, Dutch headers in its own order and case, a decimal comma, and
// no IDs.
func dutchExcel() fstest.MapFS {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte("\uFEFF" + s)} }
	return fstest.MapFS{
		"collaboration.csv":  file("Naam;Regio;Gestart;Strategie\r\nNetwerk Ouderenzorg Twente;twente;2025-01-15;combined\r\n"),
		"stakeholders.csv":   file("Naam;Rol;KVK\r\nMenzis;zorgkantoor;\r\nZorggroep Oost;nursing-home-care;12345678\r\n"),
		"members.csv":        file("Organisatie;Toegetreden;Regionale tafel;Uren per week\r\nMenzis;2025-01-15;ja;4,5\r\nzorggroep oost;2025-02-01;nee;\r\n"),
		"projects.csv":       file("Titel;Regio;Thema's;Schaal;Gestart\r\nSlim zorgen;twente;technology;small;2025-03-01\r\n"),
		"project-phases.csv": file("Project;Fase;Sinds\r\nSlim zorgen;idea;2025-03-01\r\n"),
		"funding.csv":        file("Project;Bron;Bedrag;Van\r\nSlim zorgen;zorgkantoor;12500,50;2025-03-01\r\n"),
	}
}

func TestImport(t *testing.T) {
	t.Run("a spreadsheet from a Dutch Excel imports", func(t *testing.T) {
		c, err := casecsv.Import(dutchExcel())
		require.NoError(t, err)
		assert.Equal(t, "Netwerk Ouderenzorg Twente", c.Collaboration.Name)
		require.Len(t, c.Collaboration.Members, 2)
		hours, recorded := c.Collaboration.Members[0].Hours()
		assert.True(t, recorded)
		assert.Equal(t, 4.5, hours)
		assert.True(t, c.Collaboration.Members[0].RegionalTable)
		assert.Equal(t, c.Stakeholders[1].ID, c.Collaboration.Members[1].Stakeholder, "a name matches whatever its case")
		require.Len(t, c.Projects, 1)
		assert.Equal(t, collab.Money(1250050), c.Projects[0].Funding[0].Amount)
	})
	t.Run("importing twice without IDs gives the same IDs", func(t *testing.T) {
		a, err := casecsv.Import(dutchExcel())
		require.NoError(t, err)
		b, err := casecsv.Import(dutchExcel())
		require.NoError(t, err)
		assert.Equal(t, a, b)
		assert.NotEqual(t, a.Stakeholders[0].ID, a.Stakeholders[1].ID)
	})
	t.Run("a dangling name names the file, row and column", func(t *testing.T) {
		fsys := dutchExcel()
		fsys["members.csv"] = &fstest.MapFile{Data: []byte("Organisatie;Toegetreden\nMenzis;2025-01-15\nZorggroep West;2025-02-01\n")}
		_, err := casecsv.Import(fsys)
		var errs casecsv.Errors
		require.True(t, errors.As(err, &errs), "%v", err)
		assert.Equal(t, casecsv.Errors{{File: "members.csv", Row: 3, Column: 1, Header: "stakeholder",
			Message: `no stakeholder "Zorggroep West" in stakeholders.csv`}}, errs)
		assert.Equal(t, `members.csv:3:1 (stakeholder): no stakeholder "Zorggroep West" in stakeholders.csv`, err.Error())
	})
	t.Run("every bad cell is reported, not just the first", func(t *testing.T) {
		fsys := dutchExcel()
		fsys["members.csv"] = &fstest.MapFile{Data: []byte("Organisatie,Toegetreden,Regionale tafel,Kleur\nMenzis,15-01-2025,misschien,rood\n")}
		_, err := casecsv.Import(fsys)
		var errs casecsv.Errors
		require.True(t, errors.As(err, &errs), "%v", err)
		require.Len(t, errs, 3)
		assert.Equal(t, [3]any{1, 4, "Kleur"}, [3]any{errs[0].Row, errs[0].Column, errs[0].Header})
		assert.Contains(t, errs[0].Message, "is not a column of members.csv")
		assert.Equal(t, [3]any{2, 2, "joined"}, [3]any{errs[1].Row, errs[1].Column, errs[1].Header})
		assert.Equal(t, [3]any{2, 3, "regional table"}, [3]any{errs[2].Row, errs[2].Column, errs[2].Header})
		assert.Equal(t, `"misschien" is not yes or no (ja or nee)`, errs[2].Message)
	})
	t.Run("a missing collaboration file is said so", func(t *testing.T) {
		fsys := dutchExcel()
		delete(fsys, "collaboration.csv")
		_, err := casecsv.Import(fsys)
		var errs casecsv.Errors
		require.True(t, errors.As(err, &errs), "%v", err)
		assert.Equal(t, "collaboration.csv", errs[0].File)
		assert.Contains(t, errs[0].Message, "cannot be read")
	})
	t.Run("cells that read well but make no valid case give the case's problems", func(t *testing.T) {
		fsys := dutchExcel()
		fsys["collaboration.csv"] = &fstest.MapFile{Data: []byte("naam;regio;gestart;strategie\nNetwerk;atlantis;2025-01-15;combined\n")}
		_, err := casecsv.Import(fsys)
		assert.Equal(t, []string{"collaboration.region"}, paths(err))
	})
}

func paths(err error) []string {
	var out []string
	for _, p := range collab.ProblemsOf(err) {
		out = append(out, p.Path)
	}
	return out
}

func TestTemplate(t *testing.T) {
	t.Run("the template imports as an empty case with problems, not errors of its files", func(t *testing.T) {
		_, err := casecsv.Import(asFS(casecsv.Template(casecsv.Options{Dutch: true, Comma: ';', BOM: true})))
		var errs casecsv.Errors
		require.True(t, errors.As(err, &errs))
		assert.Equal(t, casecsv.Errors{{File: "collaboration.csv", Message: "has no row; it must hold the collaboration in one row under its header"}}, errs)
	})
	t.Run("the template's headers are the first rows of an export", func(t *testing.T) {
		files := casecsv.Template(casecsv.Options{})
		require.Len(t, files, 20)
		assert.Equal(t, "stakeholders.csv", files[1].Name)
		assert.Equal(t, "id,name,role,agb,kvk,regions\n", string(files[1].Data))
	})
}

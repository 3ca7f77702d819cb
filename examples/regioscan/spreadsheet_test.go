package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExportThenImport(t *testing.T) {
	for _, d := range demo.All() {
		t.Run("the demo "+d.Name+" comes back the same", func(t *testing.T) {
			path, _ := dumpDemo(t, d.Name)
			dir := filepath.Join(t.TempDir(), "sheets")
			r := runWith(t, nil, "export", "-format", "csv", "-lang", "nl", "-sep", ";", "-bom", "-o", dir, path)
			require.Equal(t, exitOK, r.code, r.stderr)
			back := filepath.Join(t.TempDir(), "back.json")
			r = runWith(t, nil, "import", dir, "-o", back)
			require.Equal(t, exitOK, r.code, r.stderr)
			want, err := os.ReadFile(path)
			require.NoError(t, err)
			got, err := os.ReadFile(back)
			require.NoError(t, err)
			assert.JSONEq(t, string(want), string(got))
		})
	}
}

func TestImportErrorsNameFileRowAndColumn(t *testing.T) {
	dir := t.TempDir()
	r := runWith(t, nil, "export", "-template", "-o", dir)
	require.Equal(t, exitOK, r.code, r.stderr)
	write := func(name, content string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	write("collaboration.csv", "name,region,started,strategy\nNetwerk Twente,twente,2025-01-15,combined\n")
	write("stakeholders.csv", "name,role\nMenzis,zorgkantoor\n")
	write("members.csv", "stakeholder,joined\nMenzis,2025-01-15\nZorggroep West,2025-02-01\n")
	r = runWith(t, nil, "import", dir)
	assert.Equal(t, exitInvalid, r.code)
	assert.Empty(t, r.stdout)
	assert.Equal(t, filepath.Join(dir, "members.csv")+`:3:1 (stakeholder): no stakeholder "Zorggroep West" in stakeholders.csv`+"\n"+
		"regioscan import: the spreadsheets have problems; no case written\n", r.stderr)

	write("members.csv", "stakeholder,joined\nMenzis,2025-01-15\n")
	r = runWith(t, nil, "import", dir)
	require.Equal(t, exitOK, r.code, r.stderr)
	var c map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &c))
	assert.True(t, strings.Contains(r.stdout, `"name": "Netwerk Twente"`))
}

func TestExportUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no folder", []string{"export", "x.json"}, "no folder given"},
		{"no case and no template", []string{"export", "-o", "d"}, "name one case file, or -template"},
		{"a template with a case", []string{"export", "-template", "-o", "d", "x.json"}, "takes no case file"},
		{"a bad separator", []string{"export", "-sep", "|", "-o", "d", "x.json"}, "-sep must be , or ;"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is a usage mistake", func(t *testing.T) {
			r := runWith(t, nil, tt.args...)
			assert.Equal(t, exitUsage, r.code)
			assert.Contains(t, r.stderr, tt.want)
		})
	}
}

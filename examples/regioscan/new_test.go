package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNew(t *testing.T) {
	t.Run("new, validate and assess of twente all exit 0", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "t.json")
		r := runWith(t, nil, "new", "-region", "twente", "-o", path)
		require.Equal(t, exitOK, r.code, r.stderr)
		r = runWith(t, nil, "validate", path)
		require.Equal(t, exitOK, r.code, r.stdout+r.stderr)
		assert.Equal(t, path+": ok\n", r.stdout)
		r = runWith(t, nil, "assess", "-asof", "2026-12-01", path)
		require.Equal(t, exitOK, r.code, r.stderr)
		assert.Contains(t, r.stdout, "Samenwerking Twente")
	})
	t.Run("a region given by name, with a name, date and strategy, is written as given", func(t *testing.T) {
		r := runWith(t, nil, "new", "-region", "Twente", "-name", "Netwerk Twente", "-started", "2025-01-15", "-strategy", "regional-vision")
		require.Equal(t, exitOK, r.code, r.stderr)
		f, err := os.CreateTemp(t.TempDir(), "*.json")
		require.NoError(t, err)
		_, err = f.WriteString(r.stdout)
		require.NoError(t, err)
		require.NoError(t, f.Close())
		c, err := readCase(f.Name(), nil)
		require.NoError(t, err)
		assert.Equal(t, "Netwerk Twente", c.Collaboration.Name)
		assert.Equal(t, "twente", c.Collaboration.Region)
		assert.Equal(t, collab.MustParseDate("2025-01-15"), c.Collaboration.Started)
		assert.Equal(t, collab.StrategyRegionalVision, c.Collaboration.Strategy)
		assert.Equal(t, []string{"Menzis"}, stakeholderNames(c))
	})
	t.Run("two runs give different IDs", func(t *testing.T) {
		a := runWith(t, nil, "new", "-region", "twente", "-started", "2025-01-15")
		b := runWith(t, nil, "new", "-region", "twente", "-started", "2025-01-15")
		assert.NotEqual(t, a.stdout, b.stdout)
	})
	t.Run("an unknown region says so with exit code 1", func(t *testing.T) {
		r := runWith(t, nil, "new", "-region", "atlantis")
		assert.Equal(t, exitInvalid, r.code)
		assert.Equal(t, "regioscan new: no region \"atlantis\" in the catalogue; regioscan regions lists them\n", r.stderr)
	})
	t.Run("no region is a usage mistake", func(t *testing.T) {
		r := runWith(t, nil, "new")
		assert.Equal(t, exitUsage, r.code)
		assert.Contains(t, r.stderr, "no region given")
	})
}

func stakeholderNames(c *assess.Case) []string {
	var out []string
	for _, s := range c.Stakeholders {
		out = append(out, s.Name)
	}
	return out
}

func TestValidateNamesLineAndColumn(t *testing.T) {
	data, ok := demo.LookupJSON("friesland")
	require.True(t, ok)
	lines := strings.Split(string(data), "\n")
	n := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, `"role": "zorgkantoor"`) })
	require.GreaterOrEqual(t, n, 0)
	lines[n] = strings.Replace(lines[n], `"zorgkantoor"`, `"zorgverzekeraar"`, 1)
	col := strings.Index(lines[n], `"zorgverzekeraar"`) + 1
	path := writeFile(t, "role.json", strings.Join(lines, "\n"))

	r := runWith(t, nil, "validate", path)
	assert.Equal(t, exitInvalid, r.code)
	assert.Regexp(t, `^`+regexpQuote(fmt.Sprintf("%s:%d:%d: stakeholders[", path, n+1, col))+`\d+\]\.role: unknown role "zorgverzekeraar".* \[unknown-value\]\n$`, r.stdout)

	t.Run("a wrong role word does not hide the other problems", func(t *testing.T) {
		doc := strings.Replace(strings.Join(lines, "\n"), `"region": "friesland"`, `"region": "atlantis"`, 1)
		path := writeFile(t, "two.json", doc)
		r := runWith(t, nil, "validate", path)
		assert.Equal(t, exitInvalid, r.code)
		got := strings.Split(strings.TrimSpace(r.stdout), "\n")
		require.Len(t, got, 2, r.stdout)
		assert.Contains(t, got[0], `unknown role "zorgverzekeraar"`)
		assert.Contains(t, got[1], `collaboration.region: region "atlantis"`)
	})
	t.Run("a missing field is placed at the object that should hold it", func(t *testing.T) {
		lines := strings.Split(string(data), "\n")
		n := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, `"started": `) })
		require.GreaterOrEqual(t, n, 0)
		doc := strings.Join(slices.Delete(lines, n, n+1), "\n")
		path := writeFile(t, "started.json", doc)
		r := runWith(t, nil, "validate", path)
		assert.Equal(t, exitInvalid, r.code)
		assert.Contains(t, r.stdout, ": collaboration.started: is required [required]")
		line, col, ok := collab.Locate([]byte(doc), "collaboration")
		require.True(t, ok)
		assert.Contains(t, r.stdout, fmt.Sprintf("%s:%d:%d: collaboration.started:", path, line, col))
	})
}

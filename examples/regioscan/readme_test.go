package main

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadmeCommandTableMatchesHelp keeps the README's table of commands in
// step with the program: one row per command, in the order of the command
// table, each showing one of the usage lines that -h prints.
func TestReadmeCommandTableMatchesHelp(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	_, table, ok := strings.Cut(string(data), "Its commands:\n")
	require.True(t, ok, "the README introduces the table with \"Its commands:\"")
	var usages []string
	for _, line := range strings.Split(table, "\n") {
		if !strings.HasPrefix(line, "| `") {
			if len(usages) > 0 {
				break
			}
			continue // the blank line, the header and the rule
		}
		cell, _, _ := strings.Cut(strings.TrimPrefix(line, "| `"), "` |")
		usages = append(usages, strings.ReplaceAll(cell, `\|`, "|"))
	}
	a := &app{}
	var names []string
	for _, c := range a.commands() {
		names = append(names, c.name)
	}
	var readmeNames []string
	for _, u := range usages {
		readmeNames = append(readmeNames, strings.Fields(u)[0])
	}
	require.Equal(t, names, readmeNames, "the README lists every command once, in the order of app.commands")
	for i, u := range usages {
		t.Run("the README's usage of "+names[i]+" is one that -h prints", func(t *testing.T) {
			r := runWith(t, nil, names[i], "-h")
			require.Equal(t, exitOK, r.code)
			var lines []string
			for _, l := range strings.Split(r.stderr, "\n") {
				if l, ok := strings.CutPrefix(strings.TrimSpace(strings.TrimPrefix(l, "Usage:")), "regioscan "); ok {
					lines = append(lines, l)
				}
			}
			assert.Contains(t, lines, u)
		})
	}
}

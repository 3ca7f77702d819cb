package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQuickstartRuns keeps the quickstart from rotting: its case stays
// valid and its assessment prints the five mechanisms and the findings.
func TestQuickstartRuns(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out), out.String())
	text := out.String()
	for _, m := range collab.Mechanisms() {
		assert.Contains(t, text, m.Label(collab.English))
	}
	assert.Contains(t, text, "financier.zorgkantoor-at-table", "the zorgkantoor that is no member is noticed")
	assert.Positive(t, strings.Count(text, "\n  next: "), "findings come with next steps")

	var again bytes.Buffer
	require.NoError(t, run(&again))
	assert.Equal(t, text, again.String(), "fixed dates give the same output every time")
}

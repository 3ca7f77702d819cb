package assess_test

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/project"
	"github.com/regiokompas/regiokompas/region"
)

// TestTheTableOfLimitsMatchesTheConstants keeps the table in collab's
// package documentation true: every limit of the module is in it, once,
// with the value its constant has. This package is the one that sees
// every package with limits.
func TestTheTableOfLimitsMatchesTheConstants(t *testing.T) {
	limits := map[string]float64{
		"collab.MaxNameLength":      collab.MaxNameLength,
		"collab.MaxTextLength":      collab.MaxTextLength,
		"collab.MaxMembers":         collab.MaxMembers,
		"collab.MaxRoleHolders":     collab.MaxRoleHolders,
		"collab.MaxSignals":         collab.MaxSignals,
		"collab.MaxLeewayIssues":    collab.MaxLeewayIssues,
		"collab.MaxNetworks":        collab.MaxNetworks,
		"collab.MaxNetworkMembers":  collab.MaxNetworkMembers,
		"collab.MaxNetworkPeople":   collab.MaxNetworkPeople,
		"collab.MaxHelp":            collab.MaxHelp,
		"collab.MaxEvents":          collab.MaxEvents,
		"collab.MaxRegionCodes":     collab.MaxRegionCodes,
		"collab.MaxLevels":          collab.MaxLevels,
		"collab.MaxMechanisms":      collab.MaxMechanisms,
		"collab.MaxCapacityHours":   collab.MaxCapacityHours,
		"collab.MaxMoney":           float64(collab.MaxMoney),
		"collab.MinUrgency":         collab.MinUrgency,
		"collab.MaxUrgency":         collab.MaxUrgency,
		"collab.MinRatingScore":     collab.MinRatingScore,
		"collab.MaxRatingScore":     collab.MaxRatingScore,
		"collab.MaxRatings":         collab.MaxRatings,
		"collab.MaxDocumentBytes":   float64(collab.MaxDocumentBytes),
		"project.MaxThemes":         project.MaxThemes,
		"project.MaxPhaseChanges":   project.MaxPhaseChanges,
		"project.MaxKeyPeople":      project.MaxKeyPeople,
		"project.MaxFundingLines":   project.MaxFundingLines,
		"project.MaxMilestones":     project.MaxMilestones,
		"project.MaxOutcomes":       project.MaxOutcomes,
		"project.MaxLessons":        project.MaxLessons,
		"region.MaxCodeLength":      region.MaxCodeLength,
		"region.MaxAliases":         region.MaxAliases,
		"region.MaxParents":         region.MaxParents,
		"region.MaxTraits":          region.MaxTraits,
		"region.MaxRegions":         region.MaxRegions,
		"lesson.MaxCodeLength":      lesson.MaxCodeLength,
		"assess.MaxStakeholders":    assess.MaxStakeholders,
		"assess.MaxProjects":        assess.MaxProjects,
		"assess.MaxSelfAssessments": assess.MaxSelfAssessments,
	}
	doc, err := os.ReadFile("../../collab/doc.go")
	require.NoError(t, err)
	row := regexp.MustCompile(`^//\t((?:M[a-zA-Z]+)(?:, M[a-zA-Z]+)?) +([^ ,]+(?:, [^ ,]+)?(?: MiB)?) +.*? (collab|project|region|lesson|lesson/assess)$`)
	documented := map[string]bool{}
	for _, line := range strings.Split(string(doc), "\n") {
		m := row.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		pkg := m[3][strings.LastIndexByte(m[3], '/')+1:]
		names, values := strings.Split(m[1], ", "), strings.Split(strings.TrimSuffix(m[2], " MiB"), ", ")
		for i, name := range names {
			key := pkg + "." + name
			want, ok := limits[key]
			require.True(t, ok, "the table names %s, which the test does not know", key)
			assert.False(t, documented[key], "%s is in the table twice", key)
			documented[key] = true
			value := values[min(i, len(values)-1)]
			assert.Equal(t, want, tableValue(t, value, strings.HasSuffix(m[2], " MiB")), "the value of %s in the table", key)
		}
	}
	for key := range limits {
		assert.True(t, documented[key], "%s is missing from the table of limits in collab/doc.go", key)
	}
}

// tableValue reads a number of the table: 200, 10^14, 2^24, or 8 (MiB).
func tableValue(t *testing.T, s string, mib bool) float64 {
	t.Helper()
	base, exp, power := strings.Cut(s, "^")
	n, err := strconv.ParseFloat(base, 64)
	require.NoError(t, err, "value %q", s)
	if power {
		e, err := strconv.Atoi(exp)
		require.NoError(t, err, "value %q", s)
		v := 1.0
		for range e {
			v *= n
		}
		n = v
	}
	if mib {
		n *= 1 << 20
	}
	return n
}

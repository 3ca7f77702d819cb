package project_test

import (
	"encoding"
	"testing"

	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/regiokompas/regiokompas/project"
)

var (
	_ encoding.TextMarshaler   = project.Theme(0)
	_ encoding.TextUnmarshaler = (*project.Theme)(nil)
	_ encoding.TextMarshaler   = project.Phase(0)
	_ encoding.TextUnmarshaler = (*project.Phase)(nil)
	_ encoding.TextMarshaler   = project.Scale(0)
	_ encoding.TextUnmarshaler = (*project.Scale)(nil)
	_ encoding.TextMarshaler   = project.FundingSource(0)
	_ encoding.TextUnmarshaler = (*project.FundingSource)(nil)
)

func TestThemeKeepsTheEnumContract(t *testing.T) {
	collabtest.CheckEnum(t, "theme", project.Themes, project.ParseTheme,
		"regional-vision", "technology", "staff-inflow", "staff-retention", "new-ways-of-working",
		"cross-domain", "task-reallocation", "triage", "anw", "acute-care", "capacity-management",
		"real-estate", "training", "population-health", "informal-care", "good-employership", "data-exchange")
}

func TestPhaseKeepsTheEnumContract(t *testing.T) {
	collabtest.CheckEnum(t, "phase", project.Phases, project.ParsePhase,
		"idea", "design", "pilot", "implementation", "embedded", "stopped")
}

func TestScaleKeepsTheEnumContract(t *testing.T) {
	collabtest.CheckEnum(t, "scale", project.Scales, project.ParseScale, "small", "programme")
}

func TestFundingSourceKeepsTheEnumContract(t *testing.T) {
	collabtest.CheckEnum(t, "funding source", project.FundingSources, project.ParseFundingSource,
		"transition-funds", "zonmw-impulse", "transition-budget", "health-insurer", "zorgkantoor",
		"municipality", "own-means", "other")
}

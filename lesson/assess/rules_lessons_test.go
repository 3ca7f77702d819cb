package assess_test

import (
	"testing"

	"github.com/regiokompas/regiokompas/lesson"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEveryRuleCitesLessonsThatExist(t *testing.T) {
	cat := lesson.Default()
	rules := assess.Rules()
	require.NotEmpty(t, rules)
	seen := map[string]bool{}
	for _, r := range rules {
		assert.False(t, seen[r.Code], "rule code %s is used twice", r.Code)
		seen[r.Code] = true
		assert.True(t, r.Mechanism.IsValid(), "rule %s has no mechanism", r.Code)
		assert.NotEmpty(t, r.About.EN, "rule %s has no English description", r.Code)
		assert.NotEmpty(t, r.About.NL, "rule %s has no Dutch description", r.Code)
		if assert.NotEmpty(t, r.Lessons, "rule %s cites no lesson", r.Code) {
			for _, code := range r.Lessons {
				_, ok := cat.Lookup(code)
				assert.True(t, ok, "rule %s cites lesson %q, which is not in the catalogue", r.Code, code)
			}
		}
	}
}

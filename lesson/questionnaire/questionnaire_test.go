package questionnaire_test

import (
	"regexp"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson"
	"github.com/regiokompas/regiokompas/lesson/questionnaire"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultHasOneSectionPerMechanismInOrder(t *testing.T) {
	sections := questionnaire.Default().Sections()
	require.Len(t, sections, len(collab.Mechanisms()))
	for i, m := range collab.Mechanisms() {
		assert.Equal(t, m, sections[i].Mechanism)
	}
}

func TestEverySectionIsComplete(t *testing.T) {
	keys := map[string]bool{}
	for _, s := range questionnaire.Default().Sections() {
		t.Run(s.Mechanism.String(), func(t *testing.T) {
			assert.NotEmpty(t, s.Explanation.EN, "English explanation")
			assert.NotEmpty(t, s.Explanation.NL, "Dutch explanation")
			require.NotEmpty(t, s.Statements)
			assert.LessOrEqual(t, len(s.Statements), questionnaire.MaxStatements)
			for _, st := range s.Statements {
				assert.NotEmpty(t, st.Text.EN, st.Key)
				assert.NotEmpty(t, st.Text.NL, st.Key)
				assert.NotEqual(t, st.Text.EN, st.Text.NL, st.Key)
				assert.False(t, keys[st.Key], "key %q is used twice", st.Key)
				keys[st.Key] = true
				assert.Regexp(t, `^`+regexp.QuoteMeta(s.Mechanism.String())+`\.[a-z]+$`, st.Key, "a key starts with its mechanism's word")
				src, ok := st.Cite()
				require.True(t, ok, "%s cites unknown source %q", st.Key, st.Source)
				_, ok = lesson.LookupSource(src.Key)
				assert.True(t, ok)
			}
		})
	}
	assert.Equal(t, len(keys), questionnaire.Default().Len())
}

func TestLookup(t *testing.T) {
	q := questionnaire.Default()
	tests := []struct {
		name string
		m    collab.Mechanism
		ok   bool
	}{
		{"a mechanism has its section", collab.MechanismLeeway, true},
		{"the unknown mechanism has none", collab.MechanismUnknown, false},
		{"a value beyond the mechanisms has none", collab.Mechanism(42), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := q.Lookup(tt.m)
			assert.Equal(t, tt.ok, ok)
			if ok {
				assert.Equal(t, tt.m, s.Mechanism)
			} else {
				assert.Zero(t, s.Mechanism)
			}
		})
	}
}

func TestLookupStatement(t *testing.T) {
	q := questionnaire.Default()
	st, m, ok := q.LookupStatement("infrastructure.capacity")
	require.True(t, ok)
	assert.Equal(t, collab.MechanismInfrastructure, m)
	assert.Equal(t, lesson.SourceCapacity2020, st.Source)

	_, m, ok = q.LookupStatement("nonsense")
	assert.False(t, ok)
	assert.Equal(t, collab.MechanismUnknown, m)
}

func TestSectionsAreCopies(t *testing.T) {
	q := questionnaire.Default()
	s := q.Sections()
	s[0].Statements[0].Key = "changed"
	s[0].Explanation.EN = "changed"
	again, _ := q.Lookup(collab.MechanismUrgency)
	assert.NotEqual(t, "changed", again.Statements[0].Key)
	assert.NotEqual(t, "changed", again.Explanation.EN)
}

func TestScaleLabel(t *testing.T) {
	tests := []struct {
		name  string
		score int
		lang  collab.Language
		want  string
	}{
		{"the lowest score in English", 1, collab.English, "Not at all"},
		{"the highest score in Dutch", 5, collab.Dutch, "Helemaal"},
		{"a middle score in Dutch", 3, collab.Dutch, "Gedeeltelijk"},
		{"zero is off the scale", 0, collab.English, ""},
		{"six is off the scale", 6, collab.Dutch, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, questionnaire.ScaleLabel(tt.score, tt.lang))
		})
	}
}

func TestKeysListsEveryStatementInOrder(t *testing.T) {
	q := questionnaire.Default()
	keys := q.Keys()
	require.Len(t, keys, q.Len())
	assert.Equal(t, "urgency.need", keys[0])
	assert.Equal(t, "infrastructure.continuity", keys[len(keys)-1])
	for _, k := range keys {
		_, _, ok := q.LookupStatement(k)
		assert.True(t, ok, k)
	}
}

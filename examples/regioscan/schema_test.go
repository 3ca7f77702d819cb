package main

import (
	"encoding/json"
	"testing"

	"github.com/regiokompas/regiokompas/lesson/assess/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSchemaPrintsThePackagesSchemas(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []byte
	}{
		{"no word prints the case schema", []string{"schema"}, schema.Case()},
		{"case prints the case schema", []string{"schema", "case"}, schema.Case()},
		{"report prints the report schema", []string{"schema", "report"}, schema.Report()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(t, nil, tt.args...)
			require.Equal(t, exitOK, r.code, r.stderr)
			assert.Empty(t, r.stderr)
			assert.True(t, json.Valid([]byte(r.stdout)), "the output is JSON")
			assert.Equal(t, string(tt.want), r.stdout)
		})
	}
	assert.NotEqual(t, runWith(t, nil, "schema", "case").stdout, runWith(t, nil, "schema", "report").stdout)
}

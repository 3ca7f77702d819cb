package api

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/regiokompas/regiokompas/examples/kennisbank/store"
)

func TestParseETag(t *testing.T) {
	rev := store.Revision{Generation: 123456789, Version: 7}
	tag := ETag(rev)
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"the tag as the server sends it names its revision", tag, true},
		{"the tag without its quotes names the same revision", tag[1 : len(tag)-1], true},
		{"the tag with space around it names the same revision", "  " + tag + " ", true},
		{"a weak tag never matches, as If-Match compares strongly", "W/" + tag, false},
		{"a weak tag without quotes never matches either", "W/" + tag[1:len(tag)-1], false},
		{"a tag with one quote is no tag", tag[:len(tag)-1], false},
		{"a tag without a version is no tag", `"21i3v9"`, false},
		{"a tag of version zero is no tag", `"21i3v9-0"`, false},
		{"a star is no tag", "*", false},
		{"an empty value is no tag", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseETag(tt.in)
			assert.Equal(t, tt.want, ok)
			if tt.want {
				assert.Equal(t, rev, got)
			}
		})
	}
}

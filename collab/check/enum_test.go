package check_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/regiokompas/regiokompas/collab/check"
)

func TestNewEnumRejectsBadTables(t *testing.T) {
	type kind uint8
	assert.Panics(t, func() { check.NewEnum[kind]("k", check.EnumValue{Word: ""}) }, "an empty word")
	assert.Panics(t, func() { check.NewEnum[kind]("k", check.EnumValue{Word: "a"}, check.EnumValue{Word: "a"}) }, "a repeated word")
	tooMany := make([]check.EnumValue, 255)
	for i := range tooMany {
		tooMany[i].Word = "w" + strconv.Itoa(i)
	}
	assert.Panics(t, func() { check.NewEnum[kind]("k", tooMany...) }, "more values than a uint8 can number")
	assert.NotPanics(t, func() { check.NewEnum[kind]("k", tooMany[:254]...) })
	e := check.NewEnum[kind]("k", check.EnumValue{Word: "a"}, check.EnumValue{Word: "b"})
	assert.Equal(t, "k", e.Kind())
	assert.Equal(t, []string{"a", "b"}, e.Words())
	_, ok := e.Value(0)
	assert.False(t, ok)
}

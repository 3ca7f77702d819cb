package collabtest_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
)

// recorder is a testing.TB that notes the first Fatalf and stops the
// helper there, as a real test would stop.
type recorder struct {
	testing.TB
	failed  bool
	message string
}

func (r *recorder) Helper() {}

func (r *recorder) Fatalf(format string, args ...any) {
	r.failed, r.message = true, fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// record runs f against a recorder in a goroutine of its own, so that
// Fatalf can end it.
func record(f func(testing.TB)) *recorder {
	r := &recorder{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(r)
	}()
	<-done
	return r
}

// counter has a rule (n is not negative) and, with shift set, an encoding
// that does not survive a round trip.
type counter struct {
	N     int  `json:"n"`
	Shift bool `json:"shift,omitempty"`
}

func (c *counter) Validate() error {
	if c.N < 0 {
		return collab.Problems{{Path: "n", Code: collab.CodeOutOfRange, Message: "is negative"}}
	}
	return nil
}

func (c counter) MarshalJSON() ([]byte, error) {
	type plain counter
	if c.Shift {
		c.N++
	}
	return json.Marshal(plain(c))
}

// onlyOnce accepts the first value it sees and refuses every later one.
func onlyOnce() func(*counter) error {
	seen := false
	return func(*counter) error {
		if seen {
			return collab.Problems{{Code: collab.CodeDuplicate, Message: "seen before"}}
		}
		seen = true
		return nil
	}
}

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		name     string
		data     string
		validate func(*counter) error
		ok       bool
		fails    string
	}{
		{"a valid document comes back", `{"n": 3}`, (*counter).Validate, true, ""},
		{"a document that cannot be read is passed over", `{"n": "three"}`, (*counter).Validate, false, ""},
		{"an invalid value is passed over", `{"n": -1}`, (*counter).Validate, false, ""},
		{"an encoding that changes in a round trip fails the test", `{"n": 3, "shift": true}`, (*counter).Validate, false, "must not change"},
		{"a validation error that is no Problems fails the test", `{"n": 3}`,
			func(*counter) error { return errors.New("plain") }, false, "want collab.Problems"},
		{"a value that is valid only once fails the test", `{"n": 3}`, onlyOnce(), false, "must decode to a valid value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var (
				got *counter
				ok  bool
			)
			r := record(func(tb testing.TB) { got, ok = collabtest.RoundTrip(tb, []byte(tt.data), tt.validate) })
			if tt.fails != "" {
				require.True(t, r.failed, "the helper must fail")
				assert.Contains(t, r.message, tt.fails)
				return
			}
			require.False(t, r.failed, r.message)
			assert.Equal(t, tt.ok, ok)
			if tt.ok {
				require.NotNil(t, got)
				assert.Equal(t, 3, got.N)
			} else {
				assert.Nil(t, got)
			}
		})
	}
}

func TestRequireWellFormedProblems(t *testing.T) {
	tests := []struct {
		name  string
		err   error
		fails string
	}{
		{"problems with codes and messages pass",
			fmt.Errorf("wrapped: %w", collab.Problems{{Path: "a", Code: collab.CodeRequired, Message: "is required"}}), ""},
		{"an error that holds no problems fails", errors.New("plain"), "want collab.Problems"},
		{"an empty list of problems fails", collab.Problems{}, "at least one problem"},
		{"an unknown code fails", collab.Problems{{Path: "a", Code: "odd", Message: "m"}}, "unknown code"},
		{"a problem without a message fails", collab.Problems{{Path: "a", Code: collab.CodeDuplicate}}, "no message"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := record(func(tb testing.TB) { collabtest.RequireWellFormedProblems(tb, tt.err) })
			if tt.fails == "" {
				assert.False(t, r.failed, r.message)
				return
			}
			require.True(t, r.failed)
			assert.Contains(t, r.message, tt.fails)
		})
	}
}

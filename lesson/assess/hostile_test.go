package assess_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/assesstest"
)

// hostileCase is one document made to cost a validator as much as it can
// within the default limit of collab.MaxDocumentBytes.
type hostileCase struct {
	name  string
	build func(c *assess.Case)
	want  collab.Code // a problem the document must get
}

// idsFrom returns n IDs made from seed, the same on every call.
func idsFrom(seed byte, n int) []uuid.UUID {
	ids := make([]uuid.UUID, n)
	for i := range ids {
		ids[i] = uuid.UUID{seed, byte(i >> 16), byte(i >> 8), byte(i), 0x40, 0x80}
	}
	return ids
}

// hostileCases are the hostile inputs of issue 16, each generated, filling
// most of the 8 MiB a document may have.
func hostileCases() []hostileCase {
	return []hostileCase{
		{"one network of 200,000 member IDs that are not members", func(c *assess.Case) {
			c.Collaboration.Networks[0].Members = idsFrom(1, 200_000)
		}, collab.CodeTooMany},
		{"one network of 200,000 repeats of a member", func(c *assess.Case) {
			n := &c.Collaboration.Networks[0]
			n.Members = make([]uuid.UUID, 200_000)
			for i := range n.Members {
				n.Members[i] = c.Collaboration.Members[0].Stakeholder
			}
		}, collab.CodeDuplicate},
		{"200 networks of 1,000 members each, all valid but the count", func(c *assess.Case) {
			ids := make([]uuid.UUID, len(c.Collaboration.Members))
			for i := range ids {
				ids[i] = c.Collaboration.Members[i].Stakeholder
			}
			base := c.Collaboration.Networks[0]
			c.Collaboration.Networks = nil
			for i, id := range idsFrom(2, 200) {
				n := base
				n.ID, n.Members = id, ids
				if i == 0 {
					n.Members = append(ids[:len(ids):len(ids)], ids[0])
				}
				c.Collaboration.Networks = append(c.Collaboration.Networks, n)
			}
		}, collab.CodeTooMany},
		{"50,000 stakeholders with the same ID", func(c *assess.Case) {
			s := c.Stakeholders[0]
			s.Regions = nil
			for range 50_000 {
				c.Stakeholders = append(c.Stakeholders, s)
			}
		}, collab.CodeDuplicate},
	}
}

// hostileDocument returns the JSON of one hostile case: a valid case of
// 1,000 members with one network, changed by build.
func hostileDocument(tb testing.TB, build func(*assess.Case)) []byte {
	tb.Helper()
	c := assesstest.Case(16, collab.MaxMembers, 0)
	c.Collaboration.Networks = []collab.Network{{
		ID: uuid.UUID{0xee, 0x40, 0x80}, Name: "Netwerk", Kind: collab.NetworkExecutives,
		Since:   c.Collaboration.Started,
		Members: []uuid.UUID{c.Collaboration.Members[0].Stakeholder},
	}}
	build(&c)
	raw, err := json.Marshal(c)
	require.NoError(tb, err)
	require.LessOrEqual(tb, int64(len(raw)), int64(collab.MaxDocumentBytes), "a hostile document must fit the default limit")
	return raw
}

func TestHostileDocumentsGetABoundedListOfProblems(t *testing.T) {
	if testing.Short() || raceEnabled() {
		t.Skip("builds documents of several MiB; the race detector has nothing to find in one goroutine")
	}
	for _, h := range hostileCases() {
		t.Run(h.name, func(t *testing.T) {
			_, err := assess.DecodeCase(bytes.NewReader(hostileDocument(t, h.build)), 0)
			require.Error(t, err)
			ps := collab.ProblemsOf(err)
			assert.LessOrEqual(t, len(ps), check.MaxProblems+1)
			assert.ErrorIs(t, err, h.want)
		})
	}
}

// BenchmarkValidateHostile validates each hostile document of 8 MiB at
// most (decoded beforehand): the goal is well under a second of CPU.
func BenchmarkValidateHostile(b *testing.B) {
	for _, h := range hostileCases() {
		b.Run(h.name, func(b *testing.B) {
			var c assess.Case
			require.NoError(b, json.Unmarshal(hostileDocument(b, h.build), &c))
			b.ReportAllocs()
			for b.Loop() {
				_ = c.Validate()
			}
		})
	}
}

// BenchmarkDecodeHostile decodes and validates each hostile document, as
// a service does with a body it is sent.
func BenchmarkDecodeHostile(b *testing.B) {
	for _, h := range hostileCases() {
		b.Run(h.name, func(b *testing.B) {
			raw := hostileDocument(b, h.build)
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				_, _ = assess.DecodeCase(bytes.NewReader(raw), 0)
			}
		})
	}
}

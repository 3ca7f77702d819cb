package api

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/regiokompas/regiokompas/examples/kennisbank/internal/kbtest"
	"github.com/regiokompas/regiokompas/lesson/assess"
)

// A report stops when its client leaves, wherever the handler is: the
// request's context is cancelled at its first look, then its second, and
// so on until a report comes back. Every request cancelled before that
// stops at the look that saw it (past which the handler, the store and
// the log only look again to tell why it stopped: at most three looks),
// writes nothing and caches nothing; and more of them than there are
// rules stop inside the evaluation, which looks before every rule. Work
// is counted in looks at the context, not in time.
func TestAReportStopsWhenItsClientLeaves(t *testing.T) {
	s := startServer(t, Config{})
	d := demoCase(t, "west-brabant")
	require.Equal(t, http.StatusCreated, s.do("POST", "/v1/cases", kbtest.MustJSON(t, d.Case)).status)
	path := "/v1/cases/" + d.Case.Collaboration.ID.String() + "/report?asOf=" + d.AsOf.String()

	stopped := 0
	for at := 1; ; at++ {
		ctx := collabtest.NewCancelledAt(at)
		req := httptest.NewRequestWithContext(ctx, "GET", path, nil)
		req.Header.Set("Authorization", "Bearer "+testToken)
		rec := httptest.NewRecorder()
		s.srv.ServeHTTP(rec, req)
		if ctx.Looks < at {
			require.Equal(t, http.StatusOK, rec.Code, "%s", rec.Body)
			assert.NotEmpty(t, rec.Body.Bytes())
			break
		}
		require.LessOrEqual(t, ctx.Looks, at+3, "cancelled at look %d, the handler went on", at)
		require.Empty(t, rec.Body.Bytes(), "cancelled at look %d, something was written", at)
		require.Empty(t, s.srv.cache.entries, "cancelled at look %d, a report was cached", at)
		stopped++
	}
	assert.Greater(t, stopped, len(assess.Rules()), "the evaluation looks before every rule")
}

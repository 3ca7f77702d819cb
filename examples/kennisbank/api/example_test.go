package api_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"

	"github.com/regiokompas/regiokompas/examples/kennisbank/api"
	"github.com/regiokompas/regiokompas/examples/kennisbank/store"
)

// A program wires the API to a store and serves it; every /v1 request then
// needs the token, while the health check and the OpenAPI document do not.
func ExampleNew() {
	dir, err := os.MkdirTemp("", "kennisbank-example-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	st, err := store.Open(context.Background(), filepath.Join(dir, "kennisbank.db"), store.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()
	srv, err := api.New(api.Config{Store: st, Token: "a-secret-of-16-bytes-or-more"})
	if err != nil {
		fmt.Println(err)
		return
	}

	for _, path := range []string{"/healthz", "/v1/cases"} {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		fmt.Println(path, rec.Code)
	}
	// Output:
	// /healthz 200
	// /v1/cases 401
}

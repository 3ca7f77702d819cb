package api

import (
	"context"
	"net/http"
)

type requestIDKey struct{}

// withRequestID returns ctx carrying the request ID id.
func withRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

// requestID returns the ID ServeHTTP gave r, or "".
func requestID(r *http.Request) string {
	id, _ := r.Context().Value(requestIDKey{}).(string)
	return id
}

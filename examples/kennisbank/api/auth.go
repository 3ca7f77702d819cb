package api

import (
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"strings"
)

// MinTokenLength is the least number of bytes a bearer token must have: a
// short token can be guessed. New refuses a shorter one.
const MinTokenLength = 16

// Errors of CheckToken, to be tested with errors.Is; a program that reads
// the token from somewhere (the kennisbank command: KENNISBANK_TOKEN) names
// that place when it reports them.
var (
	// ErrNoToken: the token is empty.
	ErrNoToken = errors.New("no bearer token")
	// ErrShortToken: the token has fewer than MinTokenLength bytes.
	ErrShortToken = fmt.Errorf("the bearer token is shorter than %d bytes", MinTokenLength)
)

// CheckToken reports whether token may protect the API: ErrNoToken when it
// is empty, ErrShortToken when it is shorter than MinTokenLength, nil
// otherwise. New checks Config.Token with it; a program can call it before
// it opens anything.
func CheckToken(token string) error {
	switch {
	case token == "":
		return ErrNoToken
	case len(token) < MinTokenLength:
		return ErrShortToken
	}
	return nil
}

// bearer checks the Authorization header of requests against one token.
// It keeps only the token's SHA-256 hash and compares hashes in constant
// time, so that neither the content nor the length of the token leaks
// through the time a comparison takes. The zero bearer (no token) lets
// every request through: the -insecure-dev mode.
type bearer struct {
	hash [sha256.Size]byte
	set  bool
}

// newBearer returns a bearer for token; an empty token gives the zero
// bearer.
func newBearer(token string) bearer {
	if token == "" {
		return bearer{}
	}
	return bearer{hash: sha256.Sum256([]byte(token)), set: true}
}

// allows reports whether r carries "Authorization: Bearer <token>" with
// the right token, or whether no token is required.
func (b bearer) allows(r *http.Request) bool {
	if !b.set {
		return true
	}
	h := r.Header.Get("Authorization")
	scheme, token, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(token)))
	return subtle.ConstantTimeCompare(got[:], b.hash[:]) == 1
}

// requireToken wraps next so that a request without the right bearer token
// gets 401 and never reaches it.
func (s *Server) requireToken(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.auth.allows(r) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="kennisbank"`)
			s.writeError(w, r, http.StatusUnauthorized, "unauthorized", "send the service's token as Authorization: Bearer <token>")
			return
		}
		next(w, r)
	}
}

package rounds

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
)

// tokenBytes is the number of random bytes in a token: 256 bits.
const tokenBytes = 32

// TokenLength is the length of a token's text: 32 bytes in unpadded
// URL-safe base64.
const TokenLength = 43

// Token is a rater's personal secret, the last part of their link
// (/r/{token}). It is shown once, when the round is opened; the round
// keeps only its hash. The zero Token is empty and reaches nothing.
type Token string

// TokenHash is the SHA-256 hash of a token, the only form in which a token
// is stored. The zero TokenHash matches no token.
type TokenHash [sha256.Size]byte

// NewToken returns a fresh token and its hash, read from random (nil:
// crypto/rand). It returns an error only when random fails.
func NewToken(random io.Reader) (Token, TokenHash, error) {
	if random == nil {
		random = rand.Reader
	}
	var b [tokenBytes]byte
	if _, err := io.ReadFull(random, b[:]); err != nil {
		return "", TokenHash{}, fmt.Errorf("reading random bytes for a token: %w", err)
	}
	t := Token(base64.RawURLEncoding.EncodeToString(b[:]))
	return t, t.Hash(), nil
}

// Hash returns the SHA-256 hash of t.
func (t Token) Hash() TokenHash { return sha256.Sum256([]byte(t)) }

// WellFormed reports whether t has the length and alphabet of a token, so
// that a malformed path is refused before any lookup.
func (t Token) WellFormed() bool {
	if len(t) != TokenLength {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// Equal reports whether h and o are the same hash, in time that does not
// depend on where they differ. The zero hash equals nothing, itself
// included.
func (h TokenHash) Equal(o TokenHash) bool {
	return !h.IsZero() && subtle.ConstantTimeCompare(h[:], o[:]) == 1
}

// IsZero reports whether h is unset.
func (h TokenHash) IsZero() bool { return h == TokenHash{} }

// String returns the hash in lower-case hex, the form a database stores.
func (h TokenHash) String() string { return hex.EncodeToString(h[:]) }

// ParseTokenHash parses the hex form of String.
func ParseTokenHash(s string) (TokenHash, error) {
	var h TokenHash
	if len(s) != 2*len(h) {
		return TokenHash{}, errors.New("a token hash has 64 hex digits")
	}
	if _, err := hex.Decode(h[:], []byte(s)); err != nil {
		return TokenHash{}, fmt.Errorf("a token hash has 64 hex digits: %w", err)
	}
	return h, nil
}

package api

import (
	"strconv"
	"strings"

	"github.com/regiokompas/regiokompas/examples/kennisbank/store"
)

// ETag returns the strong entity tag of a revision: the generation in base
// 36 and the version, such as "k3j9x0a1b2c3-7". A new version or a case
// created anew under the same ID always gets another tag.
func ETag(rv store.Revision) string {
	return `"` + strconv.FormatInt(rv.Generation, 36) + "-" + strconv.FormatInt(rv.Version, 10) + `"`
}

// ParseETag parses a tag made by ETag, with or without its quotes: clients
// and tools often send the tag they read without them, and the opaque tag
// inside is the same, so it names the same revision. A weak tag
// (W/"...") or anything else gives false, since If-Match compares strongly
// (RFC 9110, 13.1.1).
func ParseETag(s string) (store.Revision, bool) {
	return parseTag(s, false)
}

// parseTag parses a tag made by ETag, quoted or not, and when weak is true
// also its weak form (W/"..."), as If-None-Match compares weakly (RFC 9110,
// 13.1.2).
func parseTag(s string, weak bool) (store.Revision, bool) {
	s = strings.TrimSpace(s)
	if weak {
		s = strings.TrimPrefix(s, "W/")
	}
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = s[1 : len(s)-1]
	} else if strings.ContainsAny(s, `"/`) {
		return store.Revision{}, false // half quoted, or weak where it may not be
	}
	g, v, ok := strings.Cut(s, "-")
	if !ok {
		return store.Revision{}, false
	}
	gen, err1 := strconv.ParseInt(g, 36, 64)
	ver, err2 := strconv.ParseInt(v, 10, 64)
	if err1 != nil || err2 != nil || gen <= 0 || ver <= 0 {
		return store.Revision{}, false
	}
	return store.Revision{Generation: gen, Version: ver}, true
}

// parseETagList parses the value of an If-Match or If-None-Match header:
// "*" sets star, otherwise the revisions of the tags this server made
// (other tags can match nothing and are left out). present is false when
// the header is absent or blank.
func parseETagList(values []string) (tags []store.Revision, star, present bool) {
	return parseTagList(values, false)
}

// parseWeakETagList is parseETagList for If-None-Match, which compares
// weakly: W/"..." matches as the tag itself.
func parseWeakETagList(values []string) (tags []store.Revision, star, present bool) {
	return parseTagList(values, true)
}

func parseTagList(values []string, weak bool) (tags []store.Revision, star, present bool) {
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			present = true
			if part == "*" {
				star = true
				continue
			}
			if rv, ok := parseTag(part, weak); ok {
				tags = append(tags, rv)
			}
		}
	}
	return tags, star, present
}

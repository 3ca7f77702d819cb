package api

import (
	"mime"
	"strconv"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
)

// negotiate picks the best of offers (media types such as "text/html")
// for an Accept header: the offer with the highest quality, where an
// offer's quality is that of the most specific media range that matches it
// (type/subtype before type/* before */*). Ties go to the earlier offer; an
// absent or blank header accepts the first offer. It returns "" when the
// header accepts none of them.
func negotiate(accept string, offers ...string) string {
	if strings.TrimSpace(accept) == "" {
		return offers[0]
	}
	type mediaRange struct {
		typ, sub string
		q        float64
	}
	var ranges []mediaRange
	for _, part := range strings.Split(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		typ, sub, _ := strings.Cut(mt, "/")
		q := 1.0
		if v, ok := params["q"]; ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil && f >= 0 && f <= 1 {
				q = f
			}
		}
		ranges = append(ranges, mediaRange{typ: typ, sub: sub, q: q})
	}
	best, bestQ := "", 0.0
	for _, offer := range offers {
		typ, sub, _ := strings.Cut(offer, "/")
		q, specificity := 0.0, -1
		for _, mr := range ranges {
			spec := -1
			switch {
			case mr.typ == typ && mr.sub == sub:
				spec = 2
			case mr.typ == typ && mr.sub == "*":
				spec = 1
			case mr.typ == "*" && mr.sub == "*":
				spec = 0
			}
			if spec > specificity {
				q, specificity = mr.q, spec
			}
		}
		if q > bestQ {
			best, bestQ = offer, q
		}
	}
	return best
}

// negotiateLanguage picks the language of the reply from an
// Accept-Language header (RFC 9110): the language whose tag (or primary
// subtag, so "nl-BE" counts as nl) has the highest q-value, the first one
// named on a tie, and fallback when the header names none of en and nl
// (a "*" alone gives fallback too).
func negotiateLanguage(header string, fallback collab.Language) collab.Language {
	best, bestQ := fallback, 0.0
	for _, part := range strings.Split(header, ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		if name, v, ok := strings.Cut(strings.TrimSpace(params), "="); ok && strings.TrimSpace(name) == "q" {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil || f < 0 || f > 1 {
				continue
			}
			q = f
		}
		primary, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
		lang, err := collab.ParseLanguage(primary)
		if err != nil || q <= bestQ {
			continue
		}
		best, bestQ = lang, q
	}
	return best
}

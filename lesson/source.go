package lesson

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Source is one of the five Dutch articles the lessons are drawn from, cited
// by title and date. The set of sources is closed: [Sources] lists them and
// [LookupSource] finds one by its key.
//
// Date is the date of publication as the article gives it: "YYYY-MM-DD",
// or "YYYY-MM" where only the month is known (the programme managers'
// article is dated April 2021). Publisher says who published it and in what
// form (a news item, a blog).
//
// Its JSON form is {"key": "...", "title": "...", "publisher": "...",
// "date": "..."}. The zero Source is not valid.
type Source struct {
	Key       string `json:"key"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	Date      string `json:"date"`
}

// The keys of the five sources.
const (
	SourceMechanisms2022        = "mechanisms-2022"
	SourceWebinar2021           = "webinar-2021"
	SourceProgrammeManagers2021 = "programme-managers-2021"
	SourceCapacity2020          = "capacity-2020"
	SourceZorgkantoor2020       = "zorgkantoor-2020"
)

// Sources returns the five source articles, as a new slice.
func Sources() []Source {
	out := make([]Source, len(sources))
	copy(out, sources[:])
	return out
}

// LookupSource returns the source with the given key and true, or the zero
// Source and false when no source has that key. It is a package-level
// lookup in the fixed table of sources, hence its name: LookupX finds an X
// where a package holds more than one kind of thing.
func LookupSource(key string) (s Source, ok bool) {
	for i := range sources {
		if sources[i].Key == key {
			return sources[i], true
		}
	}
	return Source{}, false
}

// String returns the citation: the title followed by the date in
// parentheses, or "" for the zero Source.
func (s Source) String() string {
	if s == (Source{}) {
		return ""
	}
	return s.Title + " (" + s.Date + ")"
}

// Validate reports whether s is one of the five sources, unchanged. It
// returns nil or a collab.Problems holding every problem: CodeRequired for
// an empty key, CodeUnknownValue for an unknown key, and, for a known key,
// CodeRequired or CodeNotAllowed for a title, publisher or date that is
// missing or differs from the source's.
func (s *Source) Validate() error {
	var v check.Validator
	s.validate(&v)
	return v.Err()
}

func (s *Source) validate(v *check.Validator) {
	if !v.Required("key", s.Key == "") {
		return
	}
	known, ok := LookupSource(s.Key)
	if !ok {
		v.Addf("key", collab.CodeUnknownValue, "unknown source %q", s.Key)
		return
	}
	sameAs(v, "title", s.Title, known.Title, s.Key)
	sameAs(v, "publisher", s.Publisher, known.Publisher, s.Key)
	sameAs(v, "date", s.Date, known.Date, s.Key)
}

// sameAs checks that a field of a cited source equals the source's own.
func sameAs(v *check.Validator, field, got, want, key string) {
	switch {
	case got == want:
	case got == "":
		v.Addf(field, collab.CodeRequired, "is required")
	default:
		v.Addf(field, collab.CodeNotAllowed, "is %q, but source %q has %q", got, key, want)
	}
}

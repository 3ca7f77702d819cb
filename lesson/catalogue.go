package lesson

import (
	"sync"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Catalogue is an immutable, indexed set of lessons: look a lesson up by
// code, list lessons by mechanism or theme, or search them by free text in
// Dutch or English (see [Catalogue.Search]).
//
// A Catalogue is a value, built once by [NewCatalogue] or [Default], that
// never changes afterwards: copying it is cheap and every copy stays valid,
// and it is safe for concurrent use. It hands out copies: a caller may
// change any Lesson or slice it receives without affecting the catalogue.
// [Catalogue.Lookup] finds one lesson by its code and returns it and true,
// or the zero Lesson and false; ByMechanism and ByTheme list every match.
// The zero Catalogue is empty.
type Catalogue struct {
	lessons []Lesson       // catalogue order; never handed out
	byCode  map[string]int // code -> index in lessons
	vocab   []vocabEntry   // search index: every normalised word, sorted
}

//go:generate go run gen.go

// DataVersion identifies the edition of the built-in lessons (see
// [Default]): the year of the newest source they rest on (the Erasmus
// network meeting of June 2022) and a serial number that goes up whenever
// a lesson, its text or its source changes. Store it next to results that
// cite lessons, so that they can be reproduced. The lessons are kept in
// data/lessons.json, from which gen.go writes catalogue_data.go.
const DataVersion = "2022.1"

// builtin is the built-in catalogue, indexed on first use; after that it
// is only read.
var builtin = sync.OnceValue(func() Catalogue {
	// The built-in lessons are data of this package, validated by its
	// tests (TestBuiltinLessonsAreValid), so they are indexed without
	// validating them again: nothing here can fail.
	c := Catalogue{
		lessons: builtinLessons[:],
		byCode:  make(map[string]int, len(builtinLessons)),
	}
	for i := range c.lessons {
		c.byCode[c.lessons[i].Code] = i
	}
	c.vocab = buildVocabulary(c.lessons)
	return c
})

// Default returns the built-in catalogue: the lessons drawn from the five
// source articles (see [Sources]), edition [DataVersion]. Every call
// returns the same immutable catalogue; it is built on the first call.
func Default() Catalogue { return builtin() }

// NewCatalogue builds a catalogue from lessons, in the order given, which
// becomes the catalogue's stable order. It copies lessons, so later changes
// to them do not reach the catalogue.
//
// Every lesson must be valid (see [Lesson.Validate]) and every code unique.
// Otherwise NewCatalogue returns the zero Catalogue and a collab.Problems
// with every problem, with paths that start at the argument list, such as
// "lessons[3].text.nl" (as region.NewCatalogue's start at "regions"); a
// repeated code has CodeDuplicate.
func NewCatalogue(lessons []Lesson) (Catalogue, error) {
	var v check.Validator
	c := Catalogue{
		lessons: make([]Lesson, len(lessons)),
		byCode:  make(map[string]int, len(lessons)),
	}
	v.Enter("lessons")
	for i := range lessons {
		l := &lessons[i]
		v.Index(i)
		l.validate(&v)
		if j, dup := c.byCode[l.Code]; dup && l.Code != "" {
			v.Addf("code", collab.CodeDuplicate, "repeats the code %q of lessons[%d]", l.Code, j)
		} else {
			c.byCode[l.Code] = i
		}
		v.Leave()
		c.lessons[i] = l.Clone()
	}
	v.Leave()
	if err := v.Err(); err != nil {
		return Catalogue{}, err
	}
	c.vocab = buildVocabulary(c.lessons)
	return c, nil
}

// Len returns the number of lessons.
func (c Catalogue) Len() int { return len(c.lessons) }

// Lookup returns a copy of the lesson with the given code and true, or the
// zero Lesson and false when the catalogue has no such lesson.
func (c Catalogue) Lookup(code string) (l Lesson, ok bool) {
	i, ok := c.byCode[code]
	if !ok {
		return Lesson{}, false
	}
	return c.lessons[i].Clone(), true
}

// Codes returns the code of every lesson in catalogue order, as a new slice.
func (c Catalogue) Codes() []string {
	out := make([]string, len(c.lessons))
	for i := range c.lessons {
		out[i] = c.lessons[i].Code
	}
	return out
}

// All returns a copy of every lesson in catalogue order (by theme, then in
// the order of the source), as a new slice.
func (c Catalogue) All() []Lesson {
	return c.collect(func(*Lesson) bool { return true })
}

// ByMechanism returns copies of the lessons that bear on m, in catalogue
// order; empty for a mechanism no lesson bears on, or an invalid one.
func (c Catalogue) ByMechanism(m collab.Mechanism) []Lesson {
	return c.collect(func(l *Lesson) bool { return l.BearsOn(m) })
}

// ByTheme returns copies of the lessons of theme t, in catalogue order;
// empty for a theme without lessons, or an invalid one.
func (c Catalogue) ByTheme(t Theme) []Lesson {
	return c.collect(func(l *Lesson) bool { return l.Theme == t })
}

// collect returns copies of the lessons for which keep is true, in
// catalogue order. The copies' mechanism lists share one new backing array,
// each capped to its own length so that appending to one cannot overwrite
// another.
func (c Catalogue) collect(keep func(*Lesson) bool) []Lesson {
	n, nm := 0, 0
	for i := range c.lessons {
		if keep(&c.lessons[i]) {
			n++
			nm += len(c.lessons[i].Mechanisms)
		}
	}
	out := make([]Lesson, 0, n)
	backing := make([]collab.Mechanism, 0, nm)
	for i := range c.lessons {
		if keep(&c.lessons[i]) {
			out = append(out, copyLesson(&c.lessons[i], &backing))
		}
	}
	return out
}

// copyLesson copies l, placing its mechanisms at the end of *backing, which
// must have room for them.
func copyLesson(l *Lesson, backing *[]collab.Mechanism) Lesson {
	cp := *l
	start := len(*backing)
	*backing = append(*backing, l.Mechanisms...)
	cp.Mechanisms = (*backing)[start:len(*backing):len(*backing)]
	return cp
}

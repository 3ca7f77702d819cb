package lesson

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/fold"
)

// Query asks a [Catalogue] for lessons. Every field is optional; the zero
// Query finds every lesson.
type Query struct {
	// Text is free text in Dutch or English. Case and diacritics do not
	// matter ("Cliënt" finds "client"), and a word of three or more
	// characters also finds the words it begins ("urgen" finds "urgentie"
	// and "urgency"). Empty: no text condition.
	Text string
	// Mechanism keeps only lessons that bear on it. Zero: any mechanism.
	Mechanism collab.Mechanism
	// Theme keeps only lessons of this theme. Zero: any theme.
	Theme Theme
	// Language limits the text search to titles and texts in one language.
	// Zero (or an unknown language): both languages. Codes are searched in
	// every case.
	Language collab.Language
	// Limit caps the number of results; zero or negative: no cap.
	Limit int
}

// Result is one lesson found by [Catalogue.Search], with how well it
// matched the query text.
type Result struct {
	Lesson Lesson `json:"lesson"`
	// Matched counts the distinct query words the lesson matched.
	Matched int `json:"matched"`
	// Score adds, per matched query word, the weight of its best match: 4
	// for a whole word of the title or code, 3 for the beginning of such a
	// word, 2 for a whole word of the text, 1 for the beginning of one.
	Score int `json:"score"`
}

// Match weights, see Result.Score.
const (
	scoreTextPrefix  = 1
	scoreTextWord    = 2
	scoreTitlePrefix = 3
	scoreTitleWord   = 4
)

// minPrefix is the least number of characters a query word needs to match
// the beginning of a longer word; shorter query words match whole words
// only.
const minPrefix = 3

// Search returns the lessons that satisfy q, best first, as copies.
//
// The query text is split into words (runs of letters and digits; hyphens
// and punctuation separate words, apostrophes are dropped), lowercased and
// stripped of diacritics, as [fold.AppendWords] does. Common Dutch and English function words such as
// "de", "het", "the" and "of" are ignored, unless the query holds nothing
// else; repeated words count once. A query word matches a lesson word that
// equals it or, when the query word has at least three characters, that
// begins with it. Lessons are matched on their code, title and text, in
// the languages q.Language allows.
//
// A lesson is a result when it passes the mechanism and theme filters and
// matches at least one query word. An empty or blank query text sets no
// text condition; a text without any word (only punctuation) finds nothing.
// Results are ordered by Matched (more query words first), then by Score
// (title and code hits above text hits, whole words above prefixes), then
// by code, so that the order is deterministic. Search never fails: a query
// that finds nothing gives an empty slice.
//
// The catalogue keeps a sorted vocabulary of every normalised word with
// where it occurs, built once with the catalogue, so a query word costs one
// binary search plus a scan of the words it begins.
func (c Catalogue) Search(q Query) []Result {
	words := queryWords(q.Text)
	if len(words) == 0 && strings.TrimSpace(q.Text) != "" {
		return []Result{}
	}
	langs := searchLanguages(q.Language)

	// Per lesson: the query words matched and their summed weights.
	acc := make([]match, len(c.lessons))
	for _, w := range words {
		c.matchWord(w, langs, acc)
	}

	keep := func(i int) bool {
		l := &c.lessons[i]
		return (len(words) == 0 || acc[i].matched > 0) &&
			(q.Mechanism.IsZero() || l.BearsOn(q.Mechanism)) &&
			(q.Theme.IsZero() || l.Theme == q.Theme)
	}
	n := 0
	for i := range c.lessons {
		if keep(i) {
			n++
		}
	}
	results := make([]Result, 0, n)
	for i := range c.lessons {
		if keep(i) {
			results = append(results, Result{Lesson: c.lessons[i], Matched: int(acc[i].matched), Score: int(acc[i].score)})
		}
	}
	slices.SortFunc(results, func(a, b Result) int {
		if a.Matched != b.Matched {
			return cmp.Compare(b.Matched, a.Matched)
		}
		if a.Score != b.Score {
			return cmp.Compare(b.Score, a.Score)
		}
		return strings.Compare(a.Lesson.Code, b.Lesson.Code)
	})
	if q.Limit > 0 && len(results) > q.Limit {
		results = results[:q.Limit:q.Limit]
	}
	// Hand out copies: until here the results share the catalogue's
	// mechanism slices.
	nm := 0
	for i := range results {
		nm += len(results[i].Lesson.Mechanisms)
	}
	backing := make([]collab.Mechanism, 0, nm)
	for i := range results {
		results[i].Lesson = copyLesson(&results[i].Lesson, &backing)
	}
	return results
}

// match accumulates how one lesson matches a query.
type match struct {
	matched int32 // query words matched
	score   int32 // summed weight of their best matches
	best    int32 // best weight of the query word being matched
}

// matchWord adds the matches of query word w to acc, which holds one entry
// per lesson.
func (c Catalogue) matchWord(w string, langs [2]bool, acc []match) {
	prefix := utf8.RuneCountInString(w) >= minPrefix
	// Every word that begins with w sorts at or directly after w itself.
	i, _ := slices.BinarySearchFunc(c.vocab, w, func(e vocabEntry, w string) int { return strings.Compare(e.word, w) })
	for ; i < len(c.vocab); i++ {
		e := &c.vocab[i]
		whole := e.word == w
		if !whole && (!prefix || !strings.HasPrefix(e.word, w)) {
			break
		}
		for _, p := range e.postings {
			// #nosec G602 -- p.lang indexes langs once it is not langAny
			if p.lang != langAny && !langs[p.lang] {
				continue
			}
			var weight int32
			switch {
			case p.title && whole:
				weight = scoreTitleWord
			case p.title:
				weight = scoreTitlePrefix
			case whole:
				weight = scoreTextWord
			default:
				weight = scoreTextPrefix
			}
			acc[p.lesson].best = max(acc[p.lesson].best, weight)
		}
	}
	for j := range acc {
		if acc[j].best > 0 {
			acc[j].matched++
			acc[j].score += acc[j].best
			acc[j].best = 0
		}
	}
}

// searchLanguages returns which languages (index langEnglish, langDutch) a
// query searches.
func searchLanguages(lang collab.Language) [2]bool {
	switch lang {
	case collab.English:
		return [2]bool{langEnglish: true}
	case collab.Dutch:
		return [2]bool{langDutch: true}
	default:
		return [2]bool{true, true}
	}
}

// Languages of a posting.
const (
	langEnglish = 0
	langDutch   = 1
	langAny     = 2 // a word of the code, which belongs to no language
)

// vocabEntry is one normalised word of the catalogue with every place it
// occurs.
type vocabEntry struct {
	word     string
	postings []posting
}

// posting is an occurrence of a word in a lesson: in which lesson, in
// which language, and whether in the title or code (or only in the text).
// One lesson has at most one posting per word and language, the one of
// its best field.
type posting struct {
	lesson int32
	lang   uint8
	title  bool
}

// buildVocabulary indexes the code, titles and texts of lessons: the
// sorted list of every normalised word with its postings.
func buildVocabulary(lessons []Lesson) []vocabEntry {
	type key struct {
		word   string
		lesson int32
		lang   uint8
	}
	best := map[key]bool{} // posting -> title
	add := func(text string, lesson int32, lang uint8, title bool) {
		for _, w := range fold.AppendWords(nil, text) {
			k := key{w, lesson, lang}
			best[k] = best[k] || title
		}
	}
	for i := range lessons {
		l := &lessons[i]
		n := int32(i)
		add(l.Code, n, langAny, true)
		add(l.Title.EN, n, langEnglish, true)
		add(l.Title.NL, n, langDutch, true)
		add(l.Text.EN, n, langEnglish, false)
		add(l.Text.NL, n, langDutch, false)
	}
	byWord := map[string][]posting{}
	for k, title := range best {
		byWord[k.word] = append(byWord[k.word], posting{lesson: k.lesson, lang: k.lang, title: title})
	}
	vocab := make([]vocabEntry, 0, len(byWord))
	for w, ps := range byWord {
		slices.SortFunc(ps, func(a, b posting) int {
			return cmp.Or(cmp.Compare(a.lesson, b.lesson), cmp.Compare(a.lang, b.lang))
		})
		vocab = append(vocab, vocabEntry{word: w, postings: slices.Clip(ps)})
	}
	slices.SortFunc(vocab, func(a, b vocabEntry) int { return strings.Compare(a.word, b.word) })
	return vocab
}

// queryWords returns the normalised words of a query, without repeats, in
// the order given, leaving out stop words unless nothing else is left.
func queryWords(s string) []string {
	all := fold.AppendWords(nil, s)
	words := make([]string, 0, len(all))
	for _, w := range all {
		if !isStopWord(w) && !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		for _, w := range all {
			if !slices.Contains(words, w) {
				words = append(words, w)
			}
		}
	}
	return words
}

// isStopWord reports whether w is a common Dutch or English function word
// that says nothing about a lesson's subject.
func isStopWord(w string) bool {
	switch w {
	case "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on", "or", "the", "to", "with",
		"aan", "als", "bij", "dat", "de", "die", "een", "en", "er", "het", "met", "om", "ook", "op", "te", "van", "voor":
		return true
	}
	return false
}

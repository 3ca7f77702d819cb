package check

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxPathDepth bounds how deeply one Validator nests field paths; deeper
// segments are counted, not rendered. Each Validate method has a Validator
// of its own and nested values come in through AddError, so one Validator
// needs only the depth of one entity (a project's participants' levels:
// four).
const maxPathDepth = 16

type pathSegment struct {
	name  string // field name; empty for a bare index
	index int
	item  bool // the segment is name[index]
}

// Validator collects the problems of one validation together with the path
// of the field under inspection. Every Validate method of the module runs
// on a Validator of its own: a type that holds another adds the other's
// Validate error below the field that holds it with AddError, which puts
// the inner paths below the current one, so that one document gets one
// list of problems with paths from its root.
//
// The zero Validator is ready to use. It keeps the current path as a small
// fixed stack and renders a path string only when a problem is added, so
// that validating a valid value allocates nothing. A Validator is not safe
// for concurrent use; it is meant to live on the stack of one Validate call.
type Validator struct {
	stack    [maxPathDepth]pathSegment
	depth    int
	overflow int // segments pushed beyond maxPathDepth, kept only as a count
	problems Problems
	more     int // problems found beyond MaxProblems, kept only as a count
	indexes  [indexSlots]listIndex
	nextSlot int
}

// MaxProblems is the most problems one validation lists. Past it, problems
// are counted, not rendered, and Err ends the list with one CodeTooMany
// problem at the root that says how many more there were ("1234 more
// problems not listed"): a hostile document of millions of mistakes costs
// a bounded answer, and a person reading the list has enough to start on.
const MaxProblems = 100

// moreSuffix ends the message of the problem that counts those not listed.
const moreSuffix = " more problems not listed"

// full reports whether the list of problems is at MaxProblems; the problem
// at hand is then only counted.
func (v *Validator) full() bool {
	if len(v.problems) >= MaxProblems {
		v.more++
		return true
	}
	return false
}

// Enter descends into the field name (a JSON field name) of the current
// value. Every Enter, Index or Item must be matched by a Leave.
func (v *Validator) Enter(name string) { v.push(pathSegment{name: name}) }

// Index descends into element i of the current value, which is a list.
func (v *Validator) Index(i int) { v.push(pathSegment{index: i, item: true}) }

// Item descends into element i of the list in field name: the path gains
// "name[i]". It is Enter(name) and Index(i) in one step, left with one Leave.
func (v *Validator) Item(name string, i int) { v.push(pathSegment{name: name, index: i, item: true}) }

// Leave returns to the value that contained the current one.
func (v *Validator) Leave() {
	if v.overflow > 0 {
		v.overflow--
		return
	}
	if v.depth > 0 {
		v.depth--
	}
}

func (v *Validator) push(s pathSegment) {
	if v.depth == len(v.stack) {
		v.overflow++
		return
	}
	v.stack[v.depth] = s
	v.depth++
}

// path renders the current path, extended by field when field is not empty.
func (v *Validator) path(field string) string {
	var b strings.Builder
	for _, s := range v.stack[:v.depth] {
		if s.name != "" {
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.name)
		}
		if s.item {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
		}
	}
	if field != "" {
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(field)
	}
	return b.String()
}

// Addf records a problem at field (relative to the current path; empty for
// the current value itself) with a message formatted as by fmt.Sprintf.
func (v *Validator) Addf(field string, code Code, format string, args ...any) {
	if v.full() {
		return
	}
	v.problems = append(v.problems, Problem{Path: v.path(field), Code: code, Message: fmt.Sprintf(format, args...)})
}

// AddError records every problem of err below field: err is the error of
// a Validate method, an enum's or a date's parse error, or any error (which
// becomes one CodeBadFormat problem). Paths inside err are put below the
// current path, so a nested value's Validate reports at its place in the
// document. A nil err records nothing and costs nothing.
func (v *Validator) AddError(field string, err error) {
	if err == nil {
		return
	}
	base := ""
	if len(v.problems) < MaxProblems {
		base = v.path(field)
	}
	ps, ok := err.(Problems)
	if !ok {
		ps = ProblemsOf(err)
	}
	for _, p := range ps {
		if n, ok := moreCount(p); ok {
			v.more += n
			continue
		}
		if v.full() {
			continue
		}
		p.Path = joinPath(base, p.Path)
		v.problems = append(v.problems, p)
	}
}

// moreCount recognises the closing problem of a list cut at MaxProblems
// and returns how many problems it stands for.
func moreCount(p Problem) (int, bool) {
	if p.Code != CodeTooMany || p.Path != "" || !strings.HasSuffix(p.Message, moreSuffix) {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimSuffix(p.Message, moreSuffix))
	return n, err == nil && n > 0
}

// joinPath puts path below base.
func joinPath(base, path string) string {
	switch {
	case path == "":
		return base
	case base == "" || path[0] == '[':
		return base + path
	default:
		return base + "." + path
	}
}

// Len reports how many problems have been recorded so far, those beyond
// MaxProblems included.
func (v *Validator) Len() int { return len(v.problems) + v.more }

// Err returns nil when no problem was recorded, and otherwise the Problems
// recorded, in the order they were found. When more than MaxProblems were
// found, the list holds the first MaxProblems and one last CodeTooMany
// problem at the root that says how many more there were.
func (v *Validator) Err() error {
	if len(v.problems) == 0 {
		return nil
	}
	if v.more > 0 {
		return append(v.problems[:len(v.problems):len(v.problems)],
			Problem{Code: CodeTooMany, Message: strconv.Itoa(v.more) + moreSuffix})
	}
	return v.problems
}

// Required records a CodeRequired problem at field when missing is true.
// It reports whether the field was present.
func (v *Validator) Required(field string, missing bool) bool {
	if missing {
		v.Addf(field, CodeRequired, "is required")
	}
	return !missing
}

// Text checks a free text: present when required, and at most max
// characters (runes) long.
func (v *Validator) Text(field, s string, required bool, max int) {
	if s == "" || strings.TrimSpace(s) == "" {
		if required {
			v.Addf(field, CodeRequired, "is required")
		}
		return
	}
	if len(s) > max && utf8.RuneCountInString(s) > max {
		v.Addf(field, CodeTooLong, "has %d characters, more than the maximum of %d", utf8.RuneCountInString(s), max)
	}
}

// Count checks that a list of n items holds at most max, and returns how
// many of its items to check: min(n, max). Validation stops at a list's
// maximum, with this one CodeTooMany problem, so that a list of millions
// costs no more than one of max items:
//
//	for i := range xs[:v.Count("xs", len(xs), MaxXs)] { ... }
func (v *Validator) Count(field string, n, max int) int {
	if n > max {
		v.Addf(field, CodeTooMany, "has %d items, more than the maximum of %d", n, max)
		return max
	}
	return n
}

// Range checks that n lies in [min, max].
func (v *Validator) Range(field string, n, min, max int64) {
	if n < min || n > max {
		v.Addf(field, CodeOutOfRange, "is %d, outside %d to %d", n, min, max)
	}
}

// Enum checks an enum field: zero (unset) is CodeRequired when required,
// and a value the enum does not know is CodeUnknownValue.
func (v *Validator) Enum(field string, e interface {
	IsValid() bool
	IsZero() bool
}, required bool) {
	switch {
	case e.IsZero():
		if required {
			v.Addf(field, CodeRequired, "is required")
		}
	case !e.IsValid():
		v.Addf(field, CodeUnknownValue, "holds %v, which is not a known value", e)
	}
}

// Dated is what DateOrder needs of a date: whether it is set, how it
// orders, and how it reads in a message. collab.Date is one.
type Dated[D any] interface {
	IsZero() bool
	Before(D) bool
	String() string
}

// DateOrder records a CodeDateOrder problem at field when both dates are
// set and later comes before earlier. what names the earlier date in the
// message, for example "the collaboration started".
func DateOrder[D Dated[D]](v *Validator, field string, earlier, later D, what string) {
	if earlier.IsZero() || later.IsZero() || !later.Before(earlier) {
		return
	}
	v.Addf(field, CodeDateOrder, "%s is before %s (%s)", later, what, earlier)
}

// EarlierIndex returns the index of the first element before xs[i] whose
// key equals that of xs[i], or -1 when there is none. It compares pairs
// without allocating, which is quadratic: it suits short lists (a project's
// themes, a member's levels). Validation of a list that may be long uses
// [Earlier], which is linear past SmallList elements.
func EarlierIndex[E any, K comparable](xs []E, i int, key func(*E) K) int {
	k := key(&xs[i])
	for j := range i {
		if key(&xs[j]) == k {
			return j
		}
	}
	return -1
}

// SmallList is the length up to which [Earlier] and [Unique] compare pairs
// of elements, allocating nothing; above it they index the list once in a
// map, so that validating a long list stays linear. It covers every list
// of the module's documented maximum of 1,000 (members, participants),
// whose validation must not allocate; checking all pairs of such a list
// costs at most half a million comparisons.
const SmallList = 1024

// indexSlots is how many list indexes one Validator keeps: a list's own
// duplicate check interleaves with those of the lists inside its elements.
const indexSlots = 4

// listIndex is the first index of every key of one list, kept by a
// Validator for the lists longer than SmallList it checks.
type listIndex struct {
	base        any // a pointer to the list's first element, its identity
	n           int
	list, field string
	first       any // map[K]int32
}

// firstIndexes returns the first index of each key of xs, built once per
// list, field and Validator.
func firstIndexes[E any, K comparable](v *Validator, list, field string, xs []E, key func(*E) K) map[K]int32 {
	var base any // a pointer in an interface: compared, never allocated
	if len(xs) > 0 {
		base = &xs[0]
	}
	for i := range v.indexes {
		e := &v.indexes[i]
		if e.base == base && e.n == len(xs) && e.list == list && e.field == field {
			if m, ok := e.first.(map[K]int32); ok {
				return m
			}
		}
	}
	m := make(map[K]int32, len(xs))
	for i := range xs {
		k := key(&xs[i])
		if _, ok := m[k]; !ok {
			m[k] = int32(i)
		}
	}
	v.indexes[v.nextSlot] = listIndex{base: base, n: len(xs), list: list, field: field, first: m}
	v.nextSlot = (v.nextSlot + 1) % indexSlots
	return m
}

// Earlier is [EarlierIndex] for lists of any length: the index of the
// first element before xs[i] with the key of xs[i], or -1. Up to SmallList
// elements it compares pairs without allocating; a longer list is indexed
// once per Validator, so that checking every element costs linear time.
// list and field name the list and the key (as in [Unique]): together they
// tell the indexes of one Validator apart, so one list checked on two keys
// needs two field names.
func Earlier[E any, K comparable](v *Validator, list, field string, xs []E, i int, key func(*E) K) int {
	if len(xs) <= SmallList {
		return EarlierIndex(xs, i, key)
	}
	if j := int(firstIndexes(v, list, field, xs, key)[key(&xs[i])]); j < i {
		return j
	}
	return -1
}

// Items checks a list in field name: at most max elements, and each
// element, at path name[i], by check. It is the loop every list of the
// module's documents is validated with. A list longer than max gets one
// CodeTooMany problem and only its first max elements are checked.
func Items[E any](v *Validator, name string, xs []E, max int, check func(i int, x *E)) {
	for i := range xs[:v.Count(name, len(xs), max)] {
		v.Item(name, i)
		check(i, &xs[i])
		v.Leave()
	}
}

// Unique records a CodeDuplicate problem at field when xs[i] has the same
// key as an earlier element of the list in field list; zero keys are
// left to the required checks. It allocates nothing when there is no
// duplicate in a list of up to SmallList elements, and checking a whole
// longer list costs linear time (see [Earlier]).
func Unique[E any, K comparable](v *Validator, field string, xs []E, i int, key func(*E) K, list string) {
	var zero K
	if k := key(&xs[i]); k != zero {
		if j := Earlier(v, list, field, xs, i, key); j >= 0 {
			Duplicate(v, field, k, list, j)
		}
	}
}

// Duplicate records the CodeDuplicate problem of [Unique] at field: the
// key k is used before, by element j of the list in field list. It serves
// the checks that find the earlier element their own way, such as through
// an index built once for several lists, so that every duplicate reads
// the same.
func Duplicate[K comparable](v *Validator, field string, k K, list string, j int) {
	if s, ok := any(k).(string); ok {
		v.Addf(field, CodeDuplicate, "%q is used before, by %s[%d]", s, list, j)
		return
	}
	v.Addf(field, CodeDuplicate, "%v is used before, by %s[%d]", k, list, j)
}

// EnumSet checks a list of enum values in which each value may occur at
// most once, such as the traits of a region or the care scopes of a
// collaboration: each item must be set and known (see Enum), and an item
// that repeats an earlier one is CodeDuplicate, naming the earlier index.
// what names one value in the message ("trait"). An empty list is fine.
func EnumSet[E interface {
	comparable
	IsValid() bool
	IsZero() bool
}](v *Validator, field string, xs []E, what string) {
	if len(xs) == 0 {
		return
	}
	v.Enter(field)
	for i, x := range xs {
		v.Index(i)
		v.Enum("", x, true)
		for j := range i {
			if xs[j] == x && x.IsValid() {
				v.Addf("", CodeDuplicate, "%s %v is listed before, at %s[%d]", what, x, field, j)
				break
			}
		}
		v.Leave()
	}
	v.Leave()
}

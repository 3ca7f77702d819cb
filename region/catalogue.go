package region

import (
	"maps"
	"slices"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
	"github.com/regiokompas/regiokompas/collab/fold"
)

// Catalogue is an immutable set of regions with unique codes whose parents
// all resolve and form no cycle. Reference returns the built-in Dutch
// catalogue; With layers a user's own regions over a catalogue and returns
// a new one; NewCatalogue builds one from scratch.
//
// A Catalogue is a value: copying it is cheap and every copy stays valid,
// because nothing ever writes to what it holds. Lookups and listings hand
// out copies of the regions (their Parents, Aliases and Traits included),
// so that a caller who changes them changes nothing in the catalogue. A
// Catalogue is safe for concurrent use.
//
// Lookup finds a region by its code; LookupByCBSCode, LookupByName and
// LookupByNameKind by another key; each returns the region and true, or
// the zero Region and false when c holds none. ByName and ByKind list every
// match. The zero Catalogue is empty: every lookup reports false.
type Catalogue struct {
	// Nothing here is written after construction. The keys of the regions
	// are indexed in two layers: base, shared by every catalogue built on
	// it (the reference catalogue's, say), and top, the regions added
	// since, which With copies, so that layering a few regions over a large
	// catalogue costs little.
	regions   []Region // in order of addition
	base, top *keyIndex
	retired   []RetiredCode // retired CBS codes (reference catalogue only)
}

// keyIndex indexes the keys of a run of a catalogue's regions by position.
type keyIndex struct {
	code map[string]int   // code -> position
	cbs  map[string]int   // CBS code in capitals -> first position with it
	name map[string][]int // fold.Key of a name or alias -> positions, ascending
}

func newKeyIndex(n int) *keyIndex {
	return &keyIndex{code: make(map[string]int, n), cbs: make(map[string]int, n), name: make(map[string][]int, 2*n)}
}

// clone returns a copy of k with room for n more regions; the position
// lists are clipped, so appending to them copies them.
func (k *keyIndex) clone(n int) *keyIndex {
	out := newKeyIndex(len(k.code) + n)
	maps.Copy(out.code, k.code)
	maps.Copy(out.cbs, k.cbs)
	maps.Copy(out.name, k.name)
	return out
}

// The maps of a keyIndex that positionIn looks in.
const (
	byCode = iota
	byCBSCode
)

// position returns the position of the region with code.
func (c Catalogue) position(code string) (int, bool) { return c.positionIn(byCode, code) }

// positionIn looks key up in the map which of the base and then the top
// index.
func (c Catalogue) positionIn(which int, key string) (int, bool) {
	for _, layer := range [2]*keyIndex{c.base, c.top} {
		if layer == nil {
			continue
		}
		m := layer.code
		if which == byCBSCode {
			m = layer.cbs
		}
		if at, ok := m[key]; ok {
			return at, true
		}
	}
	return 0, false
}

// Reference returns the built-in catalogue of Dutch reference regions, in
// this order: the Netherlands (code "nederland"), the 12 provinces (codes
// "provincie-groningen" to "provincie-limburg", in CBS order), the 31
// zorgkantoorregio's (codes as in the source table, such as "west-brabant",
// in alphabetical order) and the 342 municipalities of 1 January 2024
// (codes "gemeente-" and the folded name, such as "gemeente-zoetermeer" or
// "gemeente-s-hertogenbosch", in the order of their CBS codes). Each
// province lies in the Netherlands, each zorgkantoorregio in the provinces
// its municipalities lie in, and each municipality in its zorgkantoorregio
// and its province (Parents, in that order). Every region carries its
// population on PopulationDate in its Profile: the municipalities' from
// CBS, the larger regions' summed over their municipalities.
//
// The data is of edition DataVersion; see the package documentation for
// where it comes from and how sure it is. Every call returns the same
// immutable catalogue.
func Reference() Catalogue { return reference }

//go:generate go run gen.go

// reference is built once, when the package is initialised, and never
// written afterwards.
var reference = mustBuildReference()

func mustBuildReference() Catalogue {
	c, err := NewCatalogue(referenceRegions[:])
	if err != nil {
		// The reference data is ours, not user input, and a test
		// validates it; this cannot happen in a released build.
		panic("region: the built-in reference data is invalid: " + err.Error())
	}
	c.retired = referenceRetired[:]
	return c
}

// NewCatalogue returns a catalogue holding regions, in order. It copies
// them, so later changes to regions do not reach the catalogue. It
// validates them as With does, and returns the zero Catalogue and the
// problems when they are not valid; see With for the problems reported.
func NewCatalogue(regions []Region) (Catalogue, error) {
	return Catalogue{}.With(regions...)
}

// With returns a new catalogue that holds c's regions followed by regions,
// for example a user's municipality and some neighbourhoods layered over the
// reference catalogue. c itself does not change, and the new catalogue keeps
// copies, so that later changes to the arguments change nothing in it.
//
// With checks each region with Region.Validate, and the set as a whole. It
// reports every problem as collab.Problems, with paths that start at the
// argument list, such as "regions[2].parents[0]":
//   - a code used before, in c or by an earlier argument:
//     collab.CodeDuplicate at "regions[i].code";
//   - a parent or member that is neither in c nor among regions:
//     collab.CodeDanglingReference at "regions[i].parents[j]" or
//     "regions[i].members[j]";
//   - regions that lie in each other in a cycle: collab.CodeNotAllowed at
//     the parent that closes the cycle, with a message that names the
//     regions of the cycle in order;
//   - more than MaxRegions regions in all: collab.CodeTooMany at "regions".
//
// On error With returns the zero Catalogue and the problems; c itself
// stays as it was, as always.
func (c Catalogue) With(regions ...Region) (Catalogue, error) {
	if len(regions) == 0 {
		return c, nil
	}
	var v check.Validator
	base := len(c.regions)
	if base+len(regions) > MaxRegions {
		v.Addf("regions", collab.CodeTooMany, "the catalogue would hold %d regions, more than the maximum of %d", base+len(regions), MaxRegions)
		return Catalogue{}, v.Err()
	}
	out := Catalogue{
		regions: make([]Region, base, base+len(regions)),
		retired: c.retired,
	}
	copy(out.regions, c.regions) // c's regions are never written, so sharing their slices is safe
	switch {
	case c.top == nil:
		out.base, out.top = c.base, newKeyIndex(len(regions))
	case c.base == nil:
		out.base, out.top = c.top, newKeyIndex(len(regions)) // c's top becomes the shared base
	default:
		out.base, out.top = c.base, c.top.clone(len(regions))
	}

	v.Enter("regions")
	for i := range regions {
		r := &regions[i]
		v.Index(i)
		if r.Code != "" {
			if at, dup := out.position(r.Code); dup {
				if at < base {
					v.Addf("code", collab.CodeDuplicate, "code %q is already in the catalogue, for the %s %q", r.Code, out.regions[at].Kind, out.regions[at].Name)
				} else {
					v.Addf("code", collab.CodeDuplicate, "code %q is used before, by regions[%d]", r.Code, at-base)
				}
			} else {
				out.top.code[r.Code] = base + i
			}
		}
		r.validate(&v)
		out.regions = append(out.regions, cloneRegion(*r))
		out.indexKeys(base + i)
		v.Leave()
	}
	for i := range regions {
		out.reportDangling(&v, i, "parents", "parent", regions[i].Code, regions[i].Parents)
		out.reportDangling(&v, i, "members", "member", regions[i].Code, regions[i].Members)
	}
	out.reportCycles(&v, base, regions)
	v.Leave()
	if err := v.Err(); err != nil {
		return Catalogue{}, err
	}
	return out, nil
}

// reportDangling reports, at "[i].field[j]" under v's current path, each
// code of list (the parents or members of the region with code self) that
// c does not hold. Empty, malformed and self references are left to
// Region.Validate.
func (c Catalogue) reportDangling(v *check.Validator, i int, field, what, self string, list []string) {
	for j, code := range list {
		if code == "" || code == self || !ValidCode(code) {
			continue
		}
		if _, ok := c.position(code); !ok {
			v.Index(i)
			v.Enter(field)
			v.Index(j)
			v.Addf("", collab.CodeDanglingReference, "%s %q is not a region in the catalogue", what, code)
			v.Leave()
			v.Leave()
			v.Leave()
		}
	}
}

// reportCycles finds the cycles among the regions added from position base
// on (the regions before base cannot take part in one: their parents all
// lie before them) and reports each at the parent that closes it.
func (c Catalogue) reportCycles(v *check.Validator, base int, added []Region) {
	const (
		white = iota // not visited
		grey         // on the current path
		black        // done
	)
	colour := make([]uint8, len(added))
	var path []cycleFrame
	for start := range added {
		if colour[start] != white {
			continue
		}
		colour[start] = grey
		path = append(path[:0], cycleFrame{node: start})
		for len(path) > 0 {
			top := &path[len(path)-1]
			parents := added[top.node].Parents
			if top.next == len(parents) {
				colour[top.node] = black
				path = path[:len(path)-1]
				continue
			}
			j := top.next
			top.next++
			at, ok := c.position(parents[j])
			if !ok || at < base || parents[j] == added[top.node].Code {
				continue // dangling, a reference region, or a self-reference reported by Validate
			}
			parent := at - base
			switch colour[parent] {
			case white:
				colour[parent] = grey
				path = append(path, cycleFrame{node: parent})
			case grey:
				v.Index(top.node)
				v.Enter("parents")
				v.Index(j)
				v.Addf("", collab.CodeNotAllowed, "parent %q closes a cycle, in which each region lies in the next: %s", parents[j], cycleText(added, path, parent))
				v.Leave()
				v.Leave()
				v.Leave()
			}
		}
	}
}

// cycleFrame is a step of the depth-first search for cycles: node is an
// index into the added regions, next the index of its parent to visit next.
type cycleFrame struct{ node, next int }

// cycleText names the regions of the cycle that runs from node parent along
// path back to it, as "a -> b -> c -> a". It runs only on the error path.
func cycleText(added []Region, path []cycleFrame, parent int) string {
	var b strings.Builder
	from := 0
	for k := range path {
		if path[k].node == parent {
			from = k
			break
		}
	}
	for _, f := range path[from:] {
		b.WriteString(added[f.node].Code)
		b.WriteString(" -> ")
	}
	b.WriteString(added[parent].Code)
	return b.String()
}

// indexKeys adds the CBS code, name and aliases of the region at position
// at to c's top index. The first region with a CBS code keeps it.
func (c *Catalogue) indexKeys(at int) {
	r := &c.regions[at]
	if r.CBSCode != "" {
		key := strings.ToUpper(r.CBSCode)
		if _, taken := c.cbsPosition(key); !taken {
			c.top.cbs[key] = at
		}
	}
	add := func(name string) {
		key := fold.Key(name)
		if key == "" {
			return
		}
		list := c.top.name[key]
		if len(list) > 0 && list[len(list)-1] == at {
			return // the name and an alias fold alike
		}
		c.top.name[key] = slices.Clip(append(slices.Clip(list), at))
	}
	add(r.Name)
	for _, a := range r.Aliases {
		add(a)
	}
}

// cloneRegion returns r with its own copies of every slice. The string
// slices share one new array, so that a copy costs one allocation.
func cloneRegion(r Region) Region {
	if n := len(r.Aliases) + len(r.Parents) + len(r.Members); n > 0 {
		all := make([]string, 0, n)
		all = append(all, r.Aliases...)
		all = append(all, r.Parents...)
		all = append(all, r.Members...)
		r.Aliases, all = cut(all, len(r.Aliases))
		r.Parents, all = cut(all, len(r.Parents))
		r.Members, _ = cut(all, len(r.Members))
	}
	r.Profile.Traits = slices.Clone(r.Profile.Traits)
	return r
}

// cut splits the first n strings off all, clipped so that appending to
// them cannot overwrite the rest; nil when n is 0, as the original was.
func cut(all []string, n int) (head, rest []string) {
	if n == 0 {
		return nil, all
	}
	return all[:n:n], all[n:]
}

// Len reports how many regions c holds.
func (c Catalogue) Len() int { return len(c.regions) }

// Has reports whether c holds a region with code. It allocates nothing.
func (c Catalogue) Has(code string) bool {
	_, ok := c.position(code)
	return ok
}

// Lookup returns the region with code (exactly, as in "west-brabant") and
// true, or the zero Region and false when c holds none.
func (c Catalogue) Lookup(code string) (Region, bool) {
	at, ok := c.position(code)
	if !ok {
		return Region{}, false
	}
	return cloneRegion(c.regions[at]), true
}

// LookupByCBSCode returns the region whose CBS code is code, ignoring the
// case of its letters ("ZK25" and "zk25" alike), and true, or the zero
// Region and false when c holds none. When several regions share a CBS
// code, the first in All's order wins. A retired code (ZK05, ZK15) finds
// nothing here: Retired says which region took it over.
func (c Catalogue) LookupByCBSCode(code string) (Region, bool) {
	at, ok := c.cbsPosition(code)
	if !ok {
		return Region{}, false
	}
	return cloneRegion(c.regions[at]), true
}

// CodeByCBSCode is LookupByCBSCode without the copy: it returns only the
// code of the region found, and allocates nothing.
func (c Catalogue) CodeByCBSCode(code string) (string, bool) {
	at, ok := c.cbsPosition(code)
	if !ok {
		return "", false
	}
	return c.regions[at].Code, true
}

// maxCBSCodeLength bounds the CBS codes the index is asked for; no CBS
// area code is longer.
const maxCBSCodeLength = 16

func (c Catalogue) cbsPosition(code string) (int, bool) {
	if code == "" || len(code) > maxCBSCodeLength {
		return 0, false
	}
	var buf [maxCBSCodeLength]byte
	key := buf[:0]
	for i := 0; i < len(code); i++ {
		ch := code[i]
		if 'a' <= ch && ch <= 'z' {
			ch -= 'a' - 'A'
		}
		key = append(key, ch) // within buf: code is at most maxCBSCodeLength
	}
	return c.positionIn(byCBSCode, string(key)) // key does not escape: no allocation
}

// LookupByName returns the first region, in All's order, whose name or one
// of whose aliases matches name, and true, or the zero Region and false
// when none does. Names match when they are equal after folding (see
// [fold.Equal]): case, diacritics, spaces, hyphens and other punctuation
// do not count, so "Fryslân", "fryslan", "FRYSLAN" and "Friesland" (an
// alias) all find the province Fryslân, and "Sudwest Fryslan" the
// municipality Súdwest-Fryslân.
//
// Names are not unique: "Utrecht" is a province, a zorgkantoorregio and a
// municipality, and in the reference catalogue the larger region comes
// first. Use LookupByNameKind to choose the kind, or ByName for every
// match. Names are found through an index, in time independent of the
// catalogue's size.
func (c Catalogue) LookupByName(name string) (Region, bool) {
	return c.LookupByNameKind(name, KindUnknown)
}

// LookupByNameKind is like LookupByName but considers only regions of kind
// k; with KindUnknown it considers every region, as LookupByName does.
func (c Catalogue) LookupByNameKind(name string, k Kind) (Region, bool) {
	at, ok := c.namePosition(name, k)
	if !ok {
		return Region{}, false
	}
	return cloneRegion(c.regions[at]), true
}

// CodeByName is LookupByNameKind without the copy: it returns only the
// code of the region found, and allocates nothing for names of up to 128
// bytes once folded.
func (c Catalogue) CodeByName(name string, k Kind) (string, bool) {
	at, ok := c.namePosition(name, k)
	if !ok {
		return "", false
	}
	return c.regions[at].Code, true
}

func (c Catalogue) namePosition(name string, k Kind) (int, bool) {
	var buf [128]byte
	key := fold.AppendKey(buf[:0], name)
	for _, layer := range [2]*keyIndex{c.base, c.top} {
		if layer == nil {
			continue
		}
		for _, at := range layer.name[string(key)] {
			if k == KindUnknown || c.regions[at].Kind == k {
				return at, true
			}
		}
	}
	return 0, false
}

// namePositions returns the positions of the regions whose name or an
// alias has the fold.Key key, ascending, as a new slice.
func (c Catalogue) namePositions(key string) []int {
	var out []int
	for _, layer := range [2]*keyIndex{c.base, c.top} {
		if layer != nil {
			out = append(out, layer.name[key]...)
		}
	}
	return out
}

// ByName returns every region whose name or one of whose aliases matches
// name (see LookupByName), in All's order, as a new slice; nil when none
// does.
func (c Catalogue) ByName(name string) []Region {
	var out []Region
	for _, at := range c.namePositions(fold.Key(name)) {
		out = append(out, cloneRegion(c.regions[at]))
	}
	return out
}

// Search returns every region whose name or an alias contains each of the
// words of query (folded as by [fold.AppendWords], so "twente", "Den
// Bosch" and "fryslan" match), in All's order, as a new slice; nil when
// query has no words or nothing matches. A word of query matches a word of
// a name that starts with it: "twen" finds Twente, "den bosch" finds
// 's-Hertogenbosch by its alias. It is meant for people typing a name; it
// scans every region and allocates.
func (c Catalogue) Search(query string) []Region {
	words := fold.AppendWords(nil, query)
	if len(words) == 0 {
		return nil
	}
	return c.where(func(r *Region) bool { return r.matchesWords(words) })
}

// matchesWords reports whether the region's name or one of its aliases
// holds every word as the start of one of its own folded words.
func (r *Region) matchesWords(words []string) bool {
	names := append([]string{r.Name}, r.Aliases...)
	for _, name := range names {
		own := fold.AppendWords(nil, name)
		all := true
		for _, w := range words {
			if !slices.ContainsFunc(own, func(o string) bool { return strings.HasPrefix(o, w) }) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// All returns every region in a stable order (the order in which they were
// added; see Reference for the reference regions), as a new slice of copies
// that the caller may keep and change.
func (c Catalogue) All() []Region {
	out := make([]Region, len(c.regions))
	for i := range c.regions {
		out[i] = cloneRegion(c.regions[i])
	}
	return out
}

// ByKind returns the regions of kind k in All's order, as a new slice; nil
// when there are none.
func (c Catalogue) ByKind(k Kind) []Region {
	return c.where(func(r *Region) bool { return r.Kind == k })
}

// Children returns the regions that name code as a direct parent, in All's
// order, as a new slice; nil when there are none or c does not hold code.
func (c Catalogue) Children(code string) []Region {
	if !c.Has(code) {
		return nil
	}
	return c.where(func(r *Region) bool { return r.HasParent(code) })
}

// where returns copies of the regions for which keep is true, in All's
// order, as a new slice; nil when there are none.
func (c Catalogue) where(keep func(*Region) bool) []Region {
	var out []Region
	for i := range c.regions {
		if keep(&c.regions[i]) {
			out = append(out, cloneRegion(c.regions[i]))
		}
	}
	return out
}

// Ancestors returns every region that the region with code lies in,
// directly or through its parents, each once, nearest first (its parents in
// their order, then their parents, and so on), as a new slice. It returns
// nil when the region has no parents or c does not hold code.
func (c Catalogue) Ancestors(code string) []Region {
	found := c.ancestors(code)
	if len(found) == 0 {
		return nil
	}
	out := make([]Region, len(found))
	for i, at := range found {
		out[i] = cloneRegion(c.regions[at])
	}
	return out
}

// Within reports whether the region with code lies in the region with code
// ancestor, directly or through its parents. A region does not lie within
// itself.
func (c Catalogue) Within(code, ancestor string) bool {
	at, ok := c.position(ancestor)
	return ok && slices.Contains(c.ancestors(code), at)
}

// ancestors returns the positions of code's ancestors, breadth first.
func (c Catalogue) ancestors(code string) []int {
	start, ok := c.position(code)
	if !ok {
		return nil
	}
	var found []int
	add := func(parents []string) {
		for _, p := range parents {
			at, ok := c.position(p)
			if ok && at != start && !slices.Contains(found, at) {
				found = append(found, at)
			}
		}
	}
	add(c.regions[start].Parents)
	for k := 0; k < len(found); k++ {
		add(c.regions[found[k]].Parents)
	}
	return found
}

// CheckCode checks a reference to a region from another value, such as the
// region code of a collaboration or a case, and records a problem at field
// (relative to v's current path) when code does not resolve in c: an empty
// code is collab.CodeRequired, a code of the wrong form collab.CodeBadFormat
// (whose message names the region code when the code given is a CBS code
// in c, such as "GM0637" for "gemeente-zoetermeer"), and a code that c does
// not hold collab.CodeDanglingReference. Every kind of region resolves: a
// case may name a municipality ("gemeente-zoetermeer") as well as a
// zorgkantoorregio or a region of its own. It reports
// whether the code resolves, and allocates nothing when it does.
func (c Catalogue) CheckCode(v *check.Validator, field, code string) bool {
	switch {
	case code == "":
		v.Addf(field, collab.CodeRequired, "is required")
	case !ValidCode(code):
		if region, ok := c.CodeByCBSCode(code); ok {
			v.Addf(field, collab.CodeBadFormat, "%q is a CBS code, not a region code; the region code of that area is %q", code, region)
			break
		}
		v.Addf(field, collab.CodeBadFormat, "%q is not a region code: lowercase letters and digits joined by single hyphens", code)
	case !c.Has(code):
		v.Addf(field, collab.CodeDanglingReference, "region %q is not in the catalogue", code)
	default:
		return true
	}
	return false
}

package check

import "strings"

// maxSuggestLength is the length, in bytes, beyond which Closest
// suggests nothing, so that a huge unknown key costs no huge comparison.
const maxSuggestLength = 64

// Closest returns the word of words nearest to w when it is at most one
// edit away (two for words of five or more letters), ignoring case, and ""
// otherwise: the word to suggest after "did you mean", for an unknown
// field of a document, a misspelt command or flag. A w longer than 64
// bytes gets no suggestion.
func Closest(w string, words []string) string {
	if len(w) > maxSuggestLength {
		return ""
	}
	best, bestDist := "", 2
	if len(w) >= 5 {
		bestDist = 3
	}
	for _, c := range words {
		if d := editDistance(strings.ToLower(w), strings.ToLower(c)); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

package collab_test

import "github.com/regiokompas/regiokompas/collab"

// pathCode is the part of a Problem that tests compare: where and what.
type pathCode struct {
	Path string
	Code collab.Code
}

// pathCodes flattens err into its paths and codes, in order.
func pathCodes(err error) []pathCode {
	var out []pathCode
	for _, p := range collab.ProblemsOf(err) {
		out = append(out, pathCode{p.Path, p.Code})
	}
	return out
}

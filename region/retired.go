package region

import "strings"

// RetiredCode is a CBS area code that is no longer in use, and the region
// that took over its area. CBS numbers the zorgkantoorregio's; when two
// merged, their codes were retired and the merged region got a new one.
// Data that predates the merger (a report, a spreadsheet) can still name
// the old code: Catalogue.Retired says where it went.
type RetiredCode struct {
	// CBSCode is the retired code, such as "ZK05".
	CBSCode string `json:"cbsCode"`
	// Name is the name of the region the code stood for.
	Name string `json:"name"`
	// Successor is the region code of the region that took the area over,
	// such as "westland-schieland-delfland".
	Successor string `json:"successor"`
	// Since is the first year of the CBS division without the code.
	Since int `json:"since"`
}

// Retired returns what c knows about the retired CBS code cbsCode
// (ignoring the case of its letters) and true, or the zero RetiredCode and
// false when the code is not a retired one. LookupByCBSCode finds nothing
// for a retired code, so that old and current codes are never confused;
// look the successor up with Lookup.
//
// The reference catalogue knows ZK05 (Delft Westland Oostland) and ZK15
// (Nieuwe Waterweg Noord), both merged into Westland, Schieland, Delfland
// (ZK33) from the 2016 division on. Catalogues built with With keep the
// retired codes of the catalogue they extend; NewCatalogue knows none.
func (c Catalogue) Retired(cbsCode string) (RetiredCode, bool) {
	for _, r := range c.retired {
		if strings.EqualFold(r.CBSCode, cbsCode) {
			return r, true
		}
	}
	return RetiredCode{}, false
}

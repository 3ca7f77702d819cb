package region

// ValidCode reports whether s has the form of a region code: a slug of
// lowercase ASCII letters and digits in groups joined by single hyphens,
// such as "noord-holland-noord" or "t-gooi", at most MaxCodeLength bytes.
// Codes are stable keys: a collaboration names its region by code.
func ValidCode(s string) bool {
	if s == "" || len(s) > MaxCodeLength || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// ValidCBSCode reports whether code has the form of a CBS area code for a
// region of kind k. Only the form is checked, not whether CBS knows the code:
//
//   - municipality: "GM" and 4 digits (GM0363 Amsterdam)
//   - province: "PV" and 2 digits (PV26 Utrecht)
//   - zorgkantoorregio: "ZK" and 2 digits (ZK02 Amsterdam)
//   - ggd-region: "GG" and 4 digits (GG3406 GGD Amsterdam)
//   - neighbourhood: "WK" and 6 digits (a wijk) or "BU" and 8 digits (a buurt)
//   - any other kind: two capital letters and 2 to 8 digits, the general
//     form of CBS area codes
func ValidCBSCode(k Kind, code string) bool {
	switch k {
	case KindMunicipality:
		return hasForm(code, "GM", 4)
	case KindProvince:
		return hasForm(code, "PV", 2)
	case KindZorgkantoorregio:
		return hasForm(code, "ZK", 2)
	case KindGGDRegion:
		return hasForm(code, "GG", 4)
	case KindNeighbourhood:
		return hasForm(code, "WK", 6) || hasForm(code, "BU", 8)
	}
	if len(code) < 4 || len(code) > 10 || !isUpper(code[0]) || !isUpper(code[1]) {
		return false
	}
	return allDigits(code[2:])
}

// CBSCodeForm describes in words the form ValidCBSCode expects for kind k,
// such as "GM and 4 digits"; messages use it.
func CBSCodeForm(k Kind) string {
	switch k {
	case KindMunicipality:
		return "GM and 4 digits"
	case KindProvince:
		return "PV and 2 digits"
	case KindZorgkantoorregio:
		return "ZK and 2 digits"
	case KindGGDRegion:
		return "GG and 4 digits"
	case KindNeighbourhood:
		return "WK and 6 digits or BU and 8 digits"
	}
	return "two capital letters and 2 to 8 digits"
}

// ValidISOCode reports whether s has the form of an ISO 3166 code: a
// country ("NL", two capital letters) or a subdivision ("NL-UT": the country,
// a hyphen, and 1 to 3 capital letters or digits).
func ValidISOCode(s string) bool {
	if len(s) < 2 || !isUpper(s[0]) || !isUpper(s[1]) {
		return false
	}
	if len(s) == 2 {
		return true
	}
	if len(s) < 4 || len(s) > 6 || s[2] != '-' {
		return false
	}
	for i := 3; i < len(s); i++ {
		if !isUpper(s[i]) && !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func hasForm(s, prefix string, digits int) bool {
	return len(s) == len(prefix)+digits && s[:len(prefix)] == prefix && allDigits(s[len(prefix):])
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

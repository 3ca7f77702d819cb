package region

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestValidCode(t *testing.T) {
	tests := []struct {
		name string
		code string
		want bool
	}{
		{"a one-word slug is a code", "amsterdam", true},
		{"hyphenated words are a code", "noord-holland-noord", true},
		{"a single-letter group is a code", "t-gooi", true},
		{"digits are allowed", "wijk-12", true},
		{"a code may start with a digit", "3406", true},
		{"the empty string is not a code", "", false},
		{"capitals are not allowed", "West-Brabant", false},
		{"spaces are not allowed", "west brabant", false},
		{"a leading hyphen is not allowed", "-west", false},
		{"a trailing hyphen is not allowed", "west-", false},
		{"a double hyphen is not allowed", "west--brabant", false},
		{"diacritics are not allowed", "fryslân", false},
		{"underscores are not allowed", "west_brabant", false},
		{"a code of the maximum length is allowed", strings.Repeat("a", MaxCodeLength), true},
		{"a code over the maximum length is not", strings.Repeat("a", MaxCodeLength+1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ValidCode(tt.code))
		})
	}
}

func TestValidCBSCode(t *testing.T) {
	tests := []struct {
		name string
		kind Kind
		code string
		want bool
	}{
		{"a municipality has GM and four digits", KindMunicipality, "GM0363", true},
		{"a municipality code with three digits is wrong", KindMunicipality, "GM363", false},
		{"a municipality code in lower case is wrong", KindMunicipality, "gm0363", false},
		{"a province code is no municipality code", KindMunicipality, "PV26", false},
		{"a province has PV and two digits", KindProvince, "PV26", true},
		{"a province code with four digits is wrong", KindProvince, "PV2600", false},
		{"a zorgkantoorregio has ZK and two digits", KindZorgkantoorregio, "ZK02", true},
		{"a zorgkantoorregio code with letters is wrong", KindZorgkantoorregio, "ZK0A", false},
		{"a GGD region has GG and four digits", KindGGDRegion, "GG3406", true},
		{"a GGD region code with two digits is wrong", KindGGDRegion, "GG34", false},
		{"a wijk has WK and six digits", KindNeighbourhood, "WK036300", true},
		{"a buurt has BU and eight digits", KindNeighbourhood, "BU03630000", true},
		{"a neighbourhood code of another form is wrong", KindNeighbourhood, "BU036300", false},
		{"a custom region takes any CBS-like code", KindCustom, "AB12345", true},
		{"a custom region code needs two digits at least", KindCustom, "AB1", false},
		{"a custom region code has at most eight digits", KindCustom, "AB123456789", false},
		{"a country code needs capitals first", KindCountry, "nl01", false},
		{"an empty code is never valid", KindCustom, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ValidCBSCode(tt.kind, tt.code))
		})
	}
}

func TestCBSCodeFormNamesTheForm(t *testing.T) {
	assert.Equal(t, "GM and 4 digits", CBSCodeForm(KindMunicipality))
	assert.Equal(t, "ZK and 2 digits", CBSCodeForm(KindZorgkantoorregio))
	assert.Equal(t, "two capital letters and 2 to 8 digits", CBSCodeForm(KindIZARegion))
}

func TestValidISOCode(t *testing.T) {
	for code, want := range map[string]bool{
		"NL": true, "NL-UT": true, "NL-FR": true, "NL-1": true, "NL-ABC": true,
		"": false, "N": false, "nl": false, "NL-": false, "NL-ABCD": false, "NL_UT": false, "NL-ut": false,
	} {
		assert.Equal(t, want, ValidISOCode(code), "ValidISOCode(%q)", code)
	}
}

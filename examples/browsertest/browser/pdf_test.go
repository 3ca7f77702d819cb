package browser

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCountPages(t *testing.T) {
	// three-pages.pdf is written by hand: three pages in a page tree of
	// two levels (the root holds a page and a node of two pages), one of
	// them spelt "/Type/Page" without a space, as PDF allows.
	three, err := os.ReadFile("testdata/three-pages.pdf")
	require.NoError(t, err)

	tests := []struct {
		name  string
		pdf   []byte
		pages int
		err   string
	}{
		{name: "a hand-made PDF of three pages in a tree of two levels has 3 pages", pdf: three, pages: 3},
		{name: "a file that is not a PDF is refused", pdf: []byte("<html>"), err: "not a PDF"},
		{name: "a PDF without page objects is refused",
			pdf: []byte("%PDF-1.4\n1 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"), err: "no page objects"},
		{name: "a page tree that counts more pages than there are objects is refused",
			pdf: bytes.Replace(three, []byte("/Count 3"), []byte("/Count 4"), 1), err: "has 3 page objects but its page tree counts 4"},
		{name: "a page-tree node without a count is refused",
			pdf: bytes.Replace(three, []byte("/Count 2"), []byte("/Kount 2"), 1), err: "has no /Count"},
		{name: "a PDF with compressed object streams is refused rather than miscounted",
			pdf: append(bytes.Clone(three), []byte("7 0 obj\n<< /Type /ObjStm /N 1 /First 4 >>\nendobj\n")...), err: "compressed object streams"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := CountPages(tt.pdf)
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
				assert.Zero(t, n)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.pages, n)
		})
	}
}

func TestFileName(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"spaces and capitals become dashes and lower case", "Achterhoek-ANW nl phone", "achterhoek-anw-nl-phone"},
		{"runs of other characters become one dash, none at the ends", "  all demos (en) / desktop!", "all-demos-en-desktop"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, FileName(tt.in))
		})
	}
}

func TestParseCMap(t *testing.T) {
	cmap := []byte(`/CIDInit /ProcSet findresource begin
2 beginbfchar
<0003> <0020>
<0035> <00E9>
endbfchar
2 beginbfrange
<0044> <0046> <0061>
<0050> <0051> [<0078> <D83DDE00>]
endbfrange
endcmap`)
	got := parseCMap(cmap)
	tests := []struct {
		name string
		code uint16
		want string
	}{
		{"a single code maps to its character", 0x0035, "é"},
		{"a space maps to a space", 0x0003, " "},
		{"a range counts up from its first character", 0x0046, "c"},
		{"a range given as a list maps each code to its entry", 0x0050, "x"},
		{"an entry of two UTF-16 units is one character", 0x0051, "😀"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, got[tt.code])
		})
	}
	assert.Len(t, got, 7)
	assert.Equal(t, "é ca", decodeText(token{tokHex, "0035000300460044"}, got), "a shown string is read two bytes a glyph")
}

func TestTokens(t *testing.T) {
	var got []token
	for tok := range tokens([]byte("q 1 0 0 -1 0 841.9 cm /P <</MCID 3 >>BDC (a\\) b) Tj [<00 41> -20 (c)] TJ % note\nEMC")) {
		got = append(got, tok)
	}
	assert.Equal(t, []token{
		{tokOperator, "q"}, {tokNumber, "1"}, {tokNumber, "0"}, {tokNumber, "0"}, {tokNumber, "-1"}, {tokNumber, "0"}, {tokNumber, "841.9"}, {tokOperator, "cm"},
		{tokName, "/P"}, {tokDelim, "<<"}, {tokName, "/MCID"}, {tokNumber, "3"}, {tokDelim, ">>"}, {tokOperator, "BDC"},
		{tokString, "a) b"}, {tokOperator, "Tj"},
		{tokDelim, "["}, {tokHex, "0041"}, {tokNumber, "-20"}, {tokString, "c"}, {tokDelim, "]"}, {tokOperator, "TJ"},
		{tokOperator, "EMC"},
	}, got)
}

package main

import (
	"strings"
	"unicode/utf8"
)

// lineWidth is the width text output is wrapped to.
const lineWidth = 78

// wrap breaks s into lines of at most width characters at spaces, each
// line starting with indent (the first with first instead), and ends every
// line with a newline. A word longer than a line gets a line of its own.
func wrap(s, first, indent string, width int) string {
	var b strings.Builder
	line := first
	empty := true
	for _, w := range strings.Fields(s) {
		if !empty && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			b.WriteString(line + "\n")
			line, empty = indent, true
		}
		if !empty {
			line += " "
		}
		line += w
		empty = false
	}
	b.WriteString(line + "\n")
	return b.String()
}

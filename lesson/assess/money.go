package assess

import (
	"strconv"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
)

// FormatMoney writes an amount for people, in whole euros (rounded half
// away from zero) with its thousands grouped, the way lang writes money:
// "€ 1.250.000" and "€ -1.250" in Dutch, "€1,250,000" and "-€1,250" in
// English. It is the one money format of the reports (the progress report
// in text and HTML among them); collab.Money.String stays the exact form
// in cents, for logs and tests.
//
// A sum that saturated (collab.MoneyLimit, see collab.Money.Plus) is at
// least the amount written, and says so: "at least €92,233,720,368,547,758"
// ("minstens € 92.233.720.368.547.758"); its negative counterpart says "at
// most". FormatMoney never panics, the most negative Money included.
func FormatMoney(m collab.Money, lang collab.Language) string {
	neg := m < 0
	abs := uint64(m)
	if neg {
		abs = -uint64(m) // two's complement: exact for math.MinInt64 too
	}
	euros := abs / 100
	if abs%100 >= 50 {
		euros++
	}
	digits := groupDigits(strconv.FormatUint(euros, 10), thousandsSep(lang))
	var s string
	switch {
	case lang == collab.Dutch && neg:
		s = "€ -" + digits
	case lang == collab.Dutch:
		s = "€ " + digits
	case neg:
		s = "-€" + digits
	default:
		s = "€" + digits
	}
	switch {
	case m >= collab.MoneyLimit:
		return Say(msgMoneyAtLeast, text("amount", s)).In(lang)
	case m <= -collab.MoneyLimit:
		return Say(msgMoneyAtMost, text("amount", s)).In(lang)
	}
	return s
}

// thousandsSep is the character that groups thousands in lang: a point in
// Dutch, a comma in English.
func thousandsSep(lang collab.Language) byte {
	if lang == collab.Dutch {
		return '.'
	}
	return ','
}

// groupDigits writes the decimal digits s (without a sign) with sep
// between each group of three, counted from the right: "1250000" becomes
// "1.250.000" with a point.
func groupDigits(s string, sep byte) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/3)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(sep)
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

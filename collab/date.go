package collab

import (
	"math"
	"strconv"
	"time"

	"github.com/regiokompas/regiokompas/collab/check"
)

// Date is a calendar date without a time of day or a zone, as the domain
// speaks of them: the day a member joined, the day a plan was made. Its
// JSON and text form is "YYYY-MM-DD".
//
// The zero Date means "not set"; IsZero tells. Dates are comparable with ==
// and ordered by Before, After and Compare.
type Date struct {
	v int32 // year*10000 + month*100 + day; 0 when unset
}

// NewDate returns the date y-m-d. Out-of-range months and days are
// normalised as by time.Date (2021-02-30 becomes 2021-03-02). Years outside
// 1 to 9999 give the zero Date.
func NewDate(y int, m time.Month, d int) Date {
	return DateOf(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	if y < 1 || y > 9999 {
		return Date{}
	}
	return Date{v: int32(y*10000 + int(m)*100 + d)}
}

// ParseDate parses a date in the form "YYYY-MM-DD". Anything else, including
// a day that does not exist such as "2021-02-30", gives a *DateError.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &DateError{Text: s}
	}
	y, ey := strconv.Atoi(s[0:4])
	m, em := strconv.Atoi(s[5:7])
	d, ed := strconv.Atoi(s[8:10])
	if ey != nil || em != nil || ed != nil || y < 1 || s[0] == '+' || s[5] == '+' || s[8] == '+' {
		return Date{}, &DateError{Text: s}
	}
	date := NewDate(y, time.Month(m), d)
	if date.Year() != y || int(date.Month()) != m || date.Day() != d {
		return Date{}, &DateError{Text: s}
	}
	return date, nil
}

// MustParseDate is like ParseDate but panics on a bad date. It is meant for
// constants in examples and tests, never for user input.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Year returns the year, 0 for the zero Date.
func (d Date) Year() int { return int(d.v / 10000) }

// Month returns the month, 0 for the zero Date.
func (d Date) Month() time.Month { return time.Month(d.v / 100 % 100) }

// Day returns the day of the month, 0 for the zero Date.
func (d Date) Day() int { return int(d.v % 100) }

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d.v == 0 }

// Before reports whether d comes before u.
func (d Date) Before(u Date) bool { return d.v < u.v }

// After reports whether d comes after u.
func (d Date) After(u Date) bool { return d.v > u.v }

// Compare returns -1, 0 or +1 as d is before, equal to or after u; the zero
// Date sorts first. It suits slices.SortFunc.
func (d Date) Compare(u Date) int {
	switch {
	case d.v < u.v:
		return -1
	case d.v > u.v:
		return 1
	}
	return 0
}

// Time returns midnight UTC at the start of d. The zero Date gives the zero
// time.Time.
func (d Date) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}

// AddDate returns d moved by years, months and days, normalised as by
// time.Time.AddDate. The zero Date stays zero.
func (d Date) AddDate(years, months, days int) Date {
	if d.IsZero() {
		return d
	}
	return DateOf(d.Time().AddDate(years, months, days))
}

// DaysSince returns the number of days from u to d: positive when d is
// after u. It is 0 when either date is zero.
func (d Date) DaysSince(u Date) int {
	if d.IsZero() || u.IsZero() {
		return 0
	}
	return int(d.Time().Sub(u.Time()).Hours() / 24)
}

// MonthsSince returns the number of whole months from u to d (negative when
// d is before u); 0 when either date is zero.
func (d Date) MonthsSince(u Date) int {
	if d.IsZero() || u.IsZero() {
		return 0
	}
	if d.Before(u) {
		return -u.MonthsSince(d)
	}
	months := (d.Year()-u.Year())*12 + int(d.Month()) - int(u.Month())
	if d.Day() < u.Day() {
		months--
	}
	return months
}

// String returns "YYYY-MM-DD", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var b [10]byte
	return string(d.appendTo(b[:0]))
}

func (d Date) appendTo(b []byte) []byte {
	y, m, dd := d.Year(), int(d.Month()), d.Day()
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append(b, byte('0'+m/10), byte('0'+m%10), '-')
	return append(b, byte('0'+dd/10), byte('0'+dd%10))
}

// MarshalText implements encoding.TextMarshaler: "YYYY-MM-DD", or empty for
// the zero Date.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	return d.appendTo(make([]byte, 0, 10)), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. An empty text gives the
// zero Date, so that validation, not decoding, reports a missing date with
// its path.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	p, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// DateError is returned for a text that is not a date in the form
// YYYY-MM-DD. It keeps the text.
type DateError struct {
	Text string
}

// Error names the text.
func (e *DateError) Error() string {
	return "bad date " + strconv.Quote(e.Text) + "; want an existing day as YYYY-MM-DD"
}

// Is reports true for CodeBadFormat.
func (e *DateError) Is(target error) bool { return target == CodeBadFormat }

// Period is a span of calendar days from From to Until, both included. A
// zero Until means open-ended (still running). The zero Period is unset.
type Period struct {
	From  Date `json:"from"`
	Until Date `json:"until,omitzero"`
}

// IsZero reports whether the period is unset.
func (p Period) IsZero() bool { return p.From.IsZero() && p.Until.IsZero() }

// Contains reports whether d lies in the period. An open end contains every
// day from From on.
func (p Period) Contains(d Date) bool {
	return !d.Before(p.From) && (p.Until.IsZero() || !d.After(p.Until))
}

// Within reports whether p lies entirely inside q. An open-ended p lies
// inside q only when q is open-ended too.
func (p Period) Within(q Period) bool {
	if p.From.Before(q.From) {
		return false
	}
	if q.Until.IsZero() {
		return true
	}
	return !p.Until.IsZero() && !p.Until.After(q.Until)
}

// Validate checks that From is set (CodeRequired at "from") and that Until,
// when set, is not before From (CodeDateOrder at "until"). It returns nil or
// Problems, and allocates nothing for a valid period.
func (p Period) Validate() error {
	var v check.Validator
	p.validate(&v)
	return v.Err()
}

func (p Period) validate(v *check.Validator) {
	v.Required("from", p.From.IsZero())
	dateOrder(v, "until", p.From, p.Until, "the start of the period")
}

// Money is an amount in euro cents. Its JSON form is an integer number of
// cents, so that amounts are exact.
type Money int64

// Euros returns the amount in whole euros, rounded towards zero.
func (m Money) Euros() int64 { return int64(m) / 100 }

// String formats the amount as "€ 1234.56" (or "-€ 12.00"), for every
// amount, the most negative one included: an exact form in no language,
// for logs and tests. Text for people writes money in its language, with
// thousands grouped (€ 1.250.000, €1,250,000); the reports of package
// lesson/assess do so with assess.FormatMoney.
func (m Money) String() string {
	sign, abs := "", uint64(m)
	if m < 0 {
		sign, abs = "-", -uint64(m) // two's complement: exact for math.MinInt64 too
	}
	c := abs % 100
	cents := strconv.FormatUint(c, 10)
	if c < 10 {
		cents = "0" + cents
	}
	return sign + "€ " + strconv.FormatUint(abs/100, 10) + "." + cents
}

// MoneyLimit is the largest amount a sum of Money reaches: sums that would
// pass it (or its negative) stop there. No valid amount comes near it
// (MaxMoney is 10^14 cents), but a sum over many valid amounts may.
const MoneyLimit = Money(math.MaxInt64)

// Plus returns m + o, saturated at MoneyLimit and -MoneyLimit, so that a
// sum over many amounts never wraps around to a wrong sign. A sum that
// reports MoneyLimit means "at least that much". Every sum of amounts in
// the module (a project's total funding, the funding per source and per
// year of a portfolio) is built with Plus.
func (m Money) Plus(o Money) Money {
	sum := m + o // wraps around on overflow, as Go defines
	switch {
	case m > 0 && o > 0 && sum < 0:
		return MoneyLimit
	case m < 0 && o < 0 && (sum >= 0 || sum < -MoneyLimit):
		return -MoneyLimit
	}
	return sum
}

// dateOrder is check.DateOrder for Dates, with the comparison in line:
// the generic check.DateOrder reaches Date's methods through a dictionary,
// which the validation of a large collaboration, thousands of dates, pays
// for on every one. Only dates out of order go on to it for the problem.
func dateOrder(v *check.Validator, field string, earlier, later Date, what string) {
	if later.v != 0 && later.v < earlier.v {
		check.DateOrder(v, field, earlier, later, what)
	}
}

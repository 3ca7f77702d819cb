package collab_test

import (
	"encoding/json"
	"math"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
)

func TestParseDate(t *testing.T) {
	valid := []struct {
		text    string
		y, m, d int
	}{
		{"2021-03-03", 2021, 3, 3},
		{"2020-02-29", 2020, 2, 29},
		{"0001-01-01", 1, 1, 1},
		{"9999-12-31", 9999, 12, 31},
	}
	for _, tt := range valid {
		t.Run(tt.text+" is a date", func(t *testing.T) {
			d, err := collab.ParseDate(tt.text)
			require.NoError(t, err)
			assert.Equal(t, tt.y, d.Year())
			assert.Equal(t, time.Month(tt.m), d.Month())
			assert.Equal(t, tt.d, d.Day())
			assert.Equal(t, tt.text, d.String())
			assert.False(t, d.IsZero())
		})
	}

	invalid := []string{
		"2021-02-30", // no such day
		"2021-02-29", // not a leap year
		"2021-13-01",
		"2021-00-10",
		"2021-01-00",
		"0000-01-01",
		"21-01-01",
		"2021-1-01",
		"2021-01-1",
		"",
		"2021/01/01",
		"2021-01-01T00:00:00Z",
		"+021-01-01",
		"2021-+1-01",
		"2021--1-01",
		"-021-01-01",
		"abcd-ef-gh",
		" 2021-01-1",
	}
	for _, text := range invalid {
		t.Run(strconv.Quote(text)+" is rejected and named", func(t *testing.T) {
			d, err := collab.ParseDate(text)
			require.Error(t, err)
			assert.True(t, d.IsZero())
			var de *collab.DateError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, text, de.Text)
			assert.Contains(t, err.Error(), strconv.Quote(text))
			require.ErrorIs(t, err, collab.CodeBadFormat)
			problems := collab.ProblemsOf(err)
			require.Len(t, problems, 1)
			assert.Equal(t, collab.CodeBadFormat, problems[0].Code)
		})
	}

	t.Run("MustParseDate panics on a bad date", func(t *testing.T) {
		assert.Panics(t, func() { collab.MustParseDate("2021-02-30") })
		assert.Equal(t, collab.NewDate(2021, time.February, 28), collab.MustParseDate("2021-02-28"))
	})
}

func TestDateText(t *testing.T) {
	t.Run("a date marshals to YYYY-MM-DD and back", func(t *testing.T) {
		d := collab.NewDate(2020, time.October, 8)
		text, err := d.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, "2020-10-08", string(text))
		var back collab.Date
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, d, back)
	})
	t.Run("the zero date marshals to empty text and back", func(t *testing.T) {
		text, err := collab.Date{}.MarshalText()
		require.NoError(t, err)
		assert.Empty(t, text)
		back := collab.NewDate(2020, 1, 1)
		require.NoError(t, back.UnmarshalText(nil))
		assert.True(t, back.IsZero())
		assert.Equal(t, "", collab.Date{}.String())
	})
	t.Run("a bad date is rejected and leaves the value alone", func(t *testing.T) {
		d := collab.NewDate(2020, 1, 1)
		err := d.UnmarshalText([]byte("2021-02-30"))
		require.ErrorIs(t, err, collab.CodeBadFormat)
		assert.Equal(t, collab.NewDate(2020, 1, 1), d)
	})
	t.Run("in JSON a date is a string and an unset optional date is left out", func(t *testing.T) {
		type doc struct {
			From  collab.Date `json:"from"`
			Until collab.Date `json:"until,omitzero"`
		}
		js, err := json.Marshal(doc{From: collab.NewDate(2021, 3, 3)})
		require.NoError(t, err)
		assert.JSONEq(t, `{"from":"2021-03-03"}`, string(js))
		var back doc
		require.NoError(t, json.Unmarshal([]byte(`{"from":"2021-03-03","until":"2022-01-31"}`), &back))
		assert.Equal(t, collab.NewDate(2022, 1, 31), back.Until)
		err = json.Unmarshal([]byte(`{"from":"2021-02-30"}`), &back)
		var de *collab.DateError
		require.ErrorAs(t, err, &de)
		assert.Equal(t, "2021-02-30", de.Text)
	})
}

func TestDateArithmetic(t *testing.T) {
	d := collab.MustParseDate

	t.Run("NewDate normalises as time.Date does", func(t *testing.T) {
		assert.Equal(t, d("2021-03-02"), collab.NewDate(2021, time.February, 30))
		assert.True(t, collab.NewDate(0, 1, 1).IsZero(), "year 0 is out of range")
		assert.True(t, collab.NewDate(10000, 1, 1).IsZero(), "year 10000 is out of range")
	})
	t.Run("DateOf takes the calendar day in the time's own zone", func(t *testing.T) {
		ams := time.FixedZone("CET", 3600)
		assert.Equal(t, d("2021-01-01"), collab.DateOf(time.Date(2021, 1, 1, 0, 30, 0, 0, ams)))
	})
	t.Run("dates compare in calendar order", func(t *testing.T) {
		a, b := d("2020-12-31"), d("2021-01-01")
		assert.True(t, a.Before(b))
		assert.True(t, b.After(a))
		assert.Equal(t, -1, a.Compare(b))
		assert.Equal(t, 1, b.Compare(a))
		assert.Equal(t, 0, a.Compare(d("2020-12-31")))
		assert.Equal(t, -1, collab.Date{}.Compare(a), "the zero date sorts first")
	})
	t.Run("AddDate and Time", func(t *testing.T) {
		assert.Equal(t, d("2022-03-04"), d("2021-03-03").AddDate(1, 0, 1))
		assert.Equal(t, d("2021-03-04"), d("2021-01-31").AddDate(0, 1, 1), "31 February overflows into March, as with time.Time")
		assert.True(t, collab.Date{}.AddDate(1, 0, 0).IsZero())
		assert.Equal(t, time.Date(2021, 3, 3, 0, 0, 0, 0, time.UTC), d("2021-03-03").Time())
		assert.True(t, collab.Date{}.Time().IsZero())
	})
	t.Run("DaysSince counts calendar days", func(t *testing.T) {
		assert.Equal(t, 366, d("2021-01-01").DaysSince(d("2020-01-01")))
		assert.Equal(t, -1, d("2021-01-01").DaysSince(d("2021-01-02")))
		assert.Equal(t, 0, collab.Date{}.DaysSince(d("2021-01-02")))
	})

	months := []struct {
		name     string
		from, to string
		want     int
	}{
		{"a whole month", "2021-01-15", "2021-02-15", 1},
		{"a day short of a month", "2021-01-15", "2021-02-14", 0},
		{"a year and a half", "2020-01-01", "2021-07-01", 18},
		{"the end of a long month to the end of a short one", "2021-01-31", "2021-02-28", 0},
		{"backwards", "2021-03-03", "2020-10-08", -4},
		{"the same day", "2021-03-03", "2021-03-03", 0},
	}
	for _, tt := range months {
		t.Run("MonthsSince: "+tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, d(tt.to).MonthsSince(d(tt.from)))
		})
	}
	t.Run("MonthsSince with an unset date is zero", func(t *testing.T) {
		assert.Equal(t, 0, collab.Date{}.MonthsSince(d("2021-01-01")))
		assert.Equal(t, 0, d("2021-01-01").MonthsSince(collab.Date{}))
	})
}

func TestPeriod(t *testing.T) {
	d := collab.MustParseDate
	closed := collab.Period{From: d("2020-01-01"), Until: d("2020-12-31")}
	open := collab.Period{From: d("2020-01-01")}

	contains := []struct {
		name   string
		period collab.Period
		day    string
		want   bool
	}{
		{"the first day is inside", closed, "2020-01-01", true},
		{"the last day is inside", closed, "2020-12-31", true},
		{"the day before is outside", closed, "2019-12-31", false},
		{"the day after is outside", closed, "2021-01-01", false},
		{"an open period contains every later day", open, "2099-01-01", true},
		{"an open period does not contain earlier days", open, "2019-12-31", false},
	}
	for _, tt := range contains {
		t.Run("Contains: "+tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.period.Contains(d(tt.day)))
		})
	}

	within := []struct {
		name string
		p, q collab.Period
		want bool
	}{
		{"a period lies within itself", closed, closed, true},
		{"a shorter period lies within a longer one", collab.Period{From: d("2020-03-01"), Until: d("2020-04-01")}, closed, true},
		{"a period that starts earlier does not", collab.Period{From: d("2019-03-01"), Until: d("2020-04-01")}, closed, false},
		{"a period that ends later does not", collab.Period{From: d("2020-03-01"), Until: d("2021-04-01")}, closed, false},
		{"an open period does not lie within a closed one", open, closed, false},
		{"a closed period lies within an open one", closed, open, true},
		{"an open period lies within an open one that starts earlier", collab.Period{From: d("2021-01-01")}, open, true},
	}
	for _, tt := range within {
		t.Run("Within: "+tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.p.Within(tt.q))
		})
	}

	t.Run("IsZero", func(t *testing.T) {
		assert.True(t, collab.Period{}.IsZero())
		assert.False(t, open.IsZero())
	})
	t.Run("a period needs a start and must not end before it", func(t *testing.T) {
		assert.Equal(t, []pathCode{{"from", collab.CodeRequired}},
			pathCodes(collab.Period{Until: d("2020-01-01")}.Validate()))
		assert.Equal(t, []pathCode{{"until", collab.CodeDateOrder}},
			pathCodes(collab.Period{From: d("2020-01-02"), Until: d("2020-01-01")}.Validate()))
		assert.NoError(t, open.Validate())
	})
}

func TestMoney(t *testing.T) {
	tests := []struct {
		cents collab.Money
		want  string
		euros int64
	}{
		{0, "€ 0.00", 0},
		{5, "€ 0.05", 0},
		{123456, "€ 1234.56", 1234},
		{-1200, "-€ 12.00", -12},
		{math.MaxInt64, "€ 92233720368547758.07", 92233720368547758},
		{math.MinInt64, "-€ 92233720368547758.08", -92233720368547758},
	}
	for _, tt := range tests {
		t.Run(strconv.FormatInt(int64(tt.cents), 10)+" cents is "+tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.cents.String())
			assert.Equal(t, tt.euros, tt.cents.Euros())
		})
	}
}

func TestMoneyPlusSaturatesInsteadOfWrapping(t *testing.T) {
	tests := []struct {
		name string
		a, b collab.Money
		want collab.Money
	}{
		{"small amounts add exactly", 150, 250, 400},
		{"a negative amount subtracts", 150, -250, -100},
		{"a sum past the largest amount stops at MoneyLimit", collab.MoneyLimit - 10, 11, collab.MoneyLimit},
		{"MoneyLimit plus itself stays MoneyLimit", collab.MoneyLimit, collab.MoneyLimit, collab.MoneyLimit},
		{"a sum below the most negative stops at -MoneyLimit", -collab.MoneyLimit, -1, -collab.MoneyLimit},
		{"the most negative int64 plus itself stops at -MoneyLimit", math.MinInt64, math.MinInt64, -collab.MoneyLimit},
		{"opposite signs never saturate", collab.MoneyLimit, math.MinInt64, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.a.Plus(tt.b))
			assert.Equal(t, tt.want, tt.b.Plus(tt.a), "in either order")
		})
	}
}

package check_test

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Ward is a type of one's own: a ward of a care home, with its rooms. It
// follows the module's convention: Validate() error, built on a Validator.
type Ward struct {
	Name  string
	Rooms []Room
	// Period is when the ward is open; collab.Period validates itself.
	Period collab.Period
}

// Room is one room of a ward.
type Room struct {
	Number string
	Beds   int
}

func roomNumber(r *Room) string { return r.Number }

// Validate checks the ward and returns nil or collab.Problems.
func (w *Ward) Validate() error {
	var v check.Validator
	v.Text("name", w.Name, true, collab.MaxNameLength)
	check.Items(&v, "rooms", w.Rooms, 50, func(i int, r *Room) {
		v.Required("number", r.Number == "")
		check.Unique(&v, "number", w.Rooms, i, roomNumber, "rooms")
		v.Range("beds", int64(r.Beds), 1, 4)
	})
	v.AddError("period", w.Period.Validate())
	return v.Err()
}

// A type of one's own reports its problems the way the module's types do:
// every problem once, at its path, with a code that errors.Is finds.
func Example() {
	w := Ward{
		Name:   "De Linde",
		Rooms:  []Room{{Number: "1", Beds: 2}, {Number: "1", Beds: 9}},
		Period: collab.Period{From: collab.MustParseDate("2024-01-01"), Until: collab.MustParseDate("2023-01-01")},
	}
	err := w.Validate()
	for _, p := range collab.ProblemsOf(err) {
		fmt.Printf("%s [%s] %s\n", p.Path, p.Code, p.Message)
	}
	fmt.Println(errors.Is(err, collab.CodeDuplicate))
	// Output:
	// rooms[1].number [duplicate] "1" is used before, by rooms[0]
	// rooms[1].beds [out-of-range] is 9, outside 1 to 4
	// period.until [date-order] 2023-01-01 is before the start of the period (2024-01-01)
	// true
}

// An enum of one's own: a table of words and labels, and methods that
// hand over to the Enum.
func ExampleEnum() {
	type Shift uint8
	shifts := check.NewEnum[Shift]("shift",
		check.EnumValue{Word: "day", Label: check.Text{EN: "Day shift", NL: "Dagdienst"}},
		check.EnumValue{Word: "night", Label: check.Text{EN: "Night shift", NL: "Nachtdienst"}},
	)
	s, err := shifts.Parse("night")
	fmt.Println(s, shifts.String(s), shifts.Label(s, check.Dutch), err)
	_, err = shifts.Parse("evening")
	fmt.Println(err, errors.Is(err, check.CodeUnknownValue))
	// Output:
	// 2 night Nachtdienst <nil>
	// unknown shift "evening"; want one of day, night true
}

// Earlier finds the element a repeated key first appeared at, for a
// message that names it; a list longer than SmallList is indexed once,
// so that checking all of it stays linear.
func ExampleEarlier() {
	codes := make([]string, check.SmallList+3)
	for i := range codes {
		codes[i] = "code-" + strconv.Itoa(i)
	}
	codes[len(codes)-1] = "code-7"
	var v check.Validator
	key := func(s *string) string { return *s }
	for i := range codes {
		if j := check.Earlier(&v, "codes", "", codes, i, key); j >= 0 {
			fmt.Printf("codes[%d] repeats codes[%d]\n", i, j)
		}
	}
	// Output:
	// codes[1026] repeats codes[7]
}

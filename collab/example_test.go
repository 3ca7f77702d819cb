package collab_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/google/uuid"

	"github.com/regiokompas/regiokompas/collab"
)

// A stakeholder with several mistakes gets all of them back, each with its
// path, its code and a message that names the offending value.
func ExampleStakeholder_Validate() {
	s := collab.Stakeholder{
		ID:      uuid.MustParse("5a4e0000-0000-4000-8000-000000000001"),
		Role:    collab.Role(99),
		AGB:     "0123-456",
		Regions: []string{"haaglanden", "haaglanden"},
	}
	err := s.Validate()
	for _, p := range collab.ProblemsOf(err) {
		fmt.Printf("%s [%s] %s\n", p.Path, string(p.Code), p.Message)
	}
	// Output:
	// name [required] is required
	// role [unknown-value] holds role(99), which is not a known value
	// agb [bad-format] "0123-456" is not an AGB code of exactly 8 digits
	// regions[1] [duplicate] "haaglanden" is used before, by regions[0]
}

// Wire words parse into mechanisms; labels come in Dutch and English, and an
// unknown word is named in the error.
func ExampleParseMechanism() {
	m, err := collab.ParseMechanism("regulatory-leeway")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m, "=", m.Label(collab.Dutch))

	for _, m := range collab.Mechanisms() {
		fmt.Printf("%d. %s\n", m, m.Label(collab.Dutch))
	}

	_, err = collab.ParseMechanism("money")
	fmt.Println(err)
	// Output:
	// regulatory-leeway = Regelruimte
	// 1. Urgentie en commitment
	// 2. Strategie
	// 3. Tijdig betrekken van relevante actoren
	// 4. Regelruimte
	// 5. Regionale infrastructuur
	// unknown mechanism "money"; want one of urgency, strategy, actors, regulatory-leeway, infrastructure
}

// Every problem code is a sentinel: errors.Is finds it anywhere in the error
// of a Validate method, also after wrapping.
func ExampleCode() {
	c := collab.Collaboration{
		ID:       uuid.MustParse("c0000000-0000-4000-8000-0000000000cc"),
		Name:     "Voorbeeldregio samen",
		Region:   "voorbeeldregio",
		Strategy: collab.StrategyCombined,
	}
	err := fmt.Errorf("voorbeeldregio.json: %w", c.Validate())

	fmt.Println(errors.Is(err, collab.CodeRequired))
	fmt.Println(errors.Is(err, collab.CodeDuplicate))

	var problems collab.Problems
	if errors.As(err, &problems) {
		fmt.Println(problems[0].Path)
	}
	// Output:
	// true
	// false
	// started
}

// ProblemsOf turns any error of the module, or a join of several, into
// the list of problems, for instance to report them as JSON. An error from
// decoding carries the path of the field where reading stopped.
func ExampleProblemsOf() {
	var m collab.Member
	decodeErr := collab.Decode(strings.NewReader(`{"levels": [{"level": "board", "since": "2021-03-03"}]}`), &m, 0)
	s := collab.Stakeholder{Role: collab.RoleHospital}

	err := errors.Join(decodeErr, s.Validate())
	for _, p := range collab.ProblemsOf(err) {
		fmt.Printf("%s [%s] %s\n", p.Path, string(p.Code), p.Message)
	}
	// Output:
	// levels[0].level [unknown-value] unknown level "board"; want one of executive, manager, professional
	// id [required] is required
	// name [required] is required
}

// Sums of money saturate instead of wrapping around to a negative total.
func ExampleMoney_Plus() {
	fmt.Println(collab.Money(123456).Plus(44))
	fmt.Println(collab.MoneyLimit.Plus(collab.MaxMoney) == collab.MoneyLimit)
	// Output:
	// € 1235.00
	// true
}

// One region helps another for a while: Friesland had an adviser from
// West-Brabant (7 July 2020). The help is given on the days between From
// and Until, both included.
func ExampleHelp_ActiveOn() {
	h := collab.Help{Region: "west-brabant", From: collab.MustParseDate("2019-09-02"), Until: collab.MustParseDate("2020-12-31")}
	for _, d := range []string{"2019-09-01", "2020-06-01", "2021-01-01"} {
		fmt.Println(d, h.ActiveOn(collab.MustParseDate(d)))
	}
	// Output:
	// 2019-09-01 false
	// 2020-06-01 true
	// 2021-01-01 false
}

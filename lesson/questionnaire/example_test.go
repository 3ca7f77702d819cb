package questionnaire_test

import (
	"fmt"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/questionnaire"
)

// A form shows per mechanism its explanation and statements, each rated
// on the scale; every statement cites the article it is drawn from.
func Example() {
	q := questionnaire.Default()
	s, _ := q.Lookup(collab.MechanismLeeway)
	fmt.Println(s.Mechanism.Label(collab.Dutch))
	fmt.Println(s.Explanation.In(collab.Dutch))
	for _, st := range s.Statements {
		src, _ := st.Cite()
		fmt.Printf("- %s [%s]\n", st.Text.In(collab.Dutch), src.Date)
	}
	for score := questionnaire.MinScore; score <= questionnaire.MaxScore; score++ {
		fmt.Printf("%d %s\n", score, questionnaire.ScaleLabel(score, collab.Dutch))
	}
	fmt.Println(q.Len(), "statements")
	// Output:
	// Regelruimte
	// Als regionale plannen vastlopen op landelijke regels of financiering, werkt de regio dan aan dat knelpunt?
	// - Als een plan vastloopt op regels of financiering, benoemen we het knelpunt openlijk en zoeken we ruimte. [2022-06-21]
	// - We schakelen landelijke partijen in, zoals de inspectie of de NZa, als een regel in de weg zit. [2022-06-21]
	// 1 Helemaal niet
	// 2 Nauwelijks
	// 3 Gedeeltelijk
	// 4 Grotendeels
	// 5 Helemaal
	// 14 statements
}

package lesson_test

import (
	"fmt"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson"
)

// The built-in catalogue names its edition, to be stored next to results
// that cite its lessons, and every lesson cites its source.
func ExampleDefault() {
	c := lesson.Default()
	fmt.Println("edition", lesson.DataVersion, "with", c.Len(), "lessons")
	perSource := map[string]int{}
	for _, l := range c.All() {
		perSource[l.Source.Key]++
	}
	for _, s := range lesson.Sources() {
		fmt.Printf("%2d from %s\n", perSource[s.Key], s)
	}
	// Output:
	// edition 2022.1 with 78 lessons
	// 21 from Mechanismen van regionale samenwerking: wat werkt en wat niet? (2022-06-21)
	// 22 from Verslag webinar 'De praktijk van regionale en netwerksamenwerking in de zorg' (2021-03-10)
	// 21 from Regionaal samenwerken in de langdurige zorg heeft de toekomst (2021-04)
	//  6 from De regionale samenwerking in de zorg een impuls geven (2020-03-10)
	//  8 from Regionale samenwerking zorgkantoren en verpleeghuizen in volle gang (2020-07-07)
}

func ExampleCatalogue_Lookup() {
	l, ok := lesson.Default().Lookup("mechanism.national-actors")
	if !ok {
		fmt.Println("no such lesson")
		return
	}
	fmt.Println(l.Title.In(collab.English))
	fmt.Println(l.Title.In(collab.Dutch))
	fmt.Println("theme:", l.Theme.Label(collab.English))
	fmt.Println("mechanisms:", l.Mechanisms)
	fmt.Println("source:", l.Source)
	// Output:
	// Involve national actors where needed
	// Betrek landelijke partijen waar nodig
	// theme: Mechanisms of regional collaboration
	// mechanisms: [actors regulatory-leeway]
	// source: Mechanismen van regionale samenwerking: wat werkt en wat niet? (2022-06-21)
}

func ExampleCatalogue_Search() {
	for _, r := range lesson.Default().Search(lesson.Query{Text: "ambassadeur"}) {
		fmt.Printf("%s (score %d): %s\n", r.Lesson.Code, r.Score, r.Lesson.Text.In(collab.Dutch))
	}
	// Output:
	// mechanism.ambassadors (score 3): Zoek medewerkers die achter het initiatief staan en laat hen hun collega's meenemen; werken met zulke ambassadeurs blijkt effectief.
}

func ExampleCatalogue_Search_filtered() {
	results := lesson.Default().Search(lesson.Query{
		Text:      "zorgkantoor",
		Mechanism: collab.MechanismActors,
		Language:  collab.Dutch,
		Limit:     3,
	})
	for _, r := range results {
		fmt.Printf("%-34s %d %d %s\n", r.Lesson.Code, r.Matched, r.Score, r.Lesson.Title.In(collab.Dutch))
	}
	// Output:
	// financier.zorgkantoor-at-table     1 4 Het zorgkantoor hoort aan de regionale tafel
	// financier.widen-table              1 2 Verbreed de tafel met GZ en GGZ
	// strengthen.financier-role          1 2 Geef financiers een duidelijke rol
}

func ExampleCatalogue_ByMechanism() {
	for _, l := range lesson.Default().ByMechanism(collab.MechanismLeeway) {
		fmt.Println(l.Code)
	}
	// Output:
	// mechanism.national-actors
	// mechanism.regelruimte
	// mechanism.bottlenecks-national-agenda
	// network.legislation-financing
}

func ExampleParseTheme() {
	t, err := lesson.ParseTheme("securing")
	fmt.Println(t.Label(collab.Dutch), err)
	_, err = lesson.ParseTheme("borging")
	fmt.Println(err)
	// Output:
	// Borging en doorontwikkeling <nil>
	// unknown theme "borging"; want one of strengthening, securing, work-floor, mechanism, network, capacity, financier
}

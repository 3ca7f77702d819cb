package schema_test

import (
	"encoding/json"
	"fmt"

	"github.com/regiokompas/regiokompas/lesson/assess/schema"
)

// The case schema names its dialect and describes the case document; its
// definitions give each enum's words.
func ExampleCase() {
	var doc struct {
		Schema string `json:"$schema"`
		Title  string `json:"title"`
		Defs   map[string]struct {
			Enum []string `json:"enum"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(schema.Case(), &doc); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Schema)
	fmt.Println(doc.Title)
	fmt.Println(doc.Defs["collab.Strategy"].Enum)
	// Output:
	// https://json-schema.org/draft/2020-12/schema
	// Regiokompas case
	// [small-initiatives regional-vision combined]
}

// The report schema describes what Evaluate's report looks like in JSON.
func ExampleReport() {
	var doc struct {
		Title string `json:"title"`
		Ref   string `json:"$ref"`
	}
	if err := json.Unmarshal(schema.Report(), &doc); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Title, "at", doc.Ref)
	// Output:
	// Regiokompas assessment report at #/$defs/assess.Report
}

package assess_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
)

// Evaluate assesses the West-Brabant demo on the date of the news item it
// is drawn from: the fourteen contracted providers and the zorgkantoor at
// the regional table implement four technologies together.
func ExampleEvaluate() {
	d, ok := demo.Lookup("west-brabant")
	if !ok {
		return
	}
	r, err := assess.Evaluate(&d.Case, d.AsOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Name, "as of", r.AsOf)
	for _, m := range r.Mechanisms {
		fmt.Printf("%-18s %3d  %s\n", m.Mechanism, m.Score, m.Band)
	}
	fmt.Println("findings:", len(r.Findings), "strengths:", len(r.Strengths))
	// Output:
	// Regionale samenwerking verpleeghuiszorg West-Brabant as of 2020-07-07
	// urgency             80  strong
	// strategy            85  strong
	// actors              95  strong
	// regulatory-leeway   50  developing
	// infrastructure      80  strong
	// findings: 0 strengths: 11
}

// EvaluateContext stops when its context is done, as when the client of a
// service leaves before its report is ready: the error says where, and
// errors.Is tells it from a problem of the case.
func ExampleEvaluateContext() {
	d, ok := demo.Lookup("west-brabant")
	if !ok {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	r, err := assess.EvaluateContext(ctx, &d.Case, d.AsOf)
	fmt.Println("before cancelling:", len(r.Mechanisms), "mechanisms,", err)
	cancel()
	r, err = assess.EvaluateContext(ctx, &d.Case, d.AsOf)
	fmt.Println("after cancelling:", r, errors.Is(err, context.Canceled))
	fmt.Println(err)
	// Output:
	// before cancelling: 5 mechanisms, <nil>
	// after cancelling: <nil> true
	// assess: evaluation stopped before validating the case: context canceled
}

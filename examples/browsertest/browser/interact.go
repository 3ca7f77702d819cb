package browser

import (
	"context"

	"github.com/chromedp/chromedp"
)

// Run performs actions on the tab's page as a person would (key presses,
// focus, waiting for an element), as one step with the step deadline;
// what names the step in an error.
func (t *Tab) Run(what string, actions ...chromedp.Action[chromedp.Void]) error {
	return t.do(what, func(ctx context.Context) error { return chromedp.Do(ctx, actions...) })
}

// Eval evaluates the JavaScript expression expr on the tab's page and
// returns its value, as one step with the step deadline; what names the
// step in an error.
func Eval[T any](t *Tab, what, expr string) (T, error) {
	var v T
	err := t.do(what, func(ctx context.Context) error {
		var err error
		v, err = chromedp.Run(ctx, chromedp.Evaluate[T](expr))
		return err
	})
	return v, err
}

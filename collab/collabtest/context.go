package collabtest

import "context"

// CancelledAt is a context that reads as cancelled from its At-th look (a
// call of Err) on, and counts its looks in Looks. The work a function does
// after its context is cancelled can so be measured by the looks it takes,
// never by a clock: a function that stops promptly looks once more at
// most. Done never closes; only Err tells. It is not safe for concurrent
// use.
type CancelledAt struct {
	context.Context
	At, Looks int
}

// NewCancelledAt returns a context, below context.Background, that is
// cancelled from its at-th look on.
func NewCancelledAt(at int) *CancelledAt {
	return &CancelledAt{Context: context.Background(), At: at}
}

// Err counts the look and returns context.Canceled from the At-th on.
func (c *CancelledAt) Err() error {
	c.Looks++
	if c.Looks >= c.At {
		return context.Canceled
	}
	return nil
}

// Package webtest holds an in-memory store for the pages of package web,
// for tests of the pages without a database: the handlers' own tests and
// the browser tests.
package webtest

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/examples/kennisbank/rounds"
	"github.com/regiokompas/regiokompas/examples/kennisbank/web"
)

// ErrNoRound is what Store.Workshop returns for a round it does not hold;
// IsNotFound reports it.
var ErrNoRound = errors.New("no such round")

// IsNotFound reports whether err is ErrNoRound, for web.Config.IsNotFound.
func IsNotFound(err error) bool { return errors.Is(err, ErrNoRound) }

// Store keeps rounds in memory and implements web.RaterStore and
// web.WorkshopStore with the rules of package rounds. It is safe for
// concurrent use; its zero value holds no round.
type Store struct {
	// CaseName and Region are what every rater's form shows of the case.
	CaseName, Region string
	// Fail, when set, is returned by every method.
	Fail error

	mu     sync.Mutex
	rounds []*rounds.Round
}

var (
	_ web.RaterStore    = (*Store)(nil)
	_ web.WorkshopStore = (*Store)(nil)
)

// Add puts a round in the store. The store keeps r itself: a test may read
// the answers from it, under the store's Do.
func (m *Store) Add(r *rounds.Round) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.rounds = append(m.rounds, r)
}

// Do runs fn with the store locked, for a test that reads or changes a
// round the store holds, such as closing it.
func (m *Store) Do(fn func()) {
	m.mu.Lock()
	defer m.mu.Unlock()
	fn()
}

func (m *Store) find(h rounds.TokenHash, now time.Time) (*rounds.Round, *rounds.Rater, error) {
	for _, r := range m.rounds {
		rt, err := r.Admit(h, now)
		if errors.Is(err, rounds.ErrUnknownRater) {
			continue
		}
		return r, rt, err
	}
	return nil, nil, rounds.ErrUnknownRater
}

// RaterForm implements web.RaterStore.
func (m *Store) RaterForm(_ context.Context, h rounds.TokenHash, now time.Time) (web.RaterForm, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return web.RaterForm{}, m.Fail
	}
	r, rt, err := m.find(h, now)
	if err != nil {
		return web.RaterForm{}, err
	}
	var a *rounds.Answer
	if rt.Answer != nil {
		c := *rt.Answer
		a = &c
	}
	return web.RaterForm{CaseName: m.CaseName, RegionName: m.Region, Level: rt.Level, Open: r.State == rounds.StateOpen, Answer: a}, nil
}

// SaveAnswer implements web.RaterStore.
func (m *Store) SaveAnswer(_ context.Context, h rounds.TokenHash, a rounds.Answer, now time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return m.Fail
	}
	r, rt, err := m.find(h, now)
	if err != nil {
		return err
	}
	return r.Submit(rt.ID, a, now)
}

// Workshop implements web.WorkshopStore: ErrNoRound when the store has
// no round roundID of case caseID.
func (m *Store) Workshop(_ context.Context, caseID, roundID uuid.UUID) (web.Workshop, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return web.Workshop{}, m.Fail
	}
	for _, r := range m.rounds {
		if r.ID == roundID && r.Case == caseID {
			return web.Workshop{CaseName: m.CaseName, Round: *r}, nil
		}
	}
	return web.Workshop{}, ErrNoRound
}

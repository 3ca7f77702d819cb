package web_test

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/examples/kennisbank/rounds"
	"github.com/regiokompas/regiokompas/examples/kennisbank/web"
)

var errNoRound = errors.New("no such round")

// memStore keeps rounds in memory, for the handlers' tests.
type memStore struct {
	mu       sync.Mutex
	caseName string
	region   string
	rounds   []*rounds.Round
	fail     error // returned by every method when set
}

func (m *memStore) find(h rounds.TokenHash, now time.Time) (*rounds.Round, *rounds.Rater, error) {
	for _, r := range m.rounds {
		rt, err := r.Admit(h, now)
		if errors.Is(err, rounds.ErrUnknownRater) {
			continue
		}
		return r, rt, err
	}
	return nil, nil, rounds.ErrUnknownRater
}

func (m *memStore) RaterForm(_ context.Context, h rounds.TokenHash, now time.Time) (web.RaterForm, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return web.RaterForm{}, m.fail
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
	return web.RaterForm{CaseName: m.caseName, RegionName: m.region, Level: rt.Level, Open: r.State == rounds.StateOpen, Answer: a}, nil
}

func (m *memStore) SaveAnswer(_ context.Context, h rounds.TokenHash, a rounds.Answer, now time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return m.fail
	}
	r, rt, err := m.find(h, now)
	if err != nil {
		return err
	}
	return r.Submit(rt.ID, a, now)
}

func (m *memStore) Workshop(_ context.Context, caseID, roundID uuid.UUID) (web.Workshop, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return web.Workshop{}, m.fail
	}
	for _, r := range m.rounds {
		if r.ID == roundID && r.Case == caseID {
			return web.Workshop{CaseName: m.caseName, Round: *r}, nil
		}
	}
	return web.Workshop{}, errNoRound
}

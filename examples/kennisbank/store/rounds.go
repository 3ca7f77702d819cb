package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/examples/kennisbank/rounds"
)

// Rounds keeps the self-assessment rounds of cases (package rounds): a
// round, its raters with the hashes of their tokens, and each rater's
// latest answer. Rounds belong to a case and go when it is deleted. The
// store that Open returns implements it; a program finds it with a type
// assertion, s.(store.Rounds), so that a Store of its own need not.
type Rounds interface {
	// CreateRound stores a new round of case r.Case: ErrNotFound when the
	// case is not stored.
	CreateRound(ctx context.Context, r *rounds.Round) error
	// GetRound returns round roundID of case caseID with its raters and
	// their answers, or ErrRoundNotFound.
	GetRound(ctx context.Context, caseID, roundID uuid.UUID) (*rounds.Round, error)
	// ListRounds returns the rounds of case caseID, oldest first.
	ListRounds(ctx context.Context, caseID uuid.UUID) ([]*rounds.Round, error)
	// UpdateRound writes the state, closing time, raters' expiries and
	// raters of r (a rater no longer in r is removed with their answer)
	// when the stored round still has r.Version, and with it, when rec is
	// not nil, the case as a new revision when it still has revision
	// match. It returns ErrRoundStale when the round changed since it was
	// read, ErrStale or ErrNotFound as Update does, and sets r.Version.
	UpdateRound(ctx context.Context, r *rounds.Round, rec *Record, match Revision) (*Record, error)
	// RaterByToken returns the round of the rater whose token hashes to h,
	// the rater's ID, and the name and region of its case: what the
	// rater's form needs. It returns rounds.ErrUnknownRater when no rater
	// has the hash and rounds.ErrExpired past their expiry.
	RaterByToken(ctx context.Context, h rounds.TokenHash, now time.Time) (RaterAccess, error)
	// SaveAnswer replaces the answer of the rater whose token hashes to h,
	// in one transaction with the check that the round is open:
	// rounds.ErrClosed when it is not, and the errors of RaterByToken.
	SaveAnswer(ctx context.Context, h rounds.TokenHash, a rounds.Answer, now time.Time) error
}

// RaterAccess is what a token reaches: the rater and the round's state,
// the rater's own answer, and the case's name and region.
type RaterAccess struct {
	Round    uuid.UUID
	Open     bool
	Rater    rounds.Rater
	CaseName string
	Region   string
}

// Errors of a Rounds store, beside those of package rounds
// (rounds.ErrClosed, rounds.ErrUnknownRater, rounds.ErrExpired) and of
// Store (ErrNotFound, ErrStale).
var (
	// ErrRoundNotFound: the case has no round with the given ID.
	ErrRoundNotFound = errors.New("round not found")
	// ErrRoundStale: the round changed since it was read (an answer came
	// in, another write won); read it again and retry.
	ErrRoundStale = errors.New("round changed since it was read")
)

var _ Rounds = (*sqlStore)(nil)

// roundsMigration is the schema of rounds, the third migration of schema:
// a round of a case, its raters in order with the hashes of their tokens
// (unique, so that a token finds one rater through an index), and each
// rater's latest answer as JSON. Deleting a case deletes its rounds,
// raters and answers; removing a rater deletes their answer. It returns a
// new list each time, which the dialect rewrites in its own types.
func roundsMigration() []string {
	return []string{
		`CREATE TABLE rounds (
		id       {id} PRIMARY KEY,
		case_id  {id} NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
		note     {text} NOT NULL,
		state    {text} NOT NULL,
		opened   {time} NOT NULL,
		closed   {time},
		version  {bigint} NOT NULL
	)`,
		`CREATE INDEX rounds_case ON rounds (case_id, opened, id)`,
		`CREATE TABLE raters (
		id          {id} PRIMARY KEY,
		round_id    {id} NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
		position    {bigint} NOT NULL,
		stakeholder {id} NOT NULL,
		level       {text} NOT NULL,
		name        {text} NOT NULL,
		token_hash  {text} NOT NULL UNIQUE,
		expires     {time} NOT NULL
	)`,
		`CREATE INDEX raters_round ON raters (round_id, position)`,
		`CREATE TABLE answers (
		rater_id {id} PRIMARY KEY REFERENCES raters (id) ON DELETE CASCADE,
		body     {json} NOT NULL,
		saved    {time} NOT NULL
	)`,
	}
}

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// CreateRound implements Rounds.
func (s *sqlStore) CreateRound(ctx context.Context, r *rounds.Round) error {
	r.Version = 1
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var one int
		err := tx.QueryRowContext(ctx, s.d.bind(`SELECT 1 FROM cases WHERE id = ?`), r.Case.String()).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.d.bind(`INSERT INTO rounds (id, case_id, note, state, opened, closed, version)
			VALUES (?, ?, ?, ?, ?, NULL, ?)`),
			r.ID.String(), r.Case.String(), r.Note, r.State.String(), formatTime(r.Opened), r.Version); err != nil {
			return err
		}
		for i := range r.Raters {
			rt := &r.Raters[i]
			if _, err := tx.ExecContext(ctx, s.d.bind(`INSERT INTO raters (id, round_id, position, stakeholder, level, name, token_hash, expires)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
				rt.ID.String(), r.ID.String(), i, rt.Stakeholder.String(), rt.Level.String(), rt.Name,
				rt.TokenHash.String(), formatTime(rt.Expires)); err != nil {
				return err
			}
		}
		return nil
	})
	return roundError("creating", r.ID, err)
}

// roundError passes the store's own errors through and wraps a database
// failure with what was being done; nil stays nil.
func roundError(doing string, id uuid.UUID, err error) error {
	switch {
	case err == nil, errors.Is(err, ErrNotFound), errors.Is(err, ErrStale), errors.Is(err, ErrRoundNotFound),
		errors.Is(err, ErrRoundStale), errors.Is(err, rounds.ErrClosed), errors.Is(err, rounds.ErrUnknownRater),
		errors.Is(err, rounds.ErrExpired):
		return err
	}
	return fmt.Errorf("%s round %s: %w", doing, id, err)
}

// nullTime reads a time column that may be NULL; NULL is the zero time.
type nullTime struct{ t *time.Time }

// Scan implements sql.Scanner.
func (nt nullTime) Scan(src any) error {
	if src == nil {
		*nt.t = time.Time{}
		return nil
	}
	return timeScanner(nt).Scan(src)
}

// textScanner reads an enum or hash column through its parser.
type textScanner func(string) error

// Scan implements sql.Scanner.
func (f textScanner) Scan(src any) error {
	switch v := src.(type) {
	case string:
		return f(v)
	case []byte:
		return f(string(v))
	}
	return fmt.Errorf("a text column holds a %T", src)
}

func stateScanner(st *rounds.State) textScanner {
	return func(s string) (err error) {
		*st, err = rounds.ParseState(s)
		return err
	}
}

// queryer is what reading needs of a database or a transaction.
type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// GetRound implements Rounds.
func (s *sqlStore) GetRound(ctx context.Context, caseID, roundID uuid.UUID) (*rounds.Round, error) {
	r, err := s.readRound(ctx, s.db, caseID, roundID)
	return r, roundError("reading", roundID, err)
}

func (s *sqlStore) readRound(ctx context.Context, q queryer, caseID, roundID uuid.UUID) (*rounds.Round, error) {
	r := &rounds.Round{ID: roundID, Case: caseID}
	err := q.QueryRowContext(ctx, s.d.bind(`SELECT note, state, opened, closed, version FROM rounds WHERE id = ? AND case_id = ?`),
		roundID.String(), caseID.String()).
		Scan(&r.Note, stateScanner(&r.State), timeScanner{&r.Opened}, nullTime{&r.Closed}, &r.Version)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrRoundNotFound
	}
	if err != nil {
		return nil, err
	}
	rows, err := q.QueryContext(ctx, s.d.bind(`SELECT r.id, r.stakeholder, r.level, r.name, r.token_hash, r.expires, a.body, a.saved
		FROM raters r LEFT JOIN answers a ON a.rater_id = r.id
		WHERE r.round_id = ? ORDER BY r.position`), roundID.String())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		rt, err := scanRater(rows)
		if err != nil {
			return nil, err
		}
		r.Raters = append(r.Raters, rt)
	}
	return r, rows.Err()
}

// scanRater reads a row of raters left-joined with answers.
func scanRater(rows interface{ Scan(...any) error }) (rounds.Rater, error) {
	var (
		rt    rounds.Rater
		body  []byte
		saved time.Time
	)
	err := rows.Scan(&rt.ID, &rt.Stakeholder,
		textScanner(func(s string) error { return rt.Level.UnmarshalText([]byte(s)) }),
		&rt.Name,
		textScanner(func(s string) (err error) { rt.TokenHash, err = rounds.ParseTokenHash(s); return err }),
		timeScanner{&rt.Expires}, &body, nullTime{&saved})
	if err != nil {
		return rounds.Rater{}, err
	}
	if body != nil {
		var a rounds.Answer
		if err := json.Unmarshal(body, &a); err != nil {
			return rounds.Rater{}, fmt.Errorf("the answer of rater %s: %w", rt.ID, err)
		}
		a.Saved = saved
		rt.Answer = &a
	}
	return rt, nil
}

// ListRounds implements Rounds.
func (s *sqlStore) ListRounds(ctx context.Context, caseID uuid.UUID) ([]*rounds.Round, error) {
	rows, err := s.db.QueryContext(ctx, s.d.bind(`SELECT id FROM rounds WHERE case_id = ? ORDER BY opened, id`), caseID.String())
	if err != nil {
		return nil, fmt.Errorf("listing rounds: %w", err)
	}
	var ids []uuid.UUID
	for rows.Next() {
		var id uuid.UUID
		if err := rows.Scan(&id); err != nil {
			_ = rows.Close()
			return nil, fmt.Errorf("listing rounds: %w", err)
		}
		ids = append(ids, id)
	}
	_ = rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing rounds: %w", err)
	}
	out := make([]*rounds.Round, 0, len(ids))
	for _, id := range ids {
		r, err := s.GetRound(ctx, caseID, id)
		if errors.Is(err, ErrRoundNotFound) {
			continue // removed in between
		}
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// UpdateRound implements Rounds.
func (s *sqlStore) UpdateRound(ctx context.Context, r *rounds.Round, rec *Record, match Revision) (*Record, error) {
	now := s.now().UTC().Truncate(time.Microsecond)
	var out *Record
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var closed any
		if !r.Closed.IsZero() {
			closed = formatTime(r.Closed)
		}
		res, err := tx.ExecContext(ctx, s.d.bind(`UPDATE rounds SET note = ?, state = ?, closed = ?, version = version + 1
			WHERE id = ? AND case_id = ? AND version = ?`),
			r.Note, r.State.String(), closed, r.ID.String(), r.Case.String(), r.Version)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			var one int
			err := tx.QueryRowContext(ctx, s.d.bind(`SELECT 1 FROM rounds WHERE id = ? AND case_id = ?`), r.ID.String(), r.Case.String()).Scan(&one)
			if errors.Is(err, sql.ErrNoRows) {
				return ErrRoundNotFound
			}
			if err != nil {
				return err
			}
			return ErrRoundStale
		}
		keep := make([]any, 0, len(r.Raters)+1)
		keep = append(keep, r.ID.String())
		marks := make([]string, 0, len(r.Raters))
		for i := range r.Raters {
			rt := &r.Raters[i]
			if _, err := tx.ExecContext(ctx, s.d.bind(`UPDATE raters SET expires = ? WHERE id = ? AND round_id = ?`),
				formatTime(rt.Expires), rt.ID.String(), r.ID.String()); err != nil {
				return err
			}
			keep = append(keep, rt.ID.String())
			marks = append(marks, "?")
		}
		query := `DELETE FROM raters WHERE round_id = ?`
		if len(marks) > 0 {
			query += ` AND id NOT IN (` + strings.Join(marks, ", ") + `)`
		}
		if _, err := tx.ExecContext(ctx, s.d.bind(query), keep...); err != nil {
			return err
		}
		if rec == nil {
			return nil
		}
		updated := *rec
		if err := s.updateCase(ctx, tx, &updated, match, now); err != nil {
			return err
		}
		out = &updated
		return nil
	})
	if err != nil {
		return nil, roundError("updating", r.ID, err)
	}
	r.Version++
	return out, nil
}

// raterQuery finds a rater by the hash of their token, with the round's
// state and the case's name and region.
const raterQuery = `SELECT r.id, r.stakeholder, r.level, r.name, r.token_hash, r.expires, a.body, a.saved,
		o.id, o.state, c.name, c.region
	FROM raters r
	JOIN rounds o ON o.id = r.round_id
	JOIN cases c ON c.id = o.case_id
	LEFT JOIN answers a ON a.rater_id = r.id
	WHERE r.token_hash = ?`

func (s *sqlStore) raterByToken(ctx context.Context, q queryer, h rounds.TokenHash, now time.Time) (RaterAccess, error) {
	var (
		acc   RaterAccess
		state rounds.State
	)
	row := q.QueryRowContext(ctx, s.d.bind(raterQuery), h.String())
	var (
		body  []byte
		saved time.Time
		rt    rounds.Rater
	)
	err := row.Scan(&rt.ID, &rt.Stakeholder,
		textScanner(func(s string) error { return rt.Level.UnmarshalText([]byte(s)) }),
		&rt.Name,
		textScanner(func(s string) (err error) { rt.TokenHash, err = rounds.ParseTokenHash(s); return err }),
		timeScanner{&rt.Expires}, &body, nullTime{&saved},
		&acc.Round, stateScanner(&state), &acc.CaseName, &acc.Region)
	if errors.Is(err, sql.ErrNoRows) {
		return RaterAccess{}, rounds.ErrUnknownRater
	}
	if err != nil {
		return RaterAccess{}, err
	}
	// The lookup went by the hash's index; compare once more in constant
	// time, and check the expiry, through the rules of package rounds.
	one := rounds.Round{Raters: []rounds.Rater{rt}}
	if _, err := one.Admit(h, now); err != nil {
		return RaterAccess{}, err
	}
	if body != nil {
		var a rounds.Answer
		if err := json.Unmarshal(body, &a); err != nil {
			return RaterAccess{}, fmt.Errorf("the answer of rater %s: %w", rt.ID, err)
		}
		a.Saved = saved
		rt.Answer = &a
	}
	acc.Rater, acc.Open = rt, state == rounds.StateOpen
	return acc, nil
}

// RaterByToken implements Rounds.
func (s *sqlStore) RaterByToken(ctx context.Context, h rounds.TokenHash, now time.Time) (RaterAccess, error) {
	acc, err := s.raterByToken(ctx, s.db, h, now)
	return acc, roundError("reading", uuid.Nil, err)
}

// SaveAnswer implements Rounds.
func (s *sqlStore) SaveAnswer(ctx context.Context, h rounds.TokenHash, a rounds.Answer, now time.Time) error {
	if err := a.Validate(); err != nil {
		return err
	}
	var round uuid.UUID
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		acc, err := s.raterByToken(ctx, tx, h, now)
		if err != nil {
			return err
		}
		round = acc.Round
		// Counting the change on the round row locks it, so that a close
		// that read the answers before this one cannot commit after it.
		res, err := tx.ExecContext(ctx, s.d.bind(`UPDATE rounds SET version = version + 1 WHERE id = ? AND state = 'open'`), acc.Round.String())
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return rounds.ErrClosed
		}
		a.Saved = time.Time{}
		body, err := json.Marshal(a)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, s.d.bind(`INSERT INTO answers (rater_id, body, saved) VALUES (?, ?, ?)
			ON CONFLICT (rater_id) DO UPDATE SET body = excluded.body, saved = excluded.saved`),
			acc.Rater.ID.String(), s.d.bodyArg(body), formatTime(now))
		return err
	})
	return roundError("answering in", round, err)
}

package rounds

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Limits of a round. Validation reports CodeTooMany or CodeTooLong beyond
// them.
const (
	// MaxRaters is the most raters of one round: a large region's table
	// with a few persons per organisation and level.
	MaxRaters = 500
	// MaxNameLength is the most characters of a rater's name.
	MaxNameLength = 200
)

// State is where a round is in its life. The zero value is not valid.
type State uint8

// The states of a round.
const (
	StateUnknown State = iota
	StateOpen          // open: raters may submit and change their answers
	StateClosed        // closed: the answers are the case's self-assessment
)

// String returns "open" or "closed", or "unknown" for another value.
func (s State) String() string {
	switch s {
	case StateOpen:
		return "open"
	case StateClosed:
		return "closed"
	}
	return "unknown"
}

// ParseState parses "open" or "closed"; another word is an error that
// names it.
func ParseState(word string) (State, error) {
	switch word {
	case "open":
		return StateOpen, nil
	case "closed":
		return StateClosed, nil
	}
	return StateUnknown, fmt.Errorf("unknown round state %q: open or closed", word)
}

// MarshalText implements encoding.TextMarshaler; the zero and unknown
// states are an error, so that an invalid state is never written.
func (s State) MarshalText() ([]byte, error) {
	if s != StateOpen && s != StateClosed {
		return nil, fmt.Errorf("unknown round state %d", s)
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler through ParseState.
func (s *State) UnmarshalText(b []byte) error {
	st, err := ParseState(string(b))
	if err != nil {
		return err
	}
	*s = st
	return nil
}

// Errors of the rules of a round; the HTTP layer answers them with 409.
var (
	ErrClosed       = errors.New("the round is closed")
	ErrNotClosed    = errors.New("the round is not closed")
	ErrNoAnswers    = errors.New("nobody has answered yet")
	ErrUnknownRater = errors.New("no such rater in the round")
	ErrExpired      = errors.New("the link has expired")
)

// RaterSpec is a rater as the programme manager names them when opening a
// round: the organisation (a stakeholder of the case), the level at which
// the person works there, and optionally their name, which only the
// programme manager sees.
type RaterSpec struct {
	Stakeholder uuid.UUID    `json:"stakeholder"`
	Level       collab.Level `json:"level"`
	Name        string       `json:"name,omitempty"`
}

// Rater is one person asked to fill in a round.
type Rater struct {
	RaterSpec
	ID uuid.UUID `json:"id"`
	// TokenHash is the hash of the rater's token; the token itself is not
	// kept.
	TokenHash TokenHash `json:"-"`
	// Expires is when the rater's link stops working.
	Expires time.Time `json:"expires"`
	// Answer is the rater's latest answer; nil until they submit one.
	Answer *Answer `json:"-"`
}

// Round is one self-assessment round of a case. Its ID is also the ID of
// the collab.SelfAssessment that closing it gives.
type Round struct {
	ID     uuid.UUID `json:"id"`
	Case   uuid.UUID `json:"case"`
	Note   string    `json:"note,omitempty"`
	State  State     `json:"state"`
	Opened time.Time `json:"opened"`
	// Closed is when the round was last closed; zero while it was never
	// closed.
	Closed time.Time `json:"closed,omitzero"`
	Raters []Rater   `json:"raters"`
	// Version counts the stored changes of the round (answers included),
	// so that a store can refuse a write based on an outdated read; the
	// rules of this package leave it alone.
	Version int64 `json:"-"`
}

// Issued is a rater and their token, as Open hands it out once.
type Issued struct {
	Rater uuid.UUID
	Token Token
}

// Spec is what a programme manager asks for when opening a round: a note
// saying what the round is, such as "spring round at the regional table",
// and the raters. Several raters may share a stakeholder and level: their
// answers are consolidated. The zero Spec is not valid: a round needs a
// rater.
type Spec struct {
	Note   string      `json:"note,omitempty"`
	Raters []RaterSpec `json:"raters"`
}

// Validate checks the spec on its own and returns nil or collab.Problems
// with every problem: "note" CodeTooLong beyond collab.MaxTextLength;
// "raters" CodeRequired when empty and CodeTooMany beyond MaxRaters; a
// rater's "stakeholder" CodeRequired, "level" CodeRequired or
// CodeUnknownValue, "name" CodeTooLong beyond MaxNameLength. It allocates
// nothing when the spec is valid.
func (s *Spec) Validate() error {
	var v check.Validator
	s.validate(&v)
	return v.Err()
}

func (s *Spec) validate(v *check.Validator) {
	v.Text("note", s.Note, false, collab.MaxTextLength)
	v.Required("raters", len(s.Raters) == 0)
	for i := range s.Raters[:v.Count("raters", len(s.Raters), MaxRaters)] {
		r := &s.Raters[i]
		v.Item("raters", i)
		v.Required("stakeholder", r.Stakeholder == uuid.Nil)
		v.Enum("level", r.Level, true)
		v.Text("name", r.Name, false, MaxNameLength)
		v.Leave()
	}
}

// ValidateIn checks the spec as a round of collaboration c: every problem
// of Validate and, besides, each rater whose stakeholder is not a member
// of c ("raters[3].stakeholder", CodeDanglingReference). It allocates
// nothing when there is no problem.
func (s *Spec) ValidateIn(c *collab.Collaboration) error {
	var v check.Validator
	s.validate(&v)
	for i := range s.Raters[:min(len(s.Raters), MaxRaters)] {
		if id := s.Raters[i].Stakeholder; id != uuid.Nil && c.Member(id) == nil {
			v.Item("raters", i)
			v.Addf("stakeholder", collab.CodeDanglingReference, "%s is not a member of the collaboration", id)
			v.Leave()
		}
	}
	return v.Err()
}

// Open validates spec and returns a new open round of case caseID, opened
// at now, whose links expire at expires, with one token per rater in the
// order of spec.Raters. IDs and tokens are read from random (nil:
// crypto/rand). The error is the problems of spec.Validate, or the error
// of random. Whether the raters belong to the case is for the caller to
// check first, with spec.ValidateIn.
func Open(caseID uuid.UUID, spec Spec, now, expires time.Time, random io.Reader) (*Round, []Issued, error) {
	if err := spec.Validate(); err != nil {
		return nil, nil, err
	}
	id, err := newID(random)
	if err != nil {
		return nil, nil, err
	}
	r := &Round{ID: id, Case: caseID, Note: spec.Note, State: StateOpen, Opened: now, Raters: make([]Rater, len(spec.Raters))}
	issued := make([]Issued, len(spec.Raters))
	for i, rs := range spec.Raters {
		rid, err := newID(random)
		if err != nil {
			return nil, nil, err
		}
		tok, hash, err := NewToken(random)
		if err != nil {
			return nil, nil, err
		}
		r.Raters[i] = Rater{RaterSpec: rs, ID: rid, TokenHash: hash, Expires: expires}
		issued[i] = Issued{Rater: rid, Token: tok}
	}
	return r, issued, nil
}

func newID(random io.Reader) (uuid.UUID, error) {
	if random == nil {
		return uuid.NewRandom()
	}
	return uuid.NewRandomFromReader(random)
}

// Rater returns the rater with the given ID, or nil.
func (r *Round) Rater(id uuid.UUID) *Rater {
	for i := range r.Raters {
		if r.Raters[i].ID == id {
			return &r.Raters[i]
		}
	}
	return nil
}

// Admit returns the rater whose token hashes to h, if the link still
// works at now: ErrUnknownRater when no rater has that hash, ErrExpired
// past the rater's expiry. Every rater's hash is compared, in constant
// time, so that the time taken says nothing about which one matched. A
// closed round still admits a rater, who then sees that it is closed.
func (r *Round) Admit(h TokenHash, now time.Time) (*Rater, error) {
	var found *Rater
	for i := range r.Raters {
		if r.Raters[i].TokenHash.Equal(h) {
			found = &r.Raters[i]
		}
	}
	switch {
	case found == nil:
		return nil, ErrUnknownRater
	case !now.Before(found.Expires):
		return nil, ErrExpired
	}
	return found, nil
}

// Submit saves the answer of rater id at now, replacing an earlier one:
// ErrClosed when the round is closed, ErrUnknownRater for a rater not (or
// no longer) in the round, or the problems of a.Validate.
func (r *Round) Submit(id uuid.UUID, a Answer, now time.Time) error {
	if r.State != StateOpen {
		return ErrClosed
	}
	rt := r.Rater(id)
	if rt == nil {
		return ErrUnknownRater
	}
	if err := a.Validate(); err != nil {
		return err
	}
	a.Saved = now
	rt.Answer = &a
	return nil
}

// Answered returns how many raters have answered.
func (r *Round) Answered() int {
	n := 0
	for i := range r.Raters {
		if r.Raters[i].Answer != nil {
			n++
		}
	}
	return n
}

// RemoveRater takes rater id and their answer out of an open round:
// ErrClosed when it is closed (reopen it first), ErrUnknownRater when
// there is no such rater.
func (r *Round) RemoveRater(id uuid.UUID) error {
	if r.State != StateOpen {
		return ErrClosed
	}
	for i := range r.Raters {
		if r.Raters[i].ID == id {
			r.Raters = append(r.Raters[:i], r.Raters[i+1:]...)
			return nil
		}
	}
	return ErrUnknownRater
}

// Close ends an open round at now and returns its self-assessment, dated
// date: ErrClosed when it is already closed, ErrNoAnswers when nobody has
// answered. The self-assessment's ID is the round's, so that closing a
// reopened round gives the same self-assessment again.
func (r *Round) Close(now time.Time, date collab.Date) (collab.SelfAssessment, error) {
	if r.State != StateOpen {
		return collab.SelfAssessment{}, ErrClosed
	}
	if r.Answered() == 0 {
		return collab.SelfAssessment{}, ErrNoAnswers
	}
	sa := r.SelfAssessment(date)
	r.State = StateClosed
	r.Closed = now
	return sa, nil
}

// Reopen opens a closed round again, so that raters may change their
// answers; their links work until they expire, or until expires when that
// is later. It returns ErrNotClosed for an open round.
func (r *Round) Reopen(expires time.Time) error {
	if r.State != StateClosed {
		return ErrNotClosed
	}
	r.State = StateOpen
	for i := range r.Raters {
		if expires.After(r.Raters[i].Expires) {
			r.Raters[i].Expires = expires
		}
	}
	return nil
}

// SelfAssessment returns the round's answers as a self-assessment dated
// date, whatever the round's state: one rating per stakeholder and level
// that answered, see Consolidate.
func (r *Round) SelfAssessment(date collab.Date) collab.SelfAssessment {
	return collab.SelfAssessment{ID: r.ID, Date: date, Note: r.Note, Ratings: Consolidate(r.Raters)}
}

// WithSelfAssessment returns the case's self-assessments with sa in them:
// it replaces the one with sa's ID, or appends sa. The slice passed in is
// not changed.
func WithSelfAssessment(list []collab.SelfAssessment, sa collab.SelfAssessment) []collab.SelfAssessment {
	out := make([]collab.SelfAssessment, 0, len(list)+1)
	replaced := false
	for _, x := range list {
		if x.ID == sa.ID {
			x, replaced = sa, true
		}
		out = append(out, x)
	}
	if !replaced {
		out = append(out, sa)
	}
	return out
}

package collab

import (
	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab/check"
)

// LeewayIssue is a place where a regional initiative runs into a national
// rule or policy: the fourth mechanism, regulatory leeway (regelruimte).
// The sources give the example of reorganising evening, night and weekend
// services, which ran into the inspectorate's norms for response times.
// Projects refer to leeway issues by ID.
type LeewayIssue struct {
	ID uuid.UUID `json:"id"`
	// Rule names the national rule or policy in the way.
	Rule        string `json:"rule"`
	Description string `json:"description,omitempty"`
	// NationalActor is the kind of national actor that owns the rule (for
	// example RoleInspectorate); zero when none is involved. It must be a
	// national role.
	NationalActor Role         `json:"nationalActor,omitzero"`
	Status        LeewayStatus `json:"status"`
	Raised        Date         `json:"raised"`
	// LastProgress is the last date something moved on the issue; zero
	// when nothing has since it was raised.
	LastProgress Date `json:"lastProgress,omitzero"`
	// Resolved is the date the issue was resolved; required when Status is
	// LeewayResolved and not allowed otherwise.
	Resolved Date `json:"resolved,omitzero"`
}

// LeewayStatus is where a leeway issue stands. The zero value is not valid.
type LeewayStatus uint8

// The statuses of a leeway issue.
const (
	LeewayStatusUnknown LeewayStatus = iota
	LeewayOpen                       // open: raised, nothing arranged yet
	LeewayAddressed                  // addressed: taken up with the owner of the rule
	LeewayResolved                   // resolved: room found or the rule changed
)

var leewayStatuses = check.NewEnum[LeewayStatus]("leeway status",
	check.EnumValue{Word: "open", Label: Text{EN: "Open", NL: "Open"}},
	check.EnumValue{Word: "addressed", Label: Text{EN: "Taken up", NL: "In behandeling"}},
	check.EnumValue{Word: "resolved", Label: Text{EN: "Resolved", NL: "Opgelost"}},
)

// LastMovement returns the latest date on which the issue moved: its last
// progress, or when it was raised.
func (l *LeewayIssue) LastMovement() Date {
	if l.LastProgress.After(l.Raised) {
		return l.LastProgress
	}
	return l.Raised
}

// StatusOn returns the status the issue had on d, as far as its dates
// tell: zero before it was raised; open or addressed (when progress was
// recorded by then) before the day it was resolved; otherwise Status. It
// lets an assessment of an earlier date ignore what happened later.
func (l *LeewayIssue) StatusOn(d Date) LeewayStatus {
	switch {
	case d.Before(l.Raised):
		return LeewayStatusUnknown
	case l.Status == LeewayResolved && d.Before(l.Resolved):
		if !l.LastProgress.IsZero() && !l.LastProgress.After(d) && l.LastProgress.Before(l.Resolved) {
			return LeewayAddressed
		}
		return LeewayOpen
	}
	return l.Status
}

// LastMovementOn returns the latest date on or before d on which the issue
// moved, or the zero Date when it was raised after d.
func (l *LeewayIssue) LastMovementOn(d Date) Date {
	switch {
	case d.Before(l.Raised):
		return Date{}
	case !l.LastProgress.After(d) && l.LastProgress.After(l.Raised):
		return l.LastProgress
	}
	return l.Raised
}

func (l *LeewayIssue) validateWith(v *check.Validator, c *Collaboration) {
	v.Required("id", l.ID == uuid.Nil)
	v.Text("rule", l.Rule, true, MaxNameLength)
	v.Text("description", l.Description, false, MaxTextLength)
	v.Enum("nationalActor", l.NationalActor, false)
	if l.NationalActor.IsValid() && !l.NationalActor.IsNational() {
		v.Addf("nationalActor", CodeNotAllowed, "%s is not a national actor", l.NationalActor)
	}
	v.Enum("status", l.Status, true)
	if v.Required("raised", l.Raised.IsZero()) {
		dateOrder(v, "raised", c.Started, l.Raised, "the collaboration started")
	}
	dateOrder(v, "lastProgress", l.Raised, l.LastProgress, "the issue was raised")
	dateOrder(v, "resolved", l.Raised, l.Resolved, "the issue was raised")
	switch {
	case l.Status == LeewayResolved && l.Resolved.IsZero():
		v.Addf("resolved", CodeRequired, "is required when the status is resolved")
	case l.Status != LeewayResolved && l.Status.IsValid() && !l.Resolved.IsZero():
		v.Addf("resolved", CodeNotAllowed, "is set (%s) while the status is %s", l.Resolved, l.Status)
	}
}

// LeewayStatuses returns every leeway status in declaration order, as a new slice.
func LeewayStatuses() []LeewayStatus { return leewayStatuses.All() }

// ParseLeewayStatus parses a leeway status's wire word; an empty or unknown word gives
// an *UnknownValueError naming it.
func ParseLeewayStatus(s string) (LeewayStatus, error) { return leewayStatuses.Parse(s) }

// String returns the wire word; it never panics.
func (x LeewayStatus) String() string { return leewayStatuses.String(x) }

// IsValid reports whether x is a known leeway status.
func (x LeewayStatus) IsValid() bool { return leewayStatuses.Valid(x) }

// IsZero reports whether x is unset.
func (x LeewayStatus) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x LeewayStatus) Label(lang Language) string { return leewayStatuses.Label(x, lang) }

// About explains x in lang; empty where the label says enough.
func (x LeewayStatus) About(lang Language) string { return leewayStatuses.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x LeewayStatus) MarshalText() ([]byte, error) { return leewayStatuses.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (x *LeewayStatus) UnmarshalText(b []byte) error { return leewayStatuses.Unmarshal(b, x) }

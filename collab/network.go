package collab

import (
	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab/check"
)

// Network is one of the networks that make up a region's infrastructure,
// the fifth mechanism: a network of executives, of professionals, a shared
// care practice such as a transition ward run by a nursing home and a
// hospital together, or a regional table. The sources find that regions
// that build such infrastructure keep their medical care going better, and
// warn of a forest of networks in which the citizen is lost.
type Network struct {
	ID          uuid.UUID   `json:"id"`
	Name        string      `json:"name"`
	Kind        NetworkKind `json:"kind"`
	Description string      `json:"description,omitempty"`
	// Members are the stakeholder IDs taking part; each must be a member
	// of the collaboration.
	Members []uuid.UUID `json:"members"`
	Since   Date        `json:"since"`
	Until   Date        `json:"until,omitzero"`
	// People is how many people take part in the network, across its
	// member organisations; zero when not recorded. The sources count
	// networks by people as well as by organisations (a professionals'
	// network of some hundreds of carers is not a handful of managers), and
	// Members alone cannot say so. At most MaxNetworkPeople.
	People int `json:"people,omitempty"`
}

// NetworkKind is the kind of a regional network. The zero value is not
// valid.
type NetworkKind uint8

// The kinds of network.
const (
	NetworkKindUnknown   NetworkKind = iota
	NetworkExecutives                // executives: bestuurdersnetwerk
	NetworkProfessionals             // professionals: professionals' network
	NetworkCarePractice              // care-practice: a shared practice such as a transition ward
	NetworkRegionalTable             // regional-table: providers and financiers aligning
)

var networkKinds = check.NewEnum[NetworkKind]("network kind",
	check.EnumValue{Word: "executives", Label: Text{EN: "Network of executives", NL: "Bestuurdersnetwerk"}},
	check.EnumValue{Word: "professionals", Label: Text{EN: "Network of professionals", NL: "Netwerk van professionals"}},
	check.EnumValue{Word: "care-practice", Label: Text{EN: "Shared care practice", NL: "Gedeelde zorgpraktijk"},
		About: Text{EN: "Care organised together, such as a transition ward shared by a nursing home and a hospital.", NL: "Samen georganiseerde zorg, zoals een transferafdeling van verpleeghuis en ziekenhuis samen."}},
	check.EnumValue{Word: "regional-table", Label: Text{EN: "Regional table", NL: "Regiotafel"},
		About: Text{EN: "Where providers and financiers such as the zorgkantoor align and build a regional vision.", NL: "Waar aanbieders en financiers zoals het zorgkantoor afstemmen en een regiovisie bouwen."}},
)

// ActiveOn reports whether the network existed on d.
func (n *Network) ActiveOn(d Date) bool {
	return !d.Before(n.Since) && (n.Until.IsZero() || !d.After(n.Until))
}

func (n *Network) validateWith(v *check.Validator, c *Collaboration, x *memberIndex, at int) {
	v.Required("id", n.ID == uuid.Nil)
	v.Text("name", n.Name, true, MaxNameLength)
	v.Enum("kind", n.Kind, true)
	v.Text("description", n.Description, false, MaxTextLength)
	for i, id := range n.Members[:v.Count("members", len(n.Members), MaxNetworkMembers)] {
		member, earlier := false, -2
		if id != uuid.Nil {
			if member, earlier = x.visit(at, id, i); member && earlier == -1 {
				continue // a member listed once: the common case, checked in log n
			}
		}
		v.Item("members", i)
		switch {
		case id == uuid.Nil:
			v.Addf("", CodeRequired, "is empty")
		case !member:
			v.Addf("", CodeDanglingReference, "%s is not a member of the collaboration", id)
		}
		switch {
		case earlier >= 0:
			check.Duplicate(v, "", id, "members", earlier)
		case earlier == -2: // no index tells: compare with the earlier IDs (a zero ID is left to required)
			check.Unique(v, "", n.Members, i, func(u *uuid.UUID) uuid.UUID { return *u }, "members")
		}
		v.Leave()
	}
	if v.Required("since", n.Since.IsZero()) {
		dateOrder(v, "since", c.Started, n.Since, "the collaboration started")
	}
	dateOrder(v, "until", n.Since, n.Until, "the network started")
	if n.People < 0 || n.People > MaxNetworkPeople {
		v.Addf("people", CodeOutOfRange, "is %d, outside 0 to %d", n.People, MaxNetworkPeople)
	}
}

// NetworkKinds returns every network kind in declaration order, as a new slice.
func NetworkKinds() []NetworkKind { return networkKinds.All() }

// ParseNetworkKind parses a network kind's wire word; an empty or unknown word gives
// an *UnknownValueError naming it.
func ParseNetworkKind(s string) (NetworkKind, error) { return networkKinds.Parse(s) }

// String returns the wire word; it never panics.
func (x NetworkKind) String() string { return networkKinds.String(x) }

// IsValid reports whether x is a known network kind.
func (x NetworkKind) IsValid() bool { return networkKinds.Valid(x) }

// IsZero reports whether x is unset.
func (x NetworkKind) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x NetworkKind) Label(lang Language) string { return networkKinds.Label(x, lang) }

// About explains x in lang; empty where the label says enough.
func (x NetworkKind) About(lang Language) string { return networkKinds.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x NetworkKind) MarshalText() ([]byte, error) { return networkKinds.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (x *NetworkKind) UnmarshalText(b []byte) error { return networkKinds.Unmarshal(b, x) }

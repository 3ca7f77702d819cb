package collab

import "github.com/regiokompas/regiokompas/collab/check"

// RoleKind is a role a person holds in a collaboration, as the sources name
// them. Who holds which role, and since when, shows whether someone keeps
// the collaboration on the agenda and whether that survives people leaving.
//
// The zero value is RoleKindUnknown, which is not valid.
type RoleKind uint8

// The roles people hold in a collaboration.
const (
	RoleKindUnknown               RoleKind = iota
	RoleKindAanjager                       // aanjager: the driver who keeps it on the agenda
	RoleKindVraagbaak                      // vraagbaak: the fixed point of contact
	RoleKindAmbassador                     // ambassador
	RoleKindProgrammeManager               // programme-manager
	RoleKindKwartiermaker                  // kwartiermaker: the pioneer who sets things up
	RoleKindTwoLeggedProfessional          // two-legged-professional
	RoleKindProcessFacilitator             // process-facilitator
)

var roleKinds = check.NewEnum[RoleKind]("role kind",
	check.EnumValue{Word: "aanjager",
		Label: Text{EN: "Driver (aanjager)", NL: "Aanjager"},
		About: Text{EN: "Keeps the collaboration on everyone's agenda and pushes it forward.", NL: "Houdt de samenwerking op ieders agenda en duwt haar vooruit."}},
	check.EnumValue{Word: "vraagbaak",
		Label: Text{EN: "Point of contact (vraagbaak)", NL: "Vraagbaak"},
		About: Text{EN: "A fixed person to whom signals and questions from the field go.", NL: "Een vast persoon bij wie signalen en vragen uit het veld terechtkomen."}},
	check.EnumValue{Word: "ambassador",
		Label: Text{EN: "Ambassador", NL: "Ambassadeur"},
		About: Text{EN: "A staff member who backs an initiative and brings colleagues along.", NL: "Een medewerker die een initiatief steunt en collega's meeneemt."}},
	check.EnumValue{Word: "programme-manager",
		Label: Text{EN: "Programme manager", NL: "Programmamanager"}},
	check.EnumValue{Word: "kwartiermaker",
		Label: Text{EN: "Pioneer (kwartiermaker)", NL: "Kwartiermaker"},
		About: Text{EN: "Sets up something new until it can stand on its own.", NL: "Zet iets nieuws op tot het zelfstandig verder kan."}},
	check.EnumValue{Word: "two-legged-professional",
		Label: Text{EN: "Two-legged professional", NL: "Professional met twee petten"},
		About: Text{EN: "Works for the collaboration from inside their own organisation, so that the organisation can take over in time.", NL: "Werkt vanuit de eigen organisatie voor de samenwerking, zodat de organisatie het op termijn overneemt."}},
	check.EnumValue{Word: "process-facilitator",
		Label: Text{EN: "Independent process facilitator", NL: "Onafhankelijk procesbegeleider"}},
)

// RoleKinds returns every role kind in declaration order, as a new slice.
func RoleKinds() []RoleKind { return roleKinds.All() }

// ParseRoleKind parses a role kind's wire word; an empty or unknown word gives
// an *UnknownValueError naming it.
func ParseRoleKind(s string) (RoleKind, error) { return roleKinds.Parse(s) }

// String returns the wire word; it never panics.
func (x RoleKind) String() string { return roleKinds.String(x) }

// IsValid reports whether x is a known role kind.
func (x RoleKind) IsValid() bool { return roleKinds.Valid(x) }

// IsZero reports whether x is unset.
func (x RoleKind) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x RoleKind) Label(lang Language) string { return roleKinds.Label(x, lang) }

// About explains x in lang; empty where the label says enough.
func (x RoleKind) About(lang Language) string { return roleKinds.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x RoleKind) MarshalText() ([]byte, error) { return roleKinds.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (x *RoleKind) UnmarshalText(b []byte) error { return roleKinds.Unmarshal(b, x) }

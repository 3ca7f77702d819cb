package collab

import "github.com/regiokompas/regiokompas/collab/check"

// Role is the kind of organisation a stakeholder is: a nursing-home
// provider, a GP cooperative, the zorgkantoor. A role knows whether it
// finances care, whether it is a national actor, and which domain it works
// in; the assessment uses these facts (a financier at the regional table, a
// national actor for a leeway issue).
//
// The zero value is RoleUnknown, which is not valid; RoleOther is the valid
// choice for an organisation the list does not name.
type Role uint8

// The roles of organisations in regional elderly-care collaboration.
const (
	RoleUnknown              Role = iota
	RoleNursingHomeCare           // nursing-home-care: VVT (verpleging, verzorging, thuiszorg)
	RoleDistrictNursing           // district-nursing: wijkverpleging
	RoleGP                        // gp: huisarts
	RoleGPCooperative             // gp-cooperative: huisartsencoöperatie
	RoleGPOutOfHours              // gp-out-of-hours: huisartsenpost
	RoleHospital                  // hospital: ziekenhuis
	RoleElderlyCarePhysician      // elderly-care-physician: specialist ouderengeneeskunde
	RoleMentalHealth              // mental-health: GGZ
	RoleDisabilityCare            // disability-care: GZ
	RoleZorgkantoor               // zorgkantoor: Wlz purchasing office
	RoleHealthInsurer             // health-insurer: zorgverzekeraar
	RoleMunicipality              // municipality: gemeente
	RolePublicHealthService       // public-health-service: GGD
	RoleInspectorate              // inspectorate: IGJ
	RoleHealthcareAuthority       // healthcare-authority: NZa
	RoleMinistry                  // ministry: VWS
	RoleResearchFunder            // research-funder: ZonMw
	RoleCareInstitute             // care-institute: Zorginstituut
	RoleWelfare                   // welfare: welzijnsorganisatie
	RoleHousing                   // housing: woningcorporatie
	RoleKnowledgeInstitution      // knowledge-institution: university, kennisinstelling
	RoleFacilitator               // facilitator: programme office or consultancy
	RoleClientCouncil             // client-council: cliëntenraad
	RolePatientOrganisation       // patient-organisation
	RoleInformalCarers            // informal-carers: mantelzorgers
	RoleVolunteers                // volunteers: vrijwilligers
	RoleAmbulance                 // ambulance: RAV
	RolePharmacy                  // pharmacy: apotheek
	RoleAcuteCareNetwork          // acute-care-network: ROAZ
	RoleOther                     // other
)

type roleFacts struct {
	domain    Domain
	financier bool
	national  bool
}

var roles = check.NewEnum[Role]("role",
	check.EnumValue{Word: "nursing-home-care", Label: Text{EN: "Nursing-home and home care (VVT)", NL: "Verpleging, verzorging en thuiszorg (VVT)"}},
	check.EnumValue{Word: "district-nursing", Label: Text{EN: "District nursing", NL: "Wijkverpleging"}},
	check.EnumValue{Word: "gp", Label: Text{EN: "General practitioner", NL: "Huisarts"}},
	check.EnumValue{Word: "gp-cooperative", Label: Text{EN: "GP cooperative", NL: "Huisartsencoöperatie"}},
	check.EnumValue{Word: "gp-out-of-hours", Label: Text{EN: "Out-of-hours GP service", NL: "Huisartsenpost"}},
	check.EnumValue{Word: "hospital", Label: Text{EN: "Hospital", NL: "Ziekenhuis"}},
	check.EnumValue{Word: "elderly-care-physician", Label: Text{EN: "Elderly-care physician practice", NL: "Specialist ouderengeneeskunde"}},
	check.EnumValue{Word: "mental-health", Label: Text{EN: "Mental health care (GGZ)", NL: "Geestelijke gezondheidszorg (GGZ)"}},
	check.EnumValue{Word: "disability-care", Label: Text{EN: "Disability care (GZ)", NL: "Gehandicaptenzorg (GZ)"}},
	check.EnumValue{Word: "zorgkantoor", Label: Text{EN: "Zorgkantoor (long-term care purchaser)", NL: "Zorgkantoor"},
		About: Text{EN: "Buys long-term care (Wlz) for its region; the financier that a regional vision cannot do without.", NL: "Koopt langdurige zorg (Wlz) in voor de regio; de financier waar een regiovisie niet zonder kan."}},
	check.EnumValue{Word: "health-insurer", Label: Text{EN: "Health insurer", NL: "Zorgverzekeraar"}},
	check.EnumValue{Word: "municipality", Label: Text{EN: "Municipality", NL: "Gemeente"}},
	check.EnumValue{Word: "public-health-service", Label: Text{EN: "Public health service (GGD)", NL: "GGD"}},
	check.EnumValue{Word: "inspectorate", Label: Text{EN: "Health and Youth Care Inspectorate (IGJ)", NL: "Inspectie Gezondheidszorg en Jeugd (IGJ)"}},
	check.EnumValue{Word: "healthcare-authority", Label: Text{EN: "Dutch Healthcare Authority (NZa)", NL: "Nederlandse Zorgautoriteit (NZa)"}},
	check.EnumValue{Word: "ministry", Label: Text{EN: "Ministry of Health (VWS)", NL: "Ministerie van VWS"}},
	check.EnumValue{Word: "research-funder", Label: Text{EN: "Research funder (ZonMw)", NL: "Onderzoeksfinancier (ZonMw)"}},
	check.EnumValue{Word: "care-institute", Label: Text{EN: "National Health Care Institute", NL: "Zorginstituut Nederland"}},
	check.EnumValue{Word: "welfare", Label: Text{EN: "Welfare organisation", NL: "Welzijnsorganisatie"}},
	check.EnumValue{Word: "housing", Label: Text{EN: "Housing association", NL: "Woningcorporatie"}},
	check.EnumValue{Word: "knowledge-institution", Label: Text{EN: "University or knowledge institution", NL: "Universiteit of kennisinstelling"}},
	check.EnumValue{Word: "facilitator", Label: Text{EN: "Programme office or consultancy", NL: "Programmabureau of adviesbureau"}},
	check.EnumValue{Word: "client-council", Label: Text{EN: "Client council", NL: "Cliëntenraad"}},
	check.EnumValue{Word: "patient-organisation", Label: Text{EN: "Patient or client organisation", NL: "Patiënten- of cliëntenorganisatie"}},
	check.EnumValue{Word: "informal-carers", Label: Text{EN: "Informal carers", NL: "Mantelzorgers"}},
	check.EnumValue{Word: "volunteers", Label: Text{EN: "Volunteers", NL: "Vrijwilligers"}},
	check.EnumValue{Word: "ambulance", Label: Text{EN: "Ambulance service (RAV)", NL: "Ambulancedienst (RAV)"}},
	check.EnumValue{Word: "pharmacy", Label: Text{EN: "Pharmacy", NL: "Apotheek"}},
	check.EnumValue{Word: "acute-care-network", Label: Text{EN: "Acute-care network (ROAZ)", NL: "Acute-zorgnetwerk (ROAZ)"}},
	check.EnumValue{Word: "other", Label: Text{EN: "Other organisation", NL: "Andere organisatie"}},
)

// roleTable holds the facts per role, indexed by value-1, in the order of
// the constants.
var roleTable = [...]roleFacts{
	{domain: DomainCare},                        // nursing-home-care
	{domain: DomainCare},                        // district-nursing
	{domain: DomainCare},                        // gp
	{domain: DomainCare},                        // gp-cooperative
	{domain: DomainCare},                        // gp-out-of-hours
	{domain: DomainCure},                        // hospital
	{domain: DomainCare},                        // elderly-care-physician
	{domain: DomainCare},                        // mental-health
	{domain: DomainCare},                        // disability-care
	{domain: DomainGovernance, financier: true}, // zorgkantoor
	{domain: DomainGovernance, financier: true}, // health-insurer
	{domain: DomainSocial, financier: true},     // municipality
	{domain: DomainPublicHealth},                // public-health-service
	{domain: DomainGovernance, national: true},  // inspectorate
	{domain: DomainGovernance, national: true},  // healthcare-authority
	{domain: DomainGovernance, national: true},  // ministry
	{domain: DomainKnowledge, national: true},   // research-funder
	{domain: DomainGovernance, national: true},  // care-institute
	{domain: DomainSocial},                      // welfare
	{domain: DomainHousing},                     // housing
	{domain: DomainKnowledge},                   // knowledge-institution
	{domain: DomainKnowledge},                   // facilitator
	{domain: DomainSocial},                      // client-council
	{domain: DomainSocial},                      // patient-organisation
	{domain: DomainSocial},                      // informal-carers
	{domain: DomainSocial},                      // volunteers
	{domain: DomainCure},                        // ambulance
	{domain: DomainCare},                        // pharmacy
	{domain: DomainCure},                        // acute-care-network
	{domain: DomainUnknown},                     // other
}

// Finances reports whether the role pays for care in the region: the
// zorgkantoor (long-term care), a health insurer, a municipality.
func (x Role) Finances() bool { return x.IsValid() && roleTable[x-1].financier }

// IsNational reports whether the role is a national actor: the
// inspectorate, the healthcare authority, the ministry, the research funder
// or the national care institute.
func (x Role) IsNational() bool { return x.IsValid() && roleTable[x-1].national }

// Domain returns the domain the role works in; DomainUnknown for RoleOther
// and invalid roles.
func (x Role) Domain() Domain {
	if !x.IsValid() {
		return DomainUnknown
	}
	return roleTable[x-1].domain
}

// Roles returns every role in declaration order, as a new slice.
func Roles() []Role { return roles.All() }

// ParseRole parses a role's wire word; an empty or unknown word gives
// an *UnknownValueError naming it.
func ParseRole(s string) (Role, error) { return roles.Parse(s) }

// String returns the wire word; it never panics.
func (x Role) String() string { return roles.String(x) }

// IsValid reports whether x is a known role.
func (x Role) IsValid() bool { return roles.Valid(x) }

// IsZero reports whether x is unset.
func (x Role) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x Role) Label(lang Language) string { return roles.Label(x, lang) }

// About explains x in lang; empty where the label says enough.
func (x Role) About(lang Language) string { return roles.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x Role) MarshalText() ([]byte, error) { return roles.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (x *Role) UnmarshalText(b []byte) error { return roles.Unmarshal(b, x) }

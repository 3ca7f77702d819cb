package collab

import "github.com/regiokompas/regiokompas/collab/check"

// Profession is a kind of care professional who takes part at the
// professional level. The sources name them where it matters who is
// affected: "Mechanismen van regionale samenwerking: wat werkt en wat
// niet?" (21 June 2022) warns that developing a triage model without the
// carers (verzorgenden) leads to confusion when it is implemented, and
// names elderly-care physicians, GPs and psychologists among the
// professionals of the regional practice cases.
type Profession uint8

// The professions.
const (
	ProfessionUnknown               Profession = iota
	ProfessionCarers                           // carers: verzorgenden
	ProfessionNurses                           // nurses: verpleegkundigen
	ProfessionDistrictNurses                   // district-nurses: wijkverpleegkundigen
	ProfessionElderlyCarePhysicians            // elderly-care-physicians: specialisten ouderengeneeskunde
	ProfessionGPs                              // gps: huisartsen
	ProfessionPsychologists                    // psychologists
	ProfessionParamedics                       // paramedics: physiotherapists, occupational therapists and the like
)

var professions = check.NewEnum[Profession]("profession",
	check.EnumValue{Word: "carers", Label: Text{EN: "Carers", NL: "Verzorgenden"}},
	check.EnumValue{Word: "nurses", Label: Text{EN: "Nurses", NL: "Verpleegkundigen"}},
	check.EnumValue{Word: "district-nurses", Label: Text{EN: "District nurses", NL: "Wijkverpleegkundigen"}},
	check.EnumValue{Word: "elderly-care-physicians", Label: Text{EN: "Elderly-care physicians", NL: "Specialisten ouderengeneeskunde"}},
	check.EnumValue{Word: "gps", Label: Text{EN: "GPs", NL: "Huisartsen"}},
	check.EnumValue{Word: "psychologists", Label: Text{EN: "Psychologists", NL: "Psychologen"}},
	check.EnumValue{Word: "paramedics", Label: Text{EN: "Paramedics", NL: "Paramedici"},
		About: Text{EN: "Physiotherapists, occupational therapists and the like.", NL: "Fysiotherapeuten, ergotherapeuten en dergelijke."}},
)

// Professions returns every profession in declaration order, as a new
// slice.
func Professions() []Profession { return professions.All() }

// ParseProfession parses a profession's wire word; an empty or unknown word
// gives an *UnknownValueError naming it.
func ParseProfession(s string) (Profession, error) { return professions.Parse(s) }

// String returns the wire word; it never panics.
func (x Profession) String() string { return professions.String(x) }

// IsValid reports whether x is a known profession.
func (x Profession) IsValid() bool { return professions.Valid(x) }

// IsZero reports whether x is unset.
func (x Profession) IsZero() bool { return x == 0 }

// Label returns the name of x in lang.
func (x Profession) Label(lang Language) string { return professions.Label(x, lang) }

// About explains x in lang; empty where the label says enough.
func (x Profession) About(lang Language) string { return professions.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x Profession) MarshalText() ([]byte, error) { return professions.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (x *Profession) UnmarshalText(b []byte) error { return professions.Unmarshal(b, x) }

package region

import (
	"encoding"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/check"
)

var (
	_ encoding.TextMarshaler   = CBSCodeStatus(0)
	_ encoding.TextUnmarshaler = (*CBSCodeStatus)(nil)
	_ encoding.TextMarshaler   = ZorgkantoorStatus(0)
	_ encoding.TextUnmarshaler = (*ZorgkantoorStatus)(nil)
)

// DataVersion identifies the edition of the built-in Dutch reference data
// (see Reference). It is the year of the CBS table the regions rest on
// ("Gebieden in Nederland 2024") and a serial number that goes up whenever
// the tables change. Store it next to results that depend on the
// reference regions, so that they can be reproduced.
const DataVersion = "2024.1"

// The sources of the reference data, for reports that cite them.
const (
	// SourceCBSAreas is the CBS table of areas in the Netherlands in which
	// every CBS code of the reference regions was seen, and from which the
	// municipalities, their zorgkantoorregio and province and their
	// populations come. The table has no title in the copy used; its id is
	// the one whose layout, 342 municipalities and total it matches.
	SourceCBSAreas = "CBS StatLine 85755NED, Gebieden in Nederland 2024"
	// SourceCBSLicence is the licence of the CBS data.
	SourceCBSLicence = "CC BY 4.0"
	// SourceCBSCitation is how CBS asks to be cited, in Dutch as it asks.
	SourceCBSCitation = "Bron: CBS"
	// SourceZorgkantoorDesignation is the 2014 ministerial designation of
	// the zorgkantoren, which with an undated public list gives the
	// concession holders.
	SourceZorgkantoorDesignation = "Aanwijzingsbesluit zorgkantoren 2014 (BWBR0034132)"
)

// PopulationDate returns the date of the populations of the reference
// regions (1 January 2024): every reference region's Profile.AsOf.
func PopulationDate() collab.Date { return referenceAsOf }

// Provenance tells where a reference region's facts come from and how sure
// they are. Regions that users add usually leave it zero, which means that
// nothing is claimed about the facts' origin.
type Provenance struct {
	// CBSCode tells how sure the region's CBSCode is.
	CBSCode CBSCodeStatus `json:"cbsCode,omitzero"`
	// Zorgkantoor tells how sure the region's Zorgkantoor is.
	Zorgkantoor ZorgkantoorStatus `json:"zorgkantoor,omitzero"`
}

// IsZero reports whether p claims nothing.
func (p Provenance) IsZero() bool { return p == Provenance{} }

// CBSCodeStatus tells how sure a reference region's CBS code is.
//
// The zero value CBSCodeStatusUnset means that nothing is claimed; it is not
// one of the statuses and its String is "unset".
type CBSCodeStatus uint8

// The CBS code statuses.
const (
	CBSCodeStatusUnset CBSCodeStatus = iota
	CBSCodeVerified                  // verified: seen in a CBS table (cbs-2024 in the CSV files)
	CBSCodeInferred                  // inferred: follows from the order in which CBS numbers the regions
	CBSCodeUnknown                   // unknown: the region has no CBS code that we know of
)

var cbsCodeStatuses = check.NewEnum[CBSCodeStatus]("CBS code status",
	check.EnumValue{Word: "verified",
		Label: collab.Text{EN: "Verified", NL: "Gecontroleerd"},
		About: collab.Text{
			EN: "The code was seen in a CBS table.",
			NL: "De code staat in een tabel van het CBS.",
		}},
	check.EnumValue{Word: "inferred",
		Label: collab.Text{EN: "Inferred", NL: "Afgeleid"},
		About: collab.Text{
			EN: "CBS numbers these regions in alphabetical order; the code follows from that order, which the verified codes match.",
			NL: "Het CBS nummert deze regio's op alfabet; de code volgt uit die volgorde, waar de gecontroleerde codes precies in passen.",
		}},
	check.EnumValue{Word: "unknown",
		Label: collab.Text{EN: "Unknown", NL: "Onbekend"},
		About: collab.Text{
			EN: "No CBS code is known, for example for a region formed by a merger after the CBS table was published.",
			NL: "Er is geen CBS-code bekend, bijvoorbeeld voor een regio die na de CBS-tabel door een fusie ontstond.",
		}},
)

// CBSCodeStatuses returns every status in declaration order, as a new slice.
func CBSCodeStatuses() []CBSCodeStatus { return cbsCodeStatuses.All() }

// ParseCBSCodeStatus parses "verified", "inferred" or "unknown"; an empty or
// unknown word gives a *collab.UnknownValueError naming it.
func ParseCBSCodeStatus(s string) (CBSCodeStatus, error) { return cbsCodeStatuses.Parse(s) }

// String returns the wire word, or "unset" for the zero value; it never
// panics.
func (x CBSCodeStatus) String() string { return statusString(cbsCodeStatuses, x) }

// IsValid reports whether x is a known status.
func (x CBSCodeStatus) IsValid() bool { return cbsCodeStatuses.Valid(x) }

// IsZero reports whether x is unset.
func (x CBSCodeStatus) IsZero() bool { return x == 0 }

// Label returns the name of x in lang, or String for a value that is not
// a status.
func (x CBSCodeStatus) Label(lang collab.Language) string {
	return statusLabel(cbsCodeStatuses, x, lang)
}

// About explains x in lang.
func (x CBSCodeStatus) About(lang collab.Language) string { return cbsCodeStatuses.About(x, lang) }

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x CBSCodeStatus) MarshalText() ([]byte, error) { return cbsCodeStatuses.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler; unknown words are a
// *collab.UnknownValueError.
func (x *CBSCodeStatus) UnmarshalText(b []byte) error { return cbsCodeStatuses.Unmarshal(b, x) }

// ZorgkantoorStatus tells how sure the zorgkantoor named for a
// zorgkantoorregio is. Concessions change; the reference names are a dated
// default (see DataVersion) that users can replace.
//
// The zero value ZorgkantoorStatusUnset means that nothing is claimed; it is
// not one of the statuses.
type ZorgkantoorStatus uint8

// The zorgkantoor statuses.
const (
	ZorgkantoorStatusUnset   ZorgkantoorStatus = iota
	ZorgkantoorListed                          // listed: from a public list and the 2014 designation
	ZorgkantoorConfirmed                       // confirmed: confirmed by the zorgkantoor's own page
	ZorgkantoorConfirmed2023                   // confirmed-2023: confirmed by a source from 2023
	ZorgkantoorUncertain                       // uncertain: the current holder could not be confirmed
)

var zorgkantoorStatuses = check.NewEnum[ZorgkantoorStatus]("zorgkantoor status",
	check.EnumValue{Word: "listed",
		Label: collab.Text{EN: "Listed", NL: "Volgens lijst"},
		About: collab.Text{
			EN: "Taken from an undated public list and the 2014 designation of the zorgkantoren by the ministry.",
			NL: "Overgenomen uit een ongedateerde openbare lijst en de aanwijzing van de zorgkantoren door het ministerie uit 2014.",
		}},
	check.EnumValue{Word: "confirmed",
		Label: collab.Text{EN: "Confirmed", NL: "Bevestigd"},
		About: collab.Text{
			EN: "Confirmed by the zorgkantoor's own web page.",
			NL: "Bevestigd door de eigen webpagina van het zorgkantoor.",
		}},
	check.EnumValue{Word: "confirmed-2023",
		Label: collab.Text{EN: "Confirmed in 2023", NL: "Bevestigd in 2023"},
		About: collab.Text{
			EN: "Confirmed by a source from 2023.",
			NL: "Bevestigd door een bron uit 2023.",
		}},
	check.EnumValue{Word: "uncertain",
		Label: collab.Text{EN: "Uncertain", NL: "Onzeker"},
		About: collab.Text{
			EN: "Who holds the concession now could not be confirmed.",
			NL: "Wie de concessie nu heeft, kon niet worden bevestigd.",
		}},
)

// ZorgkantoorStatuses returns every status in declaration order, as a new
// slice.
func ZorgkantoorStatuses() []ZorgkantoorStatus { return zorgkantoorStatuses.All() }

// ParseZorgkantoorStatus parses "listed", "confirmed", "confirmed-2023" or
// "uncertain"; an empty or unknown word gives a *collab.UnknownValueError
// naming it.
func ParseZorgkantoorStatus(s string) (ZorgkantoorStatus, error) {
	return zorgkantoorStatuses.Parse(s)
}

// String returns the wire word, or "unset" for the zero value; it never
// panics.
func (x ZorgkantoorStatus) String() string { return statusString(zorgkantoorStatuses, x) }

// IsValid reports whether x is a known status.
func (x ZorgkantoorStatus) IsValid() bool { return zorgkantoorStatuses.Valid(x) }

// IsZero reports whether x is unset.
func (x ZorgkantoorStatus) IsZero() bool { return x == 0 }

// Label returns the name of x in lang, or String for a value that is not
// a status.
func (x ZorgkantoorStatus) Label(lang collab.Language) string {
	return statusLabel(zorgkantoorStatuses, x, lang)
}

// About explains x in lang.
func (x ZorgkantoorStatus) About(lang collab.Language) string {
	return zorgkantoorStatuses.About(x, lang)
}

// MarshalText implements encoding.TextMarshaler; zero and unknown values
// are an error, so that an invalid value is never written.
func (x ZorgkantoorStatus) MarshalText() ([]byte, error) { return zorgkantoorStatuses.Marshal(x) }

// UnmarshalText implements encoding.TextUnmarshaler; unknown words are a
// *collab.UnknownValueError.
func (x *ZorgkantoorStatus) UnmarshalText(b []byte) error {
	return zorgkantoorStatuses.Unmarshal(b, x)
}

// statusString is the String of a provenance status: its wire word, or
// "unset" for the zero value, which the enum would call "unknown", a word
// that CBSCodeStatus has for one of its own values.
func statusString[T ~uint8](e check.Enum[T], x T) string {
	if x == 0 {
		return "unset"
	}
	return e.String(x)
}

// statusLabel is the Label of a provenance status: its name in lang, or
// statusString for a value that is not a status.
func statusLabel[T ~uint8](e check.Enum[T], x T, lang collab.Language) string {
	if !e.Valid(x) {
		return statusString(e, x)
	}
	return e.Label(x, lang)
}

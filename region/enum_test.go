package region

import (
	"fmt"
	"testing"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
	"github.com/stretchr/testify/assert"
)

func TestEnums(t *testing.T) {
	t.Run("every kind keeps the enum contract", func(t *testing.T) {
		collabtest.CheckEnum(t, "region kind", Kinds, ParseKind,
			"neighbourhood", "municipality", "zorgkantoorregio", "acute-care-region",
			"ggd-region", "iza-region", "province", "country", "custom")
	})
	t.Run("every CBS code status keeps the enum contract", func(t *testing.T) {
		collabtest.CheckEnum(t, "CBS code status", CBSCodeStatuses, ParseCBSCodeStatus,
			"verified", "inferred", "unknown")
	})
	t.Run("every zorgkantoor status keeps the enum contract", func(t *testing.T) {
		collabtest.CheckEnum(t, "zorgkantoor status", ZorgkantoorStatuses, ParseZorgkantoorStatus,
			"listed", "confirmed", "confirmed-2023", "uncertain")
	})
	t.Run("every trait keeps the enum contract", func(t *testing.T) {
		collabtest.CheckEnum(t, "region trait", Traits, ParseTrait,
			"strong-volunteering", "few-large-institutions", "fast-ageing", "low-ses", "loneliness", "staff-shortage")
	})
}

func TestProvenanceWireWords(t *testing.T) {
	assert.Equal(t, "verified inferred unknown", fmt.Sprint(CBSCodeVerified, CBSCodeInferred, CBSCodeUnknown))
	assert.Equal(t, "listed confirmed confirmed-2023 uncertain",
		fmt.Sprint(ZorgkantoorListed, ZorgkantoorConfirmed, ZorgkantoorConfirmed2023, ZorgkantoorUncertain))
	assert.Equal(t, "unset", CBSCodeStatusUnset.String(), "the zero status does not pose as the status unknown")
	assert.Equal(t, "unset", ZorgkantoorStatusUnset.String())
	assert.Equal(t, "unset", CBSCodeStatusUnset.Label(collab.Dutch))
	assert.Equal(t, "unset", ZorgkantoorStatusUnset.Label(collab.English))
	assert.Equal(t, "zorgkantoor status(9)", ZorgkantoorStatus(9).Label(collab.Dutch), "a value out of range is labelled by its String")
	assert.Equal(t, "Afgeleid", CBSCodeInferred.Label(collab.Dutch))
	assert.Equal(t, "Confirmed in 2023", ZorgkantoorConfirmed2023.Label(collab.English))
}

func TestEnumStringNeverPanics(t *testing.T) {
	assert.Equal(t, "unknown", KindUnknown.String())
	assert.Equal(t, "region kind(200)", Kind(200).String())
	assert.Equal(t, "region trait(99)", Trait(99).String())
	assert.Equal(t, "CBS code status(9)", CBSCodeStatus(9).String())
	assert.Equal(t, "zorgkantoor status(9)", ZorgkantoorStatus(9).String())
}

func TestKindLabelsAreBilingual(t *testing.T) {
	assert.Equal(t, "Zorgkantoorregio", KindZorgkantoorregio.Label(collab.Dutch))
	assert.Equal(t, "Zorgkantoor region", KindZorgkantoorregio.Label(collab.English))
	assert.Contains(t, KindZorgkantoorregio.About(collab.English), "31")
	assert.Contains(t, KindZorgkantoorregio.About(collab.Dutch), "31")
}

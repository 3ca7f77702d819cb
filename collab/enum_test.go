package collab_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/collab/collabtest"
)

// enumCase is one enum in the table of TestEveryEnum.
type enumCase struct {
	kind string // the enum's name in messages
	run  func(t *testing.T, kind string)
}

// checkEnum builds the test of one enum against the module's one enum
// contract (collabtest.CheckEnum): all lists its values, parse is its
// ParseX, words are the wire words the issue fixes, in order.
func checkEnum[T collabtest.Enum, P collabtest.EnumPtr[T]](all func() []T, parse func(string) (T, error), words ...string) func(*testing.T, string) {
	return func(t *testing.T, kind string) {
		collabtest.CheckEnum[T, P](t, kind, all, parse, words...)
	}
}

func TestEveryEnum(t *testing.T) {
	cases := []enumCase{
		{"mechanism", checkEnum(collab.Mechanisms, collab.ParseMechanism,
			"urgency", "strategy", "actors", "regulatory-leeway", "infrastructure")},
		{"strategy", checkEnum(collab.Strategies, collab.ParseStrategy,
			"small-initiatives", "regional-vision", "combined")},
		{"role", checkEnum(collab.Roles, collab.ParseRole,
			"nursing-home-care", "district-nursing", "gp", "gp-cooperative", "gp-out-of-hours",
			"hospital", "elderly-care-physician", "mental-health", "disability-care", "zorgkantoor",
			"health-insurer", "municipality", "public-health-service", "inspectorate",
			"healthcare-authority", "ministry", "research-funder", "care-institute", "welfare",
			"housing", "knowledge-institution", "facilitator", "client-council",
			"patient-organisation", "informal-carers", "volunteers", "ambulance", "pharmacy",
			"acute-care-network", "other")},
		{"level", checkEnum(collab.Levels, collab.ParseLevel,
			"executive", "manager", "professional")},
		{"role kind", checkEnum(collab.RoleKinds, collab.ParseRoleKind,
			"aanjager", "vraagbaak", "ambassador", "programme-manager", "kwartiermaker",
			"two-legged-professional", "process-facilitator")},
		{"governance", checkEnum(collab.Governances, collab.ParseGovernance,
			"execution-organisation", "line-responsibility")},
		{"domain", checkEnum(collab.Domains, collab.ParseDomain,
			"care", "cure", "social", "public-health", "housing", "knowledge", "governance")},
		{"language", checkEnum(collab.Languages, collab.ParseLanguage,
			"en", "nl")},
		{"leeway status", checkEnum(collab.LeewayStatuses, collab.ParseLeewayStatus,
			"open", "addressed", "resolved")},
		{"network kind", checkEnum(collab.NetworkKinds, collab.ParseNetworkKind,
			"executives", "professionals", "care-practice", "regional-table")},
	}
	for _, c := range cases {
		t.Run(c.kind, func(t *testing.T) { c.run(t, c.kind) })
	}
}

func TestRoleFacts(t *testing.T) {
	financiers := []collab.Role{collab.RoleZorgkantoor, collab.RoleHealthInsurer, collab.RoleMunicipality}
	nationals := []collab.Role{collab.RoleInspectorate, collab.RoleHealthcareAuthority, collab.RoleMinistry,
		collab.RoleResearchFunder, collab.RoleCareInstitute}

	for _, r := range collab.Roles() {
		t.Run(r.String()+" knows whether it finances care and is national", func(t *testing.T) {
			assert.Equal(t, slices.Contains(financiers, r), r.Finances())
			assert.Equal(t, slices.Contains(nationals, r), r.IsNational())
			if r == collab.RoleOther {
				assert.Equal(t, collab.DomainUnknown, r.Domain(), "other has no domain")
			} else {
				assert.True(t, r.Domain().IsValid(), "every named role has a domain")
			}
		})
	}

	t.Run("a few roles lie in the domain one expects", func(t *testing.T) {
		assert.Equal(t, collab.DomainCare, collab.RoleNursingHomeCare.Domain())
		assert.Equal(t, collab.DomainCure, collab.RoleHospital.Domain())
		assert.Equal(t, collab.DomainSocial, collab.RoleMunicipality.Domain())
		assert.Equal(t, collab.DomainHousing, collab.RoleHousing.Domain())
		assert.Equal(t, collab.DomainPublicHealth, collab.RolePublicHealthService.Domain())
	})

	t.Run("invalid roles have no facts", func(t *testing.T) {
		for _, r := range []collab.Role{collab.RoleUnknown, collab.Role(200)} {
			assert.False(t, r.Finances())
			assert.False(t, r.IsNational())
			assert.Equal(t, collab.DomainUnknown, r.Domain())
		}
	})
}

func TestStrategyTradeOffs(t *testing.T) {
	for _, s := range collab.Strategies() {
		for _, lang := range collab.Languages() {
			t.Run(s.String()+" has advantages and drawbacks in "+lang.String(), func(t *testing.T) {
				pros, cons := s.Advantages(lang), s.Drawbacks(lang)
				require.NotEmpty(t, pros)
				require.NotEmpty(t, cons)
				for _, text := range slices.Concat(pros, cons) {
					assert.NotEmpty(t, strings.TrimSpace(text))
				}
				assert.Len(t, s.Advantages(other(lang)), len(pros), "both languages say the same number of things")
				assert.Len(t, s.Drawbacks(other(lang)), len(cons))
				assert.NotEqual(t, pros, s.Advantages(other(lang)), "the languages differ")
			})
		}
		t.Run(s.String()+" hands out fresh slices of advantages", func(t *testing.T) {
			pros := s.Advantages(collab.English)
			want := pros[0]
			pros[0] = "changed"
			assert.Equal(t, want, s.Advantages(collab.English)[0])
		})
		t.Run(s.String()+" is explained in both languages", func(t *testing.T) {
			assert.NotEmpty(t, s.About(collab.English))
			assert.NotEmpty(t, s.About(collab.Dutch))
		})
	}
	t.Run("an invalid strategy has no trade-offs", func(t *testing.T) {
		assert.Nil(t, collab.StrategyUnknown.Advantages(collab.English))
		assert.Nil(t, collab.Strategy(99).Drawbacks(collab.Dutch))
	})
}

func TestMechanismsAreExplainedInBothLanguages(t *testing.T) {
	for _, m := range collab.Mechanisms() {
		assert.NotEmpty(t, m.About(collab.English), m.String())
		assert.NotEmpty(t, m.About(collab.Dutch), m.String())
		assert.NotEqual(t, m.About(collab.English), m.About(collab.Dutch), m.String())
	}
	assert.Empty(t, collab.Mechanism(42).About(collab.English), "an invalid mechanism has no explanation")
}

func TestTextIn(t *testing.T) {
	tests := []struct {
		name string
		text collab.Text
		lang collab.Language
		want string
	}{
		{"Dutch is given in Dutch", collab.Text{NL: "regio", EN: "region"}, collab.Dutch, "regio"},
		{"English is given in English", collab.Text{NL: "regio", EN: "region"}, collab.English, "region"},
		{"an unknown language falls back to English", collab.Text{NL: "regio", EN: "region"}, collab.LanguageUnknown, "region"},
		{"a missing Dutch text falls back to English", collab.Text{EN: "region"}, collab.Dutch, "region"},
		{"a missing English text falls back to Dutch", collab.Text{NL: "regio"}, collab.English, "regio"},
		{"an empty text stays empty", collab.Text{}, collab.Dutch, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.text.In(tt.lang))
		})
	}
	assert.True(t, collab.Text{}.IsZero())
	assert.False(t, collab.Text{NL: "x"}.IsZero())
}

func other(lang collab.Language) collab.Language {
	if lang == collab.Dutch {
		return collab.English
	}
	return collab.Dutch
}

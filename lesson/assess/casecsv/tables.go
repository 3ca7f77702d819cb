package casecsv

// column is one column of a table: its English and Dutch header.
type column struct{ en, nl string }

// table is one CSV file of a case: its name and columns, in the order
// Export writes them.
type table struct {
	file string
	cols []column
}

// The tables of a case, in the order Export writes them.
var (
	tCollaboration = table{"collaboration.csv", []column{
		{"id", "id"}, {"name", "naam"}, {"region", "regio"}, {"started", "gestart"}, {"ended", "beeindigd"},
		{"strategy", "strategie"}, {"governance", "sturing"}, {"governance since", "sturing sinds"},
		{"better health", "betere gezondheid"}, {"higher quality", "hogere kwaliteit"}, {"lower cost", "lagere kosten"},
		{"ambition", "ambitie"}, {"vision adopted", "visie vastgesteld"}, {"vision summary", "visie samenvatting"},
		{"budget amount", "budget bedrag"}, {"budget from", "budget van"}, {"budget until", "budget tot"},
		{"continuity adopted", "continuiteit vastgesteld"}, {"continuity summary", "continuiteit samenvatting"},
		{"notes", "notities"}, {"scope", "bereik"}, {"purchasing", "inkoop"},
		{"budget amount unknown", "budget bedrag onbekend"},
	}}
	tStakeholders = table{"stakeholders.csv", []column{
		{"id", "id"}, {"name", "naam"}, {"role", "rol"}, {"agb", "agb"}, {"kvk", "kvk"}, {"regions", "regios"},
	}}
	tMembers = table{"members.csv", []column{
		{"stakeholder", "organisatie"}, {"joined", "toegetreden"}, {"left", "vertrokken"},
		{"regional table", "regionale tafel"}, {"capacity hours", "uren per week"},
		{"contracted", "gecontracteerd"},
	}}
	tMemberLevels = table{"member-levels.csv", []column{
		{"stakeholder", "organisatie"}, {"level", "niveau"}, {"since", "sinds"},
	}}
	tRoleHolders = table{"role-holders.csv", []column{
		{"kind", "soort"}, {"stakeholder", "organisatie"}, {"person", "persoon"}, {"from", "van"}, {"until", "tot"},
		{"project", "project"},
	}}
	tUrgency = table{"urgency-signals.csv", []column{
		{"date", "datum"}, {"urgency", "urgentie"}, {"reported by", "gemeld door"}, {"note", "notitie"},
	}}
	tLeeway = table{"leeway-issues.csv", []column{
		{"id", "id"}, {"rule", "regel"}, {"description", "omschrijving"}, {"national actor", "landelijke actor"},
		{"status", "status"}, {"raised", "aangekaart"}, {"last progress", "laatste voortgang"}, {"resolved", "opgelost"},
	}}
	tNetworks = table{"networks.csv", []column{
		{"id", "id"}, {"name", "naam"}, {"kind", "soort"}, {"description", "omschrijving"},
		{"members", "leden"}, {"since", "sinds"}, {"until", "tot"}, {"people", "mensen"},
	}}
	tEvents = table{"events.csv", []column{
		{"date", "datum"}, {"title", "titel"}, {"participants", "deelnemers"}, {"note", "notitie"},
	}}
	tProjects = table{"projects.csv", []column{
		{"id", "id"}, {"title", "titel"}, {"region", "regio"}, {"themes", "themas"}, {"scale", "schaal"},
		{"started", "gestart"}, {"ended", "beeindigd"}, {"description", "omschrijving"}, {"key people", "sleutelpersonen"},
		{"leeway issues", "ruimtevraagstukken"}, {"mechanisms", "mechanismen"},
	}}
	tPhases = table{"project-phases.csv", []column{
		{"project", "project"}, {"phase", "fase"}, {"since", "sinds"},
	}}
	tParticipants = table{"participants.csv", []column{
		{"project", "project"}, {"stakeholder", "organisatie"}, {"level", "niveau"}, {"since", "sinds"},
		{"professions", "beroepen"},
	}}
	tMilestones = table{"milestones.csv", []column{
		{"project", "project"}, {"date", "datum"}, {"text", "tekst"}, {"celebrated", "gevierd"},
	}}
	tFunding = table{"funding.csv", []column{
		{"project", "project"}, {"source", "bron"}, {"amount", "bedrag"}, {"from", "van"}, {"until", "tot"},
	}}
	tOutcomes = table{"outcomes.csv", []column{
		{"project", "project"}, {"text", "tekst"}, {"unit", "eenheid"}, {"value", "waarde"},
	}}
	tLessons = table{"project-lessons.csv", []column{
		{"project", "project"}, {"lesson", "les"},
	}}
	tRounds = table{"self-assessments.csv", []column{
		{"id", "id"}, {"date", "datum"}, {"note", "notitie"},
	}}
	tRatings = table{"ratings.csv", []column{
		{"round", "ronde"}, {"stakeholder", "organisatie"}, {"level", "niveau"},
		{"mechanism", "mechanisme"}, {"score", "score"}, {"comment", "toelichting"},
	}}
	tRegions = table{"regions.csv", []column{
		{"code", "code"}, {"name", "naam"}, {"kind", "soort"}, {"aliases", "aliassen"}, {"parents", "ligt in"},
		{"cbs code", "cbs code"}, {"iso code", "iso code"}, {"zorgkantoor", "zorgkantoor"},
		{"profile", "profiel"}, {"provenance", "herkomst"}, {"members", "bestaat uit"},
	}}
	tHelp = table{"help.csv", []column{
		{"region", "regio"}, {"stakeholder", "organisatie"}, {"from", "van"}, {"until", "tot"}, {"note", "notitie"},
	}}
)

// tables lists every table in the order Export writes them.
func tables() []table {
	return []table{tCollaboration, tStakeholders, tMembers, tMemberLevels, tRoleHolders, tUrgency, tLeeway,
		tNetworks, tEvents, tProjects, tPhases, tParticipants, tMilestones, tFunding, tOutcomes, tLessons,
		tRounds, tRatings, tRegions, tHelp}
}

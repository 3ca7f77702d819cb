// Package casecsv writes a case (assess.Case) as spreadsheets and reads it
// back: one CSV file per table, for programme offices that keep their
// partner lists, members and projects in Excel rather than in JSON. It
// uses the standard library only (encoding/csv).
//
// Export writes every table of a case, Template the same files with their
// header rows only, and Import reads them back; Export then Import gives
// back the same case, field for field, for every demo case and for
// generated ones (its tests check that).
//
// # Files and columns
//
// Each file has a header row naming its columns in English or in Dutch
// (both are given below, English first); Import takes them in any order
// and case, with or without spaces, and a column left out is empty. A
// file may separate its fields by ',' or by ';' (as Dutch Excel does: the
// header row tells which) and may start with a UTF-8 byte order mark.
// Dates are YYYY-MM-DD; amounts are euros with at most two decimals after
// a point or a comma (1234.50, 1234,5); yes and no are yes/no, ja/nee,
// true/false or 1/0; enum values are the wire words of the JSON form
// (regioscan schema case lists them); a list cell separates its items by
// '|'. Only collaboration.csv and stakeholders.csv must be there.
//
//	collaboration.csv   one row: id, name (naam), region (regio), started (gestart),
//	                    ended (beeindigd), strategy (strategie), governance (sturing),
//	                    governance since (sturing sinds), better health (betere gezondheid),
//	                    higher quality (hogere kwaliteit), lower cost (lagere kosten),
//	                    ambition (ambitie), vision adopted (visie vastgesteld),
//	                    vision summary (visie samenvatting), budget amount (budget bedrag),
//	                    budget from (budget van), budget until (budget tot),
//	                    continuity adopted (continuiteit vastgesteld),
//	                    continuity summary (continuiteit samenvatting), notes (notities),
//	                    scope (bereik: care scopes), purchasing (inkoop),
//	                    budget amount unknown (budget bedrag onbekend)
//	stakeholders.csv    id, name (naam), role (rol), agb, kvk, regions (regios: codes)
//	members.csv         stakeholder (organisatie), joined (toegetreden), left (vertrokken),
//	                    regional table (regionale tafel), capacity hours (uren per week:
//	                    empty when not recorded, which is not 0), contracted (gecontracteerd)
//	member-levels.csv   stakeholder (organisatie), level (niveau), since (sinds)
//	role-holders.csv    kind (soort), stakeholder (organisatie), person (persoon),
//	                    from (van), until (tot), project (the project the role is tied
//	                    to, such as an ambassador's; empty for the whole collaboration)
//	urgency-signals.csv date (datum), urgency (urgentie: 1 to 5), reported by (gemeld door),
//	                    note (notitie)
//	leeway-issues.csv   id, rule (regel), description (omschrijving),
//	                    national actor (landelijke actor), status, raised (aangekaart),
//	                    last progress (laatste voortgang), resolved (opgelost)
//	networks.csv        id, name (naam), kind (soort), description (omschrijving),
//	                    members (leden: stakeholders), since (sinds), until (tot),
//	                    people (mensen: how many people take part; empty when not recorded)
//	events.csv          date (datum), title (titel), participants (deelnemers), note (notitie)
//	projects.csv        id, title (titel), region (regio), themes (themas), scale (schaal),
//	                    started (gestart), ended (beeindigd), description (omschrijving),
//	                    key people (sleutelpersonen), leeway issues (ruimtevraagstukken),
//	                    mechanisms (mechanismen)
//	project-phases.csv  project, phase (fase), since (sinds)
//	participants.csv    project, stakeholder (organisatie), level (niveau), since (sinds),
//	                    professions (beroepen); one row per level, or one without a level
//	                    for a participant without levels; professions on the first row
//	milestones.csv      project, date (datum), text (tekst), celebrated (gevierd)
//	funding.csv         project, source (bron), amount (bedrag), from (van), until (tot)
//	outcomes.csv        project, text (tekst), unit (eenheid), value (waarde)
//	project-lessons.csv project, lesson (les)
//	self-assessments.csv id, date (datum), note (notitie)
//	ratings.csv         round (ronde), stakeholder (organisatie), level (niveau),
//	                    mechanism (mechanisme), score, comment (toelichting);
//	                    one row per score
//	regions.csv         code, name (naam), kind (soort), aliases (aliassen: names),
//	                    parents (ligt in: codes), cbs code, iso code, zorgkantoor,
//	                    profile (profiel), provenance (herkomst); the last two hold the
//	                    JSON form of region.Profile and region.Provenance;
//	                    members (bestaat uit: codes of the regions it is made of)
//	help.csv            region (regio: the helping region's code), stakeholder
//	                    (organisatie: the helping organisation, may be empty),
//	                    from (van), until (tot), note (notitie); one row per
//	                    collaboration.helpedBy entry
//
// Rows of the files whose first column names a stakeholder, project or
// round belong to it, in file order: the order of the rows is the order of
// the lists in the case.
//
// # References and IDs
//
// A stakeholder, project, leeway issue or self-assessment round is named
// in other files by its ID or by its name (title, rule, date). Export
// writes the name where it is unique in the case, and the ID otherwise.
// Import matches a name exactly, and else by its letters and digits alone.
// An empty id cell gets an ID made from names (a UUID version 5 of the
// collaboration's ID, or else its name, and the row's name), so that
// importing the same spreadsheets twice gives the same case.
//
// # Errors
//
// Import reports every cell it cannot read, each with its file, row (the
// line of the file; the header is row 1) and column, as Errors; when all
// cells read but the case is not valid, it returns the case's
// collab.Problems.
package casecsv

// Package region models where regional collaboration in Dutch care takes
// place: regions of any scale, their hierarchy and profile, and the built-in
// Dutch reference regions.
//
// A "region" in Dutch care is elastic: a few neighbourhoods, a municipality,
// one of the 31 zorgkantoorregio's in which a single zorgkantoor purchases
// long-term care, a province, or an area a collaboration draws itself. A
// [Region] has a stable code (a slug such as "west-brabant"), a name, a
// [Kind], the codes of the regions it lies in (Parents), optional CBS and
// ISO codes, the zorgkantoor of a zorgkantoorregio, a [Profile]
// (population, share aged 75 and over as a fraction, notes and typed
// [Trait] values on care supply and social embedding) and, for reference
// regions, its [Provenance].
//
// # Catalogues
//
// A [Catalogue] is an immutable set of regions whose codes are unique and
// whose parents resolve without cycles. [Reference] returns the built-in
// one; [Catalogue.With] layers a user's own regions (a municipality, some
// neighbourhoods, a custom IZA region) over it and returns a new catalogue,
// reporting unknown parents, cycles and duplicate codes, each with its path.
// [NewCatalogue] builds a catalogue from scratch.
//
// The shapes are those of every catalogue in the module (see the lesson
// package for the other): a catalogue is an immutable value; NewCatalogue
// returns it, or the zero Catalogue and every problem; [Catalogue.Lookup]
// finds one region by its code, and Lookup<By key> by another key
// ([Catalogue.LookupByCBSCode], [Catalogue.LookupByName]), each returning
// the region and true, or the zero Region and false when there is none;
// By<key> lists every match ([Catalogue.ByName], [Catalogue.ByKind]) as a
// fresh slice of copies, nil when there is none. [Catalogue.CheckCode] lets
// other packages check that a region code they hold resolves.
//
// Names match after folding, the module's one way of comparing names
// (package collab/fold): case, diacritics and punctuation do not count,
// and aliases are matched too, so "Fryslân", "fryslan" and "Friesland" all
// find the province Fryslân. Names are not unique ("Utrecht" is a province
// and a zorgkantoorregio): [Catalogue.LookupByName] returns the first
// match, the larger region in the reference catalogue;
// [Catalogue.LookupByNameKind] and [Catalogue.ByName] choose among them.
//
// # The reference regions and how sure they are
//
// The reference catalogue holds the Netherlands (code "nederland"), the 12
// provinces and the 31 zorgkantoorregio's. Zorgkantoorregio's keep the slugs
// of the project's source table (such as "amstelland-en-de-meerlanden",
// "t-gooi"); those slugs never change. Provinces get the prefix "provincie-"
// ("provincie-utrecht", "provincie-fryslan"), because five of them share
// their name with a zorgkantoorregio. The data is a dated edition,
// [DataVersion]; the tables are generated from the CSV files in data/ by
// gen.go ("go generate").
//
//   - CBS codes of zorgkantoorregio's (ZKnn) come from the CBS table of areas
//     in the Netherlands of 2017 ([SourceCBSAreas]). Seven were seen there
//     ([CBSCodeVerified]: ZK02, ZK10, ZK11, ZK19, ZK20, ZK23, ZK32). CBS
//     numbers the regions alphabetically, the seven fit that order exactly,
//     and the others are derived from it ([CBSCodeInferred]). The 2017 table
//     had 32 regions; two of them (ZK05 and ZK15) have since merged into
//     Westland, Schieland, Delfland, for which no code is known
//     ([CBSCodeUnknown]), so the catalogue gives it none and uses neither
//     ZK05 nor ZK15.
//   - Province codes PV20 to PV31 follow CBS order; six were seen in CBS
//     tables and the others follow the same order. The ISO 3166-2 codes
//     (NL-UT) are given with them.
//   - The zorgkantoor of each zorgkantoorregio comes from an undated public
//     list together with the ministry's designation of 2014
//     ([SourceZorgkantoorDesignation]); some were confirmed later by the
//     zorgkantoor itself or by a source from 2023, and two could not be
//     confirmed ([ZorgkantoorStatus]). Concessions change: treat the names
//     as a dated default. To use your own table, take [Catalogue.All] of
//     the reference catalogue, change the Zorgkantoor fields and build a
//     catalogue of your own with [NewCatalogue].
//   - The provinces a zorgkantoorregio lies in are those of its
//     municipalities in the municipality lists of 2014; boundary changes
//     since 2019 were not checked.
//
// Reference regions carry no [Profile]: population and care supply are for
// the user to fill in for the regions they work in.
//
// # Validation
//
// [Region.Validate] and [Catalogue.With] report every problem as
// [collab.Problems], each with a path in JSON field names (such as
// "regions[2].parents[0]") and a stable [collab.Code]. Validating a valid
// region allocates nothing. Identifier forms that other packages reuse are
// checked by [ValidCode], [ValidCBSCode] and [ValidISOCode].
package region

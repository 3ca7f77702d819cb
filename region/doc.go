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
// # Regions made of municipalities
//
// Collaborations are drawn along municipal lines. A region of a user's own
// can list the regions it is made of in Members, such as four
// municipalities of the Achterhoek or the municipalities of an IZA region;
// [Catalogue.Summarize] adds up their populations and derives the
// zorgkantoorregio's and provinces they lie in, and
// [Catalogue.Municipalities] lists the municipalities of any region: of a
// zorgkantoorregio, a province, the Netherlands or a region with members.
//
// # Lookups and their cost
//
// Codes, CBS codes and folded names are indexed when a catalogue is built
// (building the reference catalogue of 386 regions takes well under a
// millisecond; see BenchmarkReferenceCatalogueBuild). [Catalogue.Has],
// [Catalogue.CodeByCBSCode] and [Catalogue.CodeByName] resolve a key
// without allocating; Lookup, LookupByCBSCode and LookupByName hand out a
// copy of the region, which costs one allocation. [Catalogue.Search]
// finds regions by the start of the words of their names, for people
// typing a name. A CBS code that CBS has retired (ZK05, ZK15) finds no
// region; [Catalogue.Retired] says which region took it over.
//
// # The reference regions and how sure they are
//
// The reference catalogue holds the Netherlands (code "nederland"), the 12
// provinces, the 31 zorgkantoorregio's and the 342 municipalities of
// 1 January 2024. Zorgkantoorregio's keep the slugs of the project's source
// table (such as "amstelland-en-de-meerlanden", "t-gooi"); those slugs never
// change. Provinces get the prefix "provincie-" ("provincie-utrecht",
// "provincie-fryslan") and municipalities "gemeente-" and their folded name
// ("gemeente-zoetermeer", "gemeente-s-hertogenbosch", "gemeente-bergen-l"),
// because names are shared across kinds: Utrecht is a province, a
// zorgkantoorregio and a municipality. Each municipality lies in its
// zorgkantoorregio and its province (Parents, in that order). The data is a
// dated edition, [DataVersion]; the tables are generated from the CSV files
// in data/ by gen.go ("go generate").
//
//   - Municipalities, their province and zorgkantoorregio, and their
//     populations on [PopulationDate] come from CBS "Gebieden in Nederland
//     2024" ([SourceCBSAreas]; licence [SourceCBSLicence]; cite
//     [SourceCBSCitation]). The populations of the zorgkantoorregio's,
//     provinces and the Netherlands are the sums over their municipalities
//     (17,942,942 for the Netherlands); every reference region carries its
//     population and date in its Profile.
//   - Every CBS code (GMnnnn, ZKnn, PVnn) was seen in that table
//     ([CBSCodeVerified]). Checked against it, three codes of the first
//     edition were wrong and are corrected: Zuidoost-Brabant is ZK30,
//     Zuid-Limburg ZK31, and Westland, Schieland, Delfland ZK33. ZK05
//     (Delft Westland Oostland) and ZK15 (Nieuwe Waterweg Noord) were
//     merged into ZK33 from the 2016 division on: see [Catalogue.Retired].
//   - Aliases: the names CBS gives two zorgkantoorregio's
//     ("Apeldoorn/Zutphen", "Amstelland en De Meerlanden"), and names in
//     common use ("Den Bosch", "Den Haag", "Friesland", "Het Gooi").
//   - The ISO 3166-2 codes of the provinces (NL-UT) are given with them.
//   - The zorgkantoor of each zorgkantoorregio comes from an undated public
//     list together with the ministry's designation of 2014
//     ([SourceZorgkantoorDesignation]); some were confirmed later by the
//     zorgkantoor itself or by a source from 2023, and two could not be
//     confirmed ([ZorgkantoorStatus]). Concessions change: treat the names
//     as a dated default. To use your own table, take [Catalogue.All] of
//     the reference catalogue, change the Zorgkantoor fields and build a
//     catalogue of your own with [NewCatalogue].
//
// Reference regions carry a population but no share aged 75 and over, no
// notes and no traits: CBS publishes ages per municipality in other tables,
// which a user can layer on as regions of their own.
//
// # A newer CBS year
//
// Municipalities merge almost every year. To move to a newer edition of
// "Gebieden in Nederland", replace data/municipalities.csv,
// data/zorgkantoorregios.csv and data/provinces.csv with files of the same
// columns (data/README.md lists them), run "go generate ./region" and raise
// DataVersion; gen.go checks the files against each other and the
// population date comes from the files, so no code changes. A program that
// embeds this module can instead build its own catalogue at run time with
// [NewCatalogue] from regions it reads itself.
//
// # Validation
//
// [Region.Validate] and [Catalogue.With] report every problem as
// [collab.Problems], each with a path in JSON field names (such as
// "regions[2].parents[0]") and a stable [collab.Code]. Validating a valid
// region allocates nothing. Identifier forms that other packages reuse are
// checked by [ValidCode], [ValidCBSCode] and [ValidISOCode].
package region

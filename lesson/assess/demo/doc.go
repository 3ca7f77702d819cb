// Package demo holds the built-in demonstration cases: regional
// collaborations drawn from the Dutch sources that the lesson package is
// built on, each as a complete case document that assess.Evaluate can
// assess.
//
// Each demo is a JSON file in the assess.Case format, embedded in the
// package (cases/<name>.json), together with a short bilingual title and
// the date it is meant to be assessed on. The demos, in the order [All]
// returns them:
//
//   - "zoetermeer-2025": the city-wide network of Zoetermeer 2025 (webinar
//     report, 10 March 2021): a shared ambition framework, a transition
//     budget, professionals in the lead, regional capacity management, and
//     governance tied on once the content was there.
//   - "west-brabant": the fourteen contracted providers and the zorgkantoor
//     at the regional table implement four technologies together (news
//     item, 7 July 2020); strong on actors, strategy and infrastructure.
//   - "friesland": Friesland copies West-Brabant's approach with help from
//     West-Brabant, beside its regional model for out-of-hours care and
//     population-oriented medical care (7 July 2020; 21 June 2022); its
//     technology pilots have not been rolled out.
//   - "achterhoek-anw": the Achterhoek's shared evening, night and weekend
//     services (21 June 2022), with professionals who joined late and a
//     leeway issue on response-time norms without the inspectorate.
//   - "single-person-initiative": a composite of a small triage initiative
//     that hangs on one person who left, with urgency fading.
//   - "no-zorgkantoor": a composite of providers who meet among themselves
//     while the zorgkantoor makes one-to-one agreements (7 July 2020).
//   - "midden-ijssel": the ambulant team for older people of Midden-IJssel
//     (21 June 2022).
//   - "midden-ijssel-voortgang": the same collaboration with a portfolio of
//     19 projects from 2019 to 2022 shaped like the programme's progress
//     report ("Regionale samenwerking zorgkantoren en verpleeghuizen in
//     volle gang", 7 July 2020): five of the eight projects of 2019 on the
//     inflow of new staff, one of the ten of 2020, technology, new ways of
//     working and retention rising, and one project stalled since March
//     2021; made for the progress report (regioscan progress).
//
// The facts the sources give are used as given; everything else (names of
// individual organisations and people, identifiers, dates, hours and
// amounts) is invented for illustration and says so in the notes of each
// collaboration. The two composite cases lie in fictional regions of their
// own.
//
// Every call of [All] or [Lookup] decodes the embedded file afresh, so a
// caller may change the case it gets. [LookupJSON] returns the file as it
// is embedded, for programs that want to show or copy the document itself.
package demo

// Package assess judges a regional collaboration: it applies the lessons
// of package lesson to a concrete case, scores each of the five
// mechanisms from evidence, and says what goes wrong, what goes well and
// what to do next. Its sub-packages write the HTML report (htmlreport),
// hold the demo cases (demo) and the JSON Schemas (schema), and generate
// random cases for tests (assesstest).
//
// # The case
//
// A [Case] is the document a user writes about their collaboration: its
// stakeholders, the collaboration itself, any regions of their own beside
// the Dutch reference regions, and its projects. [Case.Validate] checks the
// whole document and every reference in it, and names each problem by its
// path from the root of the document. A complete, small case file:
//
//	{
//	  "stakeholders": [
//	    {"id": "6f1c2d0e-0000-4000-8000-000000000001", "name": "Zorggroep Noord", "role": "nursing-home-care"},
//	    {"id": "6f1c2d0e-0000-4000-8000-000000000002", "name": "Huisartsencoöperatie Noord", "role": "gp-cooperative"},
//	    {"id": "6f1c2d0e-0000-4000-8000-000000000003", "name": "Zorgkantoor Noord", "role": "zorgkantoor"}
//	  ],
//	  "collaboration": {
//	    "id": "6f1c2d0e-0000-4000-8000-0000000000c1",
//	    "name": "Samen Oud in Noord",
//	    "region": "groningen",
//	    "started": "2020-01-15",
//	    "strategy": "combined",
//	    "ambition": {"betterHealth": true, "higherQuality": true, "lowerCost": true},
//	    "vision": {"adopted": "2020-09-01", "summary": "Living at home for longer, with care around the citizen."},
//	    "members": [
//	      {"stakeholder": "6f1c2d0e-0000-4000-8000-000000000001", "joined": "2020-01-15",
//	       "levels": [{"level": "executive", "since": "2020-01-15"}, {"level": "professional", "since": "2020-02-01"}],
//	       "regionalTable": true, "capacityHours": 16},
//	      {"stakeholder": "6f1c2d0e-0000-4000-8000-000000000002", "joined": "2020-01-15", "capacityHours": 4},
//	      {"stakeholder": "6f1c2d0e-0000-4000-8000-000000000003", "joined": "2020-03-01", "regionalTable": true, "capacityHours": 2}
//	    ],
//	    "roleHolders": [{"kind": "aanjager", "stakeholder": "6f1c2d0e-0000-4000-8000-000000000001", "from": "2020-01-15"}],
//	    "urgencySignals": [{"date": "2021-03-01", "urgency": 4, "reportedBy": "manager"}],
//	    "networks": [{"id": "6f1c2d0e-0000-4000-8000-0000000000a1", "name": "Regiotafel Noord", "kind": "regional-table",
//	      "members": ["6f1c2d0e-0000-4000-8000-000000000001", "6f1c2d0e-0000-4000-8000-000000000003"], "since": "2020-03-01"}]
//	  },
//	  "projects": [{
//	    "id": "6f1c2d0e-0000-4000-8000-0000000000b1",
//	    "title": "Shared triage for admissions",
//	    "collaboration": "6f1c2d0e-0000-4000-8000-0000000000c1",
//	    "region": "groningen",
//	    "themes": ["triage"],
//	    "scale": "small",
//	    "phases": [{"phase": "idea", "since": "2020-04-01"}, {"phase": "pilot", "since": "2020-10-01"}],
//	    "started": "2020-04-01",
//	    "participants": [{"stakeholder": "6f1c2d0e-0000-4000-8000-000000000001",
//	      "levels": [{"level": "manager", "since": "2020-04-01"}, {"level": "professional", "since": "2020-04-01"}]}],
//	    "keyPeople": 2
//	  }]
//	}
//
// Dates are "YYYY-MM-DD", money is integer euro cents, enums are their
// lowercase wire words; optional fields may be left out. The demo cases of
// package lesson/assess/demo are complete examples drawn from the sources.
//
// A few optional fields tell the assessment what the sources show matters
// and what a missing field cannot say. A member's "capacityHours" left out
// means not recorded, which the capacity rule does not read as zero hours.
// The collaboration's "scope" (care scopes such as "long-term-care" or
// "public-health") weighs the zorgkantoor's absence: without a scope long-
// term care is taken to be in it. "purchasing" ("one-to-one" or
// "joint-regional") and a member's "contracted" say how the zorgkantoor
// agrees with the providers. A participant's "professions" (such as
// "carers" or "gps") say who takes part at the professional level, so that
// a triage project without the carers who will use it is seen. A transition
// budget may say "amountUnknown". A seat at the regional table is read from
// the regional-table networks when the case has any, and from a member's
// "regionalTable" flag only when it has none.
//
// # The assessment
//
// [Evaluate] judges a valid case as it stood on a given date, without
// reading the clock. Each rule of [Rules] is a small named function that
// looks at one thing (is the zorgkantoor at the regional table, did the
// work floor join a project late, did the aanjager leave without a
// successor) and reports findings and strengths that cite lessons. Each
// mechanism's score is [BaseScore] plus the effects of its [Evidence], kept
// within 0 to 100, and its [Band] follows from documented thresholds
// ([BandOf]); so every score can be added up by hand from the report.
// [EvaluateContext] does the same for a service whose client may leave:
// it stops between rules and inside the actor network's measures when its
// context is done.
//
// # Findings as data, text at the edge
//
// A report holds no text in any language. Each finding names its rule,
// severity, mechanism and subjects (the stakeholders, projects, networks,
// leeway issues or self-assessment rounds it is about, by ID; see
// [Subject]) and says what it says as a [Message]: a key of the one message
// table of the assessment with typed parameters (numbers, dates, names,
// enum values). Evidence, strengths, the strategy diagnosis, the phase and
// twin reasons do the same. So one evaluation serves both languages:
// [Report.WriteText] renders it in Dutch or English (with 3,5 and
// "21 juni 2022" in Dutch), package htmlreport renders a page in either,
// and [Report.Localize] writes a copy for JSON whose messages carry their
// text beside key and parameters. [Compare] matches findings by rule,
// mechanism and subjects, never by position or text, so reordered cases
// and reports written in different languages compare cleanly.
//
// The infrastructure rules read the actor network of the collaboration
// (package project/network): who is tied to whom through networks and
// projects, which members are isolated, and which brokers hold the network
// together.
//
// # Perception, phase and change
//
// A case may hold self-assessment rounds (collab.SelfAssessment) in which
// stakeholders rate each mechanism from 1 to 5 at their own level. The
// report shows the latest round's median, spread and consensus beside each
// evidence score, with the mean of each level (bestuur, management,
// werkvloer: [SelfAssessmentSummary].Levels) and, through
// [Report.SelfAssessmentAge], whether the round is old. Three rules report
// a divided round, a gap between executives and the work floor, and a
// perception far from the evidence; perception never changes an evidence
// score. The report also places the
// collaboration in a [DevelopmentPhase] computed from what is in place,
// with the elements still missing for the next phase, and [Compare] sets
// two reports of the same collaboration side by side: per mechanism the
// change in score and band, and the findings resolved, new and persisting.
//
// # Learning from other regions
//
// [Twins] looks over many cases and suggests, for each mechanism on which a
// case is weak (or developing and well behind), the cases that are strong
// on it and similar in profile (region, strategy, project themes), with the
// reasons: what is alike, and what the twin does that the case does not
// (its strengths on that mechanism where the case has findings), as
// Friesland took over West-Brabant's joint approach with help from
// West-Brabant.
// [TwinOptions] adjusts how many twins and how large a lead; its zero value
// means the defaults.
//
// # Reading a case
//
// [DecodeCase] reads a case document strictly from an io.Reader, at most
// limit bytes (zero: collab.MaxDocumentBytes, 8 MiB), and validates it. It
// returns the case and nil, or nil and the error: the one problem of a
// document that cannot be read, or every problem of a case that is not
// valid, each with its path.
package assess

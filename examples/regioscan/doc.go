// Regioscan assesses regional collaborations in Dutch long-term and elderly
// care: it checks case files, scores the five mechanisms of regional
// collaboration from the evidence in them, and says which lessons apply and
// what to do next. It is the main program built on the Regiokompas library,
// and an example of how to embed it.
//
// Usage:
//
//	regioscan                  assess the built-in demo cases and print a summary
//	regioscan COMMAND [FLAGS] [ARGS]
//	regioscan help COMMAND     explain a command (as does COMMAND -h)
//
// The commands:
//
//	assess [-format text|json|html] [-lang en|nl] [-asof YYYY-MM-DD] [-previous REPORT.json]... [-o FILE] [-q] FILE...
//	    Assess case files ("-" reads standard input) and write the reports.
//	    JSON output is the report object for one file and an array for
//	    several; HTML output is one self-contained, printable page with a
//	    radar chart per case. With -format html, -previous names an earlier
//	    report (assess -format json) whose scores the radar of the same
//	    collaboration shows as a faint line. -asof defaults to today, the
//	    only place where regioscan reads the clock; pass it for a
//	    reproducible report. With many files a progress line appears on
//	    standard error after two seconds, when standard error is a
//	    terminal and -q is not given.
//
//	validate FILE...
//	    Check case files and print every problem on standard output as
//	    FILE:LINE:COLUMN: PATH: MESSAGE [CODE], the form editors jump to,
//	    or FILE: ok.
//
//	lessons [-lang en|nl] [-mechanism M] [-theme T] [-limit N] [-format text|json] [WORDS...]
//	    Search the catalogue of lessons; JSON output is an array of lessons.
//
//	regions [-kind K] [-in REGION] [-format text|json] [NAME...]
//	    List the Dutch reference regions a case may name by code, the 342
//	    municipalities included, with their CBS population of 1 January
//	    2024; -in lists the municipalities of a region (by code or name),
//	    NAME... searches names and aliases.
//
//	demo [-format text|json|html] [-lang en|nl] [-full] [-o FILE] [NAME...]
//	demo -dump DIR [-force] [NAME...]
//	    Assess the built-in demo cases, each as of its own date, or write
//	    them as case files into DIR: the starting point for a case of your
//	    own.
//
//	twins [-format text|json] [-lang en|nl] [-asof YYYY-MM-DD] [-max N] [-no-demos] [-q] [FILE...]
//	    Suggest, for each mechanism on which a case is weak, the cases that
//	    are strong on it and alike in region, strategy and themes, with the
//	    reasons (assess.Twins). Files are read and assessed as assess does
//	    and compared with the built-in demo cases too (-no-demos leaves them
//	    out); only the files' suggestions are shown. Without files the demo
//	    cases are compared with each other. JSON output is an array.
//
//	compare OLD.json NEW.json [-asof YYYY-MM-DD] [-format text|json] [-lang en|nl]
//	compare -case CASE.json -from YYYY-MM-DD -to YYYY-MM-DD [-format text|json] [-lang en|nl]
//	    Compare two reports of the same collaboration at two dates, as
//	    assess -format json writes them: per mechanism the change in score
//	    and band, and the findings resolved, new and persisting. With
//	    -asof, OLD and NEW are case files assessed on that date; with
//	    -case, one case file is assessed on both dates. The flags may come
//	    before or after the two files.
//	    A report that no assessment could have written (no name, ID or
//	    as-of date, a score outside 0 to 100, a band not that of its
//	    score, a mechanism twice) is refused with every such problem.
//
//	schema [case|report]
//	    Print the JSON Schema (draft 2020-12) of the case file (the
//	    default) or of the report.
//
//	new -region CODE [-name NAME] [-started YYYY-MM-DD] [-strategy S] [-o FILE]
//	    Write a starting case for a region of the catalogue (by code or
//	    name): the collaboration with fresh IDs and the region's
//	    zorgkantoor as its first stakeholder, nothing else.
//
//	export [-format csv] [-lang en|nl] [-sep ,|;] [-bom] -o DIR (CASE.json | -template)
//	import [-o CASE.json] DIR
//	    Write a case file as spreadsheets, one CSV file per table
//	    (package casecsv), or the blank tables; read them back into a
//	    case file, naming FILE:ROW:COLUMN of every cell that cannot be
//	    read.
//
//	progress [-format text|json|html] [-lang en|nl] [-asof YYYY-MM-DD] [-from YEAR] [-to YEAR] [-o FILE] FILE...
//	    Write the progress report (voortgangsrapportage) of case files
//	    (assess.NewProgress): projects per theme per year, the shift of
//	    the themes between two years, projects per phase, stalled projects
//	    by name and funding per year and source. HTML output draws the
//	    themes per year as a stacked bar chart beside a table of the same
//	    numbers; the HTML page of assess and demo holds the same section
//	    per case.
//
// A case file is the JSON form of assess.Case (see the lesson package). It
// is read strictly with assess.DecodeCase: unknown fields, trailing data
// and files above 8 MiB are refused, and every problem is reported with
// the file, the line and column, and the path inside it, such as
//
//	cases/friesland.json:42:15: stakeholders[7].role: unknown role "nurse"; want one of ... [unknown-value]
//
// Exit codes: 0 success; 1 invalid input (a file that is missing, not
// JSON, cut off, of the wrong shape or invalid; also output that cannot be
// written); 2 wrong usage (an unknown command or flag, a bad flag value, no
// files). -h on any command prints its help on standard error and exits
// with 0. Results go to standard output, messages to standard error, and
// regioscan never ends with a stack trace.
//
// Each command is one row in a table (see app.commands) and a function in
// a file of its own, so that commands added later slot in without touching
// the others.
package main

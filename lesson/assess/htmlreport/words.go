package htmlreport

import (
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson/assess"
)

// words are the fixed texts of the page in one language, taken from the
// assessment's message table (keys "html.*"), so that the page has no text
// of its own.
type words struct {
	DocTitle       string
	Contents       string
	AsOf           string
	Region         string
	Overview       string
	ChartTitle     string // followed by the case's name
	ChartCaption   string
	EvidenceScore  string
	Mechanism      string
	Band           string
	ScoresCaption  string
	HowScores      string
	HowScoresIntro string
	Base           string
	NoEvidence     string
	Findings       string
	NoFindings     string
	Next           string
	Lessons        string
	Evidence       string
	Strengths      string
	NoStrengths    string
	Strategy       string
	Declared       string
	Observed       string
	NotObserved    string
	Advantages     string
	Drawbacks      string
	Sources        string
	Footer         string
	UnknownLesson  string

	// The board summary, the comparison of several cases and the appendix.
	Comparison string
	Case       string
	Phase      string
	Verdicts   string
	Gravest    string
	Appendix   string
	RuleCodes  string
	Median     string
	Raters     string
	Consensus  string

	// SelfAssessmentMedian names the self-assessment's column in the
	// scores table.
	SelfAssessmentMedian string
}

// wordsIn renders the page's words in lang. The chart's caption names the
// band limits of package assess and the introduction to the scores its
// base score, so that the page says what the assessment does.
func wordsIn(lang collab.Language) words {
	say := func(key string, params ...assess.Param) string { return assess.Say(key, params...).In(lang) }
	limit := func(name string, score int) assess.Param {
		return assess.Param{Name: name, Kind: assess.ParamInt, Number: float64(score)}
	}
	return words{
		DocTitle:       say("html.doc-title"),
		Contents:       say("html.contents"),
		AsOf:           say("html.as-of"),
		Region:         say("html.region"),
		Overview:       say("html.overview"),
		ChartTitle:     say("html.chart-title"),
		ChartCaption:   say("html.chart-caption", limit("developing", assess.BandDevelopingFrom), limit("strong", assess.BandStrongFrom)),
		EvidenceScore:  say("html.evidence-score"),
		Mechanism:      say("html.mechanism"),
		Band:           say("html.band"),
		ScoresCaption:  say("html.scores-caption"),
		HowScores:      say("html.how-scores"),
		HowScoresIntro: say("html.how-scores-intro", limit("base", assess.BaseScore)),
		Base:           say("html.base"),
		NoEvidence:     say("html.no-evidence"),
		Findings:       say("html.findings"),
		NoFindings:     say("html.no-findings"),
		Next:           say("html.next"),
		Lessons:        say("html.lessons"),
		Evidence:       say("html.evidence"),
		Strengths:      say("html.strengths"),
		NoStrengths:    say("html.no-strengths"),
		Strategy:       say("html.strategy"),
		Declared:       say("html.declared"),
		Observed:       say("html.observed"),
		NotObserved:    say("html.not-observed"),
		Advantages:     say("html.advantages"),
		Drawbacks:      say("html.drawbacks"),
		Sources:        say("html.sources"),
		Footer:         say("html.footer"),
		UnknownLesson:  say("html.unknown-lesson"),

		Comparison: say("html.comparison"),
		Case:       say("html.case"),
		Phase:      say("report.development-phase"),
		Verdicts:   say("html.verdicts"),
		Gravest:    say("html.gravest"),
		Appendix:   say("html.appendix"),
		RuleCodes:  say("html.rule-codes"),
		Median:     say("html.median"),
		Raters:     say("html.raters"),
		Consensus:  say("html.consensus"),

		SelfAssessmentMedian: say("html.self-assessment-median"),
	}
}

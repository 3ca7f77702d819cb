package htmlreport

import "github.com/regiokompas/regiokompas/collab"

// words are the fixed texts of the page in one language.
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

	// SelfAssessment names the self-assessment's series on the chart,
	// SelfAssessmentMedian its column in the table.
	SelfAssessment       string
	SelfAssessmentMedian string
}

func wordsIn(lang collab.Language) words {
	if lang == collab.Dutch {
		return words{
			DocTitle:       "Regiokompas-beoordeling",
			Contents:       "Casussen",
			AsOf:           "per",
			Region:         "regio",
			Overview:       "Overzicht",
			ChartTitle:     "Scores van de vijf mechanismen voor",
			ChartCaption:   "Elke as loopt van 0 in het midden tot 100 aan de rand; de ringen liggen op 40 en 70, de grenzen tussen zwak, in ontwikkeling en sterk.",
			EvidenceScore:  "Score op basis van bewijs",
			Mechanism:      "Mechanisme",
			Band:           "Oordeel",
			ScoresCaption:  "Scores per mechanisme (0 tot 100)",
			HowScores:      "Hoe de scores tot stand komen",
			HowScoresIntro: "Elk mechanisme begint op 50; elke waarneming in de casus telt punten op of af.",
			Base:           "start",
			NoEvidence:     "geen waarnemingen",
			Findings:       "Bevindingen en volgende stappen",
			NoFindings:     "Geen bevindingen: de regels vonden niets dat misgaat.",
			Next:           "Volgende stap:",
			Lessons:        "Lessen",
			Evidence:       "Waarnemingen",
			Strengths:      "Sterke punten",
			NoStrengths:    "Geen sterke punten gevonden.",
			Strategy:       "Strategie",
			Declared:       "Opgegeven strategie",
			Observed:       "Strategie die de casus laat zien",
			NotObserved:    "nog niet te zien",
			Advantages:     "Voordelen",
			Drawbacks:      "Nadelen",
			Sources:        "Bronnen",
			Footer:         "Gemaakt met Regiokompas. De lessen zijn in eigen woorden samengevat uit de genoemde bronnen.",
			UnknownLesson:  "les niet in de catalogus",

			SelfAssessment:       "Zelfbeoordeling (mediaan)",
			SelfAssessmentMedian: "Zelfbeoordeling, mediaan (1 tot 5)",
		}
	}
	return words{
		DocTitle:       "Regiokompas assessment",
		Contents:       "Cases",
		AsOf:           "as of",
		Region:         "region",
		Overview:       "Overview",
		ChartTitle:     "Scores of the five mechanisms for",
		ChartCaption:   "Each axis runs from 0 at the centre to 100 at the rim; the rings lie at 40 and 70, the limits between weak, developing and strong.",
		EvidenceScore:  "Evidence score",
		Mechanism:      "Mechanism",
		Band:           "Verdict",
		ScoresCaption:  "Scores per mechanism (0 to 100)",
		HowScores:      "How the scores come about",
		HowScoresIntro: "Every mechanism starts at 50; each observation in the case adds or takes away points.",
		Base:           "start",
		NoEvidence:     "no observations",
		Findings:       "Findings and next steps",
		NoFindings:     "No findings: the rules found nothing going wrong.",
		Next:           "Next step:",
		Lessons:        "Lessons",
		Evidence:       "Observations",
		Strengths:      "Strengths",
		NoStrengths:    "No strengths found.",
		Strategy:       "Strategy",
		Declared:       "Declared strategy",
		Observed:       "Strategy the case shows",
		NotObserved:    "not visible yet",
		Advantages:     "Advantages",
		Drawbacks:      "Drawbacks",
		Sources:        "Sources",
		Footer:         "Made with Regiokompas. The lessons are summarised in the project's own words from the sources listed.",
		UnknownLesson:  "lesson not in the catalogue",

		SelfAssessment:       "Self-assessment (median)",
		SelfAssessmentMedian: "Self-assessment, median (1 to 5)",
	}
}

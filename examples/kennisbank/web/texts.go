package web

import "github.com/regiokompas/regiokompas/collab"

// The texts of the pages, in Dutch and English. Keys are the names of
// the constants; placeholders are filled with fmt verbs.
const (
	txtFormTitle = iota
	txtFormIntro
	txtYouAnswerAs
	txtScaleHint
	txtComment
	txtCommentHint
	txtSubmit
	txtSavedTitle
	txtSaved
	txtClosedTitle
	txtClosed
	txtErrorsTitle
	txtErrChooseScore
	txtErrNoScore
	txtErrCommentTooLong
	txtNotFoundTitle
	txtNotFound
	txtExpiredTitle
	txtExpired
	txtTooManyTitle
	txtTooMany
	txtBadRequestTitle
	txtBadRequest
	txtOtherLanguage
	txtWorkshopTitle
	txtWorkshopIntro
	txtRoundOpen
	txtRoundClosed
	txtAnswered
	txtLevel
	txtRatings
	txtMedian
	txtMean
	txtConsensus
	txtLevelGap
	txtLevelGapNone
	txtLevelGapAbout
	txtComments
	txtNoComments
	txtNoAnswers
	txtSpreadCaption
	txtServerErrorTitle
	txtServerError
	numTexts
)

var texts = [numTexts]collab.Text{
	txtFormTitle:         {EN: "Self-assessment of the regional collaboration", NL: "Zelfevaluatie van de regionale samenwerking"},
	txtFormIntro:         {EN: "For each of the five mechanisms of regional collaboration, say how far each statement holds for your collaboration, from 1 (not at all) to 5 (fully). Leave a statement open if you cannot judge it. A comment is welcome but not needed. Your answers are combined with those of your colleagues at the same level and only discussed together.", NL: "Geef per mechanisme van regionale samenwerking aan in hoeverre elke stelling opgaat voor jullie samenwerking, van 1 (helemaal niet) tot 5 (helemaal). Laat een stelling open als je die niet kunt beoordelen. Een toelichting is welkom, maar niet nodig. Je antwoorden worden samengenomen met die van collega's op hetzelfde niveau en alleen samen besproken."},
	txtYouAnswerAs:       {EN: "You answer as: %s", NL: "Je antwoordt als: %s"},
	txtScaleHint:         {EN: "1 = not at all, 5 = fully", NL: "1 = helemaal niet, 5 = helemaal"},
	txtComment:           {EN: "Comment on %s (optional)", NL: "Toelichting bij %s (optioneel)"},
	txtCommentHint:       {EN: "At most %d characters.", NL: "Hooguit %d tekens."},
	txtSubmit:            {EN: "Save my answers", NL: "Antwoorden opslaan"},
	txtSavedTitle:        {EN: "Your answers are saved", NL: "Je antwoorden zijn opgeslagen"},
	txtSaved:             {EN: "Thank you. You may change your answers below until the round closes.", NL: "Dank je wel. Tot de ronde sluit kun je je antwoorden hieronder nog wijzigen."},
	txtClosedTitle:       {EN: "This round is closed", NL: "Deze ronde is gesloten"},
	txtClosed:            {EN: "The round has closed, so the answers can no longer be changed. Thank you for taking part.", NL: "De ronde is gesloten; de antwoorden kunnen niet meer worden gewijzigd. Dank voor je deelname."},
	txtErrorsTitle:       {EN: "Please correct the following", NL: "Verbeter het volgende"},
	txtErrChooseScore:    {EN: "Choose a score from 1 to 5 for: %s", NL: "Kies een score van 1 tot 5 voor: %s"},
	txtErrNoScore:        {EN: "Score at least one statement", NL: "Geef bij minstens één stelling een score"},
	txtErrCommentTooLong: {EN: "The comment on %s has %d characters; at most %d fit", NL: "De toelichting bij %s heeft %d tekens; er passen er hooguit %d"},
	txtNotFoundTitle:     {EN: "Link not found", NL: "Link niet gevonden"},
	txtNotFound:          {EN: "This link does not lead to a form. Check that you copied the whole link, or ask the programme manager for a new one.", NL: "Deze link leidt niet naar een formulier. Controleer of je de hele link hebt gekopieerd, of vraag de programmamanager om een nieuwe."},
	txtExpiredTitle:      {EN: "Link expired", NL: "Link verlopen"},
	txtExpired:           {EN: "This link has expired. Ask the programme manager for a new one.", NL: "Deze link is verlopen. Vraag de programmamanager om een nieuwe."},
	txtTooManyTitle:      {EN: "Too many requests", NL: "Te veel verzoeken"},
	txtTooMany:           {EN: "Too many requests came in for this form. Please try again in %d seconds.", NL: "Er kwamen te veel verzoeken binnen voor dit formulier. Probeer het over %d seconden opnieuw."},
	txtBadRequestTitle:   {EN: "The form could not be read", NL: "Het formulier kon niet worden gelezen"},
	txtBadRequest:        {EN: "What was sent could not be read as this form. Open the link again and fill it in.", NL: "Wat werd verstuurd kon niet als dit formulier worden gelezen. Open de link opnieuw en vul het in."},
	txtOtherLanguage:     {EN: "Nederlands", NL: "English"},
	txtWorkshopTitle:     {EN: "Workshop: %s", NL: "Werksessie: %s"},
	txtWorkshopIntro:     {EN: "Per mechanism: how the organisations rated it at each level, whether they agree, the gap between executives and the work floor, and what the raters wrote. Each organisation counts once per level; the persons of one organisation and level are combined by their median.", NL: "Per mechanisme: hoe de organisaties het op elk niveau beoordeelden, of ze het eens zijn, het verschil tussen bestuur en werkvloer, en wat de beoordelaars schreven. Elke organisatie telt één keer per niveau; de personen van één organisatie en niveau zijn samengenomen met hun mediaan."},
	txtRoundOpen:         {EN: "Round opened on %s, still open", NL: "Ronde geopend op %s, nog open"},
	txtRoundClosed:       {EN: "Round opened on %s, closed on %s", NL: "Ronde geopend op %s, gesloten op %s"},
	txtAnswered:          {EN: "%d of %d raters answered", NL: "%d van %d beoordelaars hebben geantwoord"},
	txtLevel:             {EN: "Level", NL: "Niveau"},
	txtRatings:           {EN: "Ratings", NL: "Beoordelingen"},
	txtMean:              {EN: "Mean", NL: "Gemiddelde"},
	txtMedian:            {EN: "Median", NL: "Mediaan"},
	txtConsensus:         {EN: "Consensus", NL: "Overeenstemming"},
	txtLevelGap:          {EN: "Level gap (executives minus work floor)", NL: "Niveauverschil (bestuur min werkvloer)"},
	txtLevelGapNone:      {EN: "not known: executives and work floor did not both rate it", NL: "onbekend: bestuur en werkvloer gaven niet allebei een score"},
	txtLevelGapAbout:     {EN: "points", NL: "punten"},
	txtComments:          {EN: "Comments", NL: "Toelichtingen"},
	txtNoComments:        {EN: "No comments.", NL: "Geen toelichtingen."},
	txtNoAnswers:         {EN: "Nobody has answered yet.", NL: "Nog niemand heeft geantwoord."},
	txtSpreadCaption:     {EN: "Spread of the ratings of %s per level: how many organisations gave each score from 1 to 5", NL: "Spreiding van de beoordelingen van %s per niveau: hoeveel organisaties elke score van 1 tot 5 gaven"},
	txtServerErrorTitle:  {EN: "Something went wrong", NL: "Er ging iets mis"},
	txtServerError:       {EN: "The page could not be shown. Please try again later.", NL: "De pagina kon niet worden getoond. Probeer het later opnieuw."},
}

// say returns text k in lang.
func say(k int, lang collab.Language) string { return texts[k].In(lang) }

package htmlreport

import (
	"strings"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson"
	"github.com/regiokompas/regiokompas/lesson/assess"
)

// sourceView is one source in the page's list of sources: its title as
// published, and who published it and when, in the page's language.
type sourceView struct {
	Title     string
	Publisher string
	Date      string
}

// publisherKeys are the message keys that describe, per source key, who
// published the source, so that the description is in the page's
// language; a source not listed keeps the catalogue's description. The
// table is never written.
var publisherKeys = map[string]string{
	lesson.SourceMechanisms2022:        "html.source.mechanisms-2022",
	lesson.SourceWebinar2021:           "html.source.webinar-2021",
	lesson.SourceProgrammeManagers2021: "html.source.programme-managers-2021",
	lesson.SourceCapacity2020:          "html.source.capacity-2020",
	lesson.SourceZorgkantoor2020:       "html.source.zorgkantoor-2020",
}

// sourceOf describes s in lang.
func sourceOf(s lesson.Source, lang collab.Language) sourceView {
	v := sourceView{Title: s.Title, Publisher: s.Publisher, Date: sourceDate(s.Date, lang)}
	if key, ok := publisherKeys[s.Key]; ok {
		v.Publisher = assess.Say(key).In(lang)
	}
	return v
}

// sourceText is a source as a lesson cites it: its title and date.
func sourceText(s lesson.Source, lang collab.Language) string {
	if s == (lesson.Source{}) {
		return ""
	}
	return s.Title + " (" + sourceDate(s.Date, lang) + ")"
}

// sourceDate writes a source's date, "2022-06-21" or "2021-04", the way
// lang writes dates: "21 juni 2022", "april 2021" ("21 June 2022", "April
// 2021"). A date in another form is returned as it stands.
func sourceDate(d string, lang collab.Language) string {
	if day, err := collab.ParseDate(d); err == nil {
		return assess.Param{Kind: assess.ParamDate, Date: day}.In(lang)
	}
	year, month, ok := strings.Cut(d, "-")
	if !ok || len(year) != 4 || len(month) != 2 {
		return d
	}
	day, err := collab.ParseDate(year + "-" + month + "-01")
	if err != nil {
		return d
	}
	return strings.TrimPrefix(assess.Param{Kind: assess.ParamDate, Date: day}.In(lang), "1 ")
}

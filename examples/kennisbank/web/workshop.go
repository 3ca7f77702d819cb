package web

import (
	"net/http"
	"strconv"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/kennisbank/rounds"
	"github.com/regiokompas/regiokompas/lesson/assess"
)

// Workshop is what the workshop view shows: a round of a case, with its
// raters' answers.
type Workshop struct {
	CaseName string
	Round    rounds.Round
}

// Workshop is GET /v1/cases/{id}/rounds/{round}/workshop: the round as
// the partners discuss it, printable. The caller authenticates the
// programme manager; the page answers 404 for an unknown case or round.
func (p *Pages) Workshop(w http.ResponseWriter, r *http.Request) {
	lang := p.language(r)
	caseID, err1 := uuid.Parse(r.PathValue("id"))
	roundID, err2 := uuid.Parse(r.PathValue("round"))
	if err1 != nil || err2 != nil {
		p.message(w, r, http.StatusNotFound, lang, say(txtNotFoundTitle, lang), say(txtNotFound, lang))
		return
	}
	wk, err := p.cfg.Workshops.Workshop(r.Context(), caseID, roundID)
	switch {
	case err != nil && p.cfg.IsNotFound(err):
		p.message(w, r, http.StatusNotFound, lang, say(txtNotFoundTitle, lang), say(txtNotFound, lang))
		return
	case err != nil:
		p.fail(w, r, lang, "reading a round", err)
		return
	}
	p.render(w, r, http.StatusOK, lang, "workshop.html", workshopView(wk, lang))
}

type workshopPage struct {
	Lang, Title, Intro, State, Answered string
	SwitchHref, SwitchLang, SwitchLabel string
	Note                                string
	NoAnswers                           string
	Mechanisms                          []mechanismView
	Headings                            struct{ Level, Ratings, Median, Mean, Consensus, LevelGap, Comments string }
}

type mechanismView struct {
	ID, Label, Caption string
	Scores             []string // the column headings: Score 1..5
	Levels             []levelRow
	Raters             string
	Median             string
	Consensus          string
	Divided            bool
	LevelGap           string
	Comments           []levelComments
	NoComments         string
}

type levelRow struct {
	Label  string
	Counts []int
	Mean   string
}

type levelComments struct {
	Label    string
	Comments []string
}

func number(x float64, lang collab.Language) string {
	return assess.Param{Kind: assess.ParamNumber, Number: x, Digits: 1}.In(lang)
}

func date(d collab.Date, lang collab.Language) string {
	return assess.Param{Kind: assess.ParamDate, Date: d}.In(lang)
}

// workshopView works out the page: the round's self-assessment as it
// stands, aggregated by collab, and the persons' comments per level.
func workshopView(wk Workshop, lang collab.Language) workshopPage {
	rd := &wk.Round
	o := other(lang)
	pg := workshopPage{
		Lang:        lang.String(),
		Title:       sayf(txtWorkshopTitle, lang, wk.CaseName),
		Intro:       say(txtWorkshopIntro, lang),
		Note:        rd.Note,
		Answered:    sayf(txtAnswered, lang, rd.Answered(), len(rd.Raters)),
		SwitchHref:  "?lang=" + o.String(),
		SwitchLang:  o.String(),
		SwitchLabel: say(txtOtherLanguage, lang),
	}
	pg.Headings.Level, pg.Headings.Ratings, pg.Headings.Median = say(txtLevel, lang), say(txtRatings, lang), say(txtMedian, lang)
	pg.Headings.Mean = say(txtMean, lang)
	pg.Headings.Consensus, pg.Headings.LevelGap, pg.Headings.Comments = say(txtConsensus, lang), say(txtLevelGap, lang), say(txtComments, lang)
	if rd.State == rounds.StateClosed {
		pg.State = sayf(txtRoundClosed, lang, date(collab.DateOf(rd.Opened), lang), date(collab.DateOf(rd.Closed), lang))
	} else {
		pg.State = sayf(txtRoundOpen, lang, date(collab.DateOf(rd.Opened), lang))
	}
	if rd.Answered() == 0 {
		pg.NoAnswers = say(txtNoAnswers, lang)
		return pg
	}
	sa := rd.SelfAssessment(collab.DateOf(rd.Opened))
	for _, agg := range sa.Aggregate() {
		m := agg.Mechanism
		mv := mechanismView{
			ID:         "mechanism-" + m.String(),
			Label:      m.Label(lang),
			Caption:    sayf(txtSpreadCaption, lang, m.Label(lang)),
			Raters:     strconv.Itoa(agg.Raters),
			Median:     number(agg.Median, lang),
			Consensus:  agg.Consensus.Label(lang),
			Divided:    agg.Consensus == collab.ConsensusDivided,
			LevelGap:   say(txtLevelGapNone, lang),
			NoComments: say(txtNoComments, lang),
		}
		for n := collab.MinRatingScore; n <= collab.MaxRatingScore; n++ {
			mv.Scores = append(mv.Scores, strconv.Itoa(n))
		}
		if agg.LevelGap != nil {
			g := number(*agg.LevelGap, lang)
			if *agg.LevelGap > 0 {
				g = "+" + g
			}
			mv.LevelGap = g + " " + say(txtLevelGapAbout, lang)
		}
		for _, la := range agg.Levels {
			row := levelRow{Label: la.Level.Label(lang), Counts: make([]int, collab.MaxRatingScore-collab.MinRatingScore+1), Mean: number(la.Mean, lang)}
			for _, rt := range sa.Ratings {
				if rt.Level != la.Level {
					continue
				}
				for _, s := range rt.Scores {
					if s.Mechanism == m {
						row.Counts[s.Score-collab.MinRatingScore]++
					}
				}
			}
			mv.Levels = append(mv.Levels, row)
		}
		for _, l := range collab.Levels() {
			lc := levelComments{Label: l.Label(lang)}
			for i := range rd.Raters {
				rt := &rd.Raters[i]
				if rt.Level != l || rt.Answer == nil {
					continue
				}
				if c := rt.Answer.Comment(m); c != "" {
					lc.Comments = append(lc.Comments, c)
				}
			}
			if len(lc.Comments) > 0 {
				mv.Comments = append(mv.Comments, lc)
			}
		}
		pg.Mechanisms = append(pg.Mechanisms, mv)
	}
	return pg
}

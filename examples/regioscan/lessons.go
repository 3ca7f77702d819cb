package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/lesson"
)

const lessonsAbout = `
Lessons searches the catalogue of lessons that Dutch regions learned, in
Dutch and English. WORDS are matched against each lesson's code, title and
text; case and accents do not matter and the beginning of a word is enough
("urgen" finds "urgentie" and "urgency"). Without WORDS every lesson that
passes the filters is listed. Results come best first.

-lang chooses the language shown and searched; without it the lessons are
shown in English and both languages are searched. JSON output is an array
of lessons in their JSON form.`

// lessons is the "lessons" command.
func (a *app) lessons(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("lessons", "[-lang en|nl] [-mechanism M] [-theme T] [-limit N] [-format text|json] [WORDS...]", lessonsAbout, stderr)
	lang := langFlag(fs, 0, "`language` to show and search: en or nl (default: show English, search both)")
	var q lesson.Query
	fs.Func("mechanism", "only lessons on this `mechanism`: "+strings.Join(words(collab.Mechanisms()), ", "), func(s string) error {
		m, err := collab.ParseMechanism(s)
		q.Mechanism = m
		return err
	})
	fs.Func("theme", "only lessons of this `theme`: "+strings.Join(words(lesson.Themes()), ", "), func(s string) error {
		t, err := lesson.ParseTheme(s)
		q.Theme = t
		return err
	})
	fs.IntVar(&q.Limit, "limit", 0, "show at most this `number` of lessons (0: all)")
	format := formatFlag(fs, "text", "json")
	if code, ok := fs.parse(args); !ok {
		return code
	}
	if q.Limit < 0 {
		return fs.fail("-limit must not be negative")
	}
	q.Text = strings.Join(fs.Args(), " ")
	q.Language = *lang
	results := lesson.Default().Search(q)

	show := *lang
	if show.IsZero() {
		show = collab.English
	}
	return writeOutput("", stdout, stderr, func(w io.Writer) error {
		if *format == "json" {
			ls := make([]lesson.Lesson, 0, len(results))
			for _, r := range results {
				ls = append(ls, r.Lesson)
			}
			return writeJSON(w, ls)
		}
		if len(results) == 0 {
			_, err := fmt.Fprintln(w, collab.Text{EN: "No lessons found.", NL: "Geen lessen gevonden."}.In(show))
			return err
		}
		var b strings.Builder
		for i, r := range results {
			if i > 0 {
				b.WriteString("\n")
			}
			writeLesson(&b, &r.Lesson, show)
		}
		_, err := io.WriteString(w, b.String())
		return err
	})
}

// writeLesson writes one lesson as text.
func writeLesson(b *strings.Builder, l *lesson.Lesson, lang collab.Language) {
	t := func(en, nl string) string { return collab.Text{EN: en, NL: nl}.In(lang) }
	fmt.Fprintf(b, "%s  %s\n", l.Code, l.Title.In(lang))
	var mechs []string
	for _, m := range l.Mechanisms {
		mechs = append(mechs, m.Label(lang))
	}
	b.WriteString(wrap(t("Theme: ", "Thema: ")+l.Theme.Label(lang)+"; "+t("mechanisms: ", "mechanismen: ")+strings.Join(mechs, ", "), "    ", "    ", lineWidth))
	b.WriteString(wrap(l.Text.In(lang), "    ", "    ", lineWidth))
	b.WriteString(wrap(t("Source: ", "Bron: ")+l.Source.String(), "    ", "    ", lineWidth))
}

// words returns the wire words of enum values.
func words[T fmt.Stringer](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.String()
	}
	return out
}

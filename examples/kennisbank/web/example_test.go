package web_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/kennisbank/rounds"
	"github.com/regiokompas/regiokompas/examples/kennisbank/web"
	"github.com/regiokompas/regiokompas/examples/kennisbank/web/webtest"
)

// The pages run on any store that finds a rater by the hash of their
// token; here the in-memory one of package webtest.
func Example() {
	opened := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	r, issued, _ := rounds.Open(uuid.New(), rounds.Spec{Raters: []rounds.RaterSpec{
		{Stakeholder: uuid.New(), Level: collab.LevelProfessional},
	}}, opened, opened.AddDate(0, 0, 14), nil)
	store := &webtest.Store{CaseName: "Zoetermeer 2025", Region: "Zoetermeer"}
	store.Add(r)
	pages := web.New(web.Config{Raters: store, Now: func() time.Time { return opened }})
	mux := http.NewServeMux()
	mux.HandleFunc("GET /r/{token}", pages.Form)
	mux.HandleFunc("POST /r/{token}", pages.Submit)

	link := "/r/" + string(issued[0].Token)
	post := httptest.NewRequest("POST", link, strings.NewReader("score:urgency.need=4&comment:urgency=Het+leeft"))
	post.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	w := httptest.NewRecorder()
	mux.ServeHTTP(w, post)
	fmt.Println(w.Code, w.Header().Get("Location") == link+"?saved=1&lang=nl")

	w = httptest.NewRecorder()
	mux.ServeHTTP(w, httptest.NewRequest("GET", link+"?saved=1&lang=en", nil))
	fmt.Println(w.Code, strings.Contains(w.Body.String(), "Your answers are saved"))
	// Output:
	// 303 true
	// 200 true
}

// A limiter lets a burst through and then one request per interval.
func ExampleLimiter() {
	l := web.NewLimiter(60, 2) // one a second, two at once
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	for i := range 4 {
		ok, wait := l.Allow("203.0.113.7", at.Add(time.Duration(i)*300*time.Millisecond))
		fmt.Println(ok, wait)
	}
	// Output:
	// true 0s
	// true 0s
	// false 400ms
	// false 100ms
}

// Package browsertest holds the tests that look at Regiokompas's pages in
// a real browser: Debian's Chromium, driven headless through chromedp by
// the package [browser], with axe-core for accessibility. It is a module
// of its own, like the schema conformance tests, so that the library
// never depends on a browser driver.
//
// The tests of the HTML report (lesson/assess/htmlreport) build every
// demo case's page in Dutch and in English with the calls regioscan
// uses, then check what a regional board and a phone user get: each case
// prints on at most 4 A4 pages with no heading alone at a page foot, a
// phone of 390 px never scrolls sideways and draws no chart text under
// 11 px, and axe-core finds no violation of WCAG 2 A and AA. The page of
// all demo cases together and the progress page are checked too.
//
// The tests of the kennisbank's self-assessment pages (package web of
// examples/kennisbank, served on its in-memory store) do what a rater
// does: open the personal link, answer every statement with the keyboard
// alone (Tab into each group of radio buttons, Space, the arrow keys),
// type a comment, send the form with Enter, and open the link again on a
// phone to change one answer. The workshop view must show the round, and
// axe-core finds no violation on the form (Dutch, English, saved, with a
// mistake), a link that leads nowhere and the workshop view, none of
// which scrolls sideways on a phone.
//
// Run them from this directory:
//
//	go test ./...
//
// Without Chromium or axe-core they are skipped with a line saying how
// to get them; REGIOKOMPAS_BROWSER=require (set by CI) makes that a
// failure. REGIOKOMPAS_SCREENSHOTS names a folder for the screenshots
// (desktop and phone) and printed PDFs of every page, for a person to
// look at.
package browsertest

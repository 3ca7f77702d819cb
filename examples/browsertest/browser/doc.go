// Package browser drives Debian's Chromium, headless, for the tests that
// look at Regiokompas pages the way a person does: printed on A4, on a
// phone of 390 px, on a desktop of 1280 px, and through axe-core's
// accessibility rules.
//
// A test binary shares one browser, started on first use through a
// [Suite]; each page is visited in a tab of its own by [Browser.Visit],
// which gives a [Tab] to measure: [Tab.PrintA4] (with [CountPages] to
// count the sheets), [Tab.ScrollWidth], [Tab.SmallestChartText],
// [Tab.Axe], [Tab.HeadingsAtPageFoot] and [Tab.Screenshot]. Pages made
// in the test are served by [Serve] from an httptest server, never from
// data: URLs, so that they load as a user's page would.
//
// Every step has a deadline, so a browser that stops answering fails the
// test rather than hanging it. Chromium has crashed in this workplace
// before: when the browser or the tab dies during a visit, the visit is
// logged and made once more in a fresh browser.
//
// The environment decides what happens when something is missing:
//
//	REGIOKOMPAS_CHROMIUM     the browser to run (default: chromium on PATH)
//	REGIOKOMPAS_AXE          the axe.min.js file of axe-core (no default)
//	REGIOKOMPAS_BROWSER      "require": a missing browser or axe-core fails
//	                         the tests instead of skipping them (CI sets it)
//	REGIOKOMPAS_SCREENSHOTS  a folder for the screenshots of the pages
//
// A developer without Chromium sees the tests skipped, each with one line
// saying how to get it; CI cannot skip them.
package browser

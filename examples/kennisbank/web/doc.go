// Package web holds the kennisbank's HTML pages for self-assessment
// rounds: the rater's form (GET and POST /r/{token}) and the programme
// manager's workshop view of a round.
//
// The pages are server-rendered with html/template and need no script.
// They are written for a phone of 390 pixels, a keyboard and a screen
// reader: each mechanism is a fieldset with a legend, each statement a
// group of five labelled radio buttons, and a form with mistakes comes
// back with a summary at the top whose links lead to the fields. The
// language is Dutch or English, from the ?lang= parameter, else from
// Accept-Language through Config.Language; every page links to the other
// language.
//
// A rater's token is the only key to their form: the handlers hand the
// token's hash to a [RaterStore] and show what it returns for that hash,
// nothing else: the case's name and region, the rater's level and their
// own answer. Form posts pass Go's http.CrossOriginProtection, and a
// [Limiter] bounds the requests per token and per client address (429 with
// Retry-After). The pages carry a strict Content-Security-Policy, no
// Referer (the token is in the address) and are not cached.
package web

// Package rounds is the self-assessment round as the kennisbank runs it on
// the web: a programme manager opens a round for a case with a list of
// raters, each rater gets a personal link, fills in the questionnaire of
// package lesson/questionnaire and may change the answers until the round
// closes; closing turns the answers into one collab.SelfAssessment for the
// case.
//
// # The life of a round
//
// [Open] makes a round in state [StateOpen] with one [Rater] per person
// and one [Token] per rater, shown once: the round keeps only its SHA-256
// hash ([TokenHash]). [Round.Submit] saves a rater's [Answer]; a later
// Submit replaces it. [Round.Close] ends the round ([StateClosed]) and
// returns the self-assessment; [Round.Reopen] opens it again, and closing
// it again gives the same self-assessment ID, so that the case holds the
// round once. [Round.RemoveRater] takes a rater and their answers out of an
// open round. A second round later is a new round.
//
// # From persons to organisations
//
// A collab.Rating is the consolidated view of one level of one
// organisation: a stakeholder rates at each of its levels once, so that
// every organisation's level weighs equally whatever its size. Several
// persons of one stakeholder at one level become one rating by
// [Consolidate]:
//
//  1. a person's mechanism score is the median of their statement scores
//     for the mechanism (the mean of the middle two for an even number);
//  2. the rating's mechanism score is the median of the mechanism scores
//     of the persons of that stakeholder and level who scored it;
//  3. a result that ends in a half (or a quarter) is rounded down: the
//     collaboration is credited only with what its raters agree it has.
//
// The median keeps one enthusiast or one sceptic from moving the
// organisation's score. The persons' comments on a mechanism are joined
// into the rating's comment, in the order of the raters, each on a line of
// its own, cut at collab.MaxTextLength characters. The individual answers
// stay in the round for the workshop, where the partners talk through
// where they differ.
//
// # Tokens
//
// A token is 32 bytes from crypto/rand (256 bits) in unpadded URL-safe
// base64: 43 characters that fit a link. Only its SHA-256 hash is stored;
// [TokenHash.Equal] compares hashes in constant time, and a token past its
// rater's expiry no longer reaches the form.
package rounds

package browser

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
)

// Page objects and page-tree nodes in a PDF. A page object's dictionary
// holds "/Type /Page" (the name must end there: "/Pages" is a tree node);
// a tree node holds "/Count N", the pages below it.
var (
	pageType  = regexp.MustCompile(`/Type\s*/Page([^A-Za-z0-9]|$)`)
	pagesType = regexp.MustCompile(`/Type\s*/Pages([^A-Za-z0-9]|$)`)
	count     = regexp.MustCompile(`/Count\s+(\d+)`)
	objStm    = regexp.MustCompile(`/Type\s*/ObjStm([^A-Za-z0-9]|$)`)
)

// CountPages returns the number of pages of a PDF, counted twice: once as
// the page objects ("/Type /Page") and once as the "/Count" of the page
// tree's root (the largest count of any tree node). It returns an error
// when the two disagree, when there is no page, or when the objects are
// packed in compressed object streams, where neither can be read without
// inflating them: a count that cannot be trusted is never returned.
func CountPages(pdf []byte) (int, error) {
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		return 0, errors.New("not a PDF: it does not start with %PDF-")
	}
	if objStm.Match(pdf) {
		return 0, errors.New("the PDF keeps its objects in compressed object streams, which this counter does not read")
	}
	pages := len(pageType.FindAllIndex(pdf, -1))
	root := 0
	for _, loc := range pagesType.FindAllIndex(pdf, -1) {
		// The /Count of a tree node lies in the same dictionary: before
		// the next "endobj".
		rest := pdf[loc[0]:]
		if end := bytes.Index(rest, []byte("endobj")); end >= 0 {
			rest = rest[:end]
		}
		start := bytes.LastIndex(pdf[:loc[0]], []byte(" obj"))
		dict := rest
		if start >= 0 {
			dict = pdf[start : loc[0]+len(rest)]
		}
		m := count.FindSubmatch(dict)
		if m == nil {
			return 0, fmt.Errorf("a page-tree node at byte %d has no /Count", loc[0])
		}
		n, err := strconv.Atoi(string(m[1]))
		if err != nil {
			return 0, fmt.Errorf("a page-tree node at byte %d: /Count %s: %w", loc[0], m[1], err)
		}
		root = max(root, n)
	}
	switch {
	case pages == 0:
		return 0, errors.New("the PDF has no page objects")
	case root != pages:
		return 0, fmt.Errorf("the PDF has %d page objects but its page tree counts %d", pages, root)
	}
	return pages, nil
}

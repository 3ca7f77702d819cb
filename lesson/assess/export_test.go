package assess

import "github.com/regiokompas/regiokompas/collab"

// MessageTemplate returns the templates of key in the message table, for
// the tests of package assess_test.
func MessageTemplate(key string) (collab.Text, bool) {
	t, ok := messages[key]
	return t, ok
}

package assesstest

import "os"

// LongRun reports whether tests are to run at their whole length: the
// environment variable REGIOKOMPAS_LONG is set, as in the leg of CI that
// runs the property tests so. Without it, tests that draw many random
// cases draw a fraction of them, so that the README's test command stays
// short on a new machine.
func LongRun() bool { return os.Getenv("REGIOKOMPAS_LONG") != "" }

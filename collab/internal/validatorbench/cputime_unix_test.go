//go:build unix

package validatorbench

import (
	"syscall"
	"time"
)

// cpuTime returns the processor time the process has used so far, in
// user and system mode, over all its threads (the garbage collector's
// included). A benchmark on a machine shared with other jobs loses wall
// time to them, not processor time.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}

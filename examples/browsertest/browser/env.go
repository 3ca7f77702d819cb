package browser

import (
	"fmt"
	"os"
	"os/exec"
	"sync"
	"testing"
)

// The environment variables that steer the browser tests; see the package
// documentation.
const (
	EnvChromium    = "REGIOKOMPAS_CHROMIUM"
	EnvAxe         = "REGIOKOMPAS_AXE"
	EnvBrowser     = "REGIOKOMPAS_BROWSER"
	EnvScreenshots = "REGIOKOMPAS_SCREENSHOTS"
)

// How to get what is missing, in the words of the skip line. The commands
// are the ones .ci/run runs on a fresh machine.
const (
	howChromium = "install it with `apt-get install -y --no-install-recommends chromium fonts-dejavu-core` (as root) or name it in " + EnvChromium
	howAxe      = "install it with `npm install --prefix \"${XDG_CACHE_HOME:-$HOME/.cache}/regiokompas/axe\" axe-core@4.14.1` and set " + EnvAxe + " to node_modules/axe-core/axe.min.js in that folder"
)

// Env is what the environment says about the browser tests. The zero Env
// finds nothing and requires nothing.
type Env struct {
	// Chromium is the browser's executable, empty when none was found.
	Chromium string
	// Axe is the path of axe.min.js, empty when not set.
	Axe string
	// Require makes a missing browser or axe-core a failure.
	Require bool
	// Screenshots is the folder for screenshots, empty for none.
	Screenshots string
}

// EnvFromOS reads the environment: REGIOKOMPAS_CHROMIUM, else chromium
// on PATH; REGIOKOMPAS_AXE when the file exists; REGIOKOMPAS_BROWSER=require;
// REGIOKOMPAS_SCREENSHOTS.
func EnvFromOS() Env {
	e := Env{
		Require:     os.Getenv(EnvBrowser) == "require",
		Screenshots: os.Getenv(EnvScreenshots),
	}
	if p := os.Getenv(EnvChromium); p != "" {
		if _, err := os.Stat(p); err == nil {
			e.Chromium = p
		}
	} else if p, err := exec.LookPath("chromium"); err == nil {
		e.Chromium = p
	}
	if p := os.Getenv(EnvAxe); p != "" {
		if _, err := os.Stat(p); err == nil {
			e.Axe = p
		}
	}
	return e
}

// missingChromium and missingAxe say in one line what is missing and how
// to get it; empty when nothing is.
func (e Env) missingChromium() string {
	if e.Chromium != "" {
		return ""
	}
	where := "chromium is not on PATH"
	if p := os.Getenv(EnvChromium); p != "" {
		where = fmt.Sprintf("%s=%s does not exist", EnvChromium, p)
	}
	return fmt.Sprintf("no browser for the browser tests (%s): %s", where, howChromium)
}

func (e Env) missingAxe() string {
	if e.Axe != "" {
		return ""
	}
	where := EnvAxe + " is not set"
	if p := os.Getenv(EnvAxe); p != "" {
		where = fmt.Sprintf("%s=%s does not exist", EnvAxe, p)
	}
	return fmt.Sprintf("no axe-core for the accessibility tests (%s): %s", where, howAxe)
}

// Suite is the one browser of a test binary, started on the first test
// that asks for it and closed by Close (call it from TestMain after
// m.Run). The zero Suite reads the environment with EnvFromOS; set Env
// before first use to decide otherwise. It is safe for concurrent use.
type Suite struct {
	// Env is what the suite finds and needs; nil: EnvFromOS.
	Env *Env
	// Logf receives the browser's log lines, such as a retry after a
	// crash; nil: the standard error.
	Logf func(format string, args ...any)

	once    sync.Once
	mu      sync.Mutex
	env     Env
	browser *Browser
	err     error
	axe     []byte
	axeErr  error
}

func (s *Suite) init() {
	s.once.Do(func() {
		if s.Env != nil {
			s.env = *s.Env
		} else {
			s.env = EnvFromOS()
		}
	})
}

// Browser returns the suite's browser, starting it on first use. When no
// browser can be found the test is skipped with one line saying how to
// get one, or fails when the environment requires the browser; when it
// cannot be started the test fails.
func (s *Suite) Browser(t testing.TB) *Browser {
	t.Helper()
	s.init()
	if msg := s.env.missingChromium(); msg != "" {
		s.skipOrFail(t, msg)
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.browser == nil && s.err == nil {
		s.browser, s.err = Start(Options{Exec: s.env.Chromium, Logf: s.Logf, Screenshots: s.env.Screenshots})
	}
	if s.err != nil {
		t.Fatalf("starting %s: %v", s.env.Chromium, s.err)
	}
	return s.browser
}

// Axe returns the source of axe-core's axe.min.js for Tab.Axe. When it is
// missing the test is skipped with one line saying how to get it, or
// fails when the environment requires it.
func (s *Suite) Axe(t testing.TB) []byte {
	t.Helper()
	s.init()
	if msg := s.env.missingAxe(); msg != "" {
		s.skipOrFail(t, msg)
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.axe == nil && s.axeErr == nil {
		s.axe, s.axeErr = os.ReadFile(s.env.Axe)
	}
	if s.axeErr != nil {
		t.Fatalf("reading axe-core: %v", s.axeErr)
	}
	return s.axe
}

func (s *Suite) skipOrFail(t testing.TB, msg string) {
	t.Helper()
	if s.env.Require {
		t.Fatalf("%s (%s=require: the browser tests may not be skipped)", msg, EnvBrowser)
	}
	t.Skip(msg)
}

// Close stops the browser, when one was started.
func (s *Suite) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.browser != nil {
		s.browser.Close()
		s.browser = nil
	}
}

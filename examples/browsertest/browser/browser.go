package browser

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chromedp/cdproto/inspector"
	"github.com/chromedp/chromedp"
)

// Options sets up a Browser. The zero Options runs chromium from PATH,
// logs to the standard error, saves no screenshots and gives each step a
// minute.
type Options struct {
	// Exec is the browser's executable; empty: chromium on PATH.
	Exec string
	// Logf receives the log lines of the browser and of a retry; nil: the
	// standard logger.
	Logf func(format string, args ...any)
	// Screenshots is the folder Tab.Screenshot writes into; empty: none
	// are written.
	Screenshots string
	// StepTimeout bounds every step of a visit (loading the page, each
	// measurement); zero: one minute, enough for a machine of two shared
	// cores under load. Starting the browser has at least a minute.
	StepTimeout time.Duration
}

// Viewport is the size of the window a page is laid out in, in CSS px.
type Viewport struct {
	Width, Height int
	// Mobile lays the page out as a phone does, honouring its viewport
	// meta tag.
	Mobile bool
}

// The two viewports of the tests: a desktop screen and a phone held
// upright.
var (
	Desktop = Viewport{Width: 1280, Height: 800}
	Phone   = Viewport{Width: 390, Height: 844, Mobile: true}
)

// Browser is a headless Chromium shared by the tests of one binary. Each
// visit opens a tab of its own, so visits may run concurrently. Make one
// with Start (or through a Suite) and stop it with Close.
type Browser struct {
	opts Options

	mu      sync.Mutex
	gen     int // counts the browsers started, to restart each dead one once
	ctx     context.Context
	cancel  context.CancelFunc
	stopped bool
}

// errDead marks the failure of a visit whose browser or tab died or stopped
// answering: such a visit is made once more in a fresh browser.
var errDead = errors.New("the browser or its tab died")

// Start launches the browser headless, with the flags this machine needs
// (no sandbox, as root in a container; no GPU; no /dev/shm; no background
// networking, which the closed network would refuse), and waits until it
// answers.
func Start(opts Options) (*Browser, error) {
	if opts.Exec == "" {
		opts.Exec = "chromium"
	}
	if opts.Logf == nil {
		opts.Logf = log.Printf
	}
	if opts.StepTimeout == 0 {
		opts.StepTimeout = time.Minute
	}
	b := &Browser{opts: opts}
	if err := b.launch(); err != nil {
		return nil, err
	}
	return b, nil
}

// launch starts a browser process and makes it the current one; the
// caller holds mu or owns b alone.
func (b *Browser) launch() error {
	flags := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(b.opts.Exec),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-sync", true),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), flags...)
	ctx, cancelCtx := chromedp.NewContext(alloc, chromedp.WithErrorf(b.opts.Logf))
	cancel := func() { cancelCtx(); cancelAlloc() }

	// The first Do starts the process; it takes the browser's own
	// context, which must outlive it, so the deadline is kept here.
	started := make(chan error, 1)
	go func() { started <- chromedp.Do(ctx) }()
	select {
	case err := <-started:
		if err != nil {
			cancel()
			return fmt.Errorf("starting %s: %w", b.opts.Exec, err)
		}
	case <-time.After(max(b.opts.StepTimeout, time.Minute)):
		cancel()
		return fmt.Errorf("starting %s: no answer within %s", b.opts.Exec, max(b.opts.StepTimeout, time.Minute))
	}
	b.gen++
	b.ctx, b.cancel = ctx, cancel
	return nil
}

// current returns the running browser's context and generation.
func (b *Browser) current() (context.Context, int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.stopped {
		return nil, 0, errors.New("the browser is closed")
	}
	return b.ctx, b.gen, nil
}

// restart replaces the browser of generation gen by a fresh one, unless
// another visit has already done so.
func (b *Browser) restart(gen int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.stopped {
		return errors.New("the browser is closed")
	}
	if b.gen != gen {
		return nil
	}
	b.cancel()
	return b.launch()
}

// Close stops the browser and removes its profile. Visits after Close fail.
func (b *Browser) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.stopped {
		b.stopped = true
		b.cancel()
	}
}

// Process returns the current browser process, for tests that need to
// kill it.
func (b *Browser) Process() *os.Process {
	b.mu.Lock()
	defer b.mu.Unlock()
	if c := chromedp.FromContext(b.ctx); c != nil && c.Browser != nil {
		return c.Browser.Process()
	}
	return nil
}

// Visit opens url in a new tab laid out in vp, waits until it has loaded,
// and calls fn with the tab to measure it. name says in log lines and
// screenshot files which page this is (such as "achterhoek-anw nl phone").
//
// When the browser or the tab dies or stops answering, during the load or
// in fn, Visit logs it and makes the whole visit once more in a fresh
// browser, which later visits then share; fn must therefore be safe to
// call twice. A second failure, or any other error, is returned.
func (b *Browser) Visit(ctx context.Context, name, url string, vp Viewport, fn func(*Tab) error) error {
	for attempt := 1; ; attempt++ {
		bctx, gen, err := b.current()
		if err != nil {
			return err
		}
		err = b.visit(ctx, bctx, name, url, vp, fn)
		if err == nil || !errors.Is(err, errDead) || ctx.Err() != nil {
			return err
		}
		if attempt == 2 {
			return fmt.Errorf("%s: died again in a fresh browser: %w", name, err)
		}
		b.opts.Logf("browser: %s: %v; visiting it once more in a fresh browser", name, err)
		if err := b.restart(gen); err != nil {
			return fmt.Errorf("%s: restarting the browser after %v: %w", name, errDead, err)
		}
	}
}

// visit is one attempt of Visit in the browser of bctx.
func (b *Browser) visit(ctx context.Context, bctx context.Context, name, url string, vp Viewport, fn func(*Tab) error) error {
	tabCtx, cancelTab := chromedp.NewContext(bctx)
	defer cancelTab()
	// The tab's own context ends with ctx too.
	stop := context.AfterFunc(ctx, cancelTab)
	defer stop()

	t := &Tab{name: name, ctx: tabCtx, step: b.opts.StepTimeout, shots: b.opts.Screenshots, viewport: vp}
	// The first call on the tab's context opens the tab and binds it to
	// the context it is given, so it gets the tab's own context, and the
	// step deadline is kept here. Its listener marks a crashed tab and
	// ends the tab, so that no step waits for a dead renderer.
	err := t.do("opening a tab", func(ctx context.Context) error {
		opened := make(chan error, 1)
		go func() {
			opened <- chromedp.Listen(tabCtx, func(ev any) {
				if _, ok := ev.(*inspector.EventTargetCrashed); ok {
					t.crashed.Store(true)
					cancelTab()
				}
			})
		}()
		select {
		case err := <-opened:
			return err
		case <-ctx.Done():
			cancelTab()
			return ctx.Err()
		}
	})
	if err == nil {
		err = t.do("setting the viewport", func(ctx context.Context) error {
			return t.setViewport(ctx, vp)
		})
	}
	if err == nil {
		err = t.do("loading "+url, func(ctx context.Context) error {
			return chromedp.Do(ctx, chromedp.Navigate(url))
		})
	}
	if err == nil {
		err = fn(t)
	}
	if err == nil {
		return nil
	}
	if why := t.death(bctx, err); why != "" {
		return fmt.Errorf("%w (%s): %w", errDead, why, err)
	}
	return err
}

// Tab is one page open in the browser, laid out in a viewport, for the
// duration of a Visit. Its methods measure the page; each has a deadline.
type Tab struct {
	name     string
	ctx      context.Context
	step     time.Duration
	shots    string
	viewport Viewport

	crashed  atomic.Bool // the tab's renderer crashed
	timedOut atomic.Bool // a step ran past its deadline
}

// do runs one step with the step deadline, naming it in the error.
func (t *Tab) do(what string, f func(ctx context.Context) error) error {
	ctx, cancel := context.WithTimeout(t.ctx, t.step)
	defer cancel()
	err := f(ctx)
	if err == nil {
		return nil
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) && t.ctx.Err() == nil {
		t.timedOut.Store(true)
		return fmt.Errorf("%s: %s: no answer within %s: %w", t.name, what, t.step, err)
	}
	return fmt.Errorf("%s: %s: %w", t.name, what, err)
}

// death says why the tab or its browser is dead, given the error of the
// visit, or "" when it is not.
func (t *Tab) death(bctx context.Context, err error) string {
	if c := chromedp.FromContext(bctx); c != nil && c.Browser != nil {
		select {
		case <-c.Browser.LostConnection:
			return "the browser process ended"
		default:
		}
	}
	switch {
	case t.crashed.Load():
		return "the tab crashed"
	case t.timedOut.Load():
		return "the browser stopped answering"
	case errors.Is(err, chromedp.ErrTargetDetached), errors.Is(err, chromedp.ErrChannelClosed):
		return "the tab was detached"
	}
	return ""
}

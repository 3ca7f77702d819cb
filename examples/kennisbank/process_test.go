package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/examples/kennisbank/api"
	"github.com/regiokompas/regiokompas/examples/kennisbank/internal/kbtest"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// built is the kennisbank command, built once for the tests that run it as
// a process, in a directory that TestMain removes.
var built struct {
	once sync.Once
	dir  string
	bin  string
	err  error
	out  []byte
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		_ = os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// buildServer builds the kennisbank command, once, and returns its path.
func buildServer(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the server as a process; skipped with -short")
	}
	built.once.Do(func() {
		built.dir, built.err = os.MkdirTemp("", "kennisbank-test-")
		if built.err != nil {
			return
		}
		built.bin = filepath.Join(built.dir, "kennisbank")
		var gobin string
		if gobin, built.err = exec.LookPath("go"); built.err != nil {
			return
		}
		built.out, built.err = exec.Command(gobin, "build", "-o", built.bin, ".").CombinedOutput()
	})
	require.NoError(t, built.err, "go build: %s", built.out)
	return built.bin
}

// serverProcess is the kennisbank command running as a child process.
type serverProcess struct {
	cmd  *exec.Cmd
	url  string
	logs *kbtest.SyncBuffer
	done chan error // receives the result of Wait
}

// startProcess starts bin on a free loopback port with the SQLite file db
// and waits until it listens.
func startProcess(t *testing.T, bin, db string) *serverProcess {
	t.Helper()
	cmd := exec.Command(bin, "-addr", "127.0.0.1:0", "-db", db, "-log-format", "json")
	cmd.Env = append(os.Environ(), "KENNISBANK_TOKEN="+kbtest.Token)
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	p := &serverProcess{cmd: cmd, logs: &kbtest.SyncBuffer{}, done: make(chan error, 1)}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-p.done
	})

	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Bytes()
			_, _ = p.logs.Write(append(line, '\n'))
			var entry struct{ Msg, Addr string }
			if json.Unmarshal(line, &entry) == nil && entry.Msg == "listening" {
				addr <- entry.Addr
			}
		}
		p.done <- cmd.Wait()
	}()
	select {
	case a := <-addr:
		p.url = "http://" + a
	case <-time.After(30 * time.Second):
		t.Fatalf("the server did not start listening; its log:\n%s", p.logs.String())
	}
	return p
}

// request sends one request to the process with the test token.
func (p *serverProcess) request(ctx context.Context, client *http.Client, method, path string, body io.Reader, headers ...string) (*http.Response, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, method, p.url+path, body)
	if err != nil {
		return nil, nil, err
	}
	req.Header.Set("Authorization", "Bearer "+kbtest.Token)
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	return resp, data, err
}

// ack is a write the server acknowledged.
type ack struct {
	version int64
	name    string
}

func TestEveryAcknowledgedWriteSurvivesAKill(t *testing.T) {
	bin := buildServer(t)
	db := filepath.Join(t.TempDir(), "kennisbank.db")
	first := startProcess(t, bin, db)
	client := &http.Client{Timeout: 10 * time.Second}

	var (
		mu    sync.Mutex
		acked = map[uuid.UUID]ack{}
		count int
	)
	record := func(id uuid.UUID, version int64, name string) {
		mu.Lock()
		defer mu.Unlock()
		acked[id] = ack{version: version, name: name}
		count++
	}
	acks := func() int {
		mu.Lock()
		defer mu.Unlock()
		return count
	}

	// Writers create cases and update them until the server dies under
	// them; what they could not get acknowledged does not count.
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	demos := demo.All()
	var wg sync.WaitGroup
	for w := range 6 {
		wg.Go(func() {
			for i := 0; ctx.Err() == nil; i++ {
				c := kbtest.Variant(demos[(w+i)%len(demos)].Case, fmt.Sprintf("w%d-%d", w, i))
				resp, _, err := first.request(ctx, client, "POST", "/v1/cases", bytes.NewReader(kbtest.MustJSON(t, c)))
				if err != nil {
					return // the server is gone
				}
				if !assert.Equal(t, http.StatusCreated, resp.StatusCode) {
					return
				}
				tag := resp.Header.Get("ETag")
				rv, _ := api.ParseETag(tag)
				record(c.Collaboration.ID, rv.Version, c.Collaboration.Name)
				if i%2 == 1 {
					c.Collaboration.Name += " (updated)"
					resp, _, err := first.request(ctx, client, "PUT", "/v1/cases/"+c.Collaboration.ID.String(),
						bytes.NewReader(kbtest.MustJSON(t, c)), "If-Match", tag)
					if err != nil {
						return
					}
					if !assert.Equal(t, http.StatusOK, resp.StatusCode) {
						return
					}
					rv, _ := api.ParseETag(resp.Header.Get("ETag"))
					record(c.Collaboration.ID, rv.Version, c.Collaboration.Name)
				}
			}
		})
	}
	deadline := time.Now().Add(20 * time.Second)
	for acks() < 60 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	require.NoError(t, first.cmd.Process.Signal(syscall.SIGKILL), "kill the server without a shutdown")
	err := <-first.done
	first.done <- err // for the cleanup
	wg.Wait()
	cancel()

	mu.Lock()
	defer mu.Unlock()
	require.GreaterOrEqual(t, count, 60, "writes acknowledged before the kill")
	t.Logf("%d writes to %d cases acknowledged before SIGKILL", count, len(acked))

	second := startProcess(t, bin, db)
	for id, a := range acked {
		resp, body, err := second.request(t.Context(), client, "GET", "/v1/cases/"+id.String(), nil)
		require.NoError(t, err)
		require.Equal(t, http.StatusOK, resp.StatusCode, "acknowledged case %s is lost", id)
		rv, ok := api.ParseETag(resp.Header.Get("ETag"))
		require.True(t, ok)
		assert.GreaterOrEqual(t, rv.Version, a.version, "case %s lost an acknowledged update", id)
		if rv.Version == a.version {
			var c assess.Case
			require.NoError(t, json.Unmarshal(body, &c))
			assert.Equal(t, a.name, c.Collaboration.Name)
		}
	}
}

func TestSIGTERMLetsARequestInFlightFinish(t *testing.T) {
	bin := buildServer(t)
	p := startProcess(t, bin, filepath.Join(t.TempDir(), "kennisbank.db"))
	doc := kbtest.DemoJSON(t, "midden-ijssel")

	// Send half of the body, stop the server, then send the rest.
	pr, pw := io.Pipe()
	type result struct {
		status int
		err    error
	}
	res := make(chan result, 1)
	go func() {
		req, _ := http.NewRequestWithContext(t.Context(), "POST", p.url+"/v1/cases", pr)
		req.Header.Set("Authorization", "Bearer "+kbtest.Token)
		req.Header.Set("Content-Type", "application/json")
		req.ContentLength = int64(len(doc))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			res <- result{err: err}
			return
		}
		_ = resp.Body.Close()
		res <- result{status: resp.StatusCode}
	}()
	_, err := pw.Write(doc[:len(doc)/2])
	require.NoError(t, err)
	time.Sleep(200 * time.Millisecond) // the server is reading the body
	require.NoError(t, p.cmd.Process.Signal(syscall.SIGTERM))
	require.Eventually(t, func() bool { return bytes.Contains([]byte(p.logs.String()), []byte("shutting down")) },
		10*time.Second, 10*time.Millisecond)
	_, err = pw.Write(doc[len(doc)/2:])
	require.NoError(t, err)
	require.NoError(t, pw.Close())

	r := <-res
	require.NoError(t, r.err)
	assert.Equal(t, http.StatusCreated, r.status, "the request in flight finished")
	select {
	case err := <-p.done:
		assert.NoError(t, err, "a clean exit; log:\n%s", p.logs.String())
		p.done <- err
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not stop")
	}
	assert.Contains(t, p.logs.String(), `"msg":"stopped"`)
}

func TestTheCommandRefusesToStartWithoutAGoodToken(t *testing.T) {
	tests := []struct {
		name  string
		token string
		want  string
	}{
		{"without KENNISBANK_TOKEN it names the variable", "", "KENNISBANK_TOKEN is not set: set it to a secret of 16 bytes or more"},
		{"with a short KENNISBANK_TOKEN it names the variable", "short", "KENNISBANK_TOKEN is shorter than 16 bytes: set it to a secret of 16 bytes or more"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			env := func(name string) string {
				if name == "KENNISBANK_TOKEN" {
					return tt.token
				}
				return ""
			}
			db := filepath.Join(t.TempDir(), "k.db")
			code := run(t.Context(), []string{"-db", db, "-addr", "127.0.0.1:0"}, env, &stderr)
			assert.Equal(t, 1, code)
			assert.Contains(t, stderr.String(), tt.want)
			assert.NoFileExists(t, db, "nothing is opened before the token is checked")
		})
	}
}

func TestTheCommandServesUntilItsContextEnds(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	var stderr kbtest.SyncBuffer
	env := func(k string) string {
		if k == "KENNISBANK_TOKEN" {
			return kbtest.Token
		}
		return ""
	}
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"-db", filepath.Join(t.TempDir(), "k.db"), "-addr", "127.0.0.1:0", "-log-format", "text"}, env, &stderr)
	}()
	require.Eventually(t, func() bool { return bytes.Contains([]byte(stderr.String()), []byte("msg=listening")) },
		10*time.Second, 10*time.Millisecond)
	cancel()
	select {
	case code := <-done:
		assert.Equal(t, 0, code, "%s", stderr.String())
	case <-time.After(10 * time.Second):
		t.Fatal("run did not return")
	}
}

func TestFlags(t *testing.T) {
	noEnv := func(string) string { return "" }
	withDB := func(k string) string {
		if k == "KENNISBANK_DB" {
			return "postgres://from-env"
		}
		return ""
	}
	tests := []struct {
		name   string
		args   []string
		env    func(string) string
		wantDB string
		fails  bool
	}{
		{"the defaults are a local file on loopback", nil, noEnv, "kennisbank.db", false},
		{"KENNISBANK_DB names the database when -db is absent", nil, withDB, "postgres://from-env", false},
		{"-db wins over KENNISBANK_DB", []string{"-db", "x.db"}, withDB, "x.db", false},
		{"an unknown log format is refused", []string{"-log-format", "xml"}, noEnv, "", true},
		{"a body limit of zero is refused", []string{"-max-body", "0"}, noEnv, "", true},
		{"arguments beside flags are refused", []string{"serve"}, noEnv, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := parseFlags(tt.args, tt.env, io.Discard)
			if tt.fails {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantDB, o.db)
			assert.Equal(t, "127.0.0.1:8080", o.addr)
			assert.Equal(t, int64(api.DefaultMaxBody), o.maxBody)
		})
	}
	t.Run("bad flags exit with 2", func(t *testing.T) {
		assert.Equal(t, 2, run(t.Context(), []string{"-nope"}, noEnv, io.Discard))
	})
}

// Command kennisbank is a regional knowledge base: an HTTP service in which
// collaborations in Dutch long-term and elderly care keep their cases and
// read their assessment reports. It embeds the Regiokompas library the way
// other services will, and stores cases in SQLite (a file, the default) or
// PostgreSQL (for several instances behind one database).
//
// Usage:
//
//	KENNISBANK_TOKEN=... kennisbank [flags]
//
// Every /v1 request needs "Authorization: Bearer <token>" with the token
// of the environment variable KENNISBANK_TOKEN; the server refuses to
// start without one unless -insecure-dev is given. The database is named by
// -db or, when that flag is not given, by the environment variable
// KENNISBANK_DB (which keeps a password out of the process list): a file
// path for SQLite, or a postgres:// URL. GET /openapi.json describes the
// API. SIGINT and SIGTERM stop the server gracefully: it stops accepting
// connections and lets requests in flight finish. Logs are structured
// (log/slog) and go to standard error.
//
// The command only reads its flags and environment and wires the parts:
// package store keeps the cases (SQLite or PostgreSQL), package api serves
// them over HTTP, and main runs the http.Server and its graceful shutdown.
//
// See README.md for running it, the two storage choices and several
// instances on one PostgreSQL.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/regiokompas/regiokompas/examples/kennisbank/api"
	"github.com/regiokompas/regiokompas/examples/kennisbank/store"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Getenv, os.Stderr))
}

// options are the command line flags.
type options struct {
	addr            string
	db              string
	dbMaxConns      int
	insecureDev     bool
	maxBody         int64
	readTimeout     time.Duration
	writeTimeout    time.Duration
	idleTimeout     time.Duration
	shutdownTimeout time.Duration
	logFormat       string
	logLevel        slog.Level
}

// parseFlags reads args; getenv supplies KENNISBANK_DB when -db is not
// given.
func parseFlags(args []string, getenv func(string) string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("kennisbank", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "`address` to listen on")
	fs.StringVar(&o.db, "db", "kennisbank.db", "the database: a SQLite file `path` or a postgres:// URL (default from KENNISBANK_DB when set)")
	fs.IntVar(&o.dbMaxConns, "db-max-conns", 0, "most open database connections (0: 8 for SQLite, 10 for PostgreSQL)")
	fs.BoolVar(&o.insecureDev, "insecure-dev", false, "serve /v1 without a token (development only)")
	fs.Int64Var(&o.maxBody, "max-body", api.DefaultMaxBody, "largest request body in `bytes`; larger ones get 413")
	fs.DurationVar(&o.readTimeout, "read-timeout", 15*time.Second, "time to read a whole request")
	fs.DurationVar(&o.writeTimeout, "write-timeout", 30*time.Second, "time to write a response")
	fs.DurationVar(&o.idleTimeout, "idle-timeout", 120*time.Second, "time a kept-alive connection may idle")
	fs.DurationVar(&o.shutdownTimeout, "shutdown-timeout", 20*time.Second, "time requests in flight get to finish on SIGINT or SIGTERM")
	fs.StringVar(&o.logFormat, "log-format", "json", "log format: json or text")
	fs.TextVar(&o.logLevel, "log-level", slog.LevelInfo, "least `level` to log: debug, info, warn or error")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected arguments: %v", fs.Args())
	}
	dbSet := false
	fs.Visit(func(f *flag.Flag) { dbSet = dbSet || f.Name == "db" })
	if env := getenv("KENNISBANK_DB"); !dbSet && env != "" {
		o.db = env
	}
	if o.logFormat != "json" && o.logFormat != "text" {
		return o, fmt.Errorf("-log-format %q: want json or text", o.logFormat)
	}
	if o.maxBody <= 0 {
		return o, errors.New("-max-body must be positive")
	}
	return o, nil
}

// run runs the server until ctx ends or SIGINT or SIGTERM arrives, and
// returns the exit code: 0 after a clean shutdown, 1 on a failure, 2 for
// bad flags.
func run(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) int {
	o, err := parseFlags(args, getenv, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "kennisbank:", err)
		}
		return 2
	}
	hopts := &slog.HandlerOptions{Level: o.logLevel}
	var log *slog.Logger
	if o.logFormat == "text" {
		log = slog.New(slog.NewTextHandler(stderr, hopts))
	} else {
		log = slog.New(slog.NewJSONHandler(stderr, hopts))
	}
	if err := serve(ctx, o, getenv("KENNISBANK_TOKEN"), log); err != nil {
		log.Error("kennisbank stopped", "error", err.Error())
		return 1
	}
	return 0
}

// serve opens the store, listens and serves until ctx ends or a signal
// arrives, then shuts down gracefully.
func serve(ctx context.Context, o options, token string, log *slog.Logger) error {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	if err := checkToken(token, o.insecureDev); err != nil {
		return err
	}
	if o.insecureDev {
		log.Warn("-insecure-dev: /v1 is served without authentication; never expose this server")
		token = ""
	}
	st, err := store.Open(ctx, o.db, store.Options{MaxConns: o.dbMaxConns})
	if err != nil {
		return err
	}
	defer st.Close()

	srv, err := api.New(api.Config{Store: st, Token: token, Insecure: o.insecureDev, MaxBody: o.maxBody, Logger: log})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return err
	}
	hs := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: min(5*time.Second, o.readTimeout),
		ReadTimeout:       o.readTimeout,
		WriteTimeout:      o.writeTimeout,
		IdleTimeout:       o.idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	if o.insecureDev {
		if host, _, err := net.SplitHostPort(ln.Addr().String()); err == nil {
			if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
				log.Warn("-insecure-dev on an address other than loopback: anyone who reaches it can change the cases", "addr", ln.Addr().String())
			}
		}
	}
	log.Info("listening", "addr", ln.Addr().String(), "store", storeKind(o.db))

	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: requests in flight may finish", "timeout", o.shutdownTimeout.String())
	sctx, cancel := context.WithTimeout(context.Background(), o.shutdownTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutting down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Info("stopped")
	return nil
}

// checkToken refuses a missing or short token unless insecure is set,
// before anything is opened, with an error that names KENNISBANK_TOKEN,
// where the token comes from.
func checkToken(token string, insecure bool) error {
	if insecure {
		return nil
	}
	const advice = "set it to a secret of %d bytes or more, or pass -insecure-dev to serve without authentication"
	switch err := api.CheckToken(token); {
	case errors.Is(err, api.ErrNoToken):
		return fmt.Errorf("KENNISBANK_TOKEN is not set: "+advice, api.MinTokenLength)
	case err != nil:
		return fmt.Errorf("KENNISBANK_TOKEN is shorter than %d bytes: "+advice, api.MinTokenLength, api.MinTokenLength)
	}
	return nil
}

// storeKind names the kind of database dsn opens, for the log, which must
// not show a password.
func storeKind(dsn string) string {
	if store.IsPostgres(dsn) {
		return "postgres"
	}
	return "sqlite:" + dsn
}

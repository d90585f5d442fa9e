package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"os/signal"
	"syscall"
	"time"

	"motcua/hub"
)

// hubServe runs the HTTPS API until SIGINT or SIGTERM.
func (env *environment) hubServe(ctx context.Context, o hubOptions) error {
	k, err := env.hubKeys(o)
	if err != nil {
		return err
	}
	h, err := env.openHubDB(ctx)
	if err != nil {
		return err
	}
	defer h.Close()
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", o.addr, err)
	}
	logger := log.New(env.stderr, "", log.LstdFlags)
	srv := &http.Server{
		Handler:           hub.NewServer(h, k.Identity, hub.ServerOptions{Log: logger}),
		TLSConfig:         k.TLSConfig(),
		ReadHeaderTimeout: 30 * time.Second,
		// a batch of 8 MiB over a slow commune link takes minutes
		ReadTimeout:  10 * time.Minute,
		WriteTimeout: 11 * time.Minute,
		IdleTimeout:  2 * time.Minute,
		ErrorLog:     logger,
	}
	fmt.Fprintln(env.stdout, env.t("sync.hub_serving", ln.Addr(), k.Fingerprint))
	done := make(chan error, 1)
	go func() { done <- srv.ServeTLS(ln, "", "") }()
	select {
	case err := <-done:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shut down: %w", err)
	}
	return nil
}

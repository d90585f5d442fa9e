package main

import (
	"context"
	"fmt"
	"sync"

	"motcua/queue"
	"motcua/receipts"
)

// livePrinter follows the printer settings while a screen runs: before
// each job it reads the station's settings again and, when their printer
// part changed (the admin chose another printer on the settings screen
// or with `motcua settings set`), builds the printer anew, so the change
// needs no restart. Flags given on the command line still win.
type livePrinter struct {
	env     *environment
	st      *queue.Station
	pf      *printerFlags
	counter int

	mu sync.Mutex
	pc receipts.Config
	p  receipts.Printer
}

// livePrinter builds the printer of the settings now (explaining a bad
// setting at start-up, as newPrinter does) and returns it following them.
func (env *environment) livePrinter(ctx context.Context, st *queue.Station, pf *printerFlags, counter int) (*livePrinter, receipts.Config, error) {
	p, pc, err := env.newPrinter(ctx, st, pf, counter)
	if err != nil {
		return nil, pc, err
	}
	return &livePrinter{env: env, st: st, pf: pf, counter: counter, pc: pc, p: p}, pc, nil
}

// current is the printer of the settings as they are now.
func (lp *livePrinter) current(ctx context.Context) (receipts.Printer, receipts.Config, error) {
	cfg, err := lp.st.Config(ctx)
	if err != nil {
		return nil, receipts.Config{}, err
	}
	pc, err := lp.env.printerConfig(cfg, lp.pf, lp.counter)
	if err != nil {
		return nil, pc, fmt.Errorf("printer settings: %w", err)
	}
	lp.mu.Lock()
	defer lp.mu.Unlock()
	if pc != lp.pc {
		p, err := receipts.New(pc)
		if err != nil {
			return nil, pc, err
		}
		lp.p, lp.pc = p, pc
	}
	return lp.p, lp.pc, nil
}

// Print sends job to the printer of the current settings.
func (lp *livePrinter) Print(ctx context.Context, job receipts.Job) error {
	p, _, err := lp.current(ctx)
	if err != nil {
		return err
	}
	return p.Print(ctx, job)
}

// Pending lists the jobs waiting for the current printer (none for a
// printer that keeps none).
func (lp *livePrinter) Pending() ([]receipts.PendingJob, error) {
	p, _, err := lp.current(context.Background())
	if err != nil {
		return nil, err
	}
	if r, ok := p.(receipts.Retrier); ok {
		return r.Pending()
	}
	return nil, nil
}

// Retry sends the current printer's waiting jobs again.
func (lp *livePrinter) Retry(ctx context.Context) (int, error) {
	p, _, err := lp.current(ctx)
	if err != nil {
		return 0, err
	}
	if r, ok := p.(receipts.Retrier); ok {
		return r.Retry(ctx)
	}
	return 0, nil
}

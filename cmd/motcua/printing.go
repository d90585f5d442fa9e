package main

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/receipts"
	"motcua/tui/common"
	"motcua/tui/forms"
)

// printerFlags are the printer options of the commands that print. A flag
// left empty falls back to the station's settings (printer.kind,
// printer.queue, printer.device, printer.spool_dir, printer.width), then to
// PDF files in a spool folder beside the database.
type printerFlags struct {
	kind, queue, device, spool, paper string
}

func (env *environment) printerFlags(fs *flag.FlagSet) *printerFlags {
	pf := &printerFlags{}
	fs.StringVar(&pf.kind, "printer", "", env.t("cli.flag.printer"))
	fs.StringVar(&pf.queue, "cups-queue", "", env.t("cli.flag.cups_queue"))
	fs.StringVar(&pf.device, "device", "", env.t("cli.flag.device"))
	fs.StringVar(&pf.spool, "spool", "", env.t("cli.flag.spool"))
	fs.StringVar(&pf.paper, "paper", "", env.t("cli.flag.paper"))
	return pf
}

// printerConfig merges flags, settings and defaults. counter > 0 lets
// that counter's settings (counter.N.printer.kind, …) override the
// station's, so a counter can print forms on its own A5 printer while the
// kiosk prints tickets on a receipt printer.
func (env *environment) printerConfig(cfg queue.Config, pf *printerFlags, counter int) (receipts.Config, error) {
	pick := func(flagValue, key, fallback string) string {
		if flagValue != "" {
			return flagValue
		}
		if counter > 0 {
			if v := cfg.Settings[fmt.Sprintf("counter.%d.%s", counter, key)]; v != "" {
				return v
			}
		}
		if v := cfg.Settings[key]; v != "" {
			return v
		}
		return fallback
	}
	pc := receipts.Config{
		Kind:     pick(pf.kind, "printer.kind", receipts.KindFile),
		Queue:    pick(pf.queue, "printer.queue", ""),
		Device:   pick(pf.device, "printer.device", ""),
		SpoolDir: pick(pf.spool, "printer.spool_dir", filepath.Join(filepath.Dir(env.dbPath), "spool")),
		Width:    receipts.Width80,
		Clock:    env.db.Clock(),
	}
	switch paper := pick(pf.paper, "printer.width", "80"); paper {
	case "80":
	case "58":
		pc.Width = receipts.Width58
	default:
		return pc, badPaperError(paper)
	}
	return pc, nil
}

// badPaperError is a roll width that is neither 80 nor 58.
type badPaperError string

func (e badPaperError) Error() string { return "paper width " + string(e) }

// newPrinter builds the station's printer, explaining a bad setting in
// plain words.
func (env *environment) newPrinter(ctx context.Context, st *queue.Station, pf *printerFlags, counter int) (receipts.Printer, receipts.Config, error) {
	cfg, err := st.Config(ctx)
	if err != nil {
		return nil, receipts.Config{}, err
	}
	pc, err := env.printerConfig(cfg, pf, counter)
	if paper, bad := err.(badPaperError); bad {
		fmt.Fprintln(env.stderr, env.t("cli.bad_paper", string(paper)))
		return nil, pc, errUsage
	}
	printer, err := receipts.New(pc)
	if err != nil {
		fmt.Fprintln(env.stderr, receipts.Describe(env.lang, err))
		return nil, pc, errUsage
	}
	return printer, pc, nil
}

// ticketPrinter builds the kiosk's print function, which follows the
// printer settings (livePrinter); nil when the station prints no tickets
// at start-up (a printer switched on later needs the kiosk reopened).
func (env *environment) ticketPrinter(ctx context.Context, st *queue.Station, pf *printerFlags) (func(context.Context, queue.Ticket, queue.Estimate) error, error) {
	printer, pc, err := env.livePrinter(ctx, st, pf, 0)
	if err != nil || pc.Kind == receipts.KindNone {
		return nil, err
	}
	return func(ctx context.Context, t queue.Ticket, est queue.Estimate) error {
		cfg, err := st.Config(ctx) // names may have changed since start
		if err != nil {
			return err
		}
		p, pc, err := printer.current(ctx)
		if err != nil || pc.Kind == receipts.KindNone {
			return err
		}
		job, err := receipts.NewTicketJob(ticketSlip(cfg, t, est, env.lang), pc.Width)
		if err != nil {
			return err
		}
		return p.Print(ctx, job)
	}, nil
}

// ticketSlip is what is printed on a citizen's ticket.
func ticketSlip(cfg queue.Config, t queue.Ticket, est queue.Estimate, lang i18n.Lang) receipts.TicketSlip {
	slip := receipts.TicketSlip{
		Commune: cfg.CommuneName, Display: t.Display, Ahead: est.Ahead, Wait: est.Wait, WaitKnown: est.Known,
		Issued: t.IssuedAt, TicketID: t.ID, Lang: lang, Service: t.Service,
	}
	if sv, ok := cfg.Service(t.Service); ok {
		slip.Service = sv.NameVI
		if lang == i18n.EN {
			slip.Service = sv.NameEN
		}
	}
	if g, ok := cfg.Group(t.Priority); ok {
		slip.Priority = g.NameVI
		if lang == i18n.EN {
			slip.Priority = g.NameEN
		}
	}
	return slip
}

// formPrinter builds the printer of a counter's legal forms (Mẫu 01–04),
// which follows the printer settings (livePrinter); nil when the counter
// prints nothing at start-up.
func (env *environment) formPrinter(ctx context.Context, st *queue.Station, pf *printerFlags, counter int, clerk string) (common.FormPrinter, error) {
	printer, pc, err := env.livePrinter(ctx, st, pf, counter)
	if err != nil || pc.Kind == receipts.KindNone {
		return nil, err
	}
	return forms.Printer{Printer: printer, Station: st, Clerk: clerk}, nil
}

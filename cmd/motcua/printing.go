package main

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/receipts"
)

// printerFlags are the ticket printer options of the screens that print.
// A flag left empty falls back to the station's settings (printer.kind,
// printer.queue, printer.spool_dir, printer.width), then to a spool folder
// beside the database.
type printerFlags struct {
	kind, queue, spool, paper string
}

func (env *environment) printerFlags(fs *flag.FlagSet) *printerFlags {
	pf := &printerFlags{}
	fs.StringVar(&pf.kind, "printer", "", env.t("cli.flag.printer"))
	fs.StringVar(&pf.queue, "cups-queue", "", env.t("cli.flag.cups_queue"))
	fs.StringVar(&pf.spool, "spool", "", env.t("cli.flag.spool"))
	fs.StringVar(&pf.paper, "paper", "", env.t("cli.flag.paper"))
	return pf
}

// ticketPrinter builds the kiosk's print function from flags and settings.
func (env *environment) ticketPrinter(ctx context.Context, st *queue.Station, pf *printerFlags) (func(context.Context, queue.Ticket, queue.Estimate) error, error) {
	cfg, err := st.Config(ctx)
	if err != nil {
		return nil, err
	}
	pick := func(flagValue, key, fallback string) string {
		if flagValue != "" {
			return flagValue
		}
		if v := cfg.Settings[key]; v != "" {
			return v
		}
		return fallback
	}
	pc := receipts.Config{
		Kind:     pick(pf.kind, "printer.kind", receipts.KindFile),
		Queue:    pick(pf.queue, "printer.queue", ""),
		SpoolDir: pick(pf.spool, "printer.spool_dir", filepath.Join(filepath.Dir(env.dbPath), "spool")),
		Clock:    env.db.Clock(),
	}
	width := receipts.Width80
	switch paper := pick(pf.paper, "printer.width", "80"); paper {
	case "80":
	case "58":
		width = receipts.Width58
	default:
		fmt.Fprintln(env.stderr, env.t("cli.bad_paper", paper))
		return nil, errUsage
	}
	printer, err := receipts.New(pc)
	if err != nil {
		fmt.Fprintln(env.stderr, receipts.Describe(env.lang, err))
		return nil, errUsage
	}
	if pc.Kind == receipts.KindNone {
		return nil, nil
	}
	return func(ctx context.Context, t queue.Ticket, est queue.Estimate) error {
		job, err := receipts.NewTicketJob(ticketSlip(cfg, t, est, env.lang), width)
		if err != nil {
			return err
		}
		return printer.Print(ctx, job)
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

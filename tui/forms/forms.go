// Package forms connects the screens to the counter's printer for the
// legal forms of Circular 03/2025/TT-VPCP: it implements
// common.FormPrinter by filling receipts.Mau01…Mau04 from an
// intake.Dossier and the station's settings, and sending the PDF to a
// receipts.Printer. Screens never import it: the program builds a Printer
// and hands it to them as a common.FormPrinter.
//
// Settings read at every print, so a change in the admin screens applies
// to the next form without a restart:
//
//	forms.page_size          "A5" (default) or "A4"
//	forms.signer             who signs Mẫu 04 for the agency
//	forms.signer_title       their title, e.g. "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
//	                         (a literal \n or a | also breaks the line)
//	forms.contact_phone      the number printed on Mẫu 02 for questions
//
// The agency on every form is the commune's name (Config.CommuneName,
// e.g. "UBND xã Tân Hòa"), the place of the date line Config.Place.
package forms

import (
	"context"
	"fmt"
	"strings"
	"time"

	"motcua/intake"
	"motcua/queue"
	"motcua/receipts"
	"motcua/tui/common"
)

// Settings of the forms.
const (
	SettingPageSize     = "forms.page_size"
	SettingSigner       = "forms.signer"
	SettingSignerTitle  = "forms.signer_title"
	SettingContactPhone = "forms.contact_phone"
)

// Printer prints a dossier's forms on a counter's printer.
type Printer struct {
	// Printer receives the PDF jobs (a spool folder, CUPS, a Tee…).
	Printer receipts.Printer
	// Station gives the settings, the catalog's database and the clock.
	Station *queue.Station
	// Clerk is the clerk at the counter, who signs Mẫu 02 and 03; "" uses
	// the clerk who received the dossier.
	Clerk string
}

var _ common.FormPrinter = Printer{}

// setup is what every form needs from the station, read once per print.
type setup struct {
	header receipts.FormHeader
	size   receipts.PageSize
	set    map[string]string
}

// setup reads the settings; the form is dated date, or today (the
// station clock) when date is zero.
func (p Printer) setup(ctx context.Context, date time.Time) (setup, error) {
	if p.Station == nil || p.Printer == nil {
		return setup{}, fmt.Errorf("%w: the form printer has no station or printer", receipts.ErrConfig)
	}
	if date.IsZero() {
		date = p.Station.Now()
	}
	cfg, err := p.Station.Config(ctx)
	if err != nil {
		return setup{}, fmt.Errorf("read station settings for a form: %w", err)
	}
	size, err := PageSize(cfg.Settings[SettingPageSize])
	if err != nil {
		return setup{}, err
	}
	return setup{
		header: receipts.FormHeader{Agency: cfg.CommuneName, Place: cfg.Place, Date: date},
		size:   size,
		set:    cfg.Settings,
	}, nil
}

// PageSize reads the forms.page_size setting: "A5" (also when empty) or
// "A4", in any case.
func PageSize(v string) (receipts.PageSize, error) {
	switch strings.ToUpper(strings.TrimSpace(v)) {
	case "", "A5":
		return receipts.A5, nil
	case "A4":
		return receipts.A4, nil
	}
	return receipts.A5, fmt.Errorf("%w: %s is %q (want A5 or A4)", receipts.ErrConfig, SettingPageSize, v)
}

// print renders form and sends it.
func (p Printer) print(ctx context.Context, form receipts.Form, size receipts.PageSize) error {
	job, err := receipts.NewFormJob(form, size)
	if err != nil {
		return fmt.Errorf("render form: %w", err)
	}
	if err := p.Printer.Print(ctx, job); err != nil {
		return fmt.Errorf("print %s: %w", job.Name, err)
	}
	return nil
}

// PrintReceipt prints Mẫu 01, both copies (one PDF of two copies), dated
// the day the dossier was received, so a reprint is the same paper.
func (p Printer) PrintReceipt(ctx context.Context, d intake.Dossier) error {
	s, err := p.setup(ctx, d.ReceivedAt)
	if err != nil {
		return err
	}
	fee, err := p.feeText(ctx, d)
	if err != nil {
		return err
	}
	return p.print(ctx, Mau01(d, s.header, fee), s.size)
}

// PrintSupplement prints Mẫu 02, dated today.
func (p Printer) PrintSupplement(ctx context.Context, d intake.Dossier, missing []string, reason string) error {
	s, err := p.setup(ctx, time.Time{})
	if err != nil {
		return err
	}
	return p.print(ctx, receipts.Mau02{
		Header: s.header, DossierCode: d.Code, Applicant: applicant(d.Citizen), Procedure: d.ProcedureName,
		Items: missing, Reason: reason, Clerk: p.clerk(d), ContactPhone: s.set[SettingContactPhone],
	}, s.size)
}

// PrintRefusal prints Mẫu 03, dated today.
func (p Printer) PrintRefusal(ctx context.Context, d intake.Dossier, reason string) error {
	s, err := p.setup(ctx, time.Time{})
	if err != nil {
		return err
	}
	return p.print(ctx, receipts.Mau03{
		Header: s.header, DossierCode: d.Code, Applicant: applicant(d.Citizen), Procedure: d.ProcedureName,
		Reason: reason, Clerk: p.clerk(d),
	}, s.size)
}

// PrintApology prints Mẫu 04, dated today: d.DueAt is the new
// appointment, oldDue the one that will be missed.
func (p Printer) PrintApology(ctx context.Context, d intake.Dossier, reason string, oldDue time.Time) error {
	s, err := p.setup(ctx, time.Time{})
	if err != nil {
		return err
	}
	return p.print(ctx, receipts.Mau04{
		Header: s.header, DossierCode: d.Code, Applicant: applicant(d.Citizen), Procedure: d.ProcedureName,
		ReceivedAt: d.ReceivedAt, DueAt: oldDue, NewDueAt: d.DueAt, Reason: reason,
		Signer: s.set[SettingSigner], SignerTitle: SignerTitle(s.set[SettingSignerTitle]),
	}, s.size)
}

// clerk is who signs Mẫu 02 and 03.
func (p Printer) clerk(d intake.Dossier) string {
	if c := strings.TrimSpace(p.Clerk); c != "" {
		return c
	}
	return d.Clerk
}

// SignerTitle turns the setting into the lines of the signature block: a
// settings file or a one-line admin field cannot hold a line break, so a
// literal `\n` and a `|` break the line too.
func SignerTitle(v string) string {
	v = strings.ReplaceAll(v, `\n`, "\n")
	v = strings.ReplaceAll(v, "|", "\n")
	lines := strings.Split(v, "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

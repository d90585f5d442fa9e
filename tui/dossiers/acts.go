package dossiers

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/intake"
)

// Translation keys of the forms, as the notices name them.
const (
	formReceipt    = "dossiers.form.receipt"
	formSupplement = "dossiers.form.supplement"
	formRefusal    = "dossiers.form.refusal"
	formApology    = "dossiers.form.apology"
)

// submit records the open dialog's step. A repeat supplement request is
// checked here first (papers and reason given) and then needs Y
// (confirmed) before the desk is asked, with Confirm set.
func (m Model) submit(confirmed bool) (Model, tea.Cmd) {
	if m.busy || !m.dlg.open {
		return m, nil
	}
	desk, by, d, dl, forms := m.desk, m.by, m.d, m.dlg, m.opts.Forms
	ref := d.Code
	note := dl.value(fieldNote)
	var (
		run   func(context.Context) (intake.Dossier, error)
		form  string
		print func(context.Context, intake.Dossier) error
	)
	switch dl.action {
	case intake.ActProcess:
		run = func(ctx context.Context) (intake.Dossier, error) { return desk.StartProcessing(ctx, ref, by) }
	case intake.ActResolve:
		run = func(ctx context.Context) (intake.Dossier, error) { return desk.Resolve(ctx, ref, by, note) }
	case intake.ActReturn:
		run = func(ctx context.Context) (intake.Dossier, error) { return desk.Return(ctx, ref, by, note) }
	case intake.ActMail:
		run = func(ctx context.Context) (intake.Dossier, error) { return desk.Mail(ctx, ref, by, note) }
	case intake.ActReceiveSupplement:
		run = func(ctx context.Context) (intake.Dossier, error) { return desk.ReceiveSupplement(ctx, ref, by, note) }
	case intake.ActRequestSupplement:
		missing := splitMissing(dl.value(fieldMissing))
		reason := intake.CleanText(dl.value(fieldReason), intake.MaxReason)
		if dl.second && !confirmed {
			switch {
			case len(missing) == 0:
				m.dlg.err = intake.ErrMissingRequired
			case reason == "":
				m.dlg.err = intake.ErrReasonRequired
			default:
				m.dlg.err, m.dlg.confirming = nil, true
			}
			return m, nil
		}
		req := intake.SupplementRequest{Missing: missing, Reason: reason, Confirm: dl.second && confirmed, By: by}
		run = func(ctx context.Context) (intake.Dossier, error) { return desk.RequestSupplement(ctx, ref, req) }
		form = formSupplement
		if forms != nil {
			print = func(ctx context.Context, d intake.Dossier) error {
				return forms.PrintSupplement(ctx, d, missing, reason)
			}
		}
	case intake.ActRefuse:
		reason := intake.CleanText(dl.value(fieldReason), intake.MaxReason)
		run = func(ctx context.Context) (intake.Dossier, error) { return desk.Refuse(ctx, ref, reason, by) }
		form = formRefusal
		if forms != nil {
			print = func(ctx context.Context, d intake.Dossier) error { return forms.PrintRefusal(ctx, d, reason) }
		}
	case intake.ActApologise:
		reason := intake.CleanText(dl.value(fieldReason), intake.MaxReason)
		typed := dl.value(fieldDue)
		due, ok := parseDate(typed)
		switch {
		case reason == "":
			m.dlg.err = intake.ErrReasonRequired
			return m, nil
		case typed == "":
			m.dlg.err = keyErr{key: "dossiers.err.date_empty"}
			return m, nil
		case !ok:
			m.dlg.err = keyErr{key: "dossiers.err.date_format", args: []any{intake.Clean(typed, 20)}}
			return m, nil
		}
		oldDue := d.DueAt
		run = func(ctx context.Context) (intake.Dossier, error) { return desk.Apologise(ctx, ref, reason, due, by) }
		form = formApology
		if forms != nil {
			print = func(ctx context.Context, d intake.Dossier) error { return forms.PrintApology(ctx, d, reason, oldDue) }
		}
	default:
		return m, nil
	}
	m.busy, m.dlg.err = true, nil
	return m, m.step(dl.action, form, run, print)
}

// reprint prints Mẫu 01 of the dossier again. The dossier does not
// change; the reprint is recorded in the audit trail first.
func (m Model) reprint() (Model, tea.Cmd) {
	m.note = notice{}
	forms := m.opts.Forms
	if forms == nil {
		m.printNote = notice{kind: noteErr, key: "dossiers.reprint_none"}
		return m, nil
	}
	m.printNote = notice{kind: noteInfo, key: "dossiers.printing", args: []any{tkey(formReceipt)}}
	desk, by := m.opts.Desk, intake.Actor{Counter: m.opts.Counter, Clerk: m.opts.Clerk}
	return m, m.printForm(formReceipt, m.d, func(ctx context.Context, d intake.Dossier) error {
		if err := desk.Reprinted(ctx, d.Code, "mau01", by); err != nil {
			return err
		}
		return forms.PrintReceipt(ctx, d)
	})
}

// onActed shows the result of a step. When the desk refused it, the
// dialog stays open with what was typed and the reason in words; when it
// was recorded, the form is printed.
func (m Model) onActed(msg actedMsg) (Model, tea.Cmd) {
	m.busy = false
	if msg.err != nil {
		if m.dlg.open && m.dlg.action == msg.action {
			m.dlg.err, m.dlg.confirming = msg.err, false
			return m, nil
		}
		m.note = notice{kind: noteErr, key: "dossiers.act_failed", err: msg.err}
		return m, nil
	}
	if m.dlg.action == msg.action {
		m.dlg = dialog{}
	}
	if m.ref == msg.d.Code {
		m.d, m.detailOK = msg.d, true
	}
	m.note = notice{kind: noteOK, key: "dossiers.done", args: []any{tkey("dossiers.act." + string(msg.action)), msg.d.Code}}
	m.printNote = notice{}
	acted := ActedMsg{Action: msg.action, Dossier: msg.d}
	cmds := []tea.Cmd{m.loadDetail(msg.d.Code), func() tea.Msg { return acted }}
	switch {
	case msg.form == "":
	case msg.print == nil:
		m.printNote = notice{kind: noteErr, key: "dossiers.print_none", args: []any{tkey(msg.form)}}
	default:
		m.printNote = notice{kind: noteInfo, key: "dossiers.printing", args: []any{tkey(msg.form)}}
		cmds = append(cmds, m.printForm(msg.form, msg.d, msg.print))
	}
	return m, tea.Batch(cmds...)
}

// onPrinted says how printing went. A failure leaves the step recorded:
// the printer's spool keeps the job for a retry.
func (m Model) onPrinted(msg printedMsg) (Model, tea.Cmd) {
	switch {
	case msg.err == nil:
		m.printNote = notice{kind: noteOK, key: "dossiers.printed", args: []any{tkey(msg.form)}}
	case msg.form == formReceipt:
		m.printNote = notice{kind: noteErr, key: "dossiers.reprint_failed", args: []any{tkey(msg.form), msg.err.Error()}}
	default:
		m.printNote = notice{kind: noteErr, key: "dossiers.print_failed", args: []any{tkey(msg.form), msg.err.Error()}}
	}
	return m, nil
}

// lateDays is how many calendar days after its due day a dossier is now.
func lateDays(now, due time.Time) int {
	y1, m1, d1 := now.Date()
	y2, m2, d2 := due.In(now.Location()).Date()
	a := time.Date(y1, m1, d1, 0, 0, 0, 0, time.UTC)
	b := time.Date(y2, m2, d2, 0, 0, 0, 0, time.UTC)
	return int(a.Sub(b).Hours() / 24)
}

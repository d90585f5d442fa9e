package intake

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	hoso "motcua/intake"
	"motcua/store"
)

// intakeValue is the form as intake.Intake, and the errors of what the
// form itself reads (a date, a number) before intake checks the rest.
func (m Model) intakeValue() (hoso.Intake, []hoso.FieldError) {
	var errs []hoso.FieldError
	birth, ok := parseDate(m.value(fBirth))
	if !ok {
		errs = append(errs, hoso.FieldError{Field: hoso.FieldBirthDate, Key: "intakeform.err.birth_format",
			Args: []any{hoso.Clean(m.value(fBirth), 20)}})
	}
	sets := 1
	if v := strings.TrimSpace(m.value(fSets)); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			errs = append(errs, hoso.FieldError{Field: hoso.FieldSets, Key: "intake.err.sets", Args: []any{hoso.MaxSets}})
		}
		sets = n
	}
	fee, ok := parseMoney(m.value(fFee))
	if !ok {
		errs = append(errs, hoso.FieldError{Field: hoso.FieldFee, Key: "intakeform.err.fee_format"})
	}
	in := hoso.Intake{
		Key: m.key,
		Citizen: hoso.Citizen{
			Name: m.value(fName), IDNumber: m.value(fID), BirthDate: birth, Gender: m.gender,
			Phone: m.value(fPhone), Email: m.value(fEmail), Address: m.value(fAddress),
		},
		Procedure: m.procID, Documents: m.received(), Sets: sets, FeeVND: fee,
		Return: m.ret, Note: m.value(fNote),
		TicketID: m.ticketID, Counter: m.counter, Clerk: m.clerk,
	}
	if m.ret == hoso.ByPost {
		in.PostalAddress = m.value(fPostal)
	}
	return in, errs
}

// parseDate reads a date of birth as a clerk types it: 15/08/1990,
// 15-8-1990, 15.08.1990 or 15081990; empty is no date.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, true
	}
	s = strings.NewReplacer("-", "/", ".", "/", " ", "").Replace(s)
	for _, layout := range []string{"2/1/2006", "02012006"} {
		if t, err := time.ParseInLocation(layout, s, store.Local); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// receivedMsg is the desk's answer to a save.
type receivedMsg struct {
	dossier hoso.Dossier
	err     error
}

// printedMsg is the printer's answer.
type printedMsg struct{ err error }

// save checks the form and, when the form itself finds nothing wrong,
// hands it to the desk. Keys are ignored until the desk answers, and the
// form key makes a second save of the same form return the same dossier.
func (m Model) save() (Model, tea.Cmd) {
	if m.saving || m.saved != nil {
		return m, nil
	}
	in, errs := m.intakeValue()
	if len(errs) > 0 {
		// Say everything at once: intake checks the rest of the form.
		local := slices.Clone(errs)
		_, more := hoso.CheckIntake(in, m.desk.Now())
		for _, e := range more {
			if !hasField(local, e.Field) {
				errs = append(errs, e)
			}
		}
		return m.showErrors(errs), nil
	}
	m.saving = true
	m.note = notice{key: "intakeform.saving"}
	desk := m.desk
	return m, func() tea.Msg {
		ctx, cancel := context.WithTimeout(m.Context(), saveTimeout)
		defer cancel()
		d, err := desk.Receive(ctx, in)
		return receivedMsg{dossier: d, err: err}
	}
}

func hasField(errs []hoso.FieldError, field string) bool {
	return slices.ContainsFunc(errs, func(e hoso.FieldError) bool { return e.Field == field })
}

// showErrors puts each error next to its field, in form order, and moves
// the focus to the first bad field. Nothing typed changes.
func (m Model) showErrors(errs []hoso.FieldError) Model {
	slices.SortStableFunc(errs, func(a, b hoso.FieldError) int {
		fa, _ := fieldOf(a.Field)
		fb, _ := fieldOf(b.Field)
		return int(fa) - int(fb)
	})
	m.errs = errs
	m.note = notice{key: "intakeform.fix_errors", args: []any{len(errs)}, bad: true}
	for _, e := range errs {
		if f, ok := fieldOf(e.Field); ok && m.visible(f) {
			m.setFocus(f)
			return m
		}
	}
	// Errors without a field (the ticket): say them on the notice line.
	m.note = notice{err: &hoso.ValidationError{Fields: errs}, bad: true}
	return m
}

// dropErrors forgets the errors of fields the clerk changed.
func (m *Model) dropErrors(fs ...field) {
	m.errs = slices.DeleteFunc(m.errs, func(e hoso.FieldError) bool {
		f, ok := fieldOf(e.Field)
		return ok && slices.Contains(fs, f)
	})
}

// errorsOf are the errors shown next to a field.
func (m Model) errorsOf(f field) []hoso.FieldError {
	var out []hoso.FieldError
	for _, e := range m.errs {
		if g, ok := fieldOf(e.Field); ok && g == f {
			out = append(out, e)
		}
	}
	return out
}

func (m Model) onReceived(msg receivedMsg) (Model, tea.Cmd) {
	m.saving = false
	var ve *hoso.ValidationError
	switch {
	case msg.err == nil:
		m.note = notice{}
	case errors.Is(msg.err, hoso.ErrKeyConflict) && msg.dossier.ID != "":
		// The form was saved before with other content: the first
		// version is the one on record; show it.
		m.note = notice{err: msg.err, bad: true}
	case errors.As(msg.err, &ve):
		m = m.showErrors(ve.Fields)
		if m.dirty {
			return m, m.edited()
		}
		return m, nil
	default:
		m.note = notice{key: "intakeform.save_failed", err: msg.err, bad: true}
		return m, nil
	}
	d := msg.dossier
	m.saved, m.errs = &d, nil
	saved := func() tea.Msg { return SavedMsg{Dossier: d} }
	m, print := m.print()
	return m, tea.Batch(saved, print)
}

// print prints Mẫu 01 of the saved dossier (both copies in one job).
func (m Model) print() (Model, tea.Cmd) {
	if m.saved == nil || m.printing {
		return m, nil
	}
	m.printErr, m.printed = nil, false
	if m.forms == nil {
		return m, nil
	}
	m.printing = true
	forms, d := m.forms, *m.saved
	return m, func() tea.Msg {
		ctx, cancel := context.WithTimeout(m.Context(), printTimeout)
		defer cancel()
		return printedMsg{err: forms.PrintReceipt(ctx, d)}
	}
}

// reprint prints Mẫu 01 of the saved dossier again, recording the reprint
// in the audit trail first.
func (m Model) reprint() (Model, tea.Cmd) {
	if m.saved == nil || m.printing || m.forms == nil {
		return m.print()
	}
	m.printErr, m.printed, m.printing = nil, false, true
	forms, d, desk := m.forms, *m.saved, m.desk
	by := hoso.Actor{Counter: m.counter, Clerk: m.clerk}
	return m, func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), printTimeout)
		defer cancel()
		if err := desk.Reprinted(ctx, d.Code, "mau01", by); err != nil {
			return printedMsg{err: err}
		}
		return printedMsg{err: forms.PrintReceipt(ctx, d)}
	}
}

func (m Model) onPrinted(msg printedMsg) Model {
	m.printing = false
	m.printErr = msg.err
	m.printed = msg.err == nil
	return m
}

// another starts a new dossier for the same citizen: the applicant stays,
// the rest of the form and the key are new.
func (m Model) another() (Model, tea.Cmd) {
	m.saved, m.printErr, m.printed = nil, nil, false
	m.key = store.NewID()
	for _, f := range []field{fProcedure, fFee, fPostal, fNote} {
		m.setValue(f, "")
	}
	m.setValue(fSets, "1")
	m.procID, m.procLabel, m.docs, m.docIdx = "", "", nil, 0
	m.ret = hoso.AtCounter
	m.errs = nil
	m.research()
	m.setFocus(fProcedure)
	m.note = notice{key: "intakeform.another"}
	return m, m.edited()
}

// clear empties the form and discards the counter's draft.
func (m Model) clear() (Model, tea.Cmd) {
	for f := range numFields {
		if textField(f) {
			m.setValue(f, "")
		}
	}
	m.setValue(fSets, "1")
	m.key = store.NewID()
	m.gender, m.procID, m.procLabel, m.docs, m.docIdx = "", "", "", nil, 0
	m.ret, m.errs, m.clearArmed = hoso.AtCounter, nil, false
	m.research()
	m.setFocus(fName)
	m.note = notice{key: "intakeform.cleared"}
	m.dirty = false
	m.draftGen++
	return m, m.saveDraft() // empty: discards the draft
}

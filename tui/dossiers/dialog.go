package dossiers

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"motcua/intake"
	"motcua/store"
)

// dialog is the prompt of one step, drawn in place of the history. What
// the clerk typed stays in it until the step is recorded, so a refusal by
// the desk (a missing reason, a date that is not a working day) loses
// nothing.
type dialog struct {
	open       bool
	action     intake.Action
	second     bool // a repeat supplement request: warning, reason, confirmation
	fields     []field
	focus      int
	confirming bool  // waiting for Y on a repeat supplement request
	err        error // why the last attempt was not recorded
}

// field is one input of a dialog: a one-line input, or the multi-line
// list of missing papers.
type field struct {
	name  string // fieldNote, fieldMissing, …
	label string // translation key
	area  bool
	in    textinput.Model
	ta    textarea.Model
}

const (
	fieldNote    = "note"
	fieldMissing = "missing"
	fieldReason  = "reason"
	fieldDue     = "due"
)

// newDialog is the dialog of a step on d.
func newDialog(a intake.Action, d intake.Dossier, w int) dialog {
	dl := dialog{open: true, action: a}
	switch a {
	case intake.ActResolve, intake.ActReturn, intake.ActReceiveSupplement:
		dl.fields = []field{newInput(fieldNote, "dossiers.field.note", intake.MaxNote, "")}
	case intake.ActMail:
		dl.fields = []field{newInput(fieldNote, "dossiers.field.parcel", intake.MaxNote, "")}
	case intake.ActRequestSupplement:
		dl.second = d.Supplements > 0
		why := "dossiers.field.why"
		if dl.second {
			why = "dossiers.field.why_required"
		}
		dl.fields = []field{newArea(fieldMissing, "dossiers.field.missing"), newInput(fieldReason, why, intake.MaxReason, "")}
	case intake.ActRefuse:
		dl.fields = []field{newInput(fieldReason, "dossiers.field.why_required", intake.MaxReason, "")}
	case intake.ActApologise:
		dl.fields = []field{
			newInput(fieldReason, "dossiers.field.why_required", intake.MaxReason, ""),
			newInput(fieldDue, "dossiers.field.new_due", 10, "dd/mm/yyyy"),
		}
	}
	dl.setWidth(w)
	dl.focusField(0)
	return dl
}

func newInput(name, label string, limit int, placeholder string) field {
	in := textinput.New()
	in.Prompt = "› "
	in.CharLimit = limit
	in.Placeholder = placeholder
	s := in.Styles()
	s.Cursor.Blink = false
	in.SetStyles(s)
	return field{name: name, label: label, in: in}
}

func newArea(name, label string) field {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = "┃ "
	ta.CharLimit = 2000
	ta.SetHeight(3)
	s := ta.Styles()
	s.Cursor.Blink = false
	ta.SetStyles(s)
	return field{name: name, label: label, area: true, ta: ta}
}

// setWidth fits the inputs in the dialog's box.
func (dl *dialog) setWidth(w int) {
	inner := max(dialogWidth(w)-4, 10)
	for i := range dl.fields {
		if dl.fields[i].area {
			dl.fields[i].ta.SetWidth(inner)
		} else {
			dl.fields[i].in.SetWidth(inner - 3)
		}
	}
}

// dialogWidth is the width of a dialog's box on a screen w wide.
func dialogWidth(w int) int { return min(w, 110) }

func (dl *dialog) focusField(i int) {
	if len(dl.fields) == 0 {
		return
	}
	dl.focus = (i + len(dl.fields)) % len(dl.fields)
	for j := range dl.fields {
		f := &dl.fields[j]
		if j == dl.focus {
			if f.area {
				f.ta.Focus()
			} else {
				f.in.Focus()
			}
			continue
		}
		if f.area {
			f.ta.Blur()
		} else {
			f.in.Blur()
		}
	}
}

// update gives a key to the focused input.
func (dl *dialog) update(msg tea.Msg) tea.Cmd {
	if len(dl.fields) == 0 {
		return nil
	}
	f := &dl.fields[dl.focus]
	var cmd tea.Cmd
	if f.area {
		f.ta, cmd = f.ta.Update(msg)
	} else {
		f.in, cmd = f.in.Update(msg)
	}
	return cmd
}

// value is what the clerk typed in the named field.
func (dl dialog) value(name string) string {
	for _, f := range dl.fields {
		if f.name == name {
			if f.area {
				return f.ta.Value()
			}
			return f.in.Value()
		}
	}
	return ""
}

// onLast reports whether the focus is on the last field.
func (dl dialog) onLast() bool { return dl.focus == len(dl.fields)-1 }

// focusedArea reports whether the focused field takes several lines, so
// Enter starts a new line in it.
func (dl dialog) focusedArea() bool {
	return len(dl.fields) > 0 && dl.fields[dl.focus].area
}

// splitMissing reads the list of missing papers: one per line or
// separated by semicolons; blank items are dropped, each is cleaned as
// the desk will record it.
func splitMissing(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		for _, item := range strings.Split(line, ";") {
			if item = intake.Clean(item, intake.MaxDocumentName); item != "" {
				out = append(out, item)
			}
		}
	}
	return out
}

// parseDate reads a date typed as day/month/year (also with dashes or
// dots, and one-digit days and months), at local midnight.
func parseDate(s string) (time.Time, bool) {
	s = strings.NewReplacer("-", "/", ".", "/", " ", "").Replace(strings.TrimSpace(s))
	for _, layout := range []string{"02/01/2006", "2/1/2006"} {
		if t, err := time.ParseInLocation(layout, s, store.Local); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

package settings

import (
	"context"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"motcua/tui/common"
)

// form edits one thing: a few labelled text inputs (none for a question
// such as "remove counter 4?"); enter saves, esc cancels.
type form struct {
	title  string
	fields []field
	focus  int
	// save checks and stores the values, in field order; its error is
	// shown under the form, which stays open.
	save func(ctx context.Context, values []string) error
	err  string
}

// field is one labelled input with a hint of what it takes.
type field struct {
	label, hint string
	in          textinput.Model
}

func newField(label, hint, value string, limit int) field {
	in := textinput.New()
	in.Prompt = "› "
	in.CharLimit = limit
	s := in.Styles()
	s.Cursor.Blink = false
	in.SetStyles(s)
	in.SetValue(common.Sanitize(value)) // stored before the checks existed, perhaps
	return field{label: label, hint: hint, in: in}
}

// values are the inputs' texts in field order.
func (f *form) values() []string {
	out := make([]string, len(f.fields))
	for i := range f.fields {
		out[i] = f.fields[i].in.Value()
	}
	return out
}

// setFocus moves the cursor to field i (wrapping around).
func (f *form) setFocus(i int) tea.Cmd {
	if len(f.fields) == 0 {
		return nil
	}
	f.focus = (i + len(f.fields)) % len(f.fields)
	for j := range f.fields {
		f.fields[j].in.Blur()
	}
	f.fields[f.focus].in.CursorEnd()
	return f.fields[f.focus].in.Focus()
}

// setWidth fits the inputs to a screen w wide.
func (f *form) setWidth(w int) {
	for i := range f.fields {
		f.fields[i].in.SetWidth(max(w-8, 10))
	}
}

// update passes a key or paste to the focused input.
func (f *form) update(msg tea.Msg) tea.Cmd {
	if len(f.fields) == 0 {
		return nil
	}
	var cmd tea.Cmd
	f.fields[f.focus].in, cmd = f.fields[f.focus].in.Update(msg)
	return cmd
}

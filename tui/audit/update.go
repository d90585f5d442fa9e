package audit

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"motcua/tui/common"
)

// Update handles keys, the terminal size, loads and database changes.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		old := m.pageSize()
		m.SetSize(msg.Width, msg.Height)
		if m.pageSize() != old {
			m.page = 0
			return m.Reload()
		}
		return m, nil
	case loadedMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.loaded, m.got, m.err, m.entries, m.total = true, msg.seq, msg.err, msg.entries, msg.total
		m.cursor = max(min(m.cursor, len(m.entries)-1), 0)
		return m, nil
	case changedMsg:
		next, cmd := m.Reload()
		return next, tea.Batch(cmd, m.watch())
	case tea.KeyPressMsg:
		if m.editing {
			return m.formKey(msg)
		}
		return m.key(msg)
	case tea.PasteMsg:
		if m.editing {
			var cmd tea.Cmd
			m.inputs[m.focus], cmd = m.inputs[m.focus].Update(msg)
			return m, cmd
		}
	}
	return m, nil
}

func (m Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Quit) && !m.opts.Embedded:
		return m, common.Leave(m.opts.Standalone)
	case key.Matches(msg, m.keys.Lang):
		m.Lang = m.Lang.Toggle()
		m.keys = newKeys(m.Common, m.opts.Standalone)
	case key.Matches(msg, m.keys.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(msg, m.keys.Down):
		m.cursor = max(min(m.cursor+1, len(m.entries)-1), 0)
	case key.Matches(msg, m.keys.Next):
		if m.page+1 < m.pages() {
			m.page, m.cursor = m.page+1, 0
			return m.Reload()
		}
	case key.Matches(msg, m.keys.Prev):
		if m.page > 0 {
			m.page, m.cursor = m.page-1, 0
			return m.Reload()
		}
	case key.Matches(msg, m.keys.Filter):
		return m.openForm()
	case key.Matches(msg, m.keys.Clear):
		m.filter, m.page, m.cursor = emptyFilter, 0, 0
		return m.Reload()
	}
	return m, nil
}

// openForm shows the filter form with the current filter.
func (m Model) openForm() (tea.Model, tea.Cmd) {
	f := m.filter
	counter := ""
	if f.Counter > 0 {
		counter = itoa(f.Counter)
	}
	account := f.Account
	if f.AtThisPC {
		account = atThisPC
	}
	values := []string{account, counter, f.Action, dayText(f.From, false), dayText(f.To, true)}
	m.inputs = make([]textinput.Model, len(values))
	for i, v := range values {
		in := textinput.New()
		in.Prompt = "› "
		in.CharLimit = 60
		in.SetWidth(max(m.Width-30, 10))
		s := in.Styles()
		s.Cursor.Blink = false
		in.SetStyles(s)
		in.SetValue(v)
		m.inputs[i] = in
	}
	m.editing, m.focus, m.formErr = true, 0, ""
	return m, m.inputs[0].Focus()
}

// formKey drives the filter form: enter applies it, esc leaves it.
func (m Model) formKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch msg.String() {
	case "esc":
		m.editing = false
		return m, nil
	case "enter":
		v := make([]string, len(m.inputs))
		for i := range m.inputs {
			v[i] = m.inputs[i].Value()
		}
		f, err := parseFilter(v[0], v[1], v[2], v[3], v[4])
		if err != nil {
			fe := err.(*filterError)
			m.formErr = m.T(fe.key, fe.arg)
			return m, nil
		}
		m.filter, m.editing, m.page, m.cursor = f, false, 0, 0
		return m.Reload()
	case "tab", "down", "shift+tab", "up":
		m.inputs[m.focus].Blur()
		step := 1
		if s := msg.String(); s == "shift+tab" || s == "up" {
			step = len(m.inputs) - 1
		}
		m.focus = (m.focus + step) % len(m.inputs)
		return m, m.inputs[m.focus].Focus()
	}
	var cmd tea.Cmd
	m.inputs[m.focus], cmd = m.inputs[m.focus].Update(msg)
	return m, cmd
}

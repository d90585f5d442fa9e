package settings

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"motcua/intake"
	"motcua/store"
	"motcua/tui/common"
)

// Update handles keys, the terminal size, loads and saves.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
		if m.form != nil {
			m.form.setWidth(m.Width)
		}
		return m.updateAudit(tea.WindowSizeMsg{Width: msg.Width, Height: max(msg.Height-auditTop, 1)})
	case loadedMsg:
		m.err = msg.err
		if msg.err != nil {
			return m, common.WaitForChange(m.Context(), m.opts.Station, m.rev)
		}
		if !m.loaded {
			m.cursor[pageHolidays] = firstFrom(msg.days, store.Day(msg.sn.At))
		}
		m.loaded, m.rev, m.cfg, m.days, m.accounts = true, msg.sn.Revision, msg.sn.Config, msg.days, msg.accounts
		m.clampCursor()
		return m, common.WaitForChange(m.Context(), m.opts.Station, m.rev)
	case common.RevisionMsg:
		// Another screen or session changed the database: read it again,
		// so two admins never edit what one of them already changed.
		var cmd tea.Cmd
		m.audit, cmd = m.audit.Reload()
		return m, tea.Batch(m.load(), cmd)
	case savedMsg:
		if msg.f == nil || msg.f != m.form {
			if msg.err != nil && msg.f == nil {
				m.status = m.Styles.Error.Render(m.errorText(msg.err))
			}
			return m, nil
		}
		if msg.err != nil {
			m.form.err = m.errorText(msg.err)
			return m, nil
		}
		m.form, m.status = nil, m.Styles.OK.Render(m.T("settings.saved"))
		return m, nil
	case tea.KeyPressMsg:
		switch {
		case m.form != nil:
			return m.formKey(msg)
		case m.page == pageAudit && !m.ownsKey(msg):
			return m.updateAudit(msg)
		}
		return m.listKey(msg)
	case tea.PasteMsg:
		if m.form != nil {
			return m, m.form.update(msg)
		}
		if m.page == pageAudit {
			return m.updateAudit(msg)
		}
		return m, nil
	}
	// Anything else is the audit tab's own (its loads).
	return m.updateAudit(msg)
}

// ownsKey says whether the screen, not the audit tab, handles a key on
// the audit page: changing page, the language and leaving, unless the
// audit filter form is open.
func (m Model) ownsKey(msg tea.KeyPressMsg) bool {
	if m.audit.Editing() {
		return false
	}
	k := m.keys
	return common.Digit(msg) >= 1 || key.Matches(msg, k.Next, k.Prev, k.Lang, k.Quit)
}

// listKey drives a page's list.
func (m Model) listKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if d := common.Digit(msg); d >= 1 && d <= int(numPages) {
		m.page, m.status = page(d-1), ""
		return m, nil
	}
	n := len(m.rows())
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, common.Leave(m.opts.Standalone)
	case key.Matches(msg, m.keys.Lang):
		m.Lang = m.Lang.Toggle()
		m.keys = newKeys(m.Common, m.opts.Standalone)
		m.audit = m.audit.SetLang(m.Lang).WithHelp(m.keys.Next, m.keys.Quit)
	case key.Matches(msg, m.keys.Next):
		m.page, m.status = (m.page+1)%numPages, ""
	case key.Matches(msg, m.keys.Prev):
		m.page, m.status = (m.page+numPages-1)%numPages, ""
	case key.Matches(msg, m.keys.Up):
		m.cursor[m.page] = max(m.cursor[m.page]-1, 0)
	case key.Matches(msg, m.keys.Down):
		m.cursor[m.page] = max(min(m.cursor[m.page]+1, n-1), 0)
	case msg.String() == "pgup":
		m.cursor[m.page] = max(m.cursor[m.page]-m.listHeight(), 0)
	case msg.String() == "pgdown":
		m.cursor[m.page] = max(min(m.cursor[m.page]+m.listHeight(), n-1), 0)
	case key.Matches(msg, m.keys.Edit):
		return m.open(m.editForm())
	case key.Matches(msg, m.keys.Add):
		return m.open(m.addForm())
	case key.Matches(msg, m.keys.Remove):
		return m.open(m.removeForm())
	case key.Matches(msg, m.keys.Password) && m.page == pageAccounts:
		if r, ok := m.selected(); ok {
			return m.open(m.passwordForm(r.id))
		}
	case key.Matches(msg, m.keys.MoveUp), key.Matches(msg, m.keys.MoveDown):
		by := -1
		if key.Matches(msg, m.keys.MoveDown) {
			by = 1
		}
		if fn := m.moveFn(by); fn != nil {
			m.cursor[m.page] = max(min(m.cursor[m.page]+by, n-1), 0)
			m.status = ""
			return m, m.save(nil, fn)
		}
	}
	return m, nil
}

// open shows f (nothing happens when the page has no such form).
func (m Model) open(f *form) (tea.Model, tea.Cmd) {
	if f == nil || !m.loaded {
		return m, nil
	}
	m.form, m.status = f, ""
	f.setWidth(m.Width)
	return m, f.setFocus(0)
}

// formKey drives the open form: enter saves, esc cancels, tab and the
// arrows move between fields, anything else is typed.
func (m Model) formKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	f := m.form
	switch msg.String() {
	case "esc":
		m.form = nil
		return m, nil
	case "enter":
		values, save := f.values(), f.save
		f.err = ""
		return m, m.save(f, func(ctx context.Context) error { return save(ctx, values) })
	case "tab", "down":
		return m, f.setFocus(f.focus + 1)
	case "shift+tab", "up":
		return m, f.setFocus(f.focus - 1)
	}
	return m, f.update(msg)
}

// firstFrom is the index of the first day on or after today, so the
// calendar opens on the days to come.
func firstFrom(days []intake.SpecialDay, today string) int {
	for i, d := range days {
		if d.Date >= today {
			return i
		}
	}
	return max(len(days)-1, 0)
}

// clampCursor keeps every page's cursor on a row after a reload.
func (m *Model) clampCursor() {
	cur := m.page
	for p := page(0); p < numPages; p++ {
		m.page = p
		m.cursor[p] = max(min(m.cursor[p], len(m.rows())-1), 0)
	}
	m.page = cur
}

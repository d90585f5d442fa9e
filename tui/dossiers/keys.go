package dossiers

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"motcua/intake"
)

// actionKeys are the keys of the steps in the detail, in the order the
// action bar lists them; each works only when the step fits the state.
var actionKeys = []struct {
	key    string
	action intake.Action
}{
	{"p", intake.ActProcess},
	{"k", intake.ActResolve},
	{"t", intake.ActReturn},
	{"g", intake.ActMail},
	{"b", intake.ActRequestSupplement},
	{"n", intake.ActReceiveSupplement},
	{"x", intake.ActRefuse},
	{"h", intake.ActApologise},
}

// reprintKey reprints Mẫu 01 in any state.
const reprintKey = "i"

// onKey handles a key press. ctrl+l and F2 switch the language at every
// level, also inside a text field.
func (m Model) onKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch msg.String() {
	case "ctrl+l", "f2":
		m.Lang = m.Lang.Toggle()
		return m, nil
	}
	switch m.level {
	case levelFind:
		return m.onFindKey(msg)
	case levelDetail:
		if m.dlg.open {
			return m.onDialogKey(msg)
		}
		return m.onDetailKey(msg)
	}
	return m.onPanelKey(msg)
}

func (m Model) onPanelKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	rows := m.rows()
	move := func(to int) (Model, tea.Cmd) {
		if len(rows) > 0 {
			m.cursorID = rows[min(max(to, 0), len(rows)-1)].ID
		}
		return m, nil
	}
	switch msg.String() {
	case "esc":
		return m.goBack()
	case "up":
		return move(m.cursor() - 1)
	case "down":
		return move(m.cursor() + 1)
	case "pgup":
		return move(m.cursor() - m.pageRows())
	case "pgdown":
		return move(m.cursor() + m.pageRows())
	case "home":
		return move(0)
	case "end":
		return move(len(rows) - 1)
	case "enter":
		if d, ok := m.selected(); ok {
			return m.openDetail(d.Code, levelPanel)
		}
		return m, nil
	case "/":
		return m.openFind("")
	}
	// Any other text starts a search with it: a receipt's QR code scanned
	// on the panel opens its dossier.
	if t := msg.Text; t != "" && strings.TrimSpace(t) != "" && msg.Mod&^tea.ModShift == 0 {
		return m.openFind(t)
	}
	return m, nil
}

// openFind shows the search box, with text already typed.
func (m Model) openFind(text string) (Model, tea.Cmd) {
	m.level = levelFind
	m.note, m.printNote = notice{}, notice{}
	m.query.SetValue(text)
	m.query.CursorEnd()
	m.results, m.resultsFor, m.findErr, m.findCursor, m.pendingOpen = nil, "", nil, 0, false
	cmd := m.query.Focus()
	if strings.TrimSpace(text) != "" {
		cmd = m.find(m.query.Value())
	}
	return m, cmd
}

func (m Model) onFindKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch msg.String() {
	case "esc":
		return m.goBack()
	case "up":
		m.findCursor = max(m.findCursor-1, 0)
		return m, nil
	case "down":
		m.findCursor = max(min(m.findCursor+1, len(m.results)-1), 0)
		return m, nil
	case "enter":
		if m.resultsFor == m.query.Value() {
			if m.findCursor < len(m.results) {
				return m.openDetail(m.results[m.findCursor].Code, levelFind)
			}
			return m, nil
		}
		// A scanner types faster than the search answers: open the first
		// result when it comes.
		m.pendingOpen = strings.TrimSpace(m.query.Value()) != ""
		return m, nil
	}
	return m.typeQuery(msg)
}

// typeQuery gives a key or a paste to the search box and searches again
// when the text changed.
func (m Model) typeQuery(msg tea.Msg) (Model, tea.Cmd) {
	before := m.query.Value()
	var cmd tea.Cmd
	m.query, cmd = m.query.Update(msg)
	q := m.query.Value()
	if q == before {
		return m, cmd
	}
	m.findCursor, m.pendingOpen = 0, false
	if strings.TrimSpace(q) == "" {
		m.results, m.resultsFor, m.findErr = nil, q, nil
		return m, cmd
	}
	return m, tea.Batch(cmd, m.find(q))
}

func (m Model) onPaste(msg tea.PasteMsg) (Model, tea.Cmd) {
	switch {
	case m.level == levelPanel:
		m, _ = m.openFind("")
		return m.typeQuery(msg)
	case m.level == levelFind:
		return m.typeQuery(msg)
	case m.dlg.open && !m.dlg.confirming:
		return m, m.dlg.update(msg)
	}
	return m, nil
}

func (m Model) onDetailKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := msg.String()
	switch k {
	case "esc":
		return m.goBack()
	case "up":
		m.histOff = min(m.histOff+1, max(len(m.history)-1, 0))
		return m, nil
	case "down":
		m.histOff = max(m.histOff-1, 0)
		return m, nil
	}
	if !m.detailOK || m.busy {
		return m, nil
	}
	if k == reprintKey {
		return m.reprint()
	}
	for _, ak := range actionKeys {
		if ak.key != k {
			continue
		}
		if !ak.action.Allows(m.d.Status) {
			m.note = notice{kind: noteErr, key: "intake.err.transition", args: []any{tkey(ak.action.Key()), tkey(m.d.Status.Key())}}
			return m, nil
		}
		m.note, m.printNote = notice{}, notice{}
		m.dlg = newDialog(ak.action, m.d, m.Width)
		return m, nil
	}
	return m, nil
}

func (m Model) onDialogKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := msg.String()
	if m.dlg.confirming {
		switch strings.ToLower(k) {
		case "y", "shift+y":
			return m.submit(true)
		case "n", "shift+n", "esc":
			m.dlg.confirming = false
		}
		return m, nil
	}
	switch k {
	case "esc":
		m.dlg = dialog{}
		return m, nil
	case "ctrl+s":
		return m.submit(false)
	case "tab":
		m.dlg.focusField(m.dlg.focus + 1)
		return m, nil
	case "shift+tab":
		m.dlg.focusField(m.dlg.focus - 1)
		return m, nil
	case "enter":
		switch {
		case len(m.dlg.fields) == 0 || !m.dlg.focusedArea() && m.dlg.onLast():
			return m.submit(false)
		case !m.dlg.focusedArea():
			m.dlg.focusField(m.dlg.focus + 1)
			return m, nil
		}
	case "y":
		if len(m.dlg.fields) == 0 {
			return m.submit(false)
		}
	}
	return m, m.dlg.update(msg)
}

// pageRows is how far PgUp and PgDn move on the panel.
func (m Model) pageRows() int { return max(m.Height-8, 1) }

package dossiers

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/tui/common"
)

// Update handles one message. Messages of other panels (an id that is not
// this panel's) and of the host are ignored.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
		return m, nil
	case tea.KeyPressMsg:
		return m.onKey(msg)
	case tea.PasteMsg:
		return m.onPaste(msg)
	case panelMsg:
		if msg.id == m.id {
			return m.onPanel(msg)
		}
	case revMsg:
		if msg.id == m.id {
			return m.onRevision()
		}
	case tickMsg:
		if msg.id == m.id {
			return m, tea.Batch(m.loadPanel(), m.after(refreshEvery, tickMsg{id: m.id}))
		}
	case retryMsg:
		if msg.id == m.id {
			return m, m.loadPanel()
		}
	case foundMsg:
		if msg.id == m.id {
			return m.onFound(msg)
		}
	case detailMsg:
		if msg.id == m.id {
			return m.onDetail(msg)
		}
	case actedMsg:
		if msg.id == m.id {
			return m.onActed(msg)
		}
	case printedMsg:
		if msg.id == m.id {
			return m.onPrinted(msg)
		}
	}
	return m, nil
}

// onPanel takes a fresh reading of the lists and keeps one watch going.
func (m Model) onPanel(msg panelMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		m.loadErr = msg.err
		if m.watching {
			return m, nil
		}
		return m, m.after(time.Second, retryMsg{id: m.id})
	}
	m.loadErr = nil
	m.loaded, m.rev, m.now = true, msg.rev, msg.now
	m.due, m.overdue = msg.due, msg.overdue
	m.keepCursor()
	if m.watching {
		return m, nil
	}
	m.watching = true
	return m, m.tagWatch(m.rev)
}

// tagWatch is the database watch, answered with this panel's id.
func (m Model) tagWatch(since int64) tea.Cmd {
	w, id := m.watch(since), m.id
	if w == nil {
		return nil
	}
	return func() tea.Msg {
		msg := w()
		if r, ok := msg.(revMsg); ok {
			r.id = id
			return r
		}
		return msg
	}
}

// onRevision reloads what is on screen after a write, here or in another
// process.
func (m Model) onRevision() (Model, tea.Cmd) {
	m.watching = false
	cmds := []tea.Cmd{m.loadPanel()}
	if m.level == levelDetail && m.ref != "" {
		cmds = append(cmds, m.loadDetail(m.ref))
	}
	if m.level == levelFind && m.resultsFor != "" {
		cmds = append(cmds, m.find(m.resultsFor))
	}
	return m, tea.Batch(cmds...)
}

// keepCursor moves the cursor to a row that still exists: the same
// dossier, else the first.
func (m *Model) keepCursor() {
	rows := m.rows()
	for _, d := range rows {
		if d.ID == m.cursorID {
			return
		}
	}
	m.cursorID = ""
	if len(rows) > 0 {
		m.cursorID = rows[0].ID
	}
}

func (m Model) onFound(msg foundMsg) (Model, tea.Cmd) {
	if msg.query != m.query.Value() {
		return m, nil // the clerk typed on meanwhile
	}
	m.resultsFor, m.results, m.findErr = msg.query, msg.results, msg.err
	if m.findCursor >= len(m.results) {
		m.findCursor = max(len(m.results)-1, 0)
	}
	if m.pendingOpen && m.level == levelFind {
		m.pendingOpen = false
		if len(m.results) > 0 {
			return m.openDetail(m.results[0].Code, levelFind)
		}
	}
	return m, nil
}

func (m Model) onDetail(msg detailMsg) (Model, tea.Cmd) {
	if msg.ref != m.ref {
		return m, nil
	}
	if msg.err != nil {
		m.detailErr = msg.err
		return m, nil
	}
	m.detailErr = nil
	m.d, m.history, m.detailOK = msg.d, msg.history, true
	if m.histOff > len(m.history) {
		m.histOff = 0
	}
	return m, nil
}

// openDetail shows a dossier; Esc comes back to from.
func (m Model) openDetail(code string, from level) (Model, tea.Cmd) {
	m.level, m.from = levelDetail, from
	m.ref, m.detailOK, m.detailErr, m.history, m.histOff = code, false, nil, nil, 0
	m.dlg = dialog{}
	m.note, m.printNote = notice{}, notice{}
	return m, m.loadDetail(code)
}

// goBack leaves the current level.
func (m Model) goBack() (Model, tea.Cmd) {
	switch m.level {
	case levelDetail:
		m.level, m.ref, m.detailOK = m.from, "", false
		m.note, m.printNote = notice{}, notice{}
		if m.level == levelFind {
			m.query.Focus()
			if m.resultsFor != "" {
				return m, m.find(m.resultsFor) // states may have changed
			}
		}
		return m, nil
	case levelFind:
		m.level = levelPanel
		m.query.Blur()
		m.query.SetValue("")
		m.results, m.resultsFor, m.findErr, m.findCursor = nil, "", nil, 0
		return m, nil
	}
	return m, common.GoBack
}

package district

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/tui/common"
)

// Update handles keys, the refresh tick and the readings.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.report != nil {
		switch msg.(type) {
		case tickMsg, loadedMsg, drillMsg:
		default:
			return m.updateReport(msg)
		}
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
	case tickMsg:
		// One tick outstanding at a time; a slow database skips a reading
		// rather than piling them up.
		cmds := []tea.Cmd{tick()}
		if !m.loading {
			m.loading = true
			cmds = append(cmds, m.load())
			if m.drill != nil {
				cmds = append(cmds, m.loadDrill(m.drillID))
			}
		}
		return m, tea.Batch(cmds...)
	case loadedMsg:
		m.loading = false
		m.err = msg.err
		if msg.err == nil {
			m.setRows(msg)
		}
	case drillMsg:
		if msg.id == m.drillID {
			d := msg.drill
			m.drill, m.drillErr = &d, msg.err
		}
	case tea.KeyPressMsg:
		return m.key(msg.String())
	}
	return m, nil
}

// setRows stores a reading, keeping the cursor on the same commune.
func (m *Model) setRows(msg loadedMsg) {
	cur := ""
	if m.cursor < len(m.rows) {
		cur = m.rows[m.cursor].ID
	}
	SortRows(msg.rows, msg.gaps)
	m.rows, m.gaps, m.gapsAt, m.at, m.loaded = msg.rows, msg.gaps, msg.gapsAt, msg.at, true
	m.cursor = 0
	for i, r := range m.rows {
		if r.ID == cur {
			m.cursor = i
		}
	}
}

func (m Model) key(k string) (tea.Model, tea.Cmd) {
	switch k {
	case "ctrl+l", "f2":
		m.Lang = m.Lang.Toggle()
		return m, nil
	case "ctrl+c":
		return m, m.quit()
	case "r", "f5":
		if m.loading {
			return m, nil
		}
		m.loading = true
		m.gapsAt = time.Time{} // asked for: look for gaps now too
		cmds := []tea.Cmd{m.load()}
		if m.drill != nil {
			cmds = append(cmds, m.loadDrill(m.drillID))
		}
		return m, tea.Batch(cmds...)
	}
	if k == ReportKey {
		return m, m.openReport(m.drillID)
	}
	if m.drill != nil || m.drillID != "" {
		if k == "esc" || k == "backspace" || k == "left" || k == "q" {
			m.drill, m.drillID, m.drillErr = nil, "", nil
		}
		return m, nil
	}
	switch k {
	case "q", "esc":
		return m, m.quit()
	case "up", "k":
		m.cursor = max(m.cursor-1, 0)
	case "down", "j":
		m.cursor = min(m.cursor+1, max(len(m.rows)-1, 0))
	case "home", "g":
		m.cursor = 0
	case "end", "G":
		m.cursor = max(len(m.rows)-1, 0)
	case "pgup":
		m.cursor = max(m.cursor-m.listHeight(), 0)
	case "pgdown":
		m.cursor = min(m.cursor+m.listHeight(), max(len(m.rows)-1, 0))
	case "enter", "right", "l":
		if m.cursor < len(m.rows) {
			m.drillID = m.rows[m.cursor].ID
			return m, m.loadDrill(m.drillID)
		}
	}
	return m, nil
}

func (m Model) quit() tea.Cmd { return common.Leave(m.opts.Standalone) }

// Selected is the ID of the commune under the cursor ("" when none).
func (m Model) Selected() string {
	if m.cursor < len(m.rows) {
		return m.rows[m.cursor].ID
	}
	return ""
}

// Drilled is the ID of the open commune ("" on the list).
func (m Model) Drilled() string { return m.drillID }

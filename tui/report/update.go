package report

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"motcua/tui/common"
)

// Update handles keys, the terminal size and finished builds.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
		m.layout()
		return m, nil
	case builtMsg:
		if msg.seq != m.seq {
			return m, nil // a period the user has left
		}
		m.loading = false
		m.rep, m.err, m.loaded = msg.rep, msg.err, msg.err == nil
		m.vp.GotoTop()
		m.layout()
		return m, nil
	case progressMsg:
		if msg.seq != m.seq || !m.loading {
			return m, nil // a period the user has left: its build runs out alone
		}
		m.done, m.total = msg.done, msg.total
		return m, waitProgress(msg.ch)
	case spinner.TickMsg:
		if !m.loading {
			return m, nil // stop ticking: no redraw while nothing changes
		}
		var cmd tea.Cmd
		m.spin, cmd = m.spin.Update(msg)
		return m, cmd
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.MouseWheelMsg:
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, common.Leave(m.opts.Standalone)
	case key.Matches(msg, m.keys.Lang):
		m.Lang = m.Lang.Toggle()
		m.keys = newKeys(m.Common, m.opts.Standalone)
		m.layout()
		return m, nil
	case key.Matches(msg, m.keys.Prev):
		return m, m.reload(shift(m.period, -1))
	case key.Matches(msg, m.keys.Next):
		return m, m.reload(shift(m.period, 1))
	case key.Matches(msg, m.keys.Top):
		m.vp.GotoTop()
		return m, nil
	case key.Matches(msg, m.keys.Bottom):
		m.vp.GotoBottom()
		return m, nil
	}
	var cmd tea.Cmd
	m.vp, cmd = m.vp.Update(msg)
	return m, cmd
}

// layout sizes the viewport to the terminal (two header lines and the
// help bar around it) and redraws the report into it, keeping the scroll
// position where it can.
func (m *Model) layout() {
	m.vp.SetWidth(m.Width)
	m.vp.SetHeight(max(m.Height-3, 1))
	y := m.vp.YOffset()
	m.vp.SetContent(m.body())
	m.vp.SetYOffset(y)
}

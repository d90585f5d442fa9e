package counter

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"motcua/queue"
	"motcua/tui/common"
)

// openTransfer lists where the current ticket can go: the other services
// (any counter serving them), then the other counters by number (same
// service, that counter only).
func (m *Model) openTransfer(cur queue.Ticket) {
	picks := []pick{{heading: "counter.transfer.services"}}
	for _, sv := range m.snap.Config.Services {
		if sv.Code != cur.Service {
			picks = append(picks, pick{target: queue.Target{Service: sv.Code}})
		}
	}
	picks = append(picks, pick{heading: "counter.transfer.counters"})
	for _, c := range m.snap.Counters {
		if c.Number != m.number {
			picks = append(picks, pick{target: queue.Target{Counter: c.Number}})
		}
	}
	m.openPicker(modeTransfer, picks)
}

// openOutcome offers the three outcomes, numbered 1–3 as on the paper
// register.
func (m *Model) openOutcome() {
	picks := make([]pick, 0, len(queue.Outcomes))
	for _, o := range queue.Outcomes {
		picks = append(picks, pick{outcome: o})
	}
	m.openPicker(modeOutcome, picks)
}

func (m *Model) openPicker(md mode, picks []pick) {
	m.mode, m.picks, m.pickIdx = md, picks, 0
	m.note = notice{}
	m.movePick(0)
}

// movePick moves the picker's highlight one choice up (d < 0) or down,
// skipping headings; d = 0 settles it on a choice after opening.
func (m *Model) movePick(d int) {
	step := 1
	if d < 0 {
		step = -1
	}
	i := m.pickIdx + d
	for i >= 0 && i < len(m.picks) && m.picks[i].heading != "" {
		i += step
	}
	if i >= 0 && i < len(m.picks) {
		m.pickIdx = i
	}
}

// choices are the indexes of selectable picker rows; choice k (from 1) is
// what the digit k selects.
func (m Model) choices() []int {
	var out []int
	for i, p := range m.picks {
		if p.heading == "" {
			out = append(out, i)
		}
	}
	return out
}

func (m Model) pickerKey(k string) (tea.Model, tea.Cmd) {
	switch k {
	case "esc", "q":
		m.mode = modeMain
		return m, nil
	case "up", "k":
		m.movePick(-1)
		return m, nil
	case "down", "j":
		m.movePick(1)
		return m, nil
	case "enter", "space":
		return m.choose(m.pickIdx)
	}
	if d, err := strconv.Atoi(k); err == nil && d >= 1 {
		if ch := m.choices(); d <= len(ch) {
			return m.choose(ch[d-1])
		}
	}
	return m, nil
}

// choose acts on picker row i.
func (m Model) choose(i int) (tea.Model, tea.Cmd) {
	if i < 0 || i >= len(m.picks) || m.picks[i].heading != "" || m.busy {
		return m, nil
	}
	p, md := m.picks[i], m.mode
	m.mode = modeMain
	if md == modeTransfer {
		return m, m.transfer(p.target)
	}
	return m, m.finish(p.outcome)
}

// askReason opens the reason prompt.
func (m *Model) askReason(r reasonFor, t queue.Ticket) tea.Cmd {
	m.mode, m.reason, m.chosen = modeReason, r, t
	m.input.Reset()
	m.setPlaceholder()
	return m.input.Focus()
}

func (m *Model) setPlaceholder() {
	key := "counter.reason.placeholder"
	if m.reason == reasonPause {
		key = "counter.pause.placeholder"
	}
	m.input.Placeholder = m.T(key)
}

func (m Model) reasonKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch msg.String() {
	case "esc":
		m.mode = modeMain
		m.input.Blur()
		m.note = notice{}
		return m, nil
	case "enter":
		reason := strings.TrimSpace(common.Sanitize(m.input.Value()))
		if reason == "" {
			// Refused here, before the database: the prompt stays open.
			m.note = notice{err: queue.ErrReasonRequired}
			return m, nil
		}
		if m.busy {
			return m, nil
		}
		m.mode = modeMain
		m.input.Blur()
		if m.reason == reasonPause {
			return m, m.pause(reason)
		}
		return m, m.callChosen(m.chosen.ID, reason)
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return m, cmd
}

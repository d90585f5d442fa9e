package rating

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/queue"
	"motcua/tui/common"
)

// Update handles one message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
	case pendingMsg:
		return m.onPending(msg)
	case common.RevisionMsg:
		return m, m.check()
	case retryMsg:
		return m, m.check()
	case timeoutMsg:
		return m.onTimeout(msg)
	case ratedMsg:
		m.saving = false
		if msg.err != nil && !errors.Is(msg.err, queue.ErrAlreadyRated) {
			m.err = msg.err
			return m.idle()
		}
	case tea.KeyPressMsg:
		return m.onKey(msg)
	case tea.MouseClickMsg:
		if msg.Button == tea.MouseLeft {
			for _, z := range m.layout().zones {
				if z.contains(msg.X, msg.Y) {
					return m.do(z.act)
				}
			}
		}
	}
	return m, nil
}

// retryMsg looks again after a failed look whose revision is unknown.
type retryMsg struct{}

// onPending asks about a newly finished ticket and keeps watching. A
// look made only to catch up (!msg.watch) starts no watch: one is
// already running.
func (m Model) onPending(msg pendingMsg) (tea.Model, tea.Cmd) {
	var watch tea.Cmd
	switch {
	case msg.watch && msg.err != nil:
		watch = tea.Tick(time.Second, func(time.Time) tea.Msg { return retryMsg{} })
	case msg.watch:
		watch = common.WaitForChange(m.Context(), m.st, msg.rev)
	}
	if msg.err != nil {
		m.err = msg.err
		return m, watch
	}
	if !msg.ok || m.page != pageIdle || msg.ticket.ID == m.asked {
		return m, watch
	}
	m.page, m.ticket, m.asked, m.reasons, m.err = pageQuestion, msg.ticket, msg.ticket.ID, msg.reasons, nil
	return m, tea.Batch(watch, m.restartTimer())
}

// restartTimer (re)starts the current page's timeout.
func (m *Model) restartTimer() tea.Cmd {
	m.seq++
	seq, d := m.seq, m.opts.Timeout
	if m.page == pageThanks {
		d = min(m.opts.ThanksFor, d)
	}
	return tea.Tick(d, func(time.Time) tea.Msg { return timeoutMsg{seq: seq} })
}

// onTimeout goes back to idle quietly. A citizen who already said "Không
// hài lòng" and then walked away still counts, without a reason.
func (m Model) onTimeout(msg timeoutMsg) (tea.Model, tea.Cmd) {
	if msg.seq != m.seq || m.page == pageIdle {
		return m, nil
	}
	var save tea.Cmd
	if m.page == pageReasons {
		save, m.saving = m.rate(queue.Unsatisfied, ""), true
	}
	next, look := m.idle()
	return next, tea.Batch(save, look)
}

// idle shows the idle page in the screen's own language (the next citizen
// may not read the last one's) and catches up with a ticket finished
// meanwhile.
func (m Model) idle() (Model, tea.Cmd) {
	m.page, m.Lang = pageIdle, m.opts.Lang
	m.seq++
	look := m.check()
	return m, func() tea.Msg {
		msg := look().(pendingMsg)
		msg.watch = false
		return msg
	}
}

// action is what a key or a touch asks for.
type action struct {
	kind   actionKind
	level  queue.Level
	reason string
}

type actionKind int

const (
	actLevel  actionKind = iota + 1 // a satisfaction level
	actReason                       // a reason, or "" to skip it
	actLang                         // Vietnamese ↔ English
	actQuit
)

// do carries out an action on the current page.
func (m Model) do(a action) (tea.Model, tea.Cmd) {
	switch {
	case a.kind == actQuit:
		return m, common.Leave(m.opts.Standalone)
	case a.kind == actLang:
		m.Lang = m.Lang.Toggle()
		if m.page == pageIdle {
			return m, nil
		}
		return m, m.restartTimer()
	case m.saving:
		return m, nil
	case a.kind == actLevel && m.page == pageQuestion:
		if a.level == queue.Unsatisfied && len(m.reasons) > 0 {
			m.page = pageReasons
			return m, m.restartTimer()
		}
		m.page, m.saving = pageThanks, true
		return m, tea.Batch(m.rate(a.level, ""), m.restartTimer())
	case a.kind == actReason && m.page == pageReasons:
		m.page, m.saving = pageThanks, true
		return m, tea.Batch(m.rate(queue.Unsatisfied, a.reason), m.restartTimer())
	}
	return m, nil
}

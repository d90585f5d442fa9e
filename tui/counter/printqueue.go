package counter

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/tui/common"
)

// pendingMsg reports how many forms wait for the counter's printer.
type pendingMsg struct {
	n   int
	err error
}

// printQueue is the counter's form printer when it keeps failed jobs.
func (m Model) printQueue() (common.PrintQueue, bool) {
	q, ok := m.forms.(common.PrintQueue)
	return q, ok
}

// checkPending counts the waiting forms after every change, so the clerk
// sees at once that a receipt did not come out.
func (m Model) checkPending() tea.Cmd {
	q, ok := m.printQueue()
	if !ok {
		return nil
	}
	return func() tea.Msg {
		n, err := q.Pending()
		return pendingMsg{n: n, err: err}
	}
}

// retryPrints sends the waiting forms to the printer again (key i).
func (m Model) retryPrints() (Model, tea.Cmd) {
	q, ok := m.printQueue()
	if !ok || m.pending == 0 {
		m.note = notice{key: "counter.print.none_waiting"}
		return m, nil
	}
	m.busy = true
	return m, func() tea.Msg {
		ctx, cancel := context.WithTimeout(m.Context(), 30*time.Second)
		defer cancel()
		sent, err := q.Retry(ctx)
		if err != nil {
			return doneMsg{note: notice{key: "counter.err.print_retry", args: []any{sent}}}
		}
		return doneMsg{note: notice{key: "counter.print.retried", args: []any{sent}}}
	}
}

package counter

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/queue"
	"motcua/tui/common"
)

// openedMsg says whether the counter opened.
type openedMsg struct{ err error }

// doneMsg is the end of an action: its error or its success sentence, and
// the station read right after it, so the screen shows the result at once
// and a following key acts on what the clerk sees.
type doneMsg struct {
	err  error
	note notice
	snap queue.Snapshot
	ok   bool // snap is valid
}

// closedMsg says whether the counter closed; quitting follows.
type closedMsg struct{ err error }

// tickMsg is one beat of a timer chain; beats of a stopped chain are
// ignored.
type tickMsg struct {
	gen int
	at  time.Time
}

func openCounter(ctx context.Context, st *queue.Station, n int, clerk string) tea.Cmd {
	return func() tea.Msg {
		return openedMsg{err: st.OpenCounter(ctx, n, clerk)}
	}
}

func closeCounter(ctx context.Context, st *queue.Station, n int) tea.Cmd {
	return func() tea.Msg {
		return closedMsg{err: st.CloseCounter(ctx, n)}
	}
}

// act runs an action of the queue in the background and reads the station
// after it.
func act(ctx context.Context, st *queue.Station, fn func(ctx context.Context) (notice, error)) tea.Cmd {
	return func() tea.Msg {
		n, err := fn(ctx)
		d := doneMsg{err: err, note: n}
		if sn, serr := st.Snapshot(ctx); serr == nil {
			d.snap, d.ok = sn, true
		}
		return d
	}
}

// start marks the screen busy and runs an action; a press while busy is
// dropped by the caller before it gets here.
func (m *Model) start(fn func(ctx context.Context) (notice, error)) tea.Cmd {
	m.busy = true
	m.note = notice{}
	return act(m.Context(), m.st, fn)
}

func (m *Model) callNext() tea.Cmd {
	st, n := m.st, m.number
	return m.start(func(ctx context.Context) (notice, error) {
		t, err := st.CallNext(ctx, n)
		return notice{key: "counter.done.called", args: []any{t.Display}}, err
	})
}

func (m *Model) callChosen(id, reason string) tea.Cmd {
	st, n := m.st, m.number
	return m.start(func(ctx context.Context) (notice, error) {
		t, err := st.CallTicket(ctx, n, id, reason)
		return notice{key: "counter.done.called", args: []any{t.Display}}, err
	})
}

func (m *Model) recall() tea.Cmd {
	st, n := m.st, m.number
	return m.start(func(ctx context.Context) (notice, error) {
		t, err := st.Recall(ctx, n)
		return notice{key: "counter.done.recalled", args: []any{t.Display, t.Recalls}}, err
	})
}

func (m *Model) noShow() tea.Cmd {
	st, n := m.st, m.number
	return m.start(func(ctx context.Context) (notice, error) {
		t, err := st.NoShow(ctx, n)
		return notice{key: "counter.done.noshow", args: []any{t.Display}}, err
	})
}

func (m *Model) transfer(to queue.Target) tea.Cmd {
	st, n := m.st, m.number
	return m.start(func(ctx context.Context) (notice, error) {
		t, err := st.Transfer(ctx, n, to)
		return notice{key: "counter.done.transferred", args: []any{t.Display}}, err
	})
}

func (m *Model) finish(o queue.Outcome) tea.Cmd {
	st, n := m.st, m.number
	return m.start(func(ctx context.Context) (notice, error) {
		t, err := st.Finish(ctx, n, o)
		return notice{key: "counter.done.finished", args: []any{t.Display, msgKey(outcomeKey(o))}}, err
	})
}

func (m *Model) pause(reason string) tea.Cmd {
	st, n := m.st, m.number
	return m.start(func(ctx context.Context) (notice, error) {
		return notice{key: "counter.done.paused"}, st.Pause(ctx, n, reason)
	})
}

func (m *Model) resume() tea.Cmd {
	st, n := m.st, m.number
	return m.start(func(ctx context.Context) (notice, error) {
		return notice{key: "counter.done.resumed"}, st.Resume(ctx, n)
	})
}

// restartTimer starts a new timer chain and stops the old one. While the
// counter serves, it beats every second for the service timer; otherwise
// once a minute, on the minute, for the clock in the header, so an idle
// counter costs nothing.
func (m *Model) restartTimer() tea.Cmd {
	m.tickGen++
	return m.nextTick()
}

func (m Model) nextTick() tea.Cmd {
	gen, st := m.tickGen, m.st
	d := time.Second
	if m.serving() == nil {
		now := st.Now()
		d = now.Truncate(time.Minute).Add(time.Minute).Sub(now)
	}
	return tea.Tick(d, func(time.Time) tea.Msg { return tickMsg{gen: gen, at: st.Now()} })
}

// watch continues the live update chain after a snapshot.
func (m Model) watch() tea.Cmd {
	return common.WaitForChange(m.Context(), m.st, m.snap.Revision)
}

// msgKey is an argument of a notice that is itself a key of the
// translation table, translated when drawn.
type msgKey string

func outcomeKey(o queue.Outcome) string {
	switch o {
	case queue.Guided:
		return "counter.outcome.guided"
	case queue.Received:
		return "counter.outcome.received"
	case queue.Referred:
		return "counter.outcome.referred"
	}
	return string(o)
}

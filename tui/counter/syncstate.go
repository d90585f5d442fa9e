package counter

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/store"
	"motcua/tui/common"
)

// syncMsg carries the state of the link to the district hub.
type syncMsg struct {
	state common.SyncState
	err   error
}

// checkSync reads the sync state after every change of the station: the
// uploader writes its progress into the same database.
func (m Model) checkSync() tea.Cmd {
	if m.sync == nil {
		return nil
	}
	read := m.sync
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(m.Context(), 5*time.Second)
		defer cancel()
		s, err := read(ctx)
		return syncMsg{state: s, err: err}
	}
}

// syncBadge is the header's short word on the link to the hub: the clock
// warning first (every report depends on it), then what waits to be sent
// and when the last batch went through. Empty when the station has no hub.
func (m Model) syncBadge() string {
	s := m.syncState
	switch {
	case !s.Enrolled:
		return ""
	case s.ClockOff:
		off := s.ClockOffset.Round(time.Minute)
		word := "counter.sync.clock_ahead"
		if off < 0 {
			word, off = "counter.sync.clock_behind", -off
		}
		return m.Styles.Error.Render(m.T(word, int(off/time.Minute)))
	case s.Waiting == 0:
		return m.Styles.OK.Render(m.T("counter.sync.done", m.since(s.LastSuccess)))
	case s.LastError != "":
		return m.Styles.Warn.Render(m.T("counter.sync.waiting_offline", s.Waiting, m.since(s.LastSuccess)))
	}
	return m.Styles.Muted.Render(m.T("counter.sync.waiting", s.Waiting, m.since(s.LastSuccess)))
}

// since writes a past time briefly: "10:42", or "21/11" for another day,
// or "—" for never.
func (m Model) since(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	t = t.In(store.Local)
	if store.Day(t) == store.Day(m.now) {
		return t.Format("15:04")
	}
	return t.Format("02/01")
}

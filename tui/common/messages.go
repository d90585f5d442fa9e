package common

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/queue"
)

// GoBackMsg asks the parent (the launcher) to close the current screen.
type GoBackMsg struct{}

// GoBack is the command that sends GoBackMsg.
func GoBack() tea.Msg { return GoBackMsg{} }

// SnapshotMsg carries a fresh reading of the station.
type SnapshotMsg struct {
	Snapshot queue.Snapshot
	Err      error
}

// RevisionMsg says the database changed (or the wait failed).
type RevisionMsg struct {
	Revision int64
	Err      error
}

// TickMsg is a screen's timer (clock, service timer, scrolling line).
type TickMsg struct {
	Tag  string
	Time time.Time
}

// LoadSnapshot reads the station in the background.
func LoadSnapshot(ctx context.Context, st *queue.Station) tea.Cmd {
	return func() tea.Msg {
		sn, err := st.Snapshot(ctx)
		return SnapshotMsg{Snapshot: sn, Err: err}
	}
}

// WaitForChange waits until the database revision differs from since. A
// screen issues it once after each snapshot, so there is never more than one
// waiter per screen and no redraw happens while nothing changes.
// It ends, sending nothing, when ctx ends (an SSH session closed).
func WaitForChange(ctx context.Context, st *queue.Station, since int64) tea.Cmd {
	return func() tea.Msg {
		rev, err := st.DB().WaitForChange(ctx, since)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			// Back off so a broken database does not spin the CPU.
			time.Sleep(time.Second)
		}
		return RevisionMsg{Revision: rev, Err: err}
	}
}

// Tick sends a TickMsg with tag after d, read from the station clock.
func Tick(st *queue.Station, tag string, d time.Duration) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return TickMsg{Tag: tag, Time: st.Now()} })
}

// Leave closes a screen: a screen running on its own (standalone) ends
// the program; one opened from the launcher sends GoBackMsg to it.
func Leave(standalone bool) tea.Cmd {
	if standalone {
		return tea.Quit
	}
	return GoBack
}

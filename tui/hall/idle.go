package hall

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"
)

// filter notes each key press and click for the idle timeout, and keeps
// a remote user from suspending the server's program (ctrl+z).
func (ss *session) filter(_ tea.Model, msg tea.Msg) tea.Msg {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.MouseClickMsg, tea.PasteMsg:
		ss.lastInput.Store(time.Now().UnixNano())
	case tea.SuspendMsg:
		return tea.ResumeMsg{}
	}
	return msg
}

// watchIdle quits the program once no input came for idle.
func (ss *session) watchIdle(ctx context.Context, p *tea.Program, idle time.Duration) {
	t := time.NewTicker(min(idle/4, 5*time.Second))
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			if now.Sub(time.Unix(0, ss.lastInput.Load())) >= idle {
				ss.idled.Store(true)
				p.Quit()
				return
			}
		}
	}
}

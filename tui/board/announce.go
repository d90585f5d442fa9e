package board

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"runtime"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
)

// maxPending bounds the announcements waiting for the speaker: after a
// burst, older calls are still on the board, and a hall does not need to
// hear a minute of backlog.
const maxPending = 10

// pending is an announcement waiting its turn.
type pending struct {
	display string // "A012", for the error line
	text    string // the sentence spoken
}

// announceDoneMsg reports the end of one announcement.
type announceDoneMsg struct {
	display string
	err     error
}

// Announcement is the Vietnamese sentence spoken for a call: "Mời công dân
// có số thứ tự a, mười hai, đến quầy số hai." Numbers and letters are in
// words so that a speech engine reads them as a caller would (it reads
// "A012" badly). It is always Vietnamese, whatever the board's language.
func Announcement(display string, counter int) string {
	return i18n.T(i18n.VI, "board.announce", i18n.SpokenTicket(display), i18n.NumberWords(counter))
}

// nextAnnouncement starts the next queued announcement unless one is
// running: calls are spoken one at a time, in the order they were made.
func (m *Model) nextAnnouncement() tea.Cmd {
	if m.speaking || len(m.speech) == 0 || m.opts.Announce == "" {
		return nil
	}
	p := m.speech[0]
	m.speech = m.speech[1:]
	m.speaking = true
	return speak(m.opts.Announce, m.opts.AnnounceTimeout, p)
}

// speak runs the announce command with the sentence on its standard input.
// It runs as a tea.Cmd, in its own goroutine, so the board keeps drawing
// while the loudspeaker talks.
func speak(command string, timeout time.Duration, p pending) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		var cmd *exec.Cmd
		if runtime.GOOS == "windows" {
			cmd = exec.CommandContext(ctx, "cmd", "/C", command)
		} else {
			cmd = exec.CommandContext(ctx, "sh", "-c", command)
		}
		ownGroup(cmd)
		cmd.Stdin = strings.NewReader(p.text + "\n")
		// Standard output stays away from the terminal the board draws on;
		// standard error is kept to explain a failure.
		var stderr bytes.Buffer
		cmd.Stderr = &limited{buf: &stderr, max: 512}
		// A child that keeps the pipes open must not hold the queue.
		cmd.WaitDelay = 2 * time.Second
		err := cmd.Run()
		switch {
		case err == nil:
		case errors.Is(ctx.Err(), context.DeadlineExceeded):
			err = fmt.Errorf("timed out after %s", timeout)
		case stderr.Len() > 0:
			err = fmt.Errorf("%w: %s", err, firstLine(stderr.String()))
		}
		return announceDoneMsg{display: p.display, err: err}
	}
}

// limited keeps the first max bytes written and drops the rest.
type limited struct {
	buf *bytes.Buffer
	max int
}

func (l *limited) Write(p []byte) (int, error) {
	if room := l.max - l.buf.Len(); room > 0 {
		l.buf.Write(p[:min(room, len(p))])
	}
	return len(p), nil
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

package board

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/store"
	"motcua/tui/common"
)

// View draws the board: the cached body, then the notice line, which is
// the only part that moves between snapshots.
func (m Model) View() tea.View {
	content := m.body
	if m.showsBoard() && m.notice != "" {
		content += "\n" + m.noticeLine()
	}
	v := tea.NewView(content)
	v.AltScreen = m.opts.Standalone
	v.WindowTitle = m.T("board.title")
	return v
}

// showsBoard reports whether the full board (not a size or loading
// message) is on screen.
func (m Model) showsBoard() bool {
	if _, small := m.TooSmall(common.MinWidth, common.MinHeight); small {
		return false
	}
	return m.loaded && m.Width > 0
}

// Fixed rows: title, footer; the notice takes one more when there is one.
const (
	titleRows  = 1
	footerRows = 1
	listRows   = 5 // the last five calls
)

// renderBody draws everything but the notice line.
func (m Model) renderBody() string {
	if msg, small := m.TooSmall(common.MinWidth, common.MinHeight); small {
		return msg
	}
	if m.Width == 0 {
		return ""
	}
	if !m.loaded {
		text := m.T("board.loading")
		if m.loadErr != nil {
			text = m.Styles.Error.Render(m.ErrorText(m.loadErr))
		}
		return m.Place(text)
	}
	w, h := m.Width, m.Height
	lowerH := m.lowerHeight()
	countersH := h - titleRows - footerRows - lowerH - m.noticeRows()
	parts := []string{
		m.titleLine(w),
		m.countersArea(w, countersH),
		m.lowerArea(w, lowerH),
		m.footerLine(w),
	}
	return strings.Join(parts, "\n")
}

// titleLine is the commune's name on the left, the clock and the date on
// the right.
func (m Model) titleLine(w int) string {
	name := common.Sanitize(m.snap.Config.CommuneName)
	t := m.now.In(store.Local)
	clock := fmt.Sprintf("%s   %s", t.Format("15:04"),
		m.T("board.date", m.T(fmt.Sprintf("board.weekday.%d", t.Weekday())), t.Day(), int(t.Month()), t.Year()))
	inner := w - 2 // the title style's padding
	name = ansi.Truncate(name, max(inner-lipgloss.Width(clock)-2, 0), "…")
	gap := max(inner-lipgloss.Width(name)-lipgloss.Width(clock), 1)
	line := ansi.Truncate(name+strings.Repeat(" ", gap)+clock, inner, "")
	return m.Styles.Title.Width(w).Render(line)
}

// footerLine is the status on the left (a failed announcement or reading)
// and the keys on the right.
func (m Model) footerLine(w int) string {
	help := m.HelpBar(
		m.Binding("ctrl+l", "key.lang", "ctrl+l", "f2"),
		m.Binding("q", m.quitKey(), "q", "esc"),
	)
	status := ""
	switch {
	case m.loadErr != nil:
		status = m.ErrorText(m.loadErr)
	case m.sayErr != nil:
		status = m.T("board.announce_error", m.sayErr.display, common.Sanitize(m.sayErr.err.Error()))
	}
	room := max(w-lipgloss.Width(help)-1, 0)
	status = ansi.Truncate(status, room, "…")
	gap := max(w-lipgloss.Width(status)-lipgloss.Width(help), 0)
	line := m.Styles.Error.Render(status) + strings.Repeat(" ", gap) + help
	return ansi.Truncate(line, w, "")
}

func (m Model) quitKey() string {
	if m.opts.Standalone {
		return "key.quit"
	}
	return "key.back"
}

// needsScroll reports whether the notice is wider than its line and has
// to move.
func (m Model) needsScroll() bool {
	return m.showsBoard() && m.notice != "" && m.wrappedNotice() == nil && lipgloss.Width(m.notice) > m.noticeRoom()
}

func (m Model) noticeRoom() int { return m.Width - 2 }

// Every frame makes Bubble Tea compare the whole screen, so a moving notice
// costs in proportion to the screen's area. A large screen has rows to
// spare: there a notice of up to maxNoticeLines lines is wrapped and stands
// still, and only longer ones (or any on a small screen) scroll.
const (
	maxNoticeLines  = 3
	wrapNoticeFromH = 40
)

// wrappedNotice is the notice broken into lines when it fits in one line,
// or (on a large screen) in a few; nil when it has to scroll.
func (m Model) wrappedNotice() []string {
	room := m.noticeRoom()
	if lipgloss.Width(m.notice) <= room {
		return []string{m.notice}
	}
	if m.Height < wrapNoticeFromH {
		return nil
	}
	lines := strings.Split(lipgloss.NewStyle().Width(room).Render(m.notice), "\n")
	if len(lines) > maxNoticeLines {
		return nil
	}
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}

// noticeRows is the height of the notice band.
func (m Model) noticeRows() int {
	if m.notice == "" {
		return 0
	}
	if lines := m.wrappedNotice(); lines != nil {
		return len(lines)
	}
	return 1
}

// noticeSep separates the end of the notice from its next turn.
const noticeSep = "   •   "

// noticeLine is the notice as a band across the bottom of the screen:
// still when it fits, otherwise a window moving along it.
func (m Model) noticeLine() string {
	band := m.Styles.Title.Width(m.Width)
	if lines := m.wrappedNotice(); lines != nil {
		return band.Render(strings.Join(lines, "\n"))
	}
	room := m.noticeRoom()
	loop := m.notice + noticeSep
	n := lipgloss.Width(loop)
	off := m.offset % n
	return band.Render(ansi.Cut(loop+loop, off, off+room))
}

package counter

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/store"
	"motcua/tui/common"
	"motcua/tui/components/bigtext"
)

// serviceName is a service's name in the screen's language, safe to draw.
func (m Model) serviceName(code string) string {
	sv, ok := m.snap.Config.Service(code)
	if !ok {
		return common.Sanitize(code)
	}
	if m.Lang == i18n.EN && sv.NameEN != "" {
		return common.Sanitize(sv.NameEN)
	}
	return common.Sanitize(sv.NameVI)
}

// groupName is a priority group's name, "" for a regular ticket.
func (m Model) groupName(code string) string {
	if code == "" {
		return ""
	}
	g, ok := m.snap.Config.Group(code)
	if !ok {
		return common.Sanitize(code)
	}
	if m.Lang == i18n.EN && g.NameEN != "" {
		return common.Sanitize(g.NameEN)
	}
	return common.Sanitize(g.NameVI)
}

func (m Model) clerkName() string {
	if m.counter.Clerk != "" {
		return common.Sanitize(m.counter.Clerk)
	}
	return common.Sanitize(m.clerk)
}

func hhmm(t time.Time) string { return t.In(store.Local).Format("15:04") }

// header is two lines: counter, clerk and clock; services and state.
func (m Model) header() string {
	title := m.Styles.Title.Render(m.T("counter.title", m.number))
	left := title + " " + m.Styles.Bold.Render(m.clerkName())
	right := m.Styles.Header.Render(m.now.In(store.Local).Format("15:04  02/01/2006"))
	if badge := m.syncBadge(); badge != "" {
		right = badge + "  " + right
	}
	line1 := spread(left, right, m.Width)

	names := make([]string, len(m.counter.Services))
	for i, sv := range m.counter.Services {
		names[i] = m.serviceName(sv)
	}
	var state string
	switch m.counter.State {
	case queue.Open:
		state = m.Styles.OK.Render(m.T("counter.state.open"))
	case queue.Paused:
		state = m.Styles.Warn.Render(m.T("counter.state.pause",
			common.Sanitize(m.counter.PauseReason), hhmm(m.counter.StateSince)))
	default:
		state = m.Styles.Muted.Render(m.T("counter.state.close"))
	}
	line2 := spread(m.Styles.Muted.Render(m.T("counter.services", strings.Join(names, ", "))), state, m.Width)
	return line1 + "\n" + line2
}

// countParts are the waiting counts of the counter's services.
func (m Model) countParts() []string {
	counts := m.snap.WaitingCounts()
	parts := make([]string, 0, len(m.counter.Services))
	for _, sv := range m.counter.Services {
		c := counts[sv]
		if c.Priority > 0 {
			parts = append(parts, m.T("counter.count_priority", m.serviceName(sv), c.Total(), c.Priority))
		} else {
			parts = append(parts, m.T("counter.count", m.serviceName(sv), c.Total()))
		}
	}
	return parts
}

// countLines wraps the counts, at whole services, into at most two lines.
func (m Model) countLines() []string {
	lines := []string{m.T("counter.waiting") + ":"}
	for _, p := range m.countParts() {
		last := &lines[len(lines)-1]
		sep := "  "
		if strings.HasSuffix(*last, ":") {
			sep = " "
		}
		if lipgloss.Width(*last+sep+p) > m.Width && len(lines) < 2 {
			lines = append(lines, "  "+p)
			continue
		}
		*last += sep + p
	}
	return lines
}

func (m Model) countRows() int {
	if !m.loaded {
		return 1
	}
	return len(m.countLines())
}

func (m Model) counts() string {
	lines := m.countLines()
	for i, l := range lines {
		lines[i] = m.Styles.Bold.Render(cell(l, m.Width))
	}
	return strings.Join(lines, "\n")
}

// timer is the time spent serving, as mm:ss (minutes go past 59).
func timer(d time.Duration) string {
	d = max(d, 0)
	secs := int(d / time.Second)
	return fmt.Sprintf("%02d:%02d", secs/60, secs%60)
}

// currentBox shows the ticket being served with its running timer.
func (m Model) currentBox(l layout) string {
	inner := m.Width - 4 // border and padding
	box := m.Styles.Box.Width(m.Width).Height(l.boxH)
	t := m.serving()
	if t == nil {
		msg := m.T("counter.idle")
		if m.counter.State == queue.Paused {
			msg = m.T("counter.idle_paused")
		}
		if l.scale > 0 {
			// Keep the box's size so the list does not jump when a call starts.
			return box.Render(lipgloss.Place(inner, l.boxH-2, lipgloss.Center, lipgloss.Center,
				m.Styles.Muted.Render(msg)))
		}
		return box.Render(fitRows(m.Styles.Muted.Render(cell(msg, inner)), l.boxH-2))
	}
	group := m.T("counter.no_priority")
	if t.IsPriority() {
		group = m.T("counter.priority_mark") + " " + m.groupName(t.Priority)
	}
	service := m.serviceName(t.Service)
	clock := m.T("counter.timer", timer(m.now.Sub(t.CalledAt)))
	called := m.T("counter.called_at", hhmm(t.CalledAt))
	recalls := m.T("counter.recalls", t.Recalls, m.snap.Config.Policy.RecallsBeforeNoShow)
	numStyle := m.Styles.Header
	if t.IsPriority() {
		numStyle = m.Styles.Priority
	}
	if l.scale == 0 {
		head := m.Styles.Muted.Render(m.T("counter.current")+": ") + numStyle.Render(t.Display) + "  " +
			service + " · " + m.groupStyle(t).Render(group)
		line2 := m.Styles.Bold.Render(clock) + " · " + called + " · " + recalls
		return box.Render(cell(head, inner) + "\n" + cell(line2, inner))
	}
	big := numStyle.Render(bigtext.Render(t.Display, l.scale))
	info := []string{
		m.Styles.Muted.Render(m.T("counter.current")),
		m.Styles.Bold.Render(service),
		m.groupStyle(t).Render(group),
		"",
		m.Styles.Bold.Render(clock),
		called,
		recalls,
	}
	right := lipgloss.NewStyle().Width(max(10, inner-bigtext.Width(t.Display, l.scale)-4)).
		Render(strings.Join(info, "\n"))
	body := lipgloss.JoinHorizontal(lipgloss.Top, big, "    ", right)
	return box.Render(fitRows(body, l.boxH-2))
}

func (m Model) groupStyle(t *queue.Ticket) lipgloss.Style {
	if t.IsPriority() {
		return m.Styles.Priority
	}
	return m.Styles.Muted
}

package board

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/queue"
)

// Box chrome of the two lists: border and one cell of padding each side.
const (
	listChromeW = 4
	listChromeH = 2
)

// lowerHeight is the height of the lists: a heading and five calls, or
// one line per service when there are more.
func (m Model) lowerHeight() int {
	return listChromeH + 1 + max(listRows, len(m.snap.Config.Services))
}

// lowerArea puts the recent calls on the left and the waiting counts on
// the right.
func (m Model) lowerArea(w, h int) string {
	left := max(m.recentWidth()+listChromeW, w*2/5)
	left = min(left, w/2)
	right := w - left
	inner := h - listChromeH
	return lipgloss.JoinHorizontal(lipgloss.Top,
		m.Styles.Box.Width(left).Render(pad(m.recentLines(left-listChromeW), inner)),
		m.Styles.Box.Width(right).Render(pad(m.waitingLines(right-listChromeW), inner)),
	)
}

// pad makes lines exactly n rows.
func pad(lines []string, n int) string {
	for len(lines) < n {
		lines = append(lines, "")
	}
	return strings.Join(lines[:n], "\n")
}

// recentCalls are the calls the list shows, newest first.
func (m Model) recentCalls() []queue.Call {
	return m.snap.Calls[:min(listRows, len(m.snap.Calls))]
}

// callText is a call as the board writes it: "A012 → Quầy 2".
func (m Model) callText(c queue.Call) string { return m.T("board.call_row", c.Display, c.Counter) }

// recentWidth is the width the widest call row needs.
func (m Model) recentWidth() int {
	w := lipgloss.Width(m.T("board.recent"))
	for _, c := range m.recentCalls() {
		w = max(w, lipgloss.Width(m.callText(c))+2+lipgloss.Width(m.T("board.recall"))+2+5)
	}
	return w
}

// recentLines are the last calls: number → counter, the time, recalls
// marked; a call just made is highlighted.
func (m Model) recentLines(w int) []string {
	lines := []string{m.Styles.Header.Render(m.T("board.recent"))}
	calls := m.recentCalls()
	if len(calls) == 0 {
		return append(lines, m.Styles.Muted.Render(ansi.Truncate(m.T("board.no_calls"), w, "…")))
	}
	for _, c := range calls {
		left := m.callText(c)
		mark := ""
		if c.Recall {
			mark = m.T("board.recall")
		}
		at := c.At.Format("15:04")
		gap := max(w-lipgloss.Width(left)-lipgloss.Width(mark)-lipgloss.Width(at)-1, 1)
		if m.isFlashing(c.EventID) {
			row := left + strings.Repeat(" ", gap) + mark + " " + at
			lines = append(lines, m.Styles.Flash.Render(ansi.Truncate(row, w, "")))
			continue
		}
		row := m.Styles.Bold.Render(left) + strings.Repeat(" ", gap) + m.Styles.Warn.Render(mark) + " " + m.Styles.Muted.Render(at)
		lines = append(lines, ansi.Truncate(row, w, ""))
	}
	return lines
}

// waitingLines count the waiting tickets per service, priority tickets in
// a column of their own.
func (m Model) waitingLines(w int) []string {
	regH, prioH := m.T("board.waiting_regular"), m.T("board.waiting_prio")
	regW, prioW := lipgloss.Width(regH)+1, lipgloss.Width(prioH)+1
	nameW := max(w-regW-prioW, 1)
	head := m.Styles.Header.Render(ansi.Truncate(m.T("board.waiting"), nameW, "…"))
	head += strings.Repeat(" ", max(nameW-lipgloss.Width(head), 0))
	lines := []string{head + m.Styles.Muted.Render(right(regH, regW)+right(prioH, prioW))}
	counts := m.snap.WaitingCounts()
	for _, sv := range m.snap.Config.Services {
		n := counts[sv.Code]
		name := ansi.Truncate(sv.Prefix+"  "+m.serviceName(sv.Code), nameW, "…")
		name += strings.Repeat(" ", max(nameW-lipgloss.Width(name), 0))
		reg := right(fmt.Sprint(n.Regular), regW)
		prio := right(fmt.Sprint(n.Priority), prioW)
		if n.Priority > 0 {
			prio = m.Styles.Priority.Render(prio)
		} else {
			prio = m.Styles.Muted.Render(prio)
		}
		if n.Regular > 0 {
			reg = m.Styles.Bold.Render(reg)
		} else {
			reg = m.Styles.Muted.Render(reg)
		}
		lines = append(lines, name+reg+prio)
	}
	return lines
}

// right aligns s to the right of w cells.
func right(s string, w int) string {
	return strings.Repeat(" ", max(w-lipgloss.Width(s), 0)) + s
}

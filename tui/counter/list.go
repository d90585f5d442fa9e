package counter

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"motcua/queue"
)

// listTitle names the list and says how much of it is out of sight.
func (m Model) listTitle(l layout) string {
	left := m.Styles.Header.Render(m.T("counter.list_title", len(m.waiting)))
	var more []string
	if m.offset > 0 {
		more = append(more, m.T("counter.list_more_above", m.offset))
	}
	if below := len(m.waiting) - m.offset - l.listRows; below > 0 {
		more = append(more, m.T("counter.list_more_below", below))
	}
	return spread(left, m.Styles.Muted.Render(strings.Join(more, "  ")), m.Width)
}

// list draws the visible rows of the waiting list, exactly l.listRows
// lines: marker, number, priority mark, service, group, time waited.
func (m Model) list(l layout) string {
	if len(m.waiting) == 0 {
		return fitRows(m.Styles.Muted.Render("  "+m.T("counter.list_empty")), l.listRows)
	}
	const markW, numW, priW, waitW = 2, 6, 5, 15
	// On a wide screen the columns stop growing, so the eye does not
	// travel across the whole TV from a number to its waiting time.
	rest := max(0, m.Width-markW-numW-priW-waitW)
	svcW := min(rest*2/5, 28)
	grpW := min(rest-svcW, 44)
	end := min(len(m.waiting), m.offset+l.listRows)
	rows := make([]string, 0, l.listRows)
	for i := m.offset; i < end; i++ {
		t := m.waiting[i]
		mark, pri := "  ", ""
		if i == m.cursor {
			mark = "▸ "
		}
		if t.IsPriority() {
			pri = m.T("counter.priority_mark")
		}
		group := m.groupName(t.Priority)
		if t.TargetCounter == m.number {
			group = strings.TrimSpace(group + " → " + m.T("counter.transferred_in"))
		}
		waited := m.T("counter.waited", int(m.now.Sub(t.QueuedAt)/time.Minute))
		num := cell(t.Display, numW) + cell(pri, priW)
		text := cell(m.serviceName(t.Service), svcW) + cell(group, grpW) + rightAlign(waited, waitW)
		rows = append(rows, m.row(i == m.cursor, t, mark, num, text))
	}
	return fitRows(strings.Join(rows, "\n"), l.listRows)
}

// row styles one list row: the highlighted row is reversed; priority
// tickets are marked in red as well as by the "ƯT" text, which stays
// readable on monochrome screens.
func (m Model) row(selected bool, t queue.Ticket, mark, num, text string) string {
	if selected {
		return m.Styles.Selected.Render(mark + num + text)
	}
	if t.IsPriority() {
		return mark + m.Styles.Priority.Render(num) + text
	}
	return mark + m.Styles.Bold.Render(num) + text
}

func rightAlign(s string, w int) string {
	s = strings.TrimRight(cell(s, w), " ")
	return strings.Repeat(" ", max(0, w-ansi.StringWidth(s))) + s
}

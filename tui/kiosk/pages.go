package kiosk

import (
	"fmt"
	"math"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/store"
	"motcua/tui/common"
	"motcua/tui/components/bigtext"
)

// startBody is the service choice: a prompt and one big button per service
// with its waiting count and estimated wait.
func (m Model) startBody(w, room int) *block {
	b := newBlock(w)
	b.text(promptStyle.Render(m.T("kiosk.pick_service")))
	b.text(m.Styles.Muted.Render(m.T("kiosk.pick_hint")))
	msg := m.statusMessage(w)
	counts := m.snap.WaitingCounts()
	items := make([]buttonItem, len(m.snap.Config.Services))
	for i, sv := range m.snap.Config.Services {
		status, style := m.serviceStatus(sv, counts[sv.Code].Total())
		items[i] = buttonItem{
			key: keyLabel(i + 1), label: m.serviceName(sv), status: status, statusStyle: style,
			color: common.ColorAccent, a: action{kind: actService, n: i},
		}
	}
	if m.opts.Desk != nil {
		items = append(items, m.lookupButton())
	}
	m.addButtons(b, w, room-msg.height(), items)
	b.addBlock(msg)
	return b
}

// priorityBody asks about priority: one button per group, in the station's
// order, and "Không" (key 0) last.
func (m Model) priorityBody(w, room int) *block {
	b := newBlock(w)
	b.text(promptStyle.Render(m.T("kiosk.ask_priority")))
	if sv, ok := m.snap.Config.Service(m.service); ok {
		b.text(m.T("kiosk.chosen_service", m.serviceName(sv)))
	}
	msg := m.statusMessage(w)
	groups := m.snap.Config.Groups
	items := make([]buttonItem, 0, len(groups)+1)
	for i, g := range groups {
		items = append(items, buttonItem{
			key: keyLabel(i + 1), label: m.groupName(g), color: common.ColorPriority,
			a: action{kind: actGroup, n: i},
		})
	}
	items = append(items, buttonItem{
		key: "0", label: m.T("kiosk.priority_no"), color: common.ColorAccent,
		a: action{kind: actNoPriority},
	})
	m.addButtons(b, w, room-msg.height(), items)
	b.addBlock(msg)
	return b
}

// addButtons puts the buttons under the prompt, with a blank line between
// when there is room for it.
func (m Model) addButtons(b *block, w, room int, items []buttonItem) {
	rows := room - b.height()
	if col, ok := buttons(w, rows-1, items); ok {
		b.blank(1)
		b.addBlock(col)
		return
	}
	col, _ := buttons(w, rows, items)
	b.addBlock(col)
}

// statusMessage is "issuing…" or the last failed issue, under the buttons.
func (m Model) statusMessage(w int) *block {
	b := newBlock(w)
	switch {
	case m.issuing:
		b.text(m.Styles.Bold.Render(m.T("kiosk.issuing")))
	case m.issueErr != nil:
		b.text(wrapped(m.T("kiosk.issue_failed"), w-4, m.Styles.Error))
		b.text(wrapped(m.ErrorText(m.issueErr), w-4, m.Styles.Muted))
	}
	return b
}

// serviceStatus is the waiting count and the estimated wait of a ticket
// taken now, or a warning that no counter is open for the service.
func (m Model) serviceStatus(sv queue.Service, waiting int) (string, lipgloss.Style) {
	est := m.snap.EstimateNew(sv.Code, "")
	switch {
	case !est.Known:
		return m.T("kiosk.status.closed", waiting), m.Styles.Warn
	case est.Wait < time.Minute:
		return m.T("kiosk.status.now", waiting), lipgloss.NewStyle()
	}
	return m.T("kiosk.status.wait", waiting, m.duration(est.Wait)), lipgloss.NewStyle()
}

// duration says a wait in whole minutes, rounded up: a citizen told "about
// 10 minutes" minds waiting 11 more than waiting 9.
func (m Model) duration(d time.Duration) string {
	mins := int(math.Ceil(d.Minutes()))
	if mins < 60 {
		return m.T("minutes", max(mins, 1))
	}
	return m.T("kiosk.wait.hours", mins/60, mins%60)
}

func (m Model) serviceName(sv queue.Service) string {
	if m.Lang == i18n.EN && sv.NameEN != "" {
		return common.Sanitize(sv.NameEN)
	}
	return common.Sanitize(sv.NameVI)
}

func (m Model) groupName(g queue.PriorityGroup) string {
	if m.Lang == i18n.EN && g.NameEN != "" {
		return common.Sanitize(g.NameEN)
	}
	return common.Sanitize(g.NameVI)
}

// keyLabel is the key of the n-th button; past 9 buttons there is no key,
// only touch.
func keyLabel(n int) string {
	if n > 9 {
		return " "
	}
	return fmt.Sprint(n)
}

// ticketBody shows the issued ticket: the number in block letters, the
// service and group, the people ahead and the wait (live), the time of
// issue and the printer's state.
func (m Model) ticketBody(w, room int) *block {
	t := m.ticket
	tw := min(w-4, 76)
	info := newBlock(w)
	var lines []string
	if sv, ok := m.snap.Config.Service(t.Service); ok {
		lines = append(lines, m.T("kiosk.ticket.service", m.serviceName(sv)))
	}
	if g, ok := m.snap.Config.Group(t.Priority); ok {
		lines = append(lines, m.Styles.Priority.Render(m.T("kiosk.ticket.priority", m.groupName(g))))
	}
	lines = append(lines, m.positionLines()...)
	lines = append(lines, m.T("kiosk.ticket.issued_at", t.IssuedAt.In(store.Local).Format("15:04 02/01/2006")))
	for _, l := range lines {
		info.text(wrapped(l, tw, lipgloss.NewStyle()))
	}
	info.blank(1)
	info.text(wrapped(m.T("kiosk.ticket.keep"), tw, m.Styles.Bold))
	switch {
	case m.printing:
		info.text(wrapped(m.T("kiosk.print.printing"), tw, m.Styles.Muted))
	case m.printErr != nil:
		info.text(wrapped(m.T("kiosk.print.failed"), tw, m.Styles.Error))
	default:
		info.blank(1) // keep the layout still when printing ends
	}

	b := newBlock(w)
	b.text(promptStyle.Render(m.T("kiosk.ticket.your_number")))
	bigRoom := room - b.height() - info.height() - 2
	scale := bigtext.ScaleToFit(t.Display, w-4, bigRoom, 8)
	if bigRoom < bigtext.Height {
		scale = 0 // too small: frame reports it
	}
	b.blank(1)
	style := numberStyle
	if t.IsPriority() {
		style = style.Foreground(common.ColorPriority)
	}
	if scale > 0 {
		b.text(style.Render(bigtext.Render(t.Display, scale)))
	} else {
		b.blank(bigtext.Height)
	}
	b.blank(1)
	b.addBlock(info)
	return b
}

// positionLines are the live people-ahead and wait of the ticket, or where
// to go once it has been called.
func (m Model) positionLines() []string {
	t := m.ticket
	est, waiting := m.snap.Position(t.ID)
	if !waiting {
		for _, c := range m.snap.Counters {
			if c.Current != nil && c.Current.ID == t.ID {
				return []string{m.Styles.Flash.Render(" " + m.T("kiosk.ticket.called", c.Number) + " ")}
			}
		}
		if m.snap.Revision >= m.ticketRev {
			return nil // served already
		}
		est = m.ticketEst // the snapshot predates the ticket
	}
	out := []string{m.T("kiosk.ticket.ahead", est.Ahead)}
	switch {
	case !est.Known:
		out = append(out, m.Styles.Warn.Render(m.T("kiosk.ticket.no_counter")))
	case est.Wait < time.Minute:
		out = append(out, m.T("kiosk.ticket.wait_now"))
	default:
		out = append(out, m.T("kiosk.ticket.wait", m.duration(est.Wait)))
	}
	return out
}

// pinBody is the admin exit prompt; the PIN shows as stars.
func (m Model) pinBody(w int) *block {
	b := newBlock(w)
	b.text(promptStyle.Render(m.T("kiosk.pin.title")))
	b.blank(1)
	b.text(m.Styles.Box.Width(24).Align(lipgloss.Center).Render(strings.Repeat("*", len(m.pin))))
	b.blank(1)
	if m.pinWrong {
		b.text(m.Styles.Error.Render(m.T("kiosk.pin.wrong")))
	} else {
		b.text(m.Styles.Muted.Render(m.T("kiosk.pin.hint")))
	}
	return b
}

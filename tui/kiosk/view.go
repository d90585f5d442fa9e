package kiosk

import (
	"image/color"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/tui/common"
	"motcua/tui/components/bigtext"
)

// View draws the current page.
func (m Model) View() tea.View {
	v := tea.NewView(m.frame().render())
	v.AltScreen = m.opts.Standalone
	v.MouseMode = tea.MouseModeCellMotion
	return v
}

// size is the terminal size, 80×24 until the first WindowSizeMsg.
func (m Model) size() (int, int) {
	if m.Width == 0 && m.Height == 0 {
		return common.MinWidth, common.MinHeight
	}
	return m.Width, m.Height
}

// frame lays out the whole screen with its buttons.
func (m Model) frame() *block {
	w, h := m.size()
	if m.Width > 0 || m.Height > 0 {
		if s, small := m.TooSmall(common.MinWidth, common.MinHeight); small {
			b := newBlock(w)
			b.add(s, 0, action{})
			return b
		}
	}
	header := m.header(m.page == pagePriority && !m.issuing || m.page == pageLookup || m.page == pageResult)
	footer := newBlock(w)
	footer.add(m.HelpBar(m.Binding("ctrl+l/F2", "key.lang", "ctrl+l", "f2")), 0, action{})
	room := h - header.height() - footer.height()
	var body *block
	switch {
	case m.page == pagePIN:
		body = m.pinBody(w)
	case !m.loaded:
		body = m.messageBody(w, m.loadText())
	case m.page == pageTicket:
		body = m.ticketBody(w, room)
	case m.page == pageLookup:
		body = m.lookupBody(w, h)
	case m.page == pageResult:
		body = m.resultBody(w)
	case m.page == pageRate:
		body = m.rateBody(w, room)
	case m.page == pagePriority:
		body = m.priorityBody(w, room)
	case len(m.snap.Config.Services) == 0:
		body = m.messageBody(w, m.T("kiosk.no_services"))
	default:
		body = m.startBody(w, room)
	}
	if body.height() > room {
		// Only a long list of services or groups gets here.
		c := m.Common
		c.SetSize(w, h)
		s, _ := c.TooSmall(w, h+body.height()-room+1)
		b := newBlock(w)
		b.add(s, 0, action{})
		return b
	}
	return screen(w, h, header, body, footer)
}

func (m Model) loadText() string {
	if m.loadErr != nil {
		return m.ErrorText(m.loadErr)
	}
	return m.T("kiosk.loading")
}

// header is the commune's name with the language button (and the back
// button on the priority question) on the right; three rows tall on a big
// screen so the buttons are easy to touch.
func (m Model) header(back bool) *block {
	w, h := m.size()
	hh := 1
	if h >= 36 {
		hh = 3
	}
	lang := chipStyle.Height(hh).Render(m.T("lang.toggle"))
	chips := []string{lang}
	backW := 0
	if back {
		bk := chipStyle.Height(hh).Render(m.T("kiosk.back"))
		backW = lipgloss.Width(bk)
		chips = []string{bk, barStyle.Height(hh).Padding(0).Render(" "), lang}
	}
	chipsW := lipgloss.Width(lipgloss.JoinHorizontal(lipgloss.Top, chips...))
	nameW := max(w-chipsW, 4)
	name := ansi.Truncate(common.Sanitize(m.snap.Config.CommuneName), nameW-2, "…")
	row := lipgloss.JoinHorizontal(lipgloss.Top, append([]string{barStyle.Width(nameW).Height(hh).Render(name)}, chips...)...)
	b := newBlock(w)
	b.add(row, 0, action{})
	if back {
		b.hits = append(b.hits, hit{x: nameW, y: 0, w: backW, h: hh, a: action{kind: actBack}})
	}
	langW := lipgloss.Width(lang)
	b.hits = append(b.hits, hit{x: w - langW, y: 0, w: langW, h: hh, a: action{kind: actLang}})
	return b
}

// buttonWidth is the width of the big buttons: the whole line at 80
// columns, three quarters of a wide screen.
func buttonWidth(w int) int { return min(w-4, max(76, w*3/4)) }

// button draws one big button: its number key, its label and a status
// line; at 5 inner rows the number is drawn in block digits.
func button(key, label, status string, statusStyle lipgloss.Style, c color.Color, w, h int) string {
	iw, ih := w-4, h-2
	keyS := numberStyle.Foreground(c)
	var content string
	if ih >= 5 {
		big := keyS.Render(bigtext.Render(key, 1))
		tw := max(iw-lipgloss.Width(big)-3, 1)
		bold := lipgloss.NewStyle().Bold(true).Render(ansi.Truncate(label, tw, "…"))
		lines := []string{"", "", bold, "", ""}
		if status != "" {
			lines = []string{"", bold, "", statusStyle.Render(ansi.Truncate(status, tw, "…")), ""}
		}
		content = lipgloss.JoinHorizontal(lipgloss.Top, big, "   ", strings.Join(lines, "\n"))
	} else {
		left := keyS.Render(key) + "  "
		room := iw - lipgloss.Width(left)
		st := ""
		if status != "" {
			st = ansi.Truncate(status, max(room-lipgloss.Width(label)-2, room/2), "…")
		}
		lbl := ansi.Truncate(label, room-lipgloss.Width(st)-boolInt(st != "")*2, "…")
		gap := max(room-lipgloss.Width(lbl)-lipgloss.Width(st), 0)
		content = left + lipgloss.NewStyle().Bold(true).Render(lbl) + strings.Repeat(" ", gap) + statusStyle.Render(st)
	}
	return buttonStyle(c, w, h).AlignVertical(lipgloss.Center).Render(content)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// buttons lays out a column of big buttons in rows, or reports that they
// do not fit.
func buttons(w, rows int, items []buttonItem) (*block, bool) {
	bh, gap, ok := fitButtons(len(items), rows)
	b := newBlock(w)
	bw := buttonWidth(w)
	for i, it := range items {
		if i > 0 {
			b.blank(gap)
		}
		b.add(button(it.key, it.label, it.status, it.statusStyle, it.color, bw, bh), -1, it.a)
	}
	return b, ok
}

type buttonItem struct {
	key, label, status string
	statusStyle        lipgloss.Style
	color              color.Color
	a                  action
}

// wrapped is s broken into lines of at most w cells, centred.
func wrapped(s string, w int, st lipgloss.Style) string {
	return st.Width(w).Align(lipgloss.Center).Render(s)
}

func (m Model) messageBody(w int, s string) *block {
	b := newBlock(w)
	b.text(wrapped(s, min(w-4, 70), lipgloss.NewStyle()))
	return b
}

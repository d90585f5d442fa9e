package rating

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"motcua/queue"
	"motcua/tui/common"
)

// View draws the current page.
func (m Model) View() tea.View {
	v := tea.NewView(m.layout().screen)
	v.AltScreen = m.opts.Standalone
	v.MouseMode = tea.MouseModeCellMotion
	return v
}

// zone is a touchable rectangle of the screen and what touching it does.
type zone struct {
	x, y, w, h int
	act        action
}

func (z zone) contains(x, y int) bool {
	return x >= z.x && x < z.x+z.w && y >= z.y && y < z.y+z.h
}

// block is a piece of the page, centred on its own lines; its zones are
// relative to its top-left corner.
type block struct {
	text  string
	zones []zone
}

// drawn is the whole screen and where its buttons are. View and the mouse
// handler both use it, so a touch hits exactly what was drawn.
type drawn struct {
	screen string
	zones  []zone
}

// layout draws the page: the title bar, the page's blocks centred in the
// middle, the help bar at the bottom.
func (m Model) layout() drawn {
	if msg, small := m.TooSmall(common.MinWidth, common.MinHeight); small {
		return drawn{screen: msg}
	}
	w, h := m.Width, m.Height
	if w == 0 || h == 0 {
		w, h = common.MinWidth, common.MinHeight
	}
	title := m.Styles.Title.Width(w).MaxWidth(w).Render(m.T("rating.title", m.opts.Counter))
	help := lipgloss.NewStyle().MaxWidth(w).Render(m.helpBar())
	var blocks []block
	switch m.page {
	case pageIdle:
		blocks = m.idleBlocks(w)
	case pageQuestion:
		blocks = m.questionBlocks(w, h)
	case pageReasons:
		blocks = m.reasonBlocks(w, h)
	case pageThanks:
		blocks = m.thanksBlocks(w)
	}
	bodyH := h - lipgloss.Height(title) - lipgloss.Height(help)
	total := 0
	for _, b := range blocks {
		total += lipgloss.Height(b.text)
	}
	lines := strings.Split(title, "\n")
	top := max((bodyH-total)/2, 0)
	for range top {
		lines = append(lines, "")
	}
	var zones []zone
	for _, b := range blocks {
		left := max((w-lipgloss.Width(b.text))/2, 0)
		for _, z := range b.zones {
			z.x, z.y = z.x+left, z.y+len(lines)
			zones = append(zones, z)
		}
		for _, l := range strings.Split(b.text, "\n") {
			if strings.TrimSpace(l) == "" {
				lines = append(lines, "") // no trailing blanks in the terminal or golden files
				continue
			}
			lines = append(lines, strings.Repeat(" ", left)+l)
		}
	}
	for len(lines) < h-lipgloss.Height(help) {
		lines = append(lines, "")
	}
	lines = append(lines[:min(len(lines), h-lipgloss.Height(help))], strings.Split(help, "\n")...)
	return drawn{screen: strings.Join(lines, "\n"), zones: zones}
}

// text is a block of plain centred lines.
func text(lines ...string) block {
	return block{text: lipgloss.JoinVertical(lipgloss.Center, lines...)}
}

func (m Model) idleBlocks(w int) []block {
	bs := []block{
		text(m.Styles.Header.Render(m.T("rating.idle"))), text(""),
		text(m.Styles.Muted.Width(min(w-4, 70)).Align(lipgloss.Center).Render(m.T("rating.idle_hint"))),
	}
	if m.err != nil {
		msg := m.T("rating.error", common.Sanitize(m.ErrorText(m.err)))
		bs = append(bs, text(""), text(m.Styles.Error.Width(min(w-4, 70)).Align(lipgloss.Center).Render(msg)))
	}
	return bs
}

func (m Model) thanksBlocks(w int) []block {
	return []block{
		text(m.Styles.OK.Bold(true).Render(m.T("rating.thanks"))), text(""),
		text(m.Styles.Muted.Width(min(w-4, 70)).Align(lipgloss.Center).Render(m.T("rating.thanks_hint"))),
	}
}

// levelColors tell the three buttons apart for those who do not read.
var levelColors = map[queue.Level]lipgloss.Style{
	queue.VerySatisfied: lipgloss.NewStyle().BorderForeground(common.ColorOK),
	queue.Satisfied:     lipgloss.NewStyle().BorderForeground(common.ColorAccent),
	queue.Unsatisfied:   lipgloss.NewStyle().BorderForeground(common.ColorPriority),
}

// button draws a bordered button of outer size w×h with its lines
// centred in it.
func button(border lipgloss.Style, w, h int, lines ...string) string {
	inner := lipgloss.JoinVertical(lipgloss.Center, lines...)
	return border.Border(lipgloss.ThickBorder()).
		Width(w).Height(h).MaxWidth(w).
		Align(lipgloss.Center, lipgloss.Center).Render(inner)
}

func (m Model) questionBlocks(w, h int) []block {
	const gap = 2
	bw := min((w-4-2*gap)/len(queue.Levels), 48)
	bh := max(5, (h-2)/4)
	var parts []string
	var zones []zone
	for i, l := range queue.Levels {
		if i > 0 {
			parts = append(parts, strings.Repeat(" ", gap))
		}
		b := button(levelColors[l], bw, bh, m.Styles.Bold.Render(string(rune('1'+i))), m.T("rating.level."+string(l)))
		zones = append(zones, zone{x: i * (bw + gap), y: 0, w: bw, h: bh, act: action{kind: actLevel, level: l}})
		parts = append(parts, b)
	}
	row := block{text: lipgloss.JoinHorizontal(lipgloss.Top, parts...), zones: zones}
	return []block{
		text(m.Styles.Muted.Render(m.T("rating.ticket", common.Sanitize(m.ticket.Display)))), text(""),
		text(m.Styles.Header.Render(m.T("rating.question"))), text(""),
		row, text(""),
		text(m.Styles.Muted.Render(m.T("rating.press_hint"))),
	}
}

func (m Model) reasonBlocks(w, h int) []block {
	bw := min(w-8, 56)
	items := len(m.reasons) + 1
	// Bordered buttons when they fit (3 lines each, taller on a big
	// screen), one line each when the list is long.
	bh := 3
	if h >= 40 {
		bh = 5
	}
	bordered := items*bh+4 <= h-2
	var lines []string
	var zones []zone
	y := 0
	add := func(key, label string, act action, style lipgloss.Style) {
		content := m.Styles.Bold.Render(key) + "  " + label
		var b string
		if bordered {
			b = style.Border(lipgloss.RoundedBorder()).Width(bw).Height(bh).MaxWidth(bw).
				Align(lipgloss.Left, lipgloss.Center).Padding(0, 2).Render(content)
		} else {
			b = lipgloss.NewStyle().Width(bw).MaxWidth(bw).Render(content)
		}
		zones = append(zones, zone{y: y, w: bw, h: lipgloss.Height(b), act: act})
		y += lipgloss.Height(b)
		lines = append(lines, b)
	}
	accent := lipgloss.NewStyle().BorderForeground(common.ColorAccent)
	for i, code := range m.reasons {
		add(string(rune('1'+i)), m.reasonText(code), action{kind: actReason, reason: code}, accent)
	}
	add("0", m.T("rating.skip"), action{kind: actReason}, lipgloss.NewStyle().BorderForeground(common.ColorMuted))
	return []block{
		text(m.Styles.Header.Render(m.T("rating.reasons"))), text(""),
		{text: lipgloss.JoinVertical(lipgloss.Left, lines...), zones: zones},
	}
}

// reasonText is a reason's words, or its code when the table lacks them
// (a commune added its own reason).
func (m Model) reasonText(code string) string {
	key := "rating.reason." + code
	if s := m.T(key); s != "!"+key {
		return s
	}
	return common.Sanitize(code)
}

func (m Model) helpBar() string {
	lang := m.Binding("F2", "rating.help.lang", "f2", "ctrl+l")
	quit := m.Binding("ctrl+c", "rating.help.quit", "ctrl+c", "ctrl+q")
	switch m.page {
	case pageQuestion:
		return m.HelpBar(m.Binding("1/2/3", "rating.help.choose", "1", "2", "3"), lang, quit)
	case pageReasons:
		n := min(len(m.reasons), 9)
		keys := make([]string, n)
		for i := range keys {
			keys[i] = string(rune('1' + i))
		}
		return m.HelpBar(m.Binding("1–"+string(rune('0'+n)), "rating.help.choose", keys...),
			m.Binding("0/enter", "rating.help.skip", "0", "enter"), lang, quit)
	}
	return m.HelpBar(lang, quit)
}

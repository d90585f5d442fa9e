package dossiers

import (
	"errors"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/assets/i18n"
	"motcua/intake"
	"motcua/tui/common"
)

// View draws the panel, exactly the size the host gave (80×24 until the
// first size is known).
func (m Model) View() string {
	if s, small := m.TooSmall(common.MinWidth, common.MinHeight); small {
		return s
	}
	w, h := m.size()
	var lines []string
	switch m.level {
	case levelFind:
		lines = m.findView(w, h)
	case levelDetail:
		lines = m.detailView(w, h)
	default:
		lines = m.panelView(w, h)
	}
	return fitScreen(lines, w, h)
}

func (m Model) size() (int, int) {
	if m.Width == 0 && m.Height == 0 {
		return common.MinWidth, common.MinHeight
	}
	return m.Width, m.Height
}

// fitScreen pads or cuts the lines to exactly w×h.
func fitScreen(lines []string, w, h int) string {
	var out []string
	for _, l := range lines {
		out = append(out, strings.Split(l, "\n")...)
	}
	if len(out) > h {
		out = out[:h]
	}
	for len(out) < h {
		out = append(out, "")
	}
	for i, l := range out {
		out[i] = cell(l, w)
	}
	return strings.Join(out, "\n")
}

// cell is s cut with an ellipsis or padded with spaces to exactly w cells.
func cell(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = ansi.Truncate(s, w, "…")
	return s + strings.Repeat(" ", max(0, w-ansi.StringWidth(s)))
}

// spread puts left and right on one line of width w.
func spread(left, right string, w int) string {
	right = ansi.Truncate(right, w/2, "…")
	left = ansi.Truncate(left, max(w-ansi.StringWidth(right)-1, 1), "…")
	gap := max(w-ansi.StringWidth(left)-ansi.StringWidth(right), 1)
	return left + strings.Repeat(" ", gap) + right
}

// wrap breaks s into lines of at most w cells.
func wrap(s string, w int, st lipgloss.Style) []string {
	return strings.Split(st.Width(w).Render(s), "\n")
}

// titleBar is the first line: a title on the accent bar, and the date and
// time (or another right part) on the right.
func (m Model) titleBar(title, right string, w int) string {
	t := m.Styles.Title.Render(ansi.Truncate(title, w*2/3, "…"))
	return spread(t, right, w)
}

func (m Model) clockText() string {
	return m.Styles.Header.Render(m.clock().Format("15:04  02/01/2006"))
}

// noticeLines are the result of the last step and of its printing.
func (m Model) noticeLines(w int) []string {
	var out []string
	for _, n := range []notice{m.note, m.printNote} {
		if n.kind == noteNone {
			continue
		}
		st := m.Styles.Bold
		switch n.kind {
		case noteOK:
			st = m.Styles.OK
		case noteErr:
			st = m.Styles.Error
		}
		out = append(out, wrap(m.noticeText(n), w, st)...)
	}
	return out
}

func (m Model) noticeText(n notice) string {
	args := make([]any, 0, len(n.args)+1)
	for _, a := range n.args {
		switch a := a.(type) {
		case tkey:
			args = append(args, m.T(string(a)))
		case string:
			args = append(args, common.Sanitize(a))
		default:
			args = append(args, a)
		}
	}
	if n.err != nil {
		args = append(args, m.errText(n.err))
	}
	return m.T(n.key, args...)
}

// errText is an error in the clerk's words: the panel's own, the
// database's, or the desk's.
func (m Model) errText(err error) string {
	var ke keyErr
	if errors.As(err, &ke) {
		return m.T(ke.key, ke.args...)
	}
	if k := common.StoreErrorKey(err); k != "" {
		return m.T(k, "")
	}
	return common.Sanitize(intake.Message(m.Lang, err))
}

// help is the key help line.
func (m Model) help(bindings ...key.Binding) string {
	lang := m.Binding("ctrl+l/F2", "dossiers.key.lang", "ctrl+l", "f2")
	return m.HelpBar(append(bindings, lang)...)
}

// Dates and times as the clerk reads them.
func dateTime(t time.Time) string { return t.Format("15:04 02/01/2006") }
func shortDue(t time.Time) string { return t.Format("02/01 15:04") }

// procName is the procedure's name in the clerk's language; short drops
// the "Thủ tục " every Vietnamese name starts with, which only takes room
// in a column.
func (m Model) procName(d intake.Dossier, short bool) string {
	name := d.ProcedureName
	if m.Lang == i18n.EN && d.ProcedureNameEN != "" {
		name = d.ProcedureNameEN
	}
	name = common.Sanitize(name)
	if short {
		if rest, ok := strings.CutPrefix(name, "Thủ tục "); ok && rest != "" {
			r := []rune(rest)
			name = strings.ToUpper(string(r[0])) + string(r[1:])
		}
	}
	return name
}

// statusShort is a state in one short word for a column.
func (m Model) statusShort(s intake.Status) string { return m.T("dossiers.st." + string(s)) }

// width is the width drawn at.
func (m Model) width() int {
	w, _ := m.size()
	return w
}

package kiosk

import (
	"errors"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/assets/i18n"
	"motcua/intake"
	"motcua/store"
	"motcua/tui/common"
)

// keyStyle is an on-screen key of the lookup page.
var keyStyle = lipgloss.NewStyle().Bold(true).Foreground(common.ColorOnAccent).
	Background(common.ColorAccent).Align(lipgloss.Center).AlignVertical(lipgloss.Center)

// lookupButton is the start page's button that opens the lookup.
func (m Model) lookupButton() buttonItem {
	return buttonItem{
		key: "0", label: m.T("kiosk.lookup.button"), status: m.T("kiosk.lookup.button_hint"),
		color: common.ColorOK, a: action{kind: actLookup},
	}
}

// lookupBody is the code entry: a prompt, the text typed so far, what the
// last lookup found, and the on-screen keys.
func (m Model) lookupBody(w, h int) *block {
	tw := min(w-4, 70)
	b := newBlock(w)
	b.text(promptStyle.Render(m.T("kiosk.lookup.title")))
	b.text(wrapped(m.T("kiosk.lookup.hint"), tw, m.Styles.Muted))
	b.blank(1)

	bw := min(w-4, 60)
	text := common.Sanitize(string(m.lookup.text))
	shown := m.Styles.Muted.Render(m.T("kiosk.lookup.placeholder"))
	if text != "" || m.lookup.looking {
		// The end of a long scan is what matters: it holds the code.
		shown = lipgloss.NewStyle().Bold(true).Render(ansi.TruncateLeft(text, max(ansi.StringWidth(text)-(bw-6), 0), "…")) + "▏"
	}
	b.text(buttonStyle(common.ColorAccent, bw, 3).Render(shown))

	msg := newBlock(w)
	switch {
	case m.lookup.looking:
		msg.text(m.Styles.Bold.Render(m.T("kiosk.lookup.looking")))
	case errors.Is(m.lookup.err, intake.ErrDossierNotFound):
		msg.text(wrapped(m.T("kiosk.lookup.not_found"), tw, m.Styles.Error))
	case m.lookup.err != nil:
		msg.text(wrapped(m.T("kiosk.lookup.failed"), tw, m.Styles.Error))
		msg.text(wrapped(m.ErrorText(m.lookup.err), tw, m.Styles.Muted))
	}
	// Two lines whatever the message, so the keys do not jump.
	for msg.height() < 2 {
		msg.blank(1)
	}
	b.addBlock(msg)
	b.blank(1)
	b.addBlock(m.keypad(w, h >= 36))
	return b
}

// keypad draws the on-screen keys, each a touch target, and the button
// that looks the code up; on a big screen the keys are three rows tall.
func (m Model) keypad(w int, big bool) *block {
	kw, kh := 5, 1
	if big {
		kw, kh = 7, 3
	}
	gap := strings.TrimSuffix(strings.Repeat(" \n", kh), "\n")
	// All rows start at the same column, so the keys stand in a grid; the
	// last row is the widest, with the delete key.
	last := keypadRows[len(keypadRows)-1]
	gridW := len(last)*(kw+1) + 2*kw + 1
	x0 := max((w-gridW)/2, 0)
	b := newBlock(w)
	for ri, row := range keypadRows {
		if ri > 0 && big {
			b.blank(1)
		}
		var cells []string
		var hits []hit
		x := 0
		add := func(label string, cw int, a action) {
			if len(cells) > 0 {
				cells = append(cells, gap)
				x++
			}
			cells = append(cells, keyStyle.Width(cw).Height(kh).Render(label))
			hits = append(hits, hit{x: x, w: cw, h: kh, a: a})
			x += cw
		}
		for _, r := range row {
			add(string(r), kw, action{kind: actLookupChar, n: strings.IndexRune(intake.LookupAlphabet, r)})
		}
		if ri == len(keypadRows)-1 {
			add(m.T("kiosk.lookup.delete"), 2*kw+1, action{kind: actLookupDel})
		}
		line := lipgloss.JoinHorizontal(lipgloss.Top, cells...)
		y := b.height()
		b.add(line, x0, action{})
		for _, h := range hits {
			h.x, h.y = h.x+x0, y
			b.hits = append(b.hits, h)
		}
		if !big {
			b.blank(1)
		}
	}
	if big {
		b.blank(1)
	}
	bh := 3
	if big {
		bh = 5
	}
	label := lipgloss.NewStyle().Bold(true).Render(m.T("kiosk.lookup.go") + "  (Enter)")
	b.add(buttonStyle(common.ColorOK, min(w-4, 40), bh).Align(lipgloss.Center).AlignVertical(lipgloss.Center).Render(label),
		-1, action{kind: actLookupGo})
	return b
}

// resultBody is a dossier's public state: its code, procedure, state in
// plain words, what to do, and the appointment while it is running.
func (m Model) resultBody(w int) *block {
	p := m.lookup.result
	tw := min(w-4, 76)
	b := newBlock(w)
	b.text(promptStyle.Render(m.T("kiosk.lookup.result_title")))
	b.blank(1)
	b.text(m.T("kiosk.lookup.code", lipgloss.NewStyle().Bold(true).Render(common.Sanitize(p.Code))))
	name := p.ProcedureName
	if m.Lang == i18n.EN && p.ProcedureNameEN != "" {
		name = p.ProcedureNameEN
	}
	b.text(wrapped(common.Sanitize(name), tw, lipgloss.NewStyle()))
	b.blank(1)

	color := common.ColorAccent
	switch p.Status {
	case intake.Resolved:
		color = common.ColorOK
	case intake.AwaitingSupplement:
		color = common.ColorWarn
	case intake.Refused:
		color = common.ColorPriority
	}
	status := lipgloss.NewStyle().Bold(true).Foreground(color).Render(m.T("kiosk.lookup.st." + string(p.Status)))
	b.text(buttonStyle(color, tw, 3).Align(lipgloss.Center).Render(status))
	if more := "kiosk.lookup.more." + string(p.Status); i18n.Has(more) {
		b.text(wrapped(m.T(more), tw, lipgloss.NewStyle()))
	}
	if p.Status.Open() && p.Status != intake.AwaitingSupplement {
		b.blank(1)
		b.text(wrapped(m.T("kiosk.lookup.due", m.appointment(p.DueAt)), tw, m.Styles.Bold))
		if m.st.Now().After(p.DueAt) {
			b.text(wrapped(m.T("kiosk.lookup.late"), tw, m.Styles.Warn))
		}
	}
	b.blank(1)
	b.text(m.Styles.Muted.Render(m.T("kiosk.lookup.dismiss")))
	return b
}

// appointment says a due time as "16:00, thứ Năm 22/10/2026".
func (m Model) appointment(t time.Time) string {
	t = t.In(store.Local)
	return m.T("kiosk.lookup.due_at", t.Format("15:04"), m.T(weekdayKeys[t.Weekday()]), t.Format("02/01/2006"))
}

var weekdayKeys = [...]string{"kiosk.weekday.0", "kiosk.weekday.1", "kiosk.weekday.2", "kiosk.weekday.3",
	"kiosk.weekday.4", "kiosk.weekday.5", "kiosk.weekday.6"}

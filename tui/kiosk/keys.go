package kiosk

import (
	"crypto/subtle"
	"motcua/tui/common"
	"unicode"

	tea "charm.land/bubbletea/v2"
)

// maxPIN bounds the PIN prompt so a stuck key cannot grow it forever.
const maxPIN = 32

// onKey handles a key. A citizen's keys can never leave the kiosk: ctrl+c,
// q and esc do nothing on the start page. ctrl+q opens the admin PIN prompt.
func (m Model) onKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch msg.String() {
	case "ctrl+l", "f2":
		return m.do(action{kind: actLang})
	case "ctrl+q":
		if m.page == pagePIN || m.issuing {
			return m, nil
		}
		m.show(pagePIN)
		m.pin, m.pinWrong = nil, false
		return m, m.setDeadline(m.opts.Idle)
	}
	if m.issuing {
		return m, nil
	}
	switch m.page {
	case pageStart:
		if d := common.Digit(msg); d >= 1 {
			return m.do(action{kind: actService, n: d - 1})
		}
		if m.opts.Desk != nil && m.loaded {
			if common.Digit(msg) == 0 {
				return m.do(action{kind: actLookup})
			}
			if startsLookup(msg) {
				return m.openLookup(msg.Text) // a receipt scanned on the start page
			}
		}
	case pagePriority:
		switch d := common.Digit(msg); {
		case d == 0:
			return m.do(action{kind: actNoPriority})
		case d > 0:
			return m.do(action{kind: actGroup, n: d - 1})
		}
		switch msg.String() {
		case "esc", "backspace":
			return m.do(action{kind: actBack})
		}
		return m, m.setDeadline(m.opts.Idle) // the citizen is still there
	case pageTicket:
		return m.do(action{kind: actDismiss})
	case pageLookup:
		return m.onLookupKey(msg)
	case pageResult:
		return m.onResultKey(msg)
	case pagePIN:
		return m.onPINKey(msg)
	case pageRate:
		return m.onRateKey(msg)
	}
	return m, nil
}

func (m Model) onPINKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.pinWrong {
		return m, nil // the message stays its few seconds
	}
	switch msg.String() {
	case "esc":
		m.goStart()
		return m, nil
	case "enter":
		want := []byte(m.snap.Config.KioskPIN)
		if m.loaded && subtle.ConstantTimeCompare([]byte(string(m.pin)), want) == 1 {
			return m.quit()
		}
		m.pin, m.pinWrong = nil, true
		return m, m.setDeadline(wrongPINDelay)
	case "backspace":
		if len(m.pin) > 0 {
			m.pin = m.pin[:len(m.pin)-1]
		}
	default:
		for _, r := range msg.Text {
			if unicode.IsPrint(r) && len(m.pin) < maxPIN {
				m.pin = append(m.pin, r)
			}
		}
	}
	return m, m.setDeadline(m.opts.Idle)
}

// onClick maps a click or a touch to the button under it.
func (m Model) onClick(x, y int) (tea.Model, tea.Cmd) {
	for _, h := range m.frame().hits {
		if x >= h.x && x < h.x+h.w && y >= h.y && y < h.y+h.h {
			return m.do(h.a)
		}
	}
	if m.page == pageTicket || m.page == pageResult {
		return m.do(action{kind: actDismiss})
	}
	return m, nil
}

package kiosk

import (
	"context"
	"strings"
	"unicode"

	tea "charm.land/bubbletea/v2"

	"motcua/intake"
	"motcua/tui/common"
)

// The dossier lookup: a page where the citizen types the dossier code or
// the lookup code of the receipt (keyboard, keypad or the on-screen keys
// of the lookup alphabet) or scans the receipt's QR code (the scanner
// types the code and Enter), and a page with the answer of
// intake.Desk.PublicStatus, which holds no personal data by design.

// lookupState is what the lookup pages hold; goStart clears it.
type lookupState struct {
	text    []rune // as typed or scanned
	replace bool   // the last lookup failed: the next character starts afresh
	looking bool   // PublicStatus is running: input waits
	err     error  // why the last lookup found nothing
	result  intake.PublicDossier
}

// maxLookup bounds the text: a scanned QR code may hold a web address
// around the dossier code, a stuck key must not grow it forever.
const maxLookup = 200

// lookedUpMsg reports the end of a lookup.
type lookedUpMsg struct {
	p   intake.PublicDossier
	err error
}

// keypadRows are the on-screen keys: the lookup code alphabet, which has
// no look-alike letters, so a citizen without a keyboard can type a lookup
// code by touch.
var keypadRows = func() []string {
	a := intake.LookupAlphabet
	var rows []string
	for len(a) > 10 {
		rows = append(rows, a[:10])
		a = a[10:]
	}
	return append(rows, a)
}()

// openLookup shows the lookup page with text already typed (a letter
// typed or scanned on the start page).
func (m Model) openLookup(text string) (tea.Model, tea.Cmd) {
	m.lookup = lookupState{}
	m.issueErr = nil
	m.show(pageLookup)
	m.typeLookup(text)
	return m, m.setDeadline(m.opts.Idle)
}

// typeLookup adds typed text; after a failed lookup it replaces the text,
// so a second scan is read alone.
func (m *Model) typeLookup(s string) {
	for _, r := range s {
		if r == '\r' || r == '\n' || !unicode.IsPrint(r) {
			continue
		}
		if m.lookup.replace {
			m.lookup.text, m.lookup.replace, m.lookup.err = nil, false, nil
		}
		if len(m.lookup.text) < maxLookup {
			m.lookup.text = append(m.lookup.text, r)
		}
	}
}

// onLookupKey handles a key on the lookup page.
func (m Model) onLookupKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.lookup.looking {
		return m, nil
	}
	switch msg.String() {
	case "esc":
		return m.do(action{kind: actBack})
	case "enter":
		return m.do(action{kind: actLookupGo})
	case "backspace":
		return m.do(action{kind: actLookupDel})
	}
	if d := common.Digit(msg); d >= 0 && msg.Text == "" {
		m.typeLookup(string(rune('0' + d))) // numeric keypad
	} else {
		m.typeLookup(msg.Text)
	}
	return m, m.setDeadline(m.opts.Idle)
}

// onResultKey leaves the answer after its guard. A letter starts a new
// lookup with it, so a second receipt scanned over the answer is read.
func (m Model) onResultKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.since() < ticketGuard {
		return m, nil
	}
	if startsLookup(msg) {
		return m.openLookup(msg.Text)
	}
	return m.do(action{kind: actDismiss})
}

// startsLookup reports whether a key on the start or answer page is a
// letter: the first character of a dossier code typed or scanned there.
// Digits stay the service keys.
func startsLookup(msg tea.KeyPressMsg) bool {
	r := []rune(msg.Text)
	return len(r) == 1 && msg.Mod&^tea.ModShift == 0 && unicode.IsLetter(r[0])
}

// doLookup performs a button or key action on the lookup pages.
func (m Model) doLookup(a action) (tea.Model, tea.Cmd) {
	if m.page == pageResult {
		if (a.kind == actDismiss || a.kind == actBack) && m.since() >= ticketGuard {
			m.goStart()
		}
		return m, nil
	}
	if m.lookup.looking {
		return m, nil
	}
	switch a.kind {
	case actBack:
		m.goStart()
		return m, nil
	case actLookupChar:
		if a.n >= 0 && a.n < len(intake.LookupAlphabet) {
			m.typeLookup(intake.LookupAlphabet[a.n : a.n+1])
		}
	case actLookupDel:
		m.lookup.replace, m.lookup.err = false, nil
		if n := len(m.lookup.text); n > 0 {
			m.lookup.text = m.lookup.text[:n-1]
		}
	case actLookupGo:
		input := strings.TrimSpace(string(m.lookup.text))
		if input == "" {
			break
		}
		m.lookup.looking, m.lookup.err = true, nil
		m.clearDeadline()
		desk := m.opts.Desk
		return m, func() tea.Msg {
			ctx, cancel := context.WithTimeout(m.Context(), lookupTimeout)
			defer cancel()
			p, err := desk.PublicStatus(ctx, input)
			return lookedUpMsg{p: p, err: err}
		}
	}
	return m, m.setDeadline(m.opts.Idle)
}

// onLookedUp shows the answer, or says on the lookup page that nothing
// was found, keeping the text so it can be corrected.
func (m Model) onLookedUp(msg lookedUpMsg) (tea.Model, tea.Cmd) {
	if !m.lookup.looking || m.page != pageLookup {
		return m, nil // the citizen has gone
	}
	m.lookup.looking = false
	if msg.err != nil {
		m.lookup.err, m.lookup.replace = msg.err, true
		return m, m.setDeadline(m.opts.Idle)
	}
	m.lookup.result = msg.p
	m.show(pageResult)
	return m, m.setDeadline(m.opts.TicketTimeout)
}

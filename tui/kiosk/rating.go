package kiosk

import (
	"context"
	"errors"
	"image/color"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"motcua/queue"
	"motcua/tui/common"
)

// The rating question on the kiosk, for a commune with no rating screen
// (setting rating.on_kiosk = 1). When a counter finishes a ticket, the
// kiosk, once it is idle on its start page, asks "Phiếu A012 · Quầy 2:
// were you satisfied?". The question names the ticket and the counter, as
// the kiosk stands in the hall and anyone may be in front of it. It never
// stands in the way of the next citizen: it comes only between citizens,
// ignores a press that lands as it appears, goes away quietly after Idle
// and at once on 0, Esc or the "take a ticket" button, and each ticket is
// asked about once (and can be rated once: queue.Rate).

// Timings of the rating question.
const (
	rateThanksFor = 3 * time.Second  // the thank-you stays this long
	rateTimeout   = 20 * time.Second // then the question goes away quietly
	maxAsked      = 500              // the asked set is cleared beyond this (a day's tickets)
)

// rateState is the rating question's part of the model.
type rateState struct {
	pending []queue.Ticket  // finished tickets not yet rated, oldest first
	asked   map[string]bool // tickets already asked about: never twice
	looking bool            // an Unrated read is on its way
	ticket  queue.Ticket    // the ticket asked about
	saving  bool            // a Rate is on its way
	thanked bool            // the answer was recorded; pageRate shows thanks
}

// unratedMsg carries the tickets a kiosk may still ask about.
type unratedMsg struct {
	tickets []queue.Ticket
	err     error
}

// ratedMsg reports the end of a Rate.
type ratedMsg struct {
	ticketID string
	err      error
}

// lookUnrated reads the unrated tickets after a change, when the kiosk
// asks the question at all.
func (m *Model) lookUnrated() tea.Cmd {
	if !m.loaded || !m.snap.Config.RatingOnKiosk() || m.rate.looking {
		return nil
	}
	m.rate.looking = true
	st := m.st
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(m.Context(), lookupTimeout)
		defer cancel()
		t, err := st.Unrated(ctx)
		return unratedMsg{tickets: t, err: err}
	}
}

func (m Model) onUnrated(msg unratedMsg) (tea.Model, tea.Cmd) {
	m.rate.looking = false
	if msg.err == nil { // a failed read asks nothing: the next change reads again
		m.rate.pending = msg.tickets
	}
	return m, nil
}

// askIfIdle shows the question about the oldest ticket not yet asked
// about, when the kiosk is idle on its start page and still asks.
func (m *Model) askIfIdle() tea.Cmd {
	if m.page != pageStart || m.issuing || !m.loaded || !m.snap.Config.RatingOnKiosk() {
		return nil
	}
	now := m.st.Now()
	for len(m.rate.pending) > 0 {
		t := m.rate.pending[0]
		m.rate.pending = m.rate.pending[1:]
		if m.rate.asked[t.ID] || now.Sub(t.FinishedAt) >= queue.KioskRatingWindow {
			continue
		}
		if m.rate.asked == nil || len(m.rate.asked) >= maxAsked {
			m.rate.asked = map[string]bool{}
		}
		m.rate.asked[t.ID] = true
		m.rate.ticket, m.rate.saving, m.rate.thanked = t, false, false
		m.show(pageRate)
		return m.setDeadline(rateTimeout)
	}
	return nil
}

// onRateKey: 1–3 answer, 0/Esc/Enter/Backspace let the next citizen take
// a ticket; a press as the question appears is taken for the start page's
// and ignored.
func (m Model) onRateKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.rate.thanked {
		m.goStart()
		return m, nil
	}
	if d := common.Digit(msg); d >= 1 && d <= len(queue.Levels) {
		return m.do(action{kind: actRate, n: d - 1})
	}
	switch msg.String() {
	case "0", "esc", "enter", "backspace":
		return m.do(action{kind: actSkipRating})
	}
	return m, nil
}

// doRate answers or skips the question (keys and touches alike).
func (m Model) doRate(a action) (tea.Model, tea.Cmd) {
	if m.rate.thanked {
		m.goStart()
		return m, nil
	}
	if m.since() < pageGuard || m.rate.saving {
		return m, nil
	}
	switch a.kind {
	case actSkipRating:
		m.goStart()
	case actRate:
		if a.n < 0 || a.n >= len(queue.Levels) {
			return m, nil
		}
		m.rate.saving = true
		m.clearDeadline()
		st, id, level := m.st, m.rate.ticket.ID, queue.Levels[a.n]
		return m, func() tea.Msg {
			ctx, cancel := context.WithTimeout(m.Context(), issueTimeout)
			defer cancel()
			_, err := st.Rate(ctx, id, level, "")
			return ratedMsg{ticketID: id, err: err}
		}
	}
	return m, nil
}

// onRated thanks the citizen; a ticket rated meanwhile (at a rating
// screen, or past midnight) goes back to the start without a word.
func (m Model) onRated(msg ratedMsg) (tea.Model, tea.Cmd) {
	if m.page != pageRate || msg.ticketID != m.rate.ticket.ID {
		return m, nil
	}
	m.rate.saving = false
	if msg.err != nil {
		if !errors.Is(msg.err, queue.ErrNotRatable) && !errors.Is(msg.err, queue.ErrAlreadyRated) {
			m.issueErr = msg.err // shown on the start page for Idle, as a failed issue
		}
		m.goStart()
		return m, nil
	}
	m.rate.thanked = true
	return m, m.setDeadline(rateThanksFor)
}

// rateBody is the question: which ticket at which counter, three big
// buttons, and the way out for the next citizen; or the thanks.
func (m Model) rateBody(w, room int) *block {
	b := newBlock(w)
	if m.rate.thanked {
		b.blank(max(room/2-2, 0))
		b.text(promptStyle.Render(m.T("rating.thanks")))
		b.text(m.Styles.Muted.Render(m.T("rating.thanks_hint")))
		return b
	}
	t := m.rate.ticket
	b.text(promptStyle.Render(m.T("kiosk.rate.about", common.Sanitize(t.Display), t.Counter)))
	b.text(lipgloss.NewStyle().Bold(true).Render(m.T("rating.question")))
	colors := []color.Color{common.ColorOK, common.ColorAccent, common.ColorWarn}
	items := make([]buttonItem, 0, len(queue.Levels)+1)
	for i, l := range queue.Levels {
		items = append(items, buttonItem{key: keyLabel(i + 1), label: m.T("rating.level." + string(l)),
			color: colors[i], a: action{kind: actRate, n: i}})
	}
	items = append(items, buttonItem{key: "0", label: m.T("kiosk.rate.skip"), color: common.ColorMuted,
		a: action{kind: actSkipRating}})
	m.addButtons(b, w, room, items)
	return b
}

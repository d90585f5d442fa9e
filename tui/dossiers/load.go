package dossiers

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/intake"
)

// Messages of the panel's own commands. Each carries the panel's id: a
// host that opens the panel again gets a new one, and the old panel's late
// answers are dropped.
type (
	panelMsg struct {
		id           uint64
		rev          int64
		now          time.Time
		due, overdue []intake.Dossier
		err          error
	}
	revMsg struct {
		id  uint64
		rev int64
		err error
	}
	tickMsg  struct{ id uint64 }
	retryMsg struct{ id uint64 }
	foundMsg struct {
		id      uint64
		query   string
		results []intake.Dossier
		err     error
	}
	detailMsg struct {
		id      uint64
		ref     string
		d       intake.Dossier
		history []intake.DossierEvent
		err     error
	}
	actedMsg struct {
		id     uint64
		action intake.Action
		d      intake.Dossier
		err    error
		form   string                                      // translation key of the form to print, "" for none
		print  func(context.Context, intake.Dossier) error // prints form; nil when none
	}
	printedMsg struct {
		id   uint64
		form string
		err  error
	}
)

// Time limits of the panel's database and printer work.
const (
	readTimeout  = 10 * time.Second
	writeTimeout = 15 * time.Second
	printTimeout = 60 * time.Second
)

// loadPanel reads the revision, then both lists: a write between the two
// only makes the next watch fire at once.
func (m Model) loadPanel() tea.Cmd {
	desk, db, id := m.desk, m.st.DB(), m.id
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(m.Context(), readTimeout)
		defer cancel()
		msg := panelMsg{id: id, now: desk.Now()}
		if msg.rev, msg.err = db.Revision(ctx); msg.err != nil {
			return msg
		}
		if msg.due, msg.err = desk.DueToday(ctx); msg.err != nil {
			return msg
		}
		msg.overdue, msg.err = desk.Overdue(ctx)
		return msg
	}
}

// find runs a search in the background.
func (m Model) find(query string) tea.Cmd {
	desk, id := m.desk, m.id
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(m.Context(), readTimeout)
		defer cancel()
		res, err := desk.Find(ctx, query)
		return foundMsg{id: id, query: query, results: res, err: err}
	}
}

// loadDetail reads a dossier and its history.
func (m Model) loadDetail(ref string) tea.Cmd {
	desk, id := m.desk, m.id
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(m.Context(), readTimeout)
		defer cancel()
		msg := detailMsg{id: id, ref: ref}
		if msg.d, msg.err = desk.Dossier(ctx, ref); msg.err != nil {
			return msg
		}
		msg.history, msg.err = desk.History(ctx, msg.d.ID)
		return msg
	}
}

// step records a step of the dossier's life in the background; print,
// when not nil, is what to print once it is recorded.
func (m Model) step(a intake.Action, form string, run func(context.Context) (intake.Dossier, error),
	print func(context.Context, intake.Dossier) error) tea.Cmd {
	id := m.id
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(m.Context(), writeTimeout)
		defer cancel()
		d, err := run(ctx)
		return actedMsg{id: id, action: a, d: d, err: err, form: form, print: print}
	}
}

// printForm runs a printer off the UI loop. A panic in a printer back-end
// becomes an error: the counter must stay up.
func (m Model) printForm(form string, d intake.Dossier, print func(context.Context, intake.Dossier) error) tea.Cmd {
	id := m.id
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = printedMsg{id: id, form: form, err: panicErr{r}}
			}
		}()
		ctx, cancel := context.WithTimeout(m.Context(), printTimeout)
		defer cancel()
		return printedMsg{id: id, form: form, err: print(ctx, d)}
	}
}

type panicErr struct{ v any }

func (e panicErr) Error() string { return "printer panic" }

package intake

import (
	"context"
	"time"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	hoso "motcua/intake"
	"motcua/queue"
	"motcua/store"
	"motcua/tui/common"
)

// Timings of the form.
const (
	loadTimeout  = 10 * time.Second
	saveTimeout  = 30 * time.Second
	printTimeout = 60 * time.Second // a CUPS queue can take a while to answer
)

// draftDelay is how long after the last key the draft is saved; a
// variable so tests need not wait.
var draftDelay = 1500 * time.Millisecond

// docLine is one paper of the checklist.
type docLine struct {
	Name     string            `json:"name"`
	Kind     hoso.DocumentKind `json:"kind"`
	Count    int               `json:"count"`
	Received bool              `json:"received"`
}

// Model is the intake form.
type Model struct {
	common.Common
	desk     *hoso.Desk
	st       *queue.Station
	counter  int
	clerk    string
	ticketID string
	forms    common.FormPrinter

	loaded  bool
	loadErr error
	catalog *hoso.Catalog
	ticket  string // display number of the ticket served, "" when none

	key    string // idempotency key of this form (intake.Intake.Key)
	inputs [numFields]textinput.Model
	focus  field
	gender string // from the chip card; not typed

	procID    string // chosen procedure, "" when none
	procLabel string // the procedure field's text when the choice was made
	results   []hoso.Procedure
	resIdx    int
	docs      []docLine
	docIdx    int
	ret       hoso.ReturnMethod
	scanBuf   []rune // a scan typed while the focus is on a field without text

	errs       []hoso.FieldError // shown next to their fields
	note       notice
	clearArmed bool // Ctrl+X pressed once

	saving   bool
	saved    *hoso.Dossier
	printing bool
	printErr error
	printed  bool

	draftGen   int  // edits so far; a draft tick saves when it is still current
	draftArmed bool // a draft tick is on its way
	dirty      bool // edits since the last draft save
}

// notice is the line under the form: what just happened, or what went
// wrong. It keeps keys and errors rather than text, so it follows the
// language toggle.
type notice struct {
	key  string
	args []any
	err  error
	bad  bool
}

// New makes the form for a counter; Init loads the catalog and the
// counter's draft.
func New(opts Options) Model {
	m := Model{
		Common:   common.New(opts.Lang).In(opts.Context),
		desk:     opts.Desk,
		st:       opts.Station,
		counter:  opts.Counter,
		clerk:    opts.Clerk,
		ticketID: opts.TicketID,
		forms:    opts.Forms,
		key:      store.NewID(),
		ret:      hoso.AtCounter,
	}
	for f := range numFields {
		m.inputs[f] = newInput()
	}
	m.inputs[fBirth].Placeholder = "dd/mm/yyyy"
	m.setValue(fSets, "1")
	m.focus = fName
	m.inputs[fName].Focus()
	return m
}

// loadedMsg carries what the form needs before it takes keys.
type loadedMsg struct {
	catalog *hoso.Catalog
	draft   *hoso.Draft
	ticket  string
	err     error
}

// Init loads the catalog, the ticket's number and the counter's draft.
func (m Model) Init() tea.Cmd {
	desk, st, counter, ticketID := m.desk, m.st, m.counter, m.ticketID
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(m.Context(), loadTimeout)
		defer cancel()
		var msg loadedMsg
		if msg.catalog, msg.err = desk.Catalog(ctx); msg.err != nil {
			return msg
		}
		d, ok, err := desk.LoadDraft(ctx, counter)
		if err != nil {
			msg.err = err
			return msg
		}
		if ok {
			msg.draft = &d
		}
		if ticketID != "" && st != nil {
			if t, err := st.Ticket(ctx, ticketID); err == nil {
				msg.ticket = t.Display
			}
		}
		return msg
	}
}

// SetSize fits the form to the space the host gives it.
func (m *Model) SetSize(w, h int) {
	m.Common.SetSize(w, h)
	m.sizeInputs()
}

// Saved is the dossier saved by this form, nil until it is saved.
func (m Model) Saved() *hoso.Dossier { return m.saved }

// Busy reports whether a save is running (the host should not close the
// form then).
func (m Model) Busy() bool { return m.saving }

func (m Model) onLoaded(msg loadedMsg) Model {
	m.loaded, m.loadErr = true, msg.err
	if msg.err != nil {
		return m
	}
	m.catalog, m.ticket = msg.catalog, msg.ticket
	if msg.draft != nil {
		if m.restore(msg.draft.Body) {
			m.note = notice{key: "intakeform.draft_restored"}
		}
	}
	m.results = m.catalog.Search(m.value(fProcedure))
	m.sizeInputs()
	return m
}

package dossiers

import (
	"sync/atomic"
	"time"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/intake"
	"motcua/queue"
	"motcua/tui/common"
)

// level is what the panel shows.
type level int

const (
	levelPanel  level = iota // due today and overdue
	levelFind                // search box and results
	levelDetail              // one dossier, with its dialogs
)

// refreshEvery reloads the lists although nothing was written: a dossier
// due at 16:00 becomes overdue by the clock alone.
const refreshEvery = time.Minute

// Model is the dossier panel.
type Model struct {
	common.Common
	opts Options
	desk *intake.Desk
	st   *queue.Station
	by   intake.Actor
	id   uint64 // tags this panel's messages, so an old panel's are ignored

	level level
	from  level // where Esc from the detail returns

	// Panel.
	loaded   bool
	loadErr  error
	rev      int64
	watching bool // a database watch is under way
	now      time.Time
	due      []intake.Dossier
	overdue  []intake.Dossier
	cursorID string // selected dossier, kept across refreshes

	// Find.
	query       textinput.Model
	results     []intake.Dossier
	resultsFor  string // query the results answer
	findErr     error
	findCursor  int
	pendingOpen bool // Enter came before the results: open the first

	// Detail.
	ref       string // dossier code being shown
	d         intake.Dossier
	detailOK  bool
	detailErr error
	history   []intake.DossierEvent
	histOff   int // events hidden at the end by scrolling back
	dlg       dialog

	busy      bool // a step is being recorded: further steps wait
	note      notice
	printNote notice

	// watch and after are the database watch and tea.Tick; tests replace
	// them to drive the panel without blocking waits or real timers.
	watch func(since int64) tea.Cmd
	after func(d time.Duration, msg tea.Msg) tea.Cmd
}

var panels atomic.Uint64

// New returns the panel on its lists; Init loads them.
func New(opts Options) Model {
	q := textinput.New()
	q.Prompt = ""
	q.CharLimit = intake.MaxScan
	s := q.Styles()
	s.Cursor.Blink = false // no blink timer: nothing redraws while the clerk thinks
	q.SetStyles(s)
	st := opts.Station
	c := common.New(opts.Lang).In(opts.Context)
	m := Model{
		Common: c,
		opts:   opts,
		desk:   opts.Desk,
		st:     st,
		by:     intake.Actor{Counter: opts.Counter, Clerk: opts.Clerk},
		id:     panels.Add(1),
		query:  q,
		watch: func(since int64) tea.Cmd {
			return func() tea.Msg {
				rev, err := st.DB().WaitForChange(c.Context(), since)
				if c.Context().Err() != nil {
					return nil // the session ended
				}
				if err != nil {
					time.Sleep(time.Second) // a broken database must not spin the CPU
				}
				return revMsg{rev: rev, err: err}
			}
		},
		after: func(d time.Duration, msg tea.Msg) tea.Cmd {
			return tea.Tick(d, func(time.Time) tea.Msg { return msg })
		},
	}
	m.now = m.clock()
	return m
}

// Init loads the lists and starts the slow refresh.
func (m Model) Init() tea.Cmd {
	return tea.Batch(m.loadPanel(), m.after(refreshEvery, tickMsg{id: m.id}))
}

// SetSize records the size the host gives the panel.
func (m *Model) SetSize(w, h int) {
	m.Common.SetSize(w, h)
	m.query.SetWidth(max(w-ansi.StringWidth(m.T("dossiers.find.prompt"))-2, 10))
	m.dlg.setWidth(w)
}

// clock is the station's time, local.
func (m Model) clock() time.Time {
	if m.desk != nil {
		return m.desk.Now()
	}
	return m.st.Now()
}

// rows are the panel's dossiers in screen order: due today, then overdue.
func (m Model) rows() []intake.Dossier {
	out := make([]intake.Dossier, 0, len(m.due)+len(m.overdue))
	return append(append(out, m.due...), m.overdue...)
}

// cursor is the index of the selected row of the panel.
func (m Model) cursor() int {
	for i, d := range m.rows() {
		if d.ID == m.cursorID {
			return i
		}
	}
	return 0
}

// selected is the dossier under the panel's cursor.
func (m Model) selected() (intake.Dossier, bool) {
	rows := m.rows()
	if len(rows) == 0 {
		return intake.Dossier{}, false
	}
	return rows[m.cursor()], true
}

// notice is a line under the screen: a translation key with arguments,
// or an error, turned into words when drawn so it follows the language.
type notice struct {
	kind noticeKind
	key  string
	args []any // tkey arguments are translated too
	err  error
}

type noticeKind int

const (
	noteNone noticeKind = iota
	noteInfo
	noteOK
	noteErr
)

// tkey is an argument of a notice that is itself a translation key.
type tkey string

// keyErr is an error of the panel itself, said with a translation key.
type keyErr struct {
	key  string
	args []any
}

func (e keyErr) Error() string { return e.key }

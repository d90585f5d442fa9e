package hall

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/queue"
	"motcua/tui/common"
)

// picker is the first page of a clerk whose account has no counter: the
// station's counters, those held by another session greyed with who holds
// them, and the free ones to choose from. Taking one opens its screen.
type picker struct {
	common.Common
	s        *Server
	ss       *session
	counter  Screen
	counters []queue.Counter
	cursor   int
	note     string // why the last choice failed
	child    tea.Model
}

// pickerRefresh re-reads the leases, which change without the database.
const pickerRefresh = time.Second

type pickerTick struct{}

func newPicker(s *Server, ss *session, counter Screen) picker {
	return picker{Common: common.New(s.opts.Lang).In(ss.ctx), s: s, ss: ss, counter: counter}
}

func (p picker) Init() tea.Cmd {
	return tea.Batch(common.LoadSnapshot(p.ss.ctx, p.s.opts.Station), p.tick())
}

func (p picker) tick() tea.Cmd {
	return tea.Tick(pickerRefresh, func(time.Time) tea.Msg { return pickerTick{} })
}

func (p picker) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if p.child != nil {
		var cmd tea.Cmd
		p.child, cmd = p.child.Update(msg)
		return p, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		p.SetSize(msg.Width, msg.Height)
	case common.SnapshotMsg:
		if msg.Err == nil {
			p.counters = msg.Snapshot.Counters
			p.cursor = min(p.cursor, max(len(p.counters)-1, 0))
		}
	case pickerTick:
		return p, tea.Batch(common.LoadSnapshot(p.ss.ctx, p.s.opts.Station), p.tick())
	case tea.KeyPressMsg:
		return p.key(msg)
	}
	return p, nil
}

func (p picker) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch msg.String() {
	case "q", "esc", "ctrl+c":
		return p, tea.Quit
	case "up", "k":
		p.cursor = max(p.cursor-1, 0)
	case "down", "j":
		p.cursor = min(p.cursor+1, max(len(p.counters)-1, 0))
	case "enter":
		if p.cursor < len(p.counters) {
			return p.take(p.counters[p.cursor].Number)
		}
	default:
		if d := common.Digit(msg); d > 0 {
			return p.take(d)
		}
	}
	return p, nil
}

// take leases the counter and opens its screen, or says why not.
func (p picker) take(n int) (tea.Model, tea.Cmd) {
	known := false
	for _, c := range p.counters {
		known = known || c.Number == n
	}
	if !known {
		return p, nil
	}
	a := p.ss.seat.Account
	release, ok := p.s.leases.Take(Lease{Counter: n, Account: a.Name, FullName: a.FullName, Remote: p.ss.seat.Remote})
	if !ok {
		p.note = p.T("hall.pick.taken", n)
		return p, nil
	}
	seat := p.ss.seatCopy()
	seat.Counter = n
	child, err := p.counter.New(p.ss.ctx, seat)
	if err != nil {
		release()
		p.note = p.T("hall.failed", err.Error())
		return p, nil
	}
	p.ss.hold(n, release)
	p.s.logf("counter user=%s took counter=%d remote=%s", a.Name, n, p.ss.seat.Remote)
	child, cmd := child.Update(tea.WindowSizeMsg{Width: p.Width, Height: p.Height})
	p.child = child
	return p, tea.Batch(p.child.Init(), cmd)
}

package hall

import (
	"context"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"

	"motcua/queue"
	"motcua/queue/accounts"
	"motcua/queue/queuetest"
	"motcua/store"
	"motcua/tui/board"
	"motcua/tui/counter"
	"motcua/tui/kiosk"
	"motcua/tui/launcher"
	"motcua/tui/rating"
	"motcua/tui/settings"
	"motcua/tui/tuitest"
)

// testHall is a hall serving a demo station on a loopback port.
type testHall struct {
	t      *testing.T
	st     *queue.Station
	roster *accounts.Roster
	srv    *Server
	addr   string
	log    *tuitest.Terminal // the server's log lines
}

const testPassword = "mật-khẩu-đủ-dài-42"

// startHall serves a fresh demo station (no counter open) with the real
// screens; change adjusts the options first.
func startHall(t *testing.T, change func(*Options)) *testHall {
	t.Helper()
	st, _ := queuetest.NewStation(t, queuetest.OpenCounters())
	h := &testHall{t: t, st: st, roster: accounts.NewRoster(st.DB()), log: tuitest.NewTerminal(200, 200)}
	opts := Options{Addr: "127.0.0.1:0", HostKeyPath: filepath.Join(t.TempDir(), "host_key"), Roster: h.roster,
		Station: st, Screens: testScreens(st), Log: h.log, HandshakeTimeout: 5 * time.Second}
	if change != nil {
		change(&opts)
	}
	srv, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h.srv, h.addr = srv, ln.Addr().String()
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close(5 * time.Second) })
	return h
}

// actors are the actors the counter screens were given, by counter.
var actors sync.Map

// testScreens are the station's screens as motcua serve builds them.
func testScreens(st *queue.Station) Screens {
	return Screens{
		Kiosk: Screen{New: func(context.Context, Seat) (tea.Model, error) {
			return kiosk.New(kiosk.Options{Station: st, Standalone: true}), nil
		}},
		Board: Screen{FPS: board.FrameRate, New: func(context.Context, Seat) (tea.Model, error) {
			return board.New(board.Options{Station: st, Standalone: true}), nil
		}},
		Counter: Screen{New: func(ctx context.Context, s Seat) (tea.Model, error) {
			if a, ok := store.ActorFrom(ctx); ok {
				actors.Store(s.Counter, a)
			}
			return counter.New(counter.Options{Station: st, Number: s.Counter, Clerk: s.Account.FullName, Standalone: true,
				Context: ctx}), nil
		}},
		Rating: Screen{New: func(_ context.Context, s Seat) (tea.Model, error) {
			return rating.New(rating.Options{Station: st, Counter: s.Counter, Standalone: true}), nil
		}},
		Admin: Screen{New: func(ctx context.Context, s Seat) (tea.Model, error) {
			return launcher.New(launcher.Options{Station: st, TakeCounter: s.TakeCounter, Context: ctx}), nil
		}},
		Settings: Screen{New: func(ctx context.Context, _ Seat) (tea.Model, error) {
			return settings.New(settings.Options{Station: st, Standalone: true, Context: ctx}), nil
		}},
	}
}

// add creates an account with the test password.
func (h *testHall) add(name string, role accounts.Role, counter int) {
	h.t.Helper()
	a := accounts.Account{Name: name, FullName: "Cán bộ " + name, Role: role, Counter: counter}
	if err := h.roster.Add(context.Background(), a, testPassword); err != nil {
		h.t.Fatal(err)
	}
}

// dial logs in over SSH.
func (h *testHall) dial(user string, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	return gossh.Dial("tcp", h.addr, &gossh.ClientConfig{User: user, Auth: auth,
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second})
}

// open logs in with the password, asks for an 80×24 pty (unless noPty)
// and starts the shell, or the command when one is given.
func (h *testHall) open(user, command string, noPty bool) *termSession {
	h.t.Helper()
	c, err := h.dial(user, gossh.Password(testPassword))
	if err != nil {
		h.t.Fatalf("log in as %s: %v", user, err)
	}
	return h.start(c, command, noPty)
}

// termSession is one SSH session and the screen it shows.
type termSession struct {
	t      *testing.T
	client *gossh.Client
	s      *gossh.Session
	in     interface{ Write([]byte) (int, error) }
	term   *tuitest.Terminal
	done   chan error
}

func (h *testHall) start(c *gossh.Client, command string, noPty bool) *termSession {
	h.t.Helper()
	s, err := c.NewSession()
	if err != nil {
		h.t.Fatal(err)
	}
	ts := &termSession{t: h.t, client: c, s: s, term: tuitest.NewTerminal(80, 24), done: make(chan error, 1)}
	s.Stdout, s.Stderr = ts.term, ts.term
	if ts.in, err = s.StdinPipe(); err != nil {
		h.t.Fatal(err)
	}
	if !noPty {
		if err := s.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
			h.t.Fatal(err)
		}
	}
	if command == "" {
		err = s.Shell()
	} else {
		err = s.Start(command)
	}
	if err != nil {
		h.t.Fatal(err)
	}
	go func() { ts.done <- s.Wait() }()
	h.t.Cleanup(func() { c.Close() })
	return ts
}

// waitFor waits until the screen shows text, failing the test after d.
func (ts *termSession) waitFor(text string, d time.Duration) {
	ts.t.Helper()
	if !ts.shows(text, d) {
		ts.t.Fatalf("screen never showed %q; it shows:\n%s", text, ts.term.Screen())
	}
}

// shows reports whether the screen shows text within d.
func (ts *termSession) shows(text string, d time.Duration) bool {
	deadline := time.Now().Add(d)
	for {
		screen := ts.term.Screen()
		if strings.Contains(screen, text) || strings.Contains(strings.ReplaceAll(screen, "\n", ""), text) {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// ended waits for the session to end and returns its exit error.
func (ts *termSession) ended(d time.Duration) (error, bool) {
	select {
	case err := <-ts.done:
		return err, true
	default:
	}
	select {
	case err := <-ts.done:
		return err, true
	case <-time.After(d):
		return nil, false
	}
}

func (ts *termSession) press(keys string) {
	ts.in.Write([]byte(keys))
}

// netDialer opens a bare TCP connection.
type netDialer struct{}

func (netDialer) dial(addr string) (net.Conn, error) {
	return net.DialTimeout("tcp", addr, 5*time.Second)
}

// audited counts the audit entries of an action by an account.
func (h *testHall) audited(action, account string) int {
	h.t.Helper()
	n, err := h.st.DB().AuditCount(context.Background(), store.AuditFilter{Action: action, Account: account})
	if err != nil {
		h.t.Fatal(err)
	}
	return n
}

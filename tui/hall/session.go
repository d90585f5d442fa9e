package hall

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/wish/v2/bubbletea"
	"github.com/charmbracelet/ssh"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/queue/accounts"
	"motcua/store"
	"motcua/tui/common"
)

// session is one SSH session seated at a screen.
type session struct {
	seat   Seat
	screen string
	ctx    context.Context // the actor's: every action of the screen

	mu       sync.Mutex
	releases []func()

	lastInput atomic.Int64 // unix nanoseconds of the last key or click
	idled     atomic.Bool  // ended for idleness
}

const sessionKey ctxKey = "motcua.session"

// hold records the session's counter lease, given back when it ends.
func (ss *session) hold(counter int, release func()) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	ss.seat.Counter = counter
	ss.releases = append(ss.releases, release)
}

// takeCounter leases one more counter for a screen of the session.
func (s *Server) takeCounter(ss *session) func(int) (func(), bool) {
	return func(n int) (func(), bool) {
		a := ss.seat.Account
		release, ok := s.leases.Take(Lease{Counter: n, Account: a.Name, FullName: a.FullName, Remote: ss.seat.Remote})
		if !ok {
			return release, false
		}
		ss.mu.Lock()
		ss.releases = append(ss.releases, release)
		ss.mu.Unlock()
		s.logf("counter user=%s took counter=%d remote=%s", a.Name, n, ss.seat.Remote)
		return release, true
	}
}

// counterHolder names the session holding counter n, if any.
func (s *Server) counterHolder(n int) (string, bool) {
	l, ok := s.leases.Holder(n)
	if !ok {
		return "", false
	}
	if l.FullName != "" {
		return l.FullName, true
	}
	return l.Account, true
}

func (ss *session) counter() int {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	return ss.seat.Counter
}

func (ss *session) releaseAll() {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	for _, r := range ss.releases {
		r()
	}
	ss.releases = nil
}

// interactive sessions are people at a keyboard; they end when idle.
func (ss *session) interactive() bool {
	return ss.screen == screenCounter || ss.screen == screenAdmin || ss.screen == screenSettings
}

// guard seats a logged-in session at its screen, or refuses it with a
// sentence: a command its role may not run, no pty, a full hall, a counter
// already held. The screen runs in next; the counter is given back after.
func (s *Server) guard(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		s.running.Add(1)
		defer s.running.Done()
		a, ok := accountOf(sess.Context())
		if !ok {
			s.refuse(sess, "hall.not_logged_in")
			return
		}
		req, ok := parseRequest(sess.Command())
		if !ok {
			s.refuse(sess, "hall.bad_command", sess.RawCommand())
			return
		}
		if req, ok = permitted(a.Role, req); !ok {
			s.logf("refused user=%s role=%s asked=%q remote=%s", a.Name, a.Role, sess.RawCommand(), sess.RemoteAddr())
			s.refuse(sess, "hall.not_permitted", string(a.Role), req.screen)
			return
		}
		if s.screen(req.screen).New == nil {
			s.refuse(sess, "hall.not_available", req.screen)
			return
		}
		if _, _, pty := sess.Pty(); !pty {
			s.refuse(sess, "hall.need_pty")
			return
		}
		if !s.enter() {
			s.logf("refused user=%s: hall full (%d sessions)", a.Name, s.opts.MaxSessions)
			s.refuse(sess, "hall.full", s.opts.MaxSessions)
			return
		}
		defer s.leave()
		ss := &session{screen: req.screen, seat: Seat{Account: a, Remote: sess.RemoteAddr().String()}}
		ss.seat.TakeCounter, ss.seat.CounterHolder = s.takeCounter(ss), s.counterHolder
		ss.ctx = store.WithActor(context.Background(), store.Actor{Account: a.Name, Remote: ss.seat.Remote})
		ss.lastInput.Store(time.Now().UnixNano())
		defer ss.releaseAll()
		if key, args := s.seatAt(ss, req); key != "" {
			s.refuse(sess, key, args...)
			return
		}
		s.logf("login user=%s role=%s screen=%s counter=%d remote=%s", a.Name, a.Role, ss.screen, ss.counter(), ss.seat.Remote)
		sess.Context().SetValue(sessionKey, ss)
		next(sess)
		s.leaveCounter(ss)
		if ss.idled.Load() {
			s.say(sess, "hall.idle_ended", s.opts.IdleTimeout.Round(time.Second))
		}
		s.logf("logout user=%s screen=%s counter=%d remote=%s", a.Name, ss.screen, ss.counter(), ss.seat.Remote)
		_ = sess.Exit(0)
	}
}

// seatAt finds the counter of a counter or rating session: the one asked
// for, else the account's; a counter screen takes a lease. It returns the
// refusal's translation key, or "".
func (s *Server) seatAt(ss *session, req request) (string, []any) {
	a := ss.seat.Account
	if req.screen != screenCounter && req.screen != screenRating {
		return "", nil
	}
	n := req.counter
	if a.Counter != 0 && a.Role != accounts.RoleAdmin {
		if n != 0 && n != a.Counter {
			return "hall.not_your_counter", []any{n, a.Counter}
		}
		n = a.Counter
	}
	if n == 0 {
		if req.screen == screenRating {
			return "hall.rating_needs_counter", nil
		}
		return "", nil // chosen on the picker
	}
	cfg, err := s.opts.Station.Config(ss.ctx)
	if err != nil {
		return "hall.failed", []any{err.Error()}
	}
	if _, ok := cfg.Counter(n); !ok {
		return "hall.no_such_counter", []any{n}
	}
	if req.screen == screenRating {
		ss.seat.Counter = n
		return "", nil
	}
	release, ok := s.leases.Take(Lease{Counter: n, Account: a.Name, FullName: a.FullName, Remote: ss.seat.Remote})
	if !ok {
		return "hall.counter_taken", []any{n}
	}
	ss.hold(n, release)
	return "", nil
}

// leaveCounter closes the counter of a session that ended without closing
// it (a dropped line, an idle end), so the board does not show a counter
// nobody sits at. A counter still serving a ticket stays open.
func (s *Server) leaveCounter(ss *session) {
	n := ss.counter()
	if ss.screen != screenCounter || n == 0 {
		return
	}
	err := s.opts.Station.CloseCounter(ss.ctx, n)
	if err != nil && !errors.Is(err, queue.ErrCounterBusy) {
		s.logf("close counter %d after session of %s: %v", n, ss.seat.Account.Name, err)
	}
}

// refuse tells the session why it cannot go on, and ends it.
func (s *Server) refuse(sess ssh.Session, key string, args ...any) {
	s.say(sess, key, args...)
	_ = sess.Exit(1)
}

// say writes one sentence to the session's terminal.
func (s *Server) say(sess ssh.Session, key string, args ...any) {
	fmt.Fprintf(sess, "\r\n%s\r\n", i18n.T(s.opts.Lang, key, args...))
}

// program builds the session's screen as a Bubble Tea program over the
// SSH channel.
func (s *Server) program(sess ssh.Session) *tea.Program {
	ss, ok := sess.Context().Value(sessionKey).(*session)
	if !ok {
		return nil
	}
	m, fps, err := s.model(ss)
	if err != nil {
		s.logf("screen %s for %s: %v", ss.screen, ss.seat.Account.Name, err)
		s.say(sess, "hall.failed", err.Error())
		return nil
	}
	if fps <= 0 {
		fps = common.FrameRate
	}
	opts := append(bubbletea.MakeOptions(sess), tea.WithFPS(fps), tea.WithFilter(ss.filter))
	p := tea.NewProgram(m, opts...)
	if s.opts.IdleTimeout > 0 && ss.interactive() {
		go ss.watchIdle(sess.Context(), p, s.opts.IdleTimeout)
	}
	return p
}

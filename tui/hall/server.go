package hall

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"
	"github.com/charmbracelet/ssh"
)

// Server is the SSH hall. Serve it on a listener; Close ends every
// session.
type Server struct {
	opts     Options
	ssh      *ssh.Server
	leases   *Leases
	door     *door
	mu       sync.Mutex
	sessions int
	running  sync.WaitGroup // session handlers
}

// New prepares the hall: the host key (created on first start), the
// login handlers and the middlewares.
func New(opts Options) (*Server, error) {
	opts = opts.withDefaults()
	if opts.Roster == nil || opts.Station == nil {
		return nil, errors.New("hall: a roster and a station are required")
	}
	if opts.HostKeyPath == "" {
		return nil, errors.New("hall: no host key path")
	}
	if err := os.MkdirAll(filepath.Dir(opts.HostKeyPath), 0o700); err != nil {
		return nil, fmt.Errorf("host key folder: %w", err)
	}
	s := &Server{opts: opts, leases: NewLeases(), door: newDoor(opts)}
	srv, err := wish.NewServer(
		wish.WithAddress(opts.Addr),
		wish.WithHostKeyPath(opts.HostKeyPath),
		wish.WithPasswordAuth(s.password),
		wish.WithPublicKeyAuth(s.publicKey),
		// The middlewares run last to first: the guard seats the
		// session, then the program runs the screen.
		wish.WithMiddleware(bubbletea.MiddlewareWithProgramHandler(s.program), s.guard),
	)
	if err != nil {
		return nil, fmt.Errorf("hall: host key %s: %w", opts.HostKeyPath, err)
	}
	srv.ConnCallback = s.door.admit
	srv.ServerConfigCallback = s.serverConfig
	s.ssh = srv
	return s, nil
}

// Leases are the counters the sessions hold.
func (s *Server) Leases() *Leases { return s.leases }

// Serve accepts sessions on ln until Close. It returns nil after Close.
func (s *Server) Serve(ln net.Listener) error {
	err := s.ssh.Serve(ln)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// ListenAndServe listens on the configured address and serves.
func (s *Server) ListenAndServe() error {
	ln, err := net.Listen("tcp", s.opts.Addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", s.opts.Addr, err)
	}
	return s.Serve(ln)
}

// Close stops accepting, ends every session and waits (up to wait) for
// their screens to finish.
func (s *Server) Close(wait time.Duration) error {
	err := s.ssh.Close()
	done := make(chan struct{})
	go func() { s.running.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(wait):
	}
	return err
}

// Sessions is the number of open sessions.
func (s *Server) Sessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sessions
}

// enter counts a session in, unless the hall is full.
func (s *Server) enter() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sessions >= s.opts.MaxSessions {
		return false
	}
	s.sessions++
	return true
}

func (s *Server) leave() {
	s.mu.Lock()
	s.sessions--
	s.mu.Unlock()
}

func (s *Server) logf(format string, args ...any) {
	fmt.Fprintf(s.opts.Log, "%s %s\n", time.Now().Format("2006-01-02 15:04:05"), fmt.Sprintf(format, args...))
}

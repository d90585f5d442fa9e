package hall

import (
	"net"
	"sync"
	"time"

	"github.com/charmbracelet/ssh"
	"golang.org/x/time/rate"
)

// door keeps a burst of connections from crowding out the hall: at most
// MaxHandshakes connections may be logging in at once (more are closed at
// once), each has HandshakeTimeout to log in, and each address has a
// budget of password attempts.
type door struct {
	max      int
	timeout  time.Duration
	burst    int
	every    time.Duration
	mu       sync.Mutex
	pending  int
	attempts map[string]*rate.Limiter
}

// handshake is one connection on its way in.
type handshake struct {
	once sync.Once
	d    *door
}

const handshakeKey ctxKey = "motcua.handshake"

// maxAddresses bounds the attempt budgets kept; beyond it the oldest are
// forgotten all at once (a fresh budget is still a small one).
const maxAddresses = 1024

func newDoor(o Options) *door {
	return &door{max: o.MaxHandshakes, timeout: o.HandshakeTimeout, burst: o.AttemptBurst, every: o.AttemptEvery,
		attempts: map[string]*rate.Limiter{}}
}

// admit lets a new connection in, or closes it when too many are logging
// in already.
func (d *door) admit(ctx ssh.Context, conn net.Conn) net.Conn {
	d.mu.Lock()
	if d.pending >= d.max {
		d.mu.Unlock()
		return nil // the server closes it
	}
	d.pending++
	d.mu.Unlock()
	h := &handshake{d: d}
	time.AfterFunc(d.timeout, func() {
		if h.done() {
			conn.Close()
		}
	})
	ctx.SetValue(handshakeKey, h)
	return guardedConn{Conn: conn, h: h}
}

// guardedConn ends its handshake's count when it closes, whether it
// logged in or not.
type guardedConn struct {
	net.Conn
	h *handshake
}

func (c guardedConn) Close() error {
	c.h.done()
	return c.Conn.Close()
}

// done ends the handshake's count once; it reports whether this call did.
func (h *handshake) done() bool {
	first := false
	h.once.Do(func() {
		first = true
		h.d.mu.Lock()
		h.d.pending--
		h.d.mu.Unlock()
	})
	return first
}

// authenticated ends the handshake of a connection that logged in.
func (d *door) authenticated(ctx ssh.Context) {
	if h, ok := ctx.Value(handshakeKey).(*handshake); ok {
		h.done()
	}
}

// mayTry reports whether the address may try a password: it has not
// spent its budget of failures.
func (d *door) mayTry(addr net.Addr) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.limiter(addr).Tokens() >= 1
}

// failedTry spends one of the address's budget of failures.
func (d *door) failedTry(addr net.Addr) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.limiter(addr).Allow()
}

// limiter is the failure budget of the address's host; d.mu is held.
func (d *door) limiter(addr net.Addr) *rate.Limiter {
	host := addr.String()
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	l, ok := d.attempts[host]
	if !ok {
		if len(d.attempts) >= maxAddresses {
			d.attempts = map[string]*rate.Limiter{}
		}
		l = rate.NewLimiter(rate.Every(d.every), d.burst)
		d.attempts[host] = l
	}
	return l
}

// Package hall is the SSH hall: `motcua serve` lets any PC of the commune
// hall with an ssh client become a screen of the station. Each SSH session
// logs in with an account (password or public key) and gets the screen of
// the account's role: the kiosk, the board (read-only), a counter (its own,
// or one chosen from those free), the launcher for an admin, or the rating
// screen of a counter. All sessions share one database and one station in
// the process, so a call at one counter reaches the board at once.
//
// The hall guards the door too: a pty is required, sessions are capped,
// unauthenticated connections are limited and timed out, password attempts
// per address are rate limited, and idle interactive sessions end.
package hall

import (
	"context"
	"io"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/queue/accounts"
)

// Roster checks logins; *accounts.Roster is the one motcua uses. It
// audits logins and failures and locks an account after wrong passwords;
// a public key that does not match must not count towards the lock. Get
// answers a client's question "would this key do?" before it signs,
// without auditing anything; LoginKey runs once it has signed.
type Roster interface {
	Get(ctx context.Context, name string) (accounts.Account, error)
	LoginPassword(ctx context.Context, name, password, remote string) (accounts.Account, error)
	LoginKey(ctx context.Context, name string, key gossh.PublicKey, remote string) (accounts.Account, error)
}

// Seat is who sits at a session: the account, where it connected from and
// the counter it holds (0: none). TakeCounter holds one more counter for
// the session (the admin's launcher opening a counter screen); false when
// another session holds it. What it takes is given back when the session
// ends, or earlier with release. CounterHolder names who holds a counter
// now (its full name, or account name), for menus that list counters.
type Seat struct {
	Account       accounts.Account
	Remote        string
	Counter       int
	TakeCounter   func(counter int) (release func(), ok bool)
	CounterHolder func(counter int) (name string, held bool)
}

// Screen builds one kind of screen for a session. ctx carries the
// session's actor (store.WithActor) and must be the context of every
// action the screen takes, so the audit names the account. An error (a
// printer badly set up) is told to the session in a sentence.
type Screen struct {
	New func(ctx context.Context, seat Seat) (tea.Model, error)
	FPS int // frames a second; 0: common.FrameRate
}

// Screens are the screens the hall serves, built the way the local
// subcommands build them. A screen whose New is nil is not offered.
type Screens struct {
	Kiosk, Board, Counter, Rating Screen
	// Admin is the launcher of every screen; Settings the station's
	// settings screen, reachable with `ssh admin@station settings`.
	Admin, Settings Screen
}

// Defaults of the zero values of Options.
const (
	DefaultAddr             = ":2222"
	DefaultMaxSessions      = 20
	DefaultHandshakeTimeout = 30 * time.Second
	DefaultMaxHandshakes    = 16
	// Failed passwords from one address: a burst, then one every
	// attemptEvery.
	DefaultAttemptBurst = 10
	DefaultAttemptEvery = 500 * time.Millisecond
)

// Options configure the hall.
type Options struct {
	Addr        string // listen address; "" means DefaultAddr
	HostKeyPath string // the server's ed25519 key, created on first start
	Roster      Roster
	Station     *queue.Station // the counters a clerk may pick from
	Screens     Screens
	Lang        i18n.Lang // language of the hall's own sentences

	// IdleTimeout ends a clerk or admin session after this long without a
	// key press or click; 0 never does. Kiosk, board and rating sessions
	// wait for citizens and are not ended.
	IdleTimeout time.Duration
	// MaxSessions caps open sessions; 0 means DefaultMaxSessions.
	MaxSessions int
	// HandshakeTimeout closes a connection not logged in after this long;
	// MaxHandshakes caps connections not yet logged in. 0: the defaults.
	HandshakeTimeout time.Duration
	MaxHandshakes    int
	// AttemptBurst and AttemptEvery limit failed passwords from one
	// address. 0: the defaults.
	AttemptBurst int
	AttemptEvery time.Duration

	// Log receives one line per login, refusal and logout; nil: none.
	Log io.Writer
}

func (o Options) withDefaults() Options {
	if o.Addr == "" {
		o.Addr = DefaultAddr
	}
	if o.MaxSessions <= 0 {
		o.MaxSessions = DefaultMaxSessions
	}
	if o.HandshakeTimeout <= 0 {
		o.HandshakeTimeout = DefaultHandshakeTimeout
	}
	if o.MaxHandshakes <= 0 {
		o.MaxHandshakes = DefaultMaxHandshakes
	}
	if o.AttemptBurst <= 0 {
		o.AttemptBurst = DefaultAttemptBurst
	}
	if o.AttemptEvery <= 0 {
		o.AttemptEvery = DefaultAttemptEvery
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	return o
}

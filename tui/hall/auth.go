package hall

import (
	"context"
	"errors"

	"github.com/charmbracelet/ssh"

	"motcua/queue/accounts"
	"motcua/store"
)

type ctxKey string

// accountKey holds the accounts.Account a connection logged in as.
const accountKey ctxKey = "motcua.account"

// password checks a password login. Attempts beyond the address's rate are
// refused without asking the roster, so a burst cannot hash its way
// through the station's memory or lock accounts faster than a person types.
func (s *Server) password(ctx ssh.Context, password string) bool {
	remote := ctx.RemoteAddr().String()
	if !s.door.attempt(ctx.RemoteAddr()) {
		s.logf("login refused (too many attempts) user=%q remote=%s", ctx.User(), remote)
		return false
	}
	a, err := s.opts.Roster.LoginPassword(loginContext(ctx), ctx.User(), password, remote)
	return s.loggedIn(ctx, a, err, "password")
}

// publicKey checks a key login. A key that does not match is the normal
// way ssh clients try their keys one after the other: it counts towards
// nothing and is not logged.
func (s *Server) publicKey(ctx ssh.Context, key ssh.PublicKey) bool {
	a, err := s.opts.Roster.LoginKey(loginContext(ctx), ctx.User(), key, ctx.RemoteAddr().String())
	if errors.Is(err, accounts.ErrKeyNotAllowed) || errors.Is(err, accounts.ErrUnknownKey) {
		return false
	}
	return s.loggedIn(ctx, a, err, "key")
}

// loggedIn stores the account of a successful login on the connection.
func (s *Server) loggedIn(ctx ssh.Context, a accounts.Account, err error, how string) bool {
	if err != nil {
		s.logf("login refused user=%q remote=%s by=%s: %s", ctx.User(), ctx.RemoteAddr(), how, reason(err))
		return false
	}
	ctx.SetValue(accountKey, a)
	s.door.authenticated(ctx)
	return true
}

// reason is the short word of a refused login for the log.
func reason(err error) string {
	for _, r := range []struct {
		err  error
		word string
	}{
		{accounts.ErrUnknownAccount, "unknown account"},
		{accounts.ErrWrongPassword, "wrong password"},
		{accounts.ErrDisabled, "disabled"},
		{accounts.ErrLocked, "locked"},
		{accounts.ErrNoCredentials, "no credentials"},
	} {
		if errors.Is(err, r.err) {
			return r.word
		}
	}
	return "error: " + err.Error()
}

// loginContext is the context of a login check: not cancelled with the
// handshake (a check half done still records its audit), carrying the
// remote address.
func loginContext(ctx ssh.Context) context.Context {
	return store.WithActor(context.Background(), store.Actor{Remote: ctx.RemoteAddr().String()})
}

// accountOf is the account the session's connection logged in as.
func accountOf(ctx ssh.Context) (accounts.Account, bool) {
	a, ok := ctx.Value(accountKey).(accounts.Account)
	return a, ok
}

package hall

import (
	"bytes"
	"context"
	"errors"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"

	"motcua/queue/accounts"
	"motcua/store"
)

type ctxKey string

// accountKey holds the accounts.Account a connection logged in as.
const accountKey ctxKey = "motcua.account"

// password checks a password login. An address that failed too often
// lately is refused without asking the roster, so a burst cannot hash its
// way through the station's memory or lock accounts faster than a person
// types; logins that succeed cost nothing.
func (s *Server) password(ctx ssh.Context, password string) bool {
	remote := ctx.RemoteAddr().String()
	if !s.door.mayTry(ctx.RemoteAddr()) {
		s.logf("login refused (too many failures from this address) user=%q remote=%s", ctx.User(), remote)
		return false
	}
	a, err := s.opts.Roster.LoginPassword(loginContext(ctx), ctx.User(), password, remote)
	if err != nil {
		s.door.failedTry(ctx.RemoteAddr())
	}
	return s.loggedIn(ctx, a, err, "password")
}

// publicKey answers whether a key would do for the account, before the
// client proves it holds it: nothing is audited or counted here, since
// ssh clients offer every key they have in turn. The login itself happens
// in verifiedKey, after the proof.
func (s *Server) publicKey(ctx ssh.Context, key ssh.PublicKey) bool {
	a, err := s.opts.Roster.Get(loginContext(ctx), ctx.User())
	if err != nil {
		return false
	}
	want := key.Marshal()
	for _, line := range a.Keys {
		pub, _, _, _, err := gossh.ParseAuthorizedKey([]byte(line))
		if err == nil && bytes.Equal(pub.Marshal(), want) {
			return true
		}
	}
	return false
}

// serverConfig adds the login by key once the client has signed with it.
func (s *Server) serverConfig(ctx ssh.Context) *gossh.ServerConfig {
	return &gossh.ServerConfig{
		VerifiedPublicKeyCallback: func(conn gossh.ConnMetadata, key gossh.PublicKey, perms *gossh.Permissions, _ string) (*gossh.Permissions, error) {
			a, err := s.opts.Roster.LoginKey(loginContext(ctx), conn.User(), key, conn.RemoteAddr().String())
			if !s.loggedIn(ctx, a, err, "key") {
				return nil, errors.New("permission denied")
			}
			return perms, nil
		},
	}
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

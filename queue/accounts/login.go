package accounts

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/crypto/ssh"

	"motcua/store"
)

// Why a login was refused, as the audit detail says it.
const (
	reasonUnknown       = "unknown account"
	reasonDisabled      = "disabled"
	reasonLocked        = "locked"
	reasonWrongPassword = "wrong password"
	reasonNoPassword    = "no password set"
)

// dummyHash is verified against for unknown accounts, so that a refusal
// takes as long whether or not the name exists.
const dummyHash = "$argon2id$v=19$m=19456,t=2,p=1$bW90Y3VhLWR1bW15LXM$bW90Y3VhLWR1bW15LWhhc2gtb2YtMzItYnl0ZXMhIQ"

// loginCtx is ctx with the actor of a login attempt: the name tried (cut
// to a sane length) and the remote address.
func loginCtx(ctx context.Context, name, remote string) context.Context {
	if len(name) > 2*MaxNameLen {
		name = name[:2*MaxNameLen]
	}
	return store.WithActor(ctx, store.Actor{Account: strings.ToValidUTF8(name, "?"), Remote: remote})
}

// LoginPassword checks name and password, from the remote address, and
// returns the account. Every outcome is audited. It fails with
// ErrUnknownAccount, ErrDisabled, ErrLocked, ErrNoCredentials or
// ErrWrongPassword; the MaxFailures-th wrong password in a row locks the
// account, and that error is both ErrWrongPassword and ErrLocked. The
// password is hashed outside the write transaction, so a slow hash never
// holds up the station.
func (r *Roster) LoginPassword(ctx context.Context, name, password, remote string) (Account, error) {
	ctx = loginCtx(ctx, name, remote)
	var w row
	err := r.db.Read(ctx, func(tx *store.Tx) error {
		var err error
		w, err = readRow(ctx, tx, name)
		return err
	})
	if err == nil && !w.disabled && !w.locked(r.clock.Now().UnixMilli()) && w.password == "" {
		err = ErrNoCredentials
	}
	switch {
	case errors.Is(err, ErrUnknownAccount):
		_, _ = verifyPassword(ctx, dummyHash, password)
		return Account{}, r.refuse(ctx, name, 0, reasonUnknown, ErrUnknownAccount)
	case errors.Is(err, ErrNoCredentials):
		return Account{}, r.refuse(ctx, name, w.counter, reasonNoPassword, ErrNoCredentials)
	case err != nil:
		return Account{}, fmt.Errorf("log in %s: %w", name, err)
	}
	if err := r.usable(ctx, name, w); err != nil {
		return Account{}, err
	}
	ok, err := verifyPassword(ctx, w.password, password)
	if err != nil {
		return Account{}, fmt.Errorf("log in %s: %w", name, err)
	}
	if !ok {
		return Account{}, r.wrongPassword(ctx, name, w.counter)
	}
	return r.admit(ctx, name, "password")
}

// LoginKey checks that key is authorized for the account name and returns
// the account. A key the account does not have is ErrKeyNotAllowed and is
// not audited (SSH clients offer every key they hold in turn); a
// successful login, and a disabled or locked account, are. Call it once
// the client has proved it holds the key.
func (r *Roster) LoginKey(ctx context.Context, name string, key ssh.PublicKey, remote string) (Account, error) {
	ctx = loginCtx(ctx, name, remote)
	if key == nil {
		return Account{}, fmt.Errorf("log in %s: %w", name, ErrKeyNotAllowed)
	}
	var w row
	var match string
	err := r.db.Read(ctx, func(tx *store.Tx) error {
		var err error
		if w, err = readRow(ctx, tx, name); err != nil {
			return err
		}
		keys, err := readKeys(ctx, tx, name)
		if err != nil {
			return err
		}
		want := key.Marshal()
		for _, k := range keys {
			pub, _, _, _, err := ssh.ParseAuthorizedKey([]byte(k.line))
			if err == nil && subtle.ConstantTimeCompare(pub.Marshal(), want) == 1 {
				match = k.fingerprint
			}
		}
		return nil
	})
	if err != nil {
		return Account{}, fmt.Errorf("log in %s: %w", name, err)
	}
	if match == "" {
		return Account{}, fmt.Errorf("log in %s: %w", name, ErrKeyNotAllowed)
	}
	if err := r.usable(ctx, name, w); err != nil {
		return Account{}, err
	}
	return r.admit(ctx, name, "key "+match)
}

// usable refuses (and audits) a disabled or locked account.
func (r *Roster) usable(ctx context.Context, name string, w row) error {
	if w.disabled {
		return r.refuse(ctx, name, w.counter, reasonDisabled, ErrDisabled)
	}
	if w.locked(r.clock.Now().UnixMilli()) {
		return r.refuse(ctx, name, w.counter, reasonLocked, ErrLocked)
	}
	return nil
}

// refuse audits a refused login and returns cause with context.
func (r *Roster) refuse(ctx context.Context, name string, counter int, reason string, cause error) error {
	if err := r.db.Audit(ctx, counter, ActionLoginFailed, reason); err != nil {
		return fmt.Errorf("log in %s: %w (audit: %w)", name, cause, err)
	}
	return fmt.Errorf("log in %s: %w", name, cause)
}

// wrongPassword counts and audits a wrong password, locking the account
// on the last one allowed.
func (r *Roster) wrongPassword(ctx context.Context, name string, counter int) error {
	var locked bool
	err := r.db.Write(ctx, func(tx *store.Tx) error {
		now := r.clock.Now().UnixMilli()
		if err := store.Audit(ctx, tx, now, counter, ActionLoginFailed, reasonWrongPassword); err != nil {
			return err
		}
		var err error
		locked, err = countFailure(ctx, tx, name, now, counter)
		return err
	})
	switch {
	case err != nil:
		return fmt.Errorf("log in %s: %w (record failure: %w)", name, ErrWrongPassword, err)
	case locked:
		return fmt.Errorf("log in %s: %w: %w", name, ErrWrongPassword, ErrLocked)
	}
	return fmt.Errorf("log in %s: %w", name, ErrWrongPassword)
}

// admit records a successful login, clearing the failures, unless the
// account was disabled or locked while its password was being checked.
func (r *Roster) admit(ctx context.Context, name, how string) (Account, error) {
	var a Account
	var refused error
	err := r.db.Write(ctx, func(tx *store.Tx) error {
		now := r.clock.Now()
		w, err := readRow(ctx, tx, name)
		if err != nil {
			return err
		}
		switch {
		case w.disabled:
			refused = ErrDisabled
			return store.Audit(ctx, tx, now.UnixMilli(), w.counter, ActionLoginFailed, reasonDisabled)
		case w.locked(now.UnixMilli()):
			refused = ErrLocked
			return store.Audit(ctx, tx, now.UnixMilli(), w.counter, ActionLoginFailed, reasonLocked)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE accounts SET failures = 0 WHERE name = ? AND failures <> 0`, name); err != nil {
			return err
		}
		if a, err = w.account(ctx, tx, now); err != nil {
			return err
		}
		return store.Audit(ctx, tx, now.UnixMilli(), w.counter, ActionLogin, how)
	})
	if err == nil {
		err = refused
	}
	if err != nil {
		return Account{}, fmt.Errorf("log in %s: %w", name, err)
	}
	return a, nil
}

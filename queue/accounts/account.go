// Package accounts keeps the station's accounts: who may log in to the SSH
// hall (motcua serve), with which role and at which counter, with an
// argon2id password and/or authorized public keys. It checks logins, locks
// an account for a few minutes after five wrong passwords in a row, and
// records every login, failure and account change in the audit trail.
// It knows no terminal: the hall and the users command call it.
package accounts

import (
	"time"
)

// Account is one person or screen that may log in to the station.
type Account struct {
	Name        string // login name: lower-case letters, digits, . _ -
	FullName    string
	Role        Role
	Counter     int // counter a clerk serves at; 0 = chosen at login
	Disabled    bool
	LockedUntil time.Time // zero when not locked
	HasPassword bool
	Keys        []string // authorized_keys lines
	CreatedAt   time.Time
}

// Locked reports whether the account refuses logins at now because of
// wrong passwords.
func (a Account) Locked(now time.Time) bool {
	return !a.LockedUntil.IsZero() && now.Before(a.LockedUntil)
}

// MaxCounter is the highest counter number an account can be tied to.
const MaxCounter = 999

package accounts

import "errors"

// The ways an account operation or a login can be refused. Callers test
// them with errors.Is and show a sentence from the translation table.
var (
	ErrUnknownAccount  = errors.New("no such account")
	ErrAccountExists   = errors.New("an account with this name already exists")
	ErrWrongPassword   = errors.New("wrong password")
	ErrKeyNotAllowed   = errors.New("public key is not authorized for this account")
	ErrNoCredentials   = errors.New("account has neither password nor key")
	ErrDisabled        = errors.New("account is disabled")
	ErrLocked          = errors.New("account is locked after too many wrong passwords")
	ErrInvalidName     = errors.New("invalid account name")
	ErrInvalidFullName = errors.New("invalid full name")
	ErrInvalidRole     = errors.New("invalid role")
	ErrInvalidCounter  = errors.New("invalid counter number")
	ErrUnknownCounter  = errors.New("the station has no such counter")
	ErrWeakPassword    = errors.New("password too weak")
	ErrInvalidKey      = errors.New("invalid public key")
	ErrUnknownKey      = errors.New("no such key on this account")
)

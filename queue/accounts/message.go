package accounts

import (
	"errors"
	"strings"

	"motcua/assets/i18n"
)

// errorKeys maps each error of the package to its sentence; the first
// that matches wins (a locking wrong password is "locked").
var errorKeys = []struct {
	err error
	key string
}{
	{ErrLocked, "accounts.err.locked"},
	{ErrDisabled, "accounts.err.disabled"},
	{ErrUnknownAccount, "accounts.err.unknown"},
	{ErrWrongPassword, "accounts.err.wrong_password"},
	{ErrKeyNotAllowed, "accounts.err.key_not_allowed"},
	{ErrNoCredentials, "accounts.err.no_credentials"},
	{ErrAccountExists, "accounts.err.exists"},
	{ErrInvalidName, "accounts.err.invalid_name"},
	{ErrInvalidFullName, "accounts.err.invalid_full_name"},
	{ErrInvalidRole, "accounts.err.invalid_role"},
	{ErrInvalidCounter, "accounts.err.invalid_counter"},
	{ErrUnknownCounter, "accounts.err.unknown_counter"},
	{ErrWeakPassword, "accounts.err.weak_password"},
	{ErrInvalidKey, "accounts.err.invalid_key"},
	{ErrUnknownKey, "accounts.err.unknown_key"},
}

// Message turns an error of this package into a sentence in lang, and
// reports whether it knew the error. Other errors (the database's) are
// the caller's to word.
func Message(lang i18n.Lang, err error) (string, bool) {
	for _, e := range errorKeys {
		if errors.Is(err, e.err) {
			switch e.err {
			case ErrInvalidRole:
				roles := make([]string, 0, len(Roles()))
				for _, r := range Roles() {
					roles = append(roles, string(r))
				}
				return i18n.T(lang, e.key, strings.Join(roles, ", ")), true
			case ErrInvalidName:
				return i18n.T(lang, e.key, MaxNameLen), true
			case ErrInvalidCounter:
				return i18n.T(lang, e.key, MaxCounter), true
			case ErrWeakPassword:
				return i18n.T(lang, e.key, MinPasswordLen), true
			}
			return i18n.T(lang, e.key), true
		}
	}
	return "", false
}

// RoleKey is the translation key of the role's name.
func (r Role) Key() string { return "accounts.role." + string(r) }

package accounts_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"motcua/assets/i18n"
	"motcua/queue/accounts"
)

func TestEveryErrorHasASentence(t *testing.T) {
	for _, err := range []error{accounts.ErrUnknownAccount, accounts.ErrAccountExists, accounts.ErrWrongPassword,
		accounts.ErrKeyNotAllowed, accounts.ErrNoCredentials, accounts.ErrDisabled, accounts.ErrLocked,
		accounts.ErrInvalidName, accounts.ErrInvalidFullName, accounts.ErrInvalidRole, accounts.ErrInvalidCounter, accounts.ErrUnknownCounter,
		accounts.ErrWeakPassword, accounts.ErrInvalidKey, accounts.ErrUnknownKey} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			msg, ok := accounts.Message(lang, fmt.Errorf("context: %w", err))
			if !ok || msg == "" || strings.Contains(msg, "!accounts") || strings.Contains(msg, "%!") {
				t.Errorf("%v in %v: %q, %v", err, lang, msg, ok)
			}
		}
	}
	// a lock on the fifth wrong password reads as the lock
	both := fmt.Errorf("log in: %w: %w", accounts.ErrWrongPassword, accounts.ErrLocked)
	if msg, _ := accounts.Message(i18n.VI, both); msg != i18n.T(i18n.VI, "accounts.err.locked") {
		t.Errorf("locking wrong password says %q", msg)
	}
	if _, ok := accounts.Message(i18n.VI, errors.New("disk full")); ok {
		t.Error("a foreign error got an account sentence")
	}
	for _, r := range accounts.Roles() {
		if !i18n.Has(r.Key()) {
			t.Errorf("role %s has no name", r)
		}
	}
}

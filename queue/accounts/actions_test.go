package accounts_test

import (
	"testing"

	"motcua/assets/i18n"
	"motcua/queue/accounts"
)

func TestAccountAuditActionsHaveNames(t *testing.T) {
	for _, a := range []string{accounts.ActionChange, accounts.ActionLogin, accounts.ActionLoginFailed, accounts.ActionLocked} {
		if !i18n.Has("audit.action." + a) {
			t.Errorf("audit action %s has no translation audit.action.%s", a, a)
		}
	}
}

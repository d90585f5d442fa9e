package accounts_test

import (
	"errors"
	"testing"

	"motcua/queue/accounts"
)

func TestRoles(t *testing.T) {
	for _, r := range accounts.Roles() {
		got, err := accounts.ParseRole(string(r))
		if err != nil || got != r {
			t.Fatalf("ParseRole(%s) = %v, %v", r, got, err)
		}
	}
	if _, err := accounts.ParseRole("Clerk"); !errors.Is(err, accounts.ErrInvalidRole) {
		t.Fatalf("ParseRole(Clerk) = %v", err)
	}
}

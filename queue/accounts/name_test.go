package accounts_test

import (
	"errors"
	"testing"

	"motcua/queue/accounts"
)

func TestFullNameIsCleaned(t *testing.T) {
	r, _, _ := newRoster(t)
	// "Lan" with a combining accent (NFD) and extra spaces
	in := "  Nguye\u0302\u0303n   Lan "
	if err := r.Add(adminCtx, accounts.Account{Name: "lan", FullName: in, Role: accounts.RoleClerk}, ""); err != nil {
		t.Fatal(err)
	}
	a, _ := r.Get(adminCtx, "lan")
	if a.FullName != "Nguyễn Lan" {
		t.Fatalf("full name = %q, want NFC with single spaces", a.FullName)
	}
}

func TestValidateName(t *testing.T) {
	for name, ok := range map[string]bool{
		"lan": true, "nguyen.van-a_2": true, "a": true, "quay3": true,
		"": false, "Lan": false, "2lan": false, "_lan": false, "lan anh": false, "đạt": false,
		"lan\n": false, "abcdefghijabcdefghijabcdefghijab": true, "abcdefghijabcdefghijabcdefghijabc": false,
	} {
		err := accounts.ValidateName(name)
		if (err == nil) != ok || (err != nil && !errors.Is(err, accounts.ErrInvalidName)) {
			t.Errorf("ValidateName(%q) = %v, want ok=%v", name, err, ok)
		}
	}
}

func TestCleanFullName(t *testing.T) {
	for in, want := range map[string]string{
		"":                     "",
		"  Trần   Văn  Bình  ": "Trần Văn Bình",
		"Lê\u00a0Thị Hoa":      "Lê Thị Hoa",
	} {
		got, err := accounts.CleanFullName(in)
		if err != nil || got != want {
			t.Errorf("CleanFullName(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"a\x1b[31mb", "a\u200eb", "\xff", "x\x00"} {
		if _, err := accounts.CleanFullName(in); !errors.Is(err, accounts.ErrInvalidFullName) {
			t.Errorf("CleanFullName(%q) = %v, want ErrInvalidFullName", in, err)
		}
	}
}

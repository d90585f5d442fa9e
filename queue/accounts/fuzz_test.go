package accounts_test

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"motcua/queue/accounts"
)

func FuzzValidateName(f *testing.F) {
	for _, s := range []string{"lan", "nguyen.van-a_2", "", "Lan", "1lan", "lan ", "lan\x00", "đạt",
		strings.Repeat("a", 32), strings.Repeat("a", 33), "a-", "-a", "a\n", "../etc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		err := accounts.ValidateName(name)
		if err != nil {
			if !errors.Is(err, accounts.ErrInvalidName) {
				t.Fatalf("ValidateName(%q) = %v, not ErrInvalidName", name, err)
			}
			return
		}
		if len(name) == 0 || len(name) > accounts.MaxNameLen || name[0] < 'a' || name[0] > 'z' {
			t.Fatalf("accepted %q", name)
		}
		for _, r := range name {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-') {
				t.Fatalf("accepted %q with %q", name, r)
			}
		}
	})
}

func FuzzCleanFullName(f *testing.F) {
	for _, s := range []string{"Nguyễn Thị Lan", "  Trần   Văn  B ", "", "a\x1b[2Jb", "a\u202eb", "\xff",
		strings.Repeat("ă", 80), strings.Repeat("ă", 81), "Nguye\u0302\u0303n", "tab\there"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out, err := accounts.CleanFullName(in)
		if err != nil {
			if !errors.Is(err, accounts.ErrInvalidFullName) {
				t.Fatalf("CleanFullName(%q) = %v", in, err)
			}
			return
		}
		if !utf8.ValidString(out) || !norm.NFC.IsNormalString(out) || utf8.RuneCountInString(out) > accounts.MaxFullNameLen ||
			out != strings.TrimSpace(out) || strings.Contains(out, "  ") {
			t.Fatalf("CleanFullName(%q) = %q", in, out)
		}
		for _, r := range out {
			if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
				t.Fatalf("CleanFullName(%q) kept %U", in, r)
			}
		}
		if again, err := accounts.CleanFullName(out); err != nil || again != out {
			t.Fatalf("cleaning %q again = %q, %v", out, again, err)
		}
	})
}

func FuzzValidatePassword(f *testing.F) {
	for _, s := range []string{"mật khẩu 2026", "12345678", "1234567", "aaaaaaaa", "lan", "LAN12345",
		"pass\nword", "\xffpassword", strings.Repeat("x", 129), "ăăăăăăăă"} {
		f.Add("lan12345", s)
	}
	f.Fuzz(func(t *testing.T, name, pw string) {
		err := accounts.ValidatePassword(name, pw)
		if err != nil {
			if !errors.Is(err, accounts.ErrWeakPassword) {
				t.Fatalf("ValidatePassword = %v", err)
			}
			return
		}
		if !utf8.ValidString(pw) || len(pw) > accounts.MaxPasswordLen || utf8.RuneCountInString(pw) < accounts.MinPasswordLen ||
			strings.EqualFold(pw, name) || strings.ContainsFunc(pw, unicode.IsControl) {
			t.Fatalf("accepted password %q for %q", pw, name)
		}
		first, _ := utf8.DecodeRuneInString(pw)
		if strings.Count(pw, string(first)) == utf8.RuneCountInString(pw) {
			t.Fatalf("accepted one repeated character %q", pw)
		}
	})
}

func FuzzParseKey(f *testing.F) {
	f.Add("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl lan@pc")
	f.Add("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl")
	f.Add(`no-pty ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl`)
	f.Add("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQC")
	f.Add("")
	f.Add("# comment")
	f.Add("ssh-dss AAAAB3NzaC1kc3MAAACBAP")
	f.Fuzz(func(t *testing.T, line string) {
		k, err := accounts.ParseKey(line)
		if err != nil {
			if !errors.Is(err, accounts.ErrInvalidKey) {
				t.Fatalf("ParseKey(%q) = %v", line, err)
			}
			return
		}
		if strings.ContainsAny(k.Line, "\r\n") || !strings.HasPrefix(k.Fingerprint, "SHA256:") || k.PublicKey == nil {
			t.Fatalf("ParseKey(%q) = %+v", line, k)
		}
		again, err := accounts.ParseKey(k.Line)
		if err != nil || again.Line != k.Line || again.Fingerprint != k.Fingerprint {
			t.Fatalf("parsing the normalised line %q again = %+v, %v", k.Line, again, err)
		}
	})
}

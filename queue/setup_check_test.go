package queue_test

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"motcua/queue"
)

func TestCheckPrefix(t *testing.T) {
	for in, want := range map[string]string{"A": "A", "b": "B", " z ": "Z"} {
		if got, err := queue.CheckPrefix(in); err != nil || got != want {
			t.Errorf("CheckPrefix(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "AB", "1", "Đ", "đ", "-", "\x1b"} {
		if _, err := queue.CheckPrefix(in); !errors.Is(err, queue.ErrInvalidSettings) {
			t.Errorf("CheckPrefix(%q) = %v, want refused", in, err)
		}
	}
}

func TestCheckCodeAndName(t *testing.T) {
	if c, err := queue.CheckCode(" Ho_Tich2 "); err != nil || c != "ho_tich2" {
		t.Errorf("CheckCode = %q, %v", c, err)
	}
	for _, in := range []string{"", "hộ tịch", "a-b", strings.Repeat("a", 33)} {
		if _, err := queue.CheckCode(in); err == nil {
			t.Errorf("CheckCode(%q) accepted", in)
		}
	}
	if n, err := queue.CheckName(" Nguye\u0302\u0303n "); err != nil || n != "Nguyễn" {
		t.Errorf("CheckName NFD = %q, %v; want trimmed NFC", n, err)
	}
	var se *queue.SetupError
	for in, key := range map[string]string{
		"": "settings.err.name_required", "a\x1b]0;x\x07": "settings.err.text_chars",
		"rtl\u202eevil": "settings.err.text_chars", strings.Repeat("ă", 101): "settings.err.text_long",
	} {
		_, err := queue.CheckName(in)
		if !errors.As(err, &se) || se.Key != key {
			t.Errorf("CheckName(%q) = %v, want %s", in, err, key)
		}
	}
	if _, err := queue.CheckNotice(""); err != nil {
		t.Errorf("an empty notice is refused: %v", err)
	}
}

func TestCheckNumber(t *testing.T) {
	if v, err := queue.CheckNumber(" 40 ", 0, 100); err != nil || v != 40 {
		t.Errorf("CheckNumber(40) = %d, %v", v, err)
	}
	for _, in := range []string{"", "-1", "101", "1e2", "0x1", "4 0", "١"} {
		if _, err := queue.CheckNumber(in, 0, 100); err == nil {
			t.Errorf("CheckNumber(%q) accepted", in)
		}
	}
}

func TestCheckSetting(t *testing.T) {
	ok := map[[2]string]string{
		{"printer.kind", " ESCPOS "}: "escpos", {"counter.2.printer.kind", "cups"}: "cups",
		{"printer.width", "58"}: "58", {"forms.page_size", "a4"}: "A4", {"printer.kind", ""}: "",
		{"policy.mode", "strict"}: "strict", {"policy.aging_minutes", "0"}: "0", {"kiosk.pin", "1357"}: "1357",
		{"printer.device", "192.168.1.50:9100"}: "192.168.1.50:9100",
		{"serve.listen", " :2222"}:              ":2222", {"serve.listen", "192.168.1.10:2222"}: "192.168.1.10:2222",
		{"serve.idle", "45m"}: "45m", {"serve.idle", "0"}: "0", {"serve.max_sessions", "12"}: "12",
		{"rating.on_kiosk", " 1"}: "1", {"accounts.lock_minutes", "10 "}: "10",
	}
	for kv, want := range ok {
		if got, err := queue.CheckSetting(kv[0], kv[1]); err != nil || got != want {
			t.Errorf("CheckSetting(%s, %q) = %q, %v; want %q", kv[0], kv[1], got, err, want)
		}
	}
	for _, kv := range [][2]string{
		{"printer.kind", "laser"}, {"counter.1.printer.width", "72"}, {"forms.page_size", "A3"},
		{"policy.mode", "random"}, {"policy.max_priority_run", "0"}, {"policy.recalls_before_no_show", "x"},
		{"board.notice", "a\nb\x1b[2J"}, {"kiosk.pin", "12"}, {"printer.queue", "q\x07"},
		{"rating.on_kiosk", "yes"}, {"accounts.lock_minutes", "0"}, {"accounts.lock_minutes", "abc"},
		{"accounts.lock_minutes", "100000"},
		{"serve.listen", "2222"}, {"serve.listen", ":99999"}, {"serve.listen", "host:ssh"},
		{"serve.idle", "abc"}, {"serve.idle", "-5m"}, {"serve.max_sessions", "0"}, {"serve.max_sessions", "x"},
	} {
		if _, err := queue.CheckSetting(kv[0], kv[1]); !errors.Is(err, queue.ErrInvalidSettings) {
			t.Errorf("CheckSetting(%s, %q) = %v, want refused", kv[0], kv[1], err)
		}
	}
}

// safeText is what every accepted text must be: NFC, trimmed, no
// control or format character.
func safeText(t *testing.T, in, out string, max int) {
	t.Helper()
	if !norm.NFC.IsNormalString(out) || strings.TrimSpace(out) != out || utf8.RuneCountInString(out) > max {
		t.Fatalf("%q accepted as %q", in, out)
	}
	for _, r := range out {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			t.Fatalf("%q accepted as %q with %U", in, out, r)
		}
	}
}

func FuzzCheckName(f *testing.F) {
	for _, s := range []string{"Hộ tịch", "Nguye\u0302\u0303n", "\x1b]0;t\x07", "a\u200bb", "", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if out, err := queue.CheckName(s); err == nil {
			safeText(t, s, out, queue.MaxNameLen)
			if out == "" {
				t.Fatalf("%q accepted as an empty name", s)
			}
		}
		if out, err := queue.CheckNotice(s); err == nil {
			safeText(t, s, out, queue.MaxNoticeLen)
		}
	})
}

func FuzzCheckPrefix(f *testing.F) {
	for _, s := range []string{"A", "z", "AA", "Ă", " "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := queue.CheckPrefix(s)
		if err != nil {
			return
		}
		if len(p) != 1 || p[0] < 'A' || p[0] > 'Z' || !strings.EqualFold(strings.TrimSpace(s), p) {
			t.Fatalf("CheckPrefix(%q) = %q", s, p)
		}
	})
}

func FuzzCheckCode(f *testing.F) {
	for _, s := range []string{"hotich", "Ho_Tich", "hộ", "a b", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := queue.CheckCode(s)
		if err != nil {
			return
		}
		if c == "" || len(c) > queue.MaxCodeLen || strings.Trim(c, "abcdefghijklmnopqrstuvwxyz0123456789_") != "" {
			t.Fatalf("CheckCode(%q) = %q", s, c)
		}
	})
}

func FuzzCheckNumber(f *testing.F) {
	for _, s := range []string{"0", "40", "-1", "1e3", "999999", "+5"} {
		f.Add(s, 0, 100)
	}
	f.Fuzz(func(t *testing.T, s string, lo, hi int) {
		v, err := queue.CheckNumber(s, lo, hi)
		if err != nil {
			return
		}
		if v < lo || v > hi || strings.TrimLeft(strings.TrimSpace(s), "0123456789") != "" {
			t.Fatalf("CheckNumber(%q, %d, %d) = %d", s, lo, hi, v)
		}
	})
}

func FuzzCheckSetting(f *testing.F) {
	for _, kv := range [][2]string{{"printer.kind", "cups"}, {"board.notice", "Xin chào"}, {"policy.mode", "fair"},
		{"counter.3.printer.width", "58"}, {"forms.page_size", "a5"}, {"x.y", "\x1b[31m"}} {
		f.Add(kv[0], kv[1])
	}
	f.Fuzz(func(t *testing.T, key, value string) {
		out, err := queue.CheckSetting(key, value)
		if err != nil {
			return
		}
		safeText(t, value, out, queue.MaxSettingLen)
	})
}

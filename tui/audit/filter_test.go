package audit

import (
	"testing"
	"time"

	"motcua/store"
)

func TestParseFilter(t *testing.T) {
	f, err := parseFilter(" lan ", "2", "Ticket.", "01/11/2026", "2026-11-30")
	if err != nil {
		t.Fatal(err)
	}
	from := time.Date(2026, 11, 1, 0, 0, 0, 0, store.Local)
	to := time.Date(2026, 12, 1, 0, 0, 0, 0, store.Local)
	if f.Account != "lan" || f.Counter != 2 || f.Action != "ticket." || !f.From.Equal(from) || !f.To.Equal(to) {
		t.Errorf("filter %+v", f)
	}
	for _, c := range [][5]string{
		{"", "0", "", "", ""}, {"", "x", "", "", ""}, {"", "", "", "32/01/2026", ""},
		{"", "", "", "", "1999-01-01"}, {"", "", "", "02/11/2026", "01/11/2026"},
	} {
		if _, err := parseFilter(c[0], c[1], c[2], c[3], c[4]); err == nil {
			t.Errorf("parseFilter%v accepted", c)
		}
	}
	if f, err := parseFilter(" - ", "", "", "", ""); err != nil || f != (store.AuditFilter{AtThisPC: true}) {
		t.Errorf("account - (at this PC): %+v, %v", f, err)
	}
	if f, err := parseFilter("", "", "", "", ""); err != nil || f != (store.AuditFilter{}) {
		t.Errorf("empty form: %+v, %v", f, err)
	}
}

func FuzzParseFilter(f *testing.F) {
	f.Add("lan", "2", "ticket.", "01/11/2026", "30/11/2026")
	f.Add("", "99", "", "2026-02-29", "")
	f.Add("\x1b", "-1", "x", "1/1/2000", "31/12/2100")
	f.Fuzz(func(t *testing.T, account, counter, action, from, to string) {
		flt, err := parseFilter(account, counter, action, from, to)
		if err != nil {
			if _, ok := err.(*filterError); !ok {
				t.Fatalf("error of type %T", err)
			}
			return
		}
		if flt.Counter < 0 || flt.Counter > 99 {
			t.Fatalf("counter %d", flt.Counter)
		}
		if !flt.From.IsZero() && !flt.To.IsZero() && !flt.From.Before(flt.To) {
			t.Fatalf("empty range %v–%v", flt.From, flt.To)
		}
		// The form shows the filter back as it reads it.
		if g, err := parseFilter(flt.Account, itoaOrEmpty(flt.Counter), flt.Action, dayText(flt.From, false), dayText(flt.To, true)); err != nil || g != flt {
			t.Fatalf("round trip %+v → %+v, %v", flt, g, err)
		}
	})
}

func itoaOrEmpty(n int) string {
	if n == 0 {
		return ""
	}
	return itoa(n)
}

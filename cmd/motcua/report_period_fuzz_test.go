package main

import "testing"

// FuzzReportPeriod: --day, --month, --from/--to are read the same way by
// motcua report and motcua hub report; whatever it accepts is a period
// whose first day is not after its last, and one kind of period at a time.
func FuzzReportPeriod(f *testing.F) {
	for _, s := range [][4]string{
		{"2026-11-23", "", "", ""}, {"", "2026-11", "", ""}, {"", "", "2026-11-01", "2026-11-30"},
		{"2026-11-23", "2026-11", "", ""}, {"", "", "2026-11-30", "2026-11-01"}, {"2026-02-30", "", "", ""},
		{"", "2026-13", "", ""}, {"", "", "2026-11-01", ""}, {"", "", "", ""},
	} {
		f.Add(s[0], s[1], s[2], s[3])
	}
	f.Fuzz(func(t *testing.T, day, month, from, to string) {
		p, ok := reportPeriod(day, month, from, to)
		if !ok {
			return
		}
		if p.To.Before(p.From) {
			t.Fatalf("%q %q %q %q: period %s–%s", day, month, from, to, p.FirstDay(), p.LastDay())
		}
		if day != "" && (month != "" || from != "" || to != "" || p.FirstDay() != p.LastDay()) {
			t.Fatalf("--day %q with %q %q %q accepted as %s–%s", day, month, from, to, p.FirstDay(), p.LastDay())
		}
	})
}

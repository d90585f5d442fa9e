package report

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
	"motcua/queue/queuetest"
	"motcua/queue/report"
	"motcua/tui/common"
	"motcua/tui/tuitest"
)

// Monday's report in both languages at both sizes.
func TestGolden(t *testing.T) {
	for _, lang := range tuitest.Langs {
		for _, size := range tuitest.Sizes {
			t.Run(fmt.Sprintf("%s_%s", lang.Code(), size), func(t *testing.T) {
				st, _ := seeded(t)
				m, _ := drive(t, st, report.DayPeriod(queuetest.Monday0800), lang, size.W, size.H)
				tuitest.Golden(t, screen(*m), size)
			})
		}
	}
}

// The figures on screen are Monday's: 7 tickets issued, 6 served, and
// 4 of 5 ratings satisfied; the longest service bar is hotich's.
func TestFigures(t *testing.T) {
	st, _ := seeded(t)
	m, _ := drive(t, st, report.DayPeriod(queuetest.Monday0800), i18n.EN, 160, 48)
	s := screen(*m)
	if got := m.rep.Tickets.Issued; got != len(monday)+1 {
		t.Errorf("issued %d, want %d", got, len(monday)+1)
	}
	for _, want := range []string{"Day 23/11/2026", "80.0% satisfied", "Tickets issued"} {
		if !strings.Contains(s, want) {
			t.Errorf("%q not on screen:\n%s", want, s)
		}
	}
	civil := strings.Count(tuitest.LineWith(t, s, "Civil status"), "█")
	cert := strings.Count(tuitest.LineWith(t, s, "Certification"), "█")
	if civil <= cert || cert == 0 {
		t.Errorf("bars: civil status %d cells, certification %d; want 3:2", civil, cert)
	}
}

// ↓, PgDn, End and Home move the report under the header; the dossiers,
// at the bottom, come into view.
func TestScroll(t *testing.T) {
	st, _ := seeded(t)
	m, d := drive(t, st, report.DayPeriod(queuetest.Monday0800), i18n.VI, 80, 24)
	if strings.Contains(screen(*m), "Thư xin lỗi") {
		t.Fatalf("the bottom of the report fits at 80×24; the test needs a longer one")
	}
	d.Press("down")
	if m.vp.YOffset() != 1 {
		t.Errorf("after ↓ offset %d, want 1", m.vp.YOffset())
	}
	d.Press("pgdown")
	if m.vp.YOffset() <= 1 {
		t.Errorf("after PgDn offset %d, want more than 1", m.vp.YOffset())
	}
	d.Press("end")
	s := screen(*m)
	tuitest.LineWith(t, s, "Thư xin lỗi")
	tuitest.CheckScreen(t, s, 80, 24)
	if !strings.HasPrefix(s, " Báo cáo") {
		t.Errorf("the title scrolled away:\n%s", s)
	}
	d.Press("pgup", "home")
	if m.vp.YOffset() != 0 {
		t.Errorf("after Home offset %d, want 0", m.vp.YOffset())
	}
}

// → moves a day's report to the next day and builds it again: Tuesday
// has one ticket; ← twice goes to Sunday, which has none.
func TestPeriodChange(t *testing.T) {
	st, _ := seeded(t)
	m, d := drive(t, st, report.DayPeriod(queuetest.Monday0800), i18n.VI, 80, 24)
	d.Press("right")
	if !m.loading || m.loaded {
		t.Errorf("→ did not start a new build")
	}
	if s := screen(*m); strings.Contains(s, "Hộ tịch") || !strings.Contains(s, "Đang lập báo cáo") {
		t.Errorf("while Tuesday's report is built the screen shows:\n%s", s)
	}
	d.Until("Tuesday's report", func(m Model) bool { return m.loaded })
	if got := m.rep.Tickets.Issued; got != 1 {
		t.Errorf("Tuesday: %d tickets, want 1", got)
	}
	tuitest.LineWith(t, screen(*m), "Ngày 24/11/2026")
	d.Press("left", "left")
	d.Until("Sunday's report", func(m Model) bool { return m.loaded })
	if m.rep.Period.FirstDay() != "2026-11-22" || m.rep.Tickets.Issued != 0 {
		t.Errorf("Sunday: period %s, %d tickets", m.rep.Period.FirstDay(), m.rep.Tickets.Issued)
	}
	s := screen(*m)
	tuitest.LineWith(t, s, "Ngày 22/11/2026")
	tuitest.LineWith(t, s, "Không có số liệu")
}

// A month moves by months and counts every day of it.
func TestMonthChange(t *testing.T) {
	st, _ := seeded(t)
	m, d := drive(t, st, report.MonthPeriod(2026, 11), i18n.EN, 80, 24)
	if got := m.rep.Tickets.Issued; got != len(monday)+2 {
		t.Errorf("November: %d tickets, want %d", got, len(monday)+2)
	}
	d.Press("left")
	d.Until("October's report", func(m Model) bool { return m.loaded })
	tuitest.LineWith(t, screen(*m), "Month 10/2026")
	if m.rep.Period.FirstDay() != "2026-10-01" || m.rep.Period.LastDay() != "2026-10-31" || m.rep.Tickets.Issued != 0 {
		t.Errorf("October: %s–%s, %d tickets", m.rep.Period.FirstDay(), m.rep.Period.LastDay(), m.rep.Tickets.Issued)
	}
}

func TestShiftRange(t *testing.T) {
	p, err := report.RangePeriod(queuetest.Monday0800, queuetest.Monday0800.AddDate(0, 0, 2))
	if err != nil {
		t.Fatal(err)
	}
	q := shift(p, 1)
	if q.FirstDay() != "2026-11-26" || q.LastDay() != "2026-11-28" {
		t.Errorf("next of 23–25/11: %s–%s", q.FirstDay(), q.LastDay())
	}
	if q := shift(report.MonthPeriod(2026, 12), 1); q.FirstDay() != "2027-01-01" || q.LastDay() != "2027-01-31" {
		t.Errorf("after December: %s–%s", q.FirstDay(), q.LastDay())
	}
}

// The language toggles live; q quits a standalone screen and goes back
// inside the launcher.
func TestLangAndQuit(t *testing.T) {
	st, _ := seeded(t)
	m, d := drive(t, st, report.DayPeriod(queuetest.Monday0800), i18n.VI, 80, 24)
	d.Press("f2")
	tuitest.LineWith(t, screen(*m), "Day 23/11/2026")
	d.Press("ctrl+l")
	tuitest.LineWith(t, screen(*m), "Ngày 23/11/2026")
	for _, standalone := range []bool{true, false} {
		m.opts.Standalone = standalone
		_, cmd := m.Update(tuitest.Key("q"))
		if cmd == nil {
			t.Fatalf("standalone %v: q did nothing", standalone)
		}
		msg := cmd()
		_, quit := msg.(tea.QuitMsg)
		_, back := msg.(common.GoBackMsg)
		if quit != standalone || back == standalone {
			t.Errorf("standalone %v: q sent %T", standalone, msg)
		}
	}
}

// Below 80×24 the screen asks for a bigger window.
func TestTooSmall(t *testing.T) {
	st, _ := seeded(t)
	m, d := drive(t, st, report.DayPeriod(queuetest.Monday0800), i18n.EN, 80, 24)
	d.Send(tea.WindowSizeMsg{Width: 60, Height: 20})
	tuitest.LineWith(t, screen(*m), "too small")
}

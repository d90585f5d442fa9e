package report

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
	"motcua/queue/queuetest"
	"motcua/queue/report"
	"motcua/store"
	"motcua/tui/tuitest"
)

// A slow source shows a progress bar with its percentage while it reads,
// then the report it built; its heading names whose report it is.
func TestProgressBarWhileBuilding(t *testing.T) {
	step := make(chan [2]int)
	source := func(ctx context.Context, p report.Period, fn report.Progress) (report.Report, error) {
		for s := range step {
			fn(s[0], s[1])
		}
		return report.Report{Period: p, Tickets: report.Tickets{Issued: 42}}, nil
	}
	m := New(Options{Source: source, Period: report.DayPeriod(queuetest.Monday0800), Lang: i18n.EN,
		Heading: "Xã An Bình\x1b[2J", Clock: store.NewManualClock(queuetest.Monday0800)})
	d := tuitest.Async(t, &m, tuitest.Concrete(Model.Update))
	d.Describe = func() string { return "screen:\n" + screen(m) }
	d.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.Run(m.Init())
	go func() { step <- [2]int{25, 100} }()
	d.Until("a quarter done", func(m Model) bool { return strings.Contains(screen(m), "25 %") })
	line := tuitest.LineWith(t, screen(m), "25 %")
	if !strings.Contains(line, "█") || !strings.Contains(line, "░") {
		t.Errorf("no bar part full, part empty: %q", line)
	}
	go func() { step <- [2]int{90, 100} }()
	d.Until("nine tenths done", func(m Model) bool { return strings.Contains(screen(m), "90 %") })
	go func() { close(step) }()
	d.Until("the report", func(m Model) bool { return m.loaded })
	s := screen(m)
	if strings.Contains(s, "90 %") || !strings.Contains(s, "42") {
		t.Errorf("the built report is not shown in place of the bar:\n%s", s)
	}
	if !strings.Contains(tuitest.LineWith(t, s, "Xã An Bình"), "report") || strings.Contains(s, "\x1b[2J") {
		t.Errorf("heading not shown, or not sanitised:\n%q", s)
	}
}

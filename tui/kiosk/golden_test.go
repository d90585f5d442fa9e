package kiosk

import (
	"fmt"
	"motcua/tui/tuitest"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestGolden draws the three citizen pages in both languages at 80×24 and
// on a hall TV, through a real Bubble Tea program.
func TestGolden(t *testing.T) {
	for _, lang := range tuitest.Langs {
		for _, size := range tuitest.Sizes {
			for _, pg := range []string{"start", "priority", "ticket"} {
				name := fmt.Sprintf("%s_%s_%s", pg, lang.Code(), size)
				t.Run(name, func(t *testing.T) {
					st, clock := newStation(t)
					morning(t, st, clock)
					r := tuitest.Record(New(Options{Station: st, Lang: lang, Standalone: true}))
					tm := teatest.NewTestModel(t, r, teatest.WithInitialTermSize(size.W, size.H))
					r.WaitFor(t, 3*time.Second, "first snapshot", func(m Model) bool { return m.loaded && m.Width == size.W })
					if pg != "start" {
						tm.Send(tuitest.Key("1"))
						r.WaitFor(t, 3*time.Second, "priority page", func(m Model) bool { return m.page == pagePriority })
					}
					if pg == "ticket" {
						clock.Advance(pageGuard)
						tm.Send(tuitest.Key("1"))
						r.WaitFor(t, 3*time.Second, "ticket page", func(m Model) bool { return m.page == pageTicket })
					}
					if err := tm.Quit(); err != nil {
						t.Fatal(err)
					}
					final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).(tuitest.Recorder[Model]).Model
					tuitest.Golden(t, ansi.Strip(final.View().Content), size)
				})
			}
		}
	}
}

// TestPagesFitAt80x24 checks every page at the smallest size with the
// longest content: five services, five groups and "Không", a priority
// ticket with a printer error.
func TestPagesFitAt80x24(t *testing.T) {
	for _, lang := range tuitest.Langs {
		st, clock := newStation(t)
		morning(t, st, clock)
		d := newDriver(t, st, clock, Options{Lang: lang})
		check := func(what string, want ...string) {
			t.Helper()
			scr := d.screen()
			tuitest.CheckScreen(t, scr, 80, 24)
			for _, s := range want {
				if !strings.Contains(scr, s) {
					t.Errorf("%s %s: %q missing:\n%s", lang.Code(), what, s, scr)
				}
			}
		}
		names := func(f func(i int) string, n int) []string {
			out := make([]string, n)
			for i := range out {
				out[i] = f(i)
			}
			return out
		}
		sn := d.m.snap
		check("start", names(func(i int) string { return d.m.serviceName(sn.Config.Services[i]) }, 5)...)
		d.Press("1")
		check("priority", append(names(func(i int) string { return d.m.groupName(sn.Config.Groups[i]) }, 5), d.m.T("kiosk.priority_no"))...)
		clock.Advance(pageGuard)
		d.Press("5")
		d.m.printErr = fmt.Errorf("offline")
		check("ticket", d.m.T("kiosk.ticket.keep"), d.m.T("kiosk.ticket.issued_at", "08:36 23/11/2026"))
		for _, l := range strings.Split(d.m.T("kiosk.print.failed"), " ") {
			if !strings.Contains(d.screen(), l) {
				t.Errorf("print error word %q missing", l)
			}
		}
	}
}

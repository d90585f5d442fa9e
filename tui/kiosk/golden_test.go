package kiosk

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"motcua/assets/i18n"
)

// recorder wraps the kiosk in a teatest program and keeps the latest
// model, so a test waits for a state instead of reading terminal bytes.
type recorder struct {
	Model
	last *atomic.Pointer[Model]
}

func (r recorder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := r.Model.Update(msg)
	m := next.(Model)
	r.last.Store(&m)
	return recorder{Model: m, last: r.last}, cmd
}

func waitFor(t *testing.T, last *atomic.Pointer[Model], what string, cond func(Model) bool) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for !cond(*last.Load()) {
		if time.Now().After(deadline) {
			t.Fatalf("%s did not happen", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestGolden draws the three citizen pages in both languages at 80×24 and
// on a hall TV, through a real Bubble Tea program.
func TestGolden(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, size := range [][2]int{{80, 24}, {160, 48}} {
			for _, pg := range []string{"start", "priority", "ticket"} {
				name := fmt.Sprintf("%s_%s_%dx%d", pg, lang.Code(), size[0], size[1])
				t.Run(name, func(t *testing.T) {
					st, clock := newStation(t)
					morning(t, st, clock)
					m := New(Options{Station: st, Lang: lang, Standalone: true})
					last := &atomic.Pointer[Model]{}
					last.Store(&m)
					tm := teatest.NewTestModel(t, recorder{Model: m, last: last}, teatest.WithInitialTermSize(size[0], size[1]))
					waitFor(t, last, "first snapshot", func(m Model) bool { return m.loaded && m.Width == size[0] })
					if pg != "start" {
						tm.Send(keyMsg("1"))
						waitFor(t, last, "priority page", func(m Model) bool { return m.page == pagePriority })
					}
					if pg == "ticket" {
						clock.Advance(pageGuard)
						tm.Send(keyMsg("1"))
						waitFor(t, last, "ticket page", func(m Model) bool { return m.page == pageTicket })
					}
					if err := tm.Quit(); err != nil {
						t.Fatal(err)
					}
					final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).(recorder).Model
					screen := ansi.Strip(final.View().Content)
					checkScreen(t, screen, size[0], size[1])
					golden.RequireEqual(t, screen)
				})
			}
		}
	}
}

// checkScreen asserts the screen fills the terminal exactly: no line wider
// than it, no more or fewer lines than it has.
func checkScreen(t *testing.T, screen string, w, h int) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) != h {
		t.Errorf("%d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("line %d is %d wide, more than %d: %q", i, lw, w, l)
		}
	}
}

// TestPagesFitAt80x24 checks every page at the smallest size with the
// longest content: five services, five groups and "Không", a priority
// ticket with a printer error.
func TestPagesFitAt80x24(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		st, clock := newStation(t)
		morning(t, st, clock)
		d := newDriver(t, st, clock, Options{Lang: lang})
		check := func(what string, want ...string) {
			t.Helper()
			scr := d.screen()
			checkScreen(t, scr, 80, 24)
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
		d.key("1")
		check("priority", append(names(func(i int) string { return d.m.groupName(sn.Config.Groups[i]) }, 5), d.m.T("kiosk.priority_no"))...)
		clock.Advance(pageGuard)
		d.key("5")
		d.m.printErr = fmt.Errorf("offline")
		check("ticket", d.m.T("kiosk.ticket.keep"), d.m.T("kiosk.ticket.issued_at", "08:36 23/11/2026"))
		for _, l := range strings.Split(d.m.T("kiosk.print.failed"), " ") {
			if !strings.Contains(d.screen(), l) {
				t.Errorf("print error word %q missing", l)
			}
		}
	}
}

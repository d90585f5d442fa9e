package rating

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"motcua/queue"
	"motcua/tui/common"
	"motcua/tui/tuitest"
)

// ratings reads every rating of the station's day.
func ratings(t *testing.T, st *queue.Station) []queue.Rating {
	t.Helper()
	day := st.Now().Format("2006-01-02")
	return must(st.Ratings(context.Background(), day, day))(t)
}

// A finished ticket brings the question; a number key answers it once.
func TestKeyFlowSatisfied(t *testing.T) {
	st, clock := newStation(t)
	m, d := drive(t, st, "vi", 80, 24)
	if m.page != pageIdle || !strings.Contains(screen(*m), "Cảm ơn quý vị") {
		t.Fatalf("not idle:\n%s", screen(*m))
	}
	tk := finish(t, st, clock, 1, "hotich")
	d.Until("question", func(m Model) bool { return m.page == pageQuestion })
	tuitest.LineWith(t, screen(*m), "Quý vị có hài lòng với việc phục vụ không?")
	tuitest.LineWith(t, screen(*m), tk.Display)
	d.Press("2")
	d.Until("saved", func(m Model) bool { return m.page == pageThanks && !m.saving })
	got := ratings(t, st)
	if len(got) != 1 || got[0].Level != queue.Satisfied || got[0].Reason != "" || got[0].Counter != 1 {
		t.Fatalf("ratings = %+v", got)
	}
	timeout(d, m)
	d.Settle()
	if m.page != pageIdle {
		t.Fatalf("page %d after the thanks timed out, want idle", m.page)
	}
	// The same ticket is never asked again.
	d.Press("1")
	d.Settle()
	if m.page != pageIdle || len(ratings(t, st)) != 1 {
		t.Fatalf("page %d, %d ratings after a stray key", m.page, len(ratings(t, st)))
	}
}

// "Không hài lòng" leads to the reasons; a number picks one.
func TestKeyFlowUnsatisfiedWithReason(t *testing.T) {
	st, clock := newStation(t)
	m, d := drive(t, st, "vi", 80, 24)
	finish(t, st, clock, 1, "chungthuc")
	d.Until("question", func(m Model) bool { return m.page == pageQuestion })
	d.Press("3")
	if m.page != pageReasons {
		t.Fatalf("page %d after 3, want reasons", m.page)
	}
	tuitest.LineWith(t, screen(*m), "Thái độ chưa tốt")
	d.Press("2")
	d.Until("saved", func(m Model) bool { return m.page == pageThanks && !m.saving })
	got := ratings(t, st)
	if len(got) != 1 || got[0].Level != queue.Unsatisfied || got[0].Reason != m.reasons[1] || got[0].Service != "chungthuc" {
		t.Fatalf("ratings = %+v, reasons %v", got, m.reasons)
	}
}

// Skipping the reason records the rating without one; so does walking
// away from the reasons.
func TestReasonSkippedOrTimedOut(t *testing.T) {
	for _, how := range []string{"0", "enter", "timeout"} {
		t.Run(how, func(t *testing.T) {
			st, clock := newStation(t)
			m, d := drive(t, st, "en", 80, 24)
			finish(t, st, clock, 1, "hotich")
			d.Until("question", func(m Model) bool { return m.page == pageQuestion })
			d.Press("3")
			if how == "timeout" {
				timeout(d, m)
			} else {
				d.Press(how)
			}
			d.Until("saved", func(m Model) bool { return !m.saving && len(ratings(t, st)) == 1 })
			if r := ratings(t, st)[0]; r.Level != queue.Unsatisfied || r.Reason != "" {
				t.Fatalf("rating = %+v", r)
			}
		})
	}
}

// An unanswered question goes back to idle quietly and records nothing.
func TestQuestionTimesOut(t *testing.T) {
	st, clock := newStation(t)
	m, d := drive(t, st, "vi", 80, 24)
	finish(t, st, clock, 1, "hotich")
	d.Until("question", func(m Model) bool { return m.page == pageQuestion })
	d.Send(timeoutMsg{seq: m.seq - 1}) // a stale timer changes nothing
	if m.page != pageQuestion {
		t.Fatal("a stale timer ended the question")
	}
	timeout(d, m)
	d.Settle()
	if m.page != pageIdle || len(ratings(t, st)) != 0 {
		t.Fatalf("page %d, %d ratings after the timeout", m.page, len(ratings(t, st)))
	}
}

// Another counter's finished ticket is not asked here.
func TestOtherCounterIgnored(t *testing.T) {
	st, clock := newStation(t)
	m, d := drive(t, st, "vi", 80, 24)
	finish(t, st, clock, 2, "datdai")
	d.Settle()
	if m.page != pageIdle {
		t.Fatalf("page %d after counter 2 finished, want idle", m.page)
	}
}

// A touch on a drawn button does what its key does, at both sizes.
func TestClickFlow(t *testing.T) {
	for _, size := range tuitest.Sizes {
		t.Run(size.String(), func(t *testing.T) {
			st, clock := newStation(t)
			m, d := drive(t, st, "vi", size.W, size.H)
			finish(t, st, clock, 1, "hotich")
			d.Until("question", func(m Model) bool { return m.page == pageQuestion })
			click := func(label string) {
				t.Helper()
				lines := strings.Split(screen(*m), "\n")
				for y, l := range lines {
					if i := strings.Index(l, label); i >= 0 {
						x := len([]rune(l[:i]))
						d.Send(tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
						return
					}
				}
				t.Fatalf("%q not on screen:\n%s", label, screen(*m))
			}
			d.Send(tea.MouseClickMsg{X: 0, Y: 0, Button: tea.MouseLeft}) // the title: nothing
			if m.page != pageQuestion {
				t.Fatal("a touch on the title answered")
			}
			click("Không hài lòng")
			if m.page != pageReasons {
				t.Fatalf("page %d after touching Không hài lòng", m.page)
			}
			click("Hướng dẫn chưa rõ")
			d.Until("saved", func(m Model) bool { return !m.saving && len(ratings(t, st)) == 1 })
			if r := ratings(t, st)[0]; r.Level != queue.Unsatisfied || r.Reason != "unclear" {
				t.Fatalf("rating = %+v", r)
			}
		})
	}
}

// F2 switches the language live; idle brings the screen's own back.
func TestLanguageToggle(t *testing.T) {
	st, clock := newStation(t)
	m, d := drive(t, st, "vi", 80, 24)
	finish(t, st, clock, 1, "hotich")
	d.Until("question", func(m Model) bool { return m.page == pageQuestion })
	d.Press("f2")
	tuitest.LineWith(t, screen(*m), "Were you satisfied with our service?")
	d.Press("ctrl+l")
	tuitest.LineWith(t, screen(*m), "Quý vị có hài lòng")
	d.Press("f2", "1")
	tuitest.LineWith(t, screen(*m), "Thank you for your answer!")
	timeout(d, m)
	d.Settle()
	tuitest.LineWith(t, screen(*m), "Cảm ơn quý vị")
}

// Quit exits a standalone screen and goes back inside the launcher.
func TestQuit(t *testing.T) {
	st, _ := newStation(t)
	m := New(Options{Station: st, Counter: 1, Standalone: true})
	if _, cmd := m.Update(tuitest.Key("ctrl+c")); cmd == nil {
		t.Fatal("ctrl+c did nothing")
	} else if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("ctrl+c did not quit")
	}
	m = New(Options{Station: st, Counter: 1})
	if _, cmd := m.Update(tuitest.Key("ctrl+q")); cmd == nil {
		t.Fatal("ctrl+q did nothing")
	} else if _, ok := cmd().(common.GoBackMsg); !ok {
		t.Fatal("ctrl+q did not go back")
	}
}

// Below 80×24 the screen says so politely.
func TestTooSmall(t *testing.T) {
	st, _ := newStation(t)
	m, _ := drive(t, st, "vi", 60, 20)
	tuitest.CheckScreen(t, screen(*m), 60, 20)
	if strings.Contains(screen(*m), "Cảm ơn quý vị") {
		t.Errorf("idle page drawn at 60×20:\n%s", screen(*m))
	}
}

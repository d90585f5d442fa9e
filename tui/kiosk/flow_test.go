package kiosk

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
	"motcua/tui/tuitest"
)

func TestKeyFlowIssuesOneTicketWithServiceAndGroup(t *testing.T) {
	for _, c := range []struct {
		name, key2, service, group string
		key1                       string
	}{
		{"first service, pregnant", "2", "hotich", "pregnant", "1"},
		{"third service, no priority", "0", "datdai", "", "3"},
		{"fifth service, merit", "5", "kinhdoanh", "merit", "5"},
	} {
		t.Run(c.name, func(t *testing.T) {
			st, clock := newStation(t)
			morning(t, st, clock)
			d := newDriver(t, st, clock, Options{})
			before := len(tickets(t, st))
			d.Press(c.key1)
			if d.m.page != pagePriority || d.m.service != c.service {
				t.Fatalf("after %q: page %d service %q", c.key1, d.m.page, c.service)
			}
			clock.Advance(pageGuard)
			d.Press(c.key2)
			all := tickets(t, st)
			if len(all) != before+1 {
				t.Fatalf("%d tickets issued, want 1", len(all)-before)
			}
			got := all[len(all)-1]
			if got.Service != c.service || got.Priority != c.group {
				t.Fatalf("issued %s/%q, want %s/%q", got.Service, got.Priority, c.service, c.group)
			}
			if d.m.page != pageTicket || d.m.ticket.ID != got.ID {
				t.Fatalf("page %d showing %q, want the ticket page for %s", d.m.page, d.m.ticket.Display, got.Display)
			}
		})
	}
}

func TestDoublePressIssuesOneTicket(t *testing.T) {
	st, clock := newStation(t)
	morning(t, st, clock)
	d := newDriver(t, st, clock, Options{})
	before := len(tickets(t, st))

	// "1" twice on the start page: the second press lands on the priority
	// page within its guard and must not choose the first group.
	d.Press("1")
	d.Press("1")
	if d.m.page != pagePriority || d.m.issuing || len(tickets(t, st)) != before {
		t.Fatalf("second press acted: page %d issuing %v", d.m.page, d.m.issuing)
	}
	clock.Advance(pageGuard)

	// "0" twice while the first issue is still in flight.
	m, cmd := d.m.Update(tuitest.Key("0"))
	if cmd == nil || !m.(Model).issuing {
		t.Fatal("first press did not start an issue")
	}
	m, cmd2 := m.(Model).Update(tuitest.Key("0"))
	if cmd2 != nil {
		t.Fatal("second press while issuing produced a command")
	}
	_, click := m.(Model).Update(tea.MouseClickMsg{X: 40, Y: 20, Button: tea.MouseLeft})
	if click != nil {
		t.Fatal("a touch while issuing produced a command")
	}
	d.m = m.(Model)
	d.Run(cmd)
	if n := len(tickets(t, st)) - before; n != 1 {
		t.Fatalf("%d tickets issued, want 1", n)
	}

	// A third press right after the ticket appears is ignored too.
	d.Press("0")
	if d.m.page != pageTicket {
		t.Fatal("a press within the first second left the ticket page")
	}
	clock.Advance(ticketGuard)
	d.Press("0")
	if d.m.page != pageStart {
		t.Fatal("a key after the guard did not return to the start")
	}
	if n := len(tickets(t, st)) - before; n != 1 {
		t.Fatalf("%d tickets issued, want 1", n)
	}
}

func TestClickOnButtons(t *testing.T) {
	for _, size := range tuitest.Sizes {
		st, clock := newStation(t)
		d := newDriver(t, st, clock, Options{})
		d.Send(tea.WindowSizeMsg{Width: size.W, Height: size.H})

		// A touch on empty screen does nothing.
		d.Send(tea.MouseClickMsg{X: 0, Y: size.H - 2, Button: tea.MouseLeft})
		if d.m.page != pageStart {
			t.Fatal("a touch outside the buttons acted")
		}
		// The button's top border belongs to the button.
		x, y := d.find("Chứng thực")
		d.Send(tea.MouseClickMsg{X: x, Y: y - 1, Button: tea.MouseLeft})
		if d.m.page != pagePriority || d.m.service != "chungthuc" {
			t.Fatalf("%v: touch on Chứng thực: page %d service %q", size, d.m.page, d.m.service)
		}
		clock.Advance(pageGuard)
		d.click("Người khuyết tật")
		all := tickets(t, st)
		if len(all) != 1 || all[0].Service != "chungthuc" || all[0].Priority != "disabled" {
			t.Fatalf("%v: issued %+v", size, all)
		}
		// The language button.
		d.click("English")
		if d.m.Lang != i18n.EN || !strings.Contains(d.screen(), "Your number") {
			t.Fatalf("%v: English button did not switch:\n%s", size, d.screen())
		}
		clock.Advance(ticketGuard)
		d.Send(tea.MouseClickMsg{X: 1, Y: size.H / 2, Button: tea.MouseLeft})
		if d.m.page != pageStart || d.m.Lang != i18n.VI {
			t.Fatalf("%v: a touch on the ticket did not return to a Vietnamese start", size)
		}
		// The back button on the priority page.
		d.click("Hộ tịch")
		clock.Advance(pageGuard)
		d.click("Quay lại")
		if d.m.page != pageStart || len(tickets(t, st)) != 1 {
			t.Fatalf("%v: back button: page %d", size, d.m.page)
		}
	}
}

func TestTimeoutsReturnToStart(t *testing.T) {
	st, clock := newStation(t)
	d := newDriver(t, st, clock, Options{Idle: 20 * time.Second, TicketTimeout: 8 * time.Second})

	d.Press("2")
	clock.Advance(19 * time.Second)
	d.fire() // woke early: goes back to sleep
	if d.m.page != pagePriority {
		t.Fatal("priority question gave up before the idle time")
	}
	d.Press("x") // the citizen is still there: the idle time starts again
	clock.Advance(19 * time.Second)
	d.fire()
	if d.m.page != pagePriority {
		t.Fatal("a key press did not restart the idle time")
	}
	clock.Advance(2 * time.Second)
	d.fire()
	if d.m.page != pageStart {
		t.Fatal("priority question did not give up after the idle time")
	}

	d.Press("2")
	clock.Advance(pageGuard)
	d.Press("0")
	clock.Advance(7 * time.Second)
	d.fire()
	if d.m.page != pageTicket {
		t.Fatal("ticket left before its time")
	}
	clock.Advance(time.Second)
	d.fire()
	if d.m.page != pageStart {
		t.Fatal("ticket page did not return to the start")
	}

	// A timer of a page that is gone does nothing.
	d.Press("2")
	stale := d.m.timerSeq
	clock.Advance(pageGuard)
	d.Press("esc")
	d.Press("3")
	clock.Advance(time.Hour)
	d.Send(timerMsg{seq: stale})
	if d.m.page != pagePriority || d.m.service != "datdai" {
		t.Fatal("a stale timer acted")
	}
}

func TestDefaultsTimeouts(t *testing.T) {
	m := New(Options{})
	if m.opts.Idle != 30*time.Second || m.opts.TicketTimeout != 10*time.Second {
		t.Fatalf("defaults %v %v", m.opts.Idle, m.opts.TicketTimeout)
	}
}

func TestLanguageToggle(t *testing.T) {
	st, clock := newStation(t)
	d := newDriver(t, st, clock, Options{})
	if !strings.Contains(d.screen(), "Mời chọn lĩnh vực") {
		t.Fatalf("not Vietnamese by default:\n%s", d.screen())
	}
	d.Press("ctrl+l")
	if !strings.Contains(d.screen(), "Please choose a service") || !strings.Contains(d.screen(), "Civil status") {
		t.Fatalf("ctrl+l did not switch to English:\n%s", d.screen())
	}
	d.Press("f2")
	if !strings.Contains(d.screen(), "Mời chọn lĩnh vực") {
		t.Fatal("F2 did not switch back")
	}
	d.Press("f2")
	d.Press("1")
	if !strings.Contains(d.screen(), "Do you belong to a priority group?") {
		t.Fatal("language lost on the priority page")
	}
}

func TestStartPageShowsWaitingAndEstimates(t *testing.T) {
	st, clock := newStation(t)
	morning(t, st, clock)
	d := newDriver(t, st, clock, Options{})
	scr := d.screen()
	sn := d.m.snap
	counts := sn.WaitingCounts()
	for _, sv := range sn.Config.Services {
		line := tuitest.LineWith(t, scr, sv.NameVI)
		est := sn.EstimateNew(sv.Code, "")
		want := d.m.T("kiosk.status.closed", counts[sv.Code].Total())
		if est.Known {
			want = d.m.T("kiosk.status.wait", counts[sv.Code].Total(), d.m.duration(est.Wait))
			if est.Wait < time.Minute {
				want = d.m.T("kiosk.status.now", counts[sv.Code].Total())
			}
		}
		if !strings.Contains(line, want) {
			t.Errorf("%s: %q lacks %q", sv.Code, line, want)
		}
	}
	if !strings.Contains(tuitest.LineWith(t, scr, "Chính sách – Xã hội"), "chưa có quầy nào mở") {
		t.Error("a service without an open counter does not say so")
	}
	if !strings.Contains(tuitest.LineWith(t, scr, "Hộ tịch"), "Đang chờ: 3") {
		t.Error("waiting count of Hộ tịch wrong")
	}
}

func TestTooSmall(t *testing.T) {
	st, clock := newStation(t)
	d := newDriver(t, st, clock, Options{})
	d.Send(tea.WindowSizeMsg{Width: 70, Height: 20})
	if !strings.Contains(d.screen(), "Cửa sổ quá nhỏ") {
		t.Fatalf("no size message:\n%s", d.screen())
	}
	d.Press("1") // keys still work, the screen is just not readable
	d.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if strings.Contains(d.screen(), "Cửa sổ quá nhỏ") {
		t.Fatal("size message stayed after resizing")
	}
}

package kiosk

import (
	"context"
	"strings"
	"testing"
)

func TestCitizenCannotLeave(t *testing.T) {
	st, clock := newStation(t)
	d := newDriver(t, st, clock, Options{Standalone: true})
	for _, k := range []string{"ctrl+c", "q", "esc", "ctrl+d", "ctrl+z", "backspace", "enter"} {
		d.Press(k)
		if d.quit || d.back || d.m.page != pageStart {
			t.Fatalf("%s left the start page (quit %v, back %v, page %d)", k, d.quit, d.back, d.m.page)
		}
	}
	d.Press("1")
	d.Press("ctrl+c")
	if d.quit || d.m.page != pagePriority {
		t.Fatal("ctrl+c acted on the priority page")
	}
}

func TestAdminPIN(t *testing.T) {
	for _, standalone := range []bool{true, false} {
		st, clock := newStation(t)
		d := newDriver(t, st, clock, Options{Standalone: standalone})
		d.Press("ctrl+q")
		if d.m.page != pagePIN {
			t.Fatal("ctrl+q did not open the PIN prompt")
		}
		d.Type("1357")
		if scr := d.screen(); strings.Contains(scr, "1357") || !strings.Contains(scr, "****") {
			t.Fatalf("PIN not masked:\n%s", scr)
		}
		d.Press("enter")
		if d.quit || d.back || !strings.Contains(d.screen(), "Mã PIN không đúng.") {
			t.Fatalf("wrong PIN: quit %v back %v\n%s", d.quit, d.back, d.screen())
		}
		d.Type("2468")
		d.Press("enter") // ignored while the message shows
		if d.quit || d.back {
			t.Fatal("keys acted while the wrong-PIN message showed")
		}
		clock.Advance(wrongPINDelay)
		d.fire()
		if d.m.page != pageStart {
			t.Fatal("wrong-PIN message did not return to the start")
		}

		// The prompt gives up on its own.
		d.Press("ctrl+q")
		d.Type("24")
		clock.Advance(DefaultIdle)
		d.fire()
		if d.m.page != pageStart || d.m.pin != nil {
			t.Fatal("PIN prompt did not time out")
		}

		d.Press("ctrl+q")
		d.Type("2469")
		d.Press("backspace")
		d.Type("8")
		d.Press("enter")
		if standalone && !d.quit || !standalone && !d.back {
			t.Fatalf("right PIN (standalone %v): quit %v back %v", standalone, d.quit, d.back)
		}
		if standalone && d.back || !standalone && d.quit {
			t.Fatal("right PIN used the wrong way out")
		}
	}
}

func TestPINFromSettings(t *testing.T) {
	st, clock := newStation(t)
	if err := st.SetSetting(context.Background(), "kiosk.pin", "9090"); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, st, clock, Options{Standalone: true})
	d.Press("ctrl+q")
	d.Type("2468")
	d.Press("enter")
	if d.quit {
		t.Fatal("the demo PIN opened a kiosk whose PIN was changed")
	}
	clock.Advance(wrongPINDelay)
	d.fire()
	d.Press("ctrl+q")
	d.Type("9090")
	d.Press("enter")
	if !d.quit {
		t.Fatal("the configured PIN did not close the kiosk")
	}
}

package hall

import (
	"testing"
	"time"

	"motcua/assets/i18n"
	"motcua/queue/accounts"
)

func TestIdleClerkSessionsEnd(t *testing.T) {
	idle := 500 * time.Millisecond
	h := startHall(t, func(o *Options) { o.IdleTimeout = idle })
	h.add("an", accounts.RoleClerk, 1)
	h.add("binh", accounts.RoleClerk, 2)
	h.add("tv", accounts.RoleBoard, 0)
	quiet := h.open("an", "", false)
	busy := h.open("binh", "", false)
	board := h.open("tv", "", false)
	stop := time.Now().Add(4 * idle)
	for time.Now().Before(stop) {
		busy.press("?") // help: harmless, and a key press
		time.Sleep(idle / 5)
	}
	if _, ok := quiet.ended(0); !ok {
		t.Fatal("a clerk session without input outlived the idle timeout")
	}
	quiet.waitFor(i18n.T(i18n.VI, "hall.idle_ended", idle.Round(time.Second)), time.Second)
	for name, ts := range map[string]*termSession{"typing clerk": busy, "board": board} {
		if err, ended := ts.ended(0); ended {
			t.Errorf("the %s's session ended: %v", name, err)
		}
	}
	if _, held := h.srv.Leases().Holder(1); held {
		t.Error("the idle clerk's counter is still held")
	}
}

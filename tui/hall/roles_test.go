package hall

import (
	"errors"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"motcua/assets/i18n"
	"motcua/queue/accounts"
)

func TestRolesOpenOnlyTheirScreens(t *testing.T) {
	h := startHall(t, nil)
	h.add("kiosk1", accounts.RoleKiosk, 0)
	h.add("lan", accounts.RoleClerk, 0)
	h.add("tv", accounts.RoleBoard, 0)
	refusal := func(role, screen string) string {
		return i18n.T(i18n.VI, "hall.not_permitted", role, screen)
	}
	for _, c := range []struct{ user, command, want string }{
		{"kiosk1", "counter 2", refusal("kiosk", "counter")},
		{"kiosk1", "board", refusal("kiosk", "board")},
		{"lan", "settings", refusal("clerk", "settings")},
		{"lan", "admin", refusal("clerk", "admin")},
		{"lan", "kiosk", refusal("clerk", "kiosk")},
		{"tv", "counter 1", refusal("board", "counter")},
		{"tv", "rm -rf /", i18n.T(i18n.VI, "hall.bad_command", "rm -rf /")},
	} {
		t.Run(c.user+" "+c.command, func(t *testing.T) {
			ts := h.open(c.user, c.command, false)
			ts.t = t
			ts.waitFor(c.want, 5*time.Second)
			err, ok := ts.ended(5 * time.Second)
			var exit *gossh.ExitError
			if !ok || !errors.As(err, &exit) || exit.ExitStatus() != 1 {
				t.Errorf("session did not end with status 1: %v (ended %v)", err, ok)
			}
		})
	}
}

func TestEachRoleGetsItsScreen(t *testing.T) {
	h := startHall(t, nil)
	h.add("kiosk1", accounts.RoleKiosk, 0)
	h.add("tv", accounts.RoleBoard, 0)
	h.add("lan", accounts.RoleClerk, 2)
	h.add("rate2", accounts.RoleRating, 2)
	h.add("rate0", accounts.RoleRating, 0)
	h.add("boss", accounts.RoleAdmin, 0)
	for _, c := range []struct{ user, command, want string }{
		{"kiosk1", "", "Hộ tịch"},
		{"tv", "", "Đang chờ"},
		{"lan", "", "Quầy số 2"},
		{"rate2", "", i18n.T(i18n.VI, "rating.title", 2)},
		{"rate0", "rating 3", i18n.T(i18n.VI, "rating.title", 3)},
		{"boss", "", "Bảng hiển thị"},
		{"boss", "board", "Đang chờ"},
		{"lan", "counter 3", i18n.T(i18n.VI, "hall.not_your_counter", 3, 2)},
		{"rate0", "", i18n.T(i18n.VI, "hall.rating_needs_counter")},
		{"rate2", "rating 9", i18n.T(i18n.VI, "hall.not_your_counter", 9, 2)},
		{"boss", "counter 9", i18n.T(i18n.VI, "hall.no_such_counter", 9)},
		{"boss", "settings", i18n.T(i18n.VI, "settings.tab.policy")},
	} {
		t.Run(c.user+" "+c.command, func(t *testing.T) {
			ts := h.open(c.user, c.command, false)
			ts.t = t
			ts.waitFor(c.want, 5*time.Second)
			ts.client.Close()
		})
	}
}

func TestASessionWithoutPtyIsTold(t *testing.T) {
	h := startHall(t, nil)
	h.add("tv", accounts.RoleBoard, 0)
	ts := h.open("tv", "", true)
	ts.waitFor(i18n.T(i18n.VI, "hall.need_pty"), 5*time.Second)
	if _, ok := ts.ended(5 * time.Second); !ok {
		t.Fatal("session without a pty stayed open")
	}
}

func TestAScreenTheStationLacksIsRefused(t *testing.T) {
	h := startHall(t, func(o *Options) { o.Screens.Settings = Screen{} })
	h.add("boss", accounts.RoleAdmin, 0)
	ts := h.open("boss", "settings", false)
	ts.waitFor(i18n.T(i18n.VI, "hall.not_available", "settings"), 5*time.Second)
	if _, ok := ts.ended(5 * time.Second); !ok {
		t.Fatal("the session stayed open")
	}
}

package hall

import (
	"strconv"
	"strings"
	"testing"

	"motcua/queue/accounts"
)

func TestRequestsAndRoles(t *testing.T) {
	for _, c := range []struct {
		role    accounts.Role
		cmd     string
		screen  string
		counter int
		ok      bool
	}{
		{accounts.RoleKiosk, "", screenKiosk, 0, true},
		{accounts.RoleBoard, "", screenBoard, 0, true},
		{accounts.RoleClerk, "", screenCounter, 0, true},
		{accounts.RoleClerk, "counter 4", screenCounter, 4, true},
		{accounts.RoleRating, "rating 2", screenRating, 2, true},
		{accounts.RoleAdmin, "", screenAdmin, 0, true},
		{accounts.RoleAdmin, "settings", screenSettings, 0, true},
		{accounts.RoleAdmin, "counter 3", screenCounter, 3, true},
		{accounts.RoleKiosk, "counter 2", "", 0, false},
		{accounts.RoleClerk, "settings", "", 0, false},
		{accounts.RoleBoard, "kiosk", "", 0, false},
		{accounts.RoleRating, "counter 1", "", 0, false},
		{accounts.RoleClerk, "counter 0", "", 0, false},
		{accounts.RoleClerk, "counter -1", "", 0, false},
		{accounts.RoleClerk, "counter 1000", "", 0, false},
		{accounts.RoleClerk, "counter two", "", 0, false},
		{accounts.RoleClerk, "counter 1 2", "", 0, false},
		{accounts.RoleAdmin, "settings now", "", 0, false},
		{accounts.RoleAdmin, "shell", "", 0, false},
		{accounts.Role("guest"), "", "", 0, false},
	} {
		r, ok := parseRequest(strings.Fields(c.cmd))
		if ok {
			r, ok = permitted(c.role, r)
		}
		if ok != c.ok || (ok && (r.screen != c.screen || r.counter != c.counter)) {
			t.Errorf("%s asks %q: %+v %v, want %s %d %v", c.role, c.cmd, r, ok, c.screen, c.counter, c.ok)
		}
	}
}

// FuzzParseRequest: whatever a client sends as its command, a request
// the hall accepts names a known screen, and a counter only for counter
// and rating screens, within the accounts' range.
func FuzzParseRequest(f *testing.F) {
	for _, s := range []string{"", "counter 2", "rating 9", "settings", "counter", "counter 0", "counter 1000",
		"counter 2 3", "\x1b]0;x\x07", "board\x00", "counter +3", "counter 03", "counter 9999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, ok := parseRequest(strings.Fields(s))
		if !ok {
			return
		}
		if r.screen != "" && !screenNames[r.screen] {
			t.Fatalf("%q: unknown screen %q accepted", s, r.screen)
		}
		if r.counter != 0 {
			if r.screen != screenCounter && r.screen != screenRating {
				t.Fatalf("%q: a counter for %s", s, r.screen)
			}
			if r.counter < 1 || r.counter > accounts.MaxCounter {
				t.Fatalf("%q: counter %d out of range", s, r.counter)
			}
			if fs := strings.Fields(s); len(fs) != 2 || mustAtoi(fs[1]) != r.counter {
				t.Fatalf("%q: counter %d is not what was asked", s, r.counter)
			}
		}
		for _, role := range accounts.Roles() {
			if p, ok := permitted(role, r); ok && p.screen == "" {
				t.Fatalf("%q as %s: permitted without a screen", s, role)
			}
		}
	})
}

func mustAtoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

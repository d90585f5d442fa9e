package hall

import (
	"strconv"

	"motcua/queue/accounts"
)

// The screens a session can ask for, as the command of `ssh user@station
// COMMAND`: nothing (the role's own screen), kiosk, board, counter [N],
// rating [N], admin, settings.
const (
	screenKiosk    = "kiosk"
	screenBoard    = "board"
	screenCounter  = "counter"
	screenRating   = "rating"
	screenAdmin    = "admin"
	screenSettings = "settings"
)

// request is the screen a session asked for.
type request struct {
	screen  string
	counter int // 0: the account's own, or chosen
}

// roleScreens are the screens each role may open; the first is its own.
var roleScreens = map[accounts.Role][]string{
	accounts.RoleKiosk:  {screenKiosk},
	accounts.RoleBoard:  {screenBoard},
	accounts.RoleClerk:  {screenCounter},
	accounts.RoleRating: {screenRating},
	accounts.RoleAdmin:  {screenAdmin, screenSettings, screenCounter, screenKiosk, screenBoard, screenRating},
}

// parseRequest reads the session's command. ok is false for a command the
// hall does not know.
func parseRequest(cmd []string) (request, bool) {
	if len(cmd) == 0 {
		return request{}, true
	}
	r := request{screen: cmd[0]}
	switch {
	case len(cmd) == 1 && r.screen != "":
		if _, known := screenNames[r.screen]; known {
			return r, true
		}
	case len(cmd) == 2 && (r.screen == screenCounter || r.screen == screenRating):
		n, err := strconv.Atoi(cmd[1])
		if err == nil && n > 0 && n <= accounts.MaxCounter {
			r.counter = n
			return r, true
		}
	}
	return request{}, false
}

var screenNames = map[string]bool{screenKiosk: true, screenBoard: true, screenCounter: true,
	screenRating: true, screenAdmin: true, screenSettings: true}

// permitted resolves the request for a role: the role's own screen when
// none was asked for; false when the role may not open it.
func permitted(role accounts.Role, r request) (request, bool) {
	screens := roleScreens[role]
	if len(screens) == 0 {
		return r, false
	}
	if r.screen == "" {
		r.screen = screens[0]
		return r, true
	}
	for _, s := range screens {
		if s == r.screen {
			return r, true
		}
	}
	return r, false
}

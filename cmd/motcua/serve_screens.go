package main

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"motcua/tui/board"
	"motcua/tui/counter"
	"motcua/tui/hall"
	"motcua/tui/kiosk"
	"motcua/tui/launcher"
	"motcua/tui/rating"
	"motcua/tui/settings"
)

// Frame rates of the screens served over SSH, where one process draws the
// whole hall. A frame is drawn on the renderer's next tick, so the board's
// rate bounds how soon a call shows: at 60 a call reaches the board's
// terminal in about 20 ms (p95 under 50), at its local 15 up to 66 ms
// later. Every tick of every session wakes the server, though, and eight
// sessions at the local 30 kept it above 2 % CPU doing nothing; the
// counters (15: a key echoes within 70 ms, as over any network) and the
// kiosk (10: citizens press one big button at a time) run slower than
// locally. Measured with BenchmarkServeHall (docs/PERFORMANCE.md).
const (
	sshBoardFPS   = 60
	sshCounterFPS = 15
	sshKioskFPS   = 10
)

// hall gives the SSH hall the station's screens, built as the local
// subcommands build them. The board does not speak (its voice would sound
// at this PC, not at the TV) but rings the TV's terminal bell. An admin
// gets the launcher with the settings in its menu, or the settings alone
// with `ssh -t admin@station settings`.
func (k screenKit) hall() hall.Screens {
	k.announce, k.bell = "", true
	return hall.Screens{
		Kiosk: hall.Screen{FPS: sshKioskFPS, New: func(ctx context.Context, _ hall.Seat) (tea.Model, error) {
			opts := k.kiosk()
			opts.Context = ctx
			return kiosk.New(opts), nil
		}},
		Board: hall.Screen{FPS: sshBoardFPS, New: func(ctx context.Context, _ hall.Seat) (tea.Model, error) {
			opts := k.board()
			opts.Context = ctx
			return board.New(opts), nil
		}},
		Counter: hall.Screen{FPS: sshCounterFPS, New: func(ctx context.Context, s hall.Seat) (tea.Model, error) {
			opts, err := k.counter(ctx, s.Counter, clerkName(s))
			opts.Context = ctx
			return counter.New(opts), err
		}},
		Rating: hall.Screen{New: func(ctx context.Context, s hall.Seat) (tea.Model, error) {
			opts := k.rating(s.Counter, 0)
			opts.Context = ctx
			return rating.New(opts), nil
		}},
		Admin: hall.Screen{New: func(ctx context.Context, s hall.Seat) (tea.Model, error) {
			opts, err := k.launcher(ctx)
			opts.Context, opts.TakeCounter, opts.Settings = ctx, s.TakeCounter, true
			return launcher.New(opts), err
		}},
		Settings: hall.Screen{New: func(ctx context.Context, _ hall.Seat) (tea.Model, error) {
			return settings.New(settings.Options{Context: ctx, Station: k.st, Desk: k.desk, Lang: k.env.lang, Standalone: true}), nil
		}},
	}
}

// clerkName is the name a counter shows for the account at it.
func clerkName(s hall.Seat) string {
	if s.Account.FullName != "" {
		return s.Account.FullName
	}
	return s.Account.Name
}

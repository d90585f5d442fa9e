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
// whole hall. Bubble Tea draws a changed screen on its renderer's next
// tick, so the board's rate bounds how soon a call shows; but every tick of
// every session wakes the server, and on a small PC the wake-ups, not the
// drawing, are what an idle hall costs. With a kiosk, six counters and a
// board (BenchmarkServeHall, docs/PERFORMANCE.md): all at 5 frames a
// second, 1.3 % CPU idle but 190 ms from a call to the board; board 40 with
// counters and kiosk at 10, 1.5 – 2.3 %; board 40, counters 8, kiosk 5,
// 1.6 – 1.9 % with calls on the board in 38 – 45 ms (p95). A clerk's key
// then echoes within 125 ms, as over any remote terminal; a citizen's
// press on the kiosk's big buttons within 200 ms. The rating screens (one
// beside each counter, waiting all day) run as the kiosk, the admin's
// screens as a counter.
const (
	sshBoardFPS   = 40
	sshCounterFPS = 8
	sshKioskFPS   = 5
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
		Rating: hall.Screen{FPS: sshKioskFPS, New: func(ctx context.Context, s hall.Seat) (tea.Model, error) {
			opts := k.rating(s.Counter, 0)
			opts.Context = ctx
			return rating.New(opts), nil
		}},
		Admin: hall.Screen{FPS: sshCounterFPS, New: func(ctx context.Context, s hall.Seat) (tea.Model, error) {
			opts, err := k.launcher(ctx)
			opts.Context, opts.TakeCounter, opts.CounterHolder, opts.Settings = ctx, s.TakeCounter, s.CounterHolder, true
			return launcher.New(opts), err
		}},
		Settings: hall.Screen{FPS: sshCounterFPS, New: func(ctx context.Context, _ hall.Seat) (tea.Model, error) {
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

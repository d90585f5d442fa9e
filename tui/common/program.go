package common

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"
)

// FrameRate caps redraws per second for the screens people type on.
// Bubble Tea's default of 60 kept an idle counter near 1 % CPU on a
// two-core machine; 30 is smooth for typing and a ticking timer, and the
// first frame still comes within one short tick of start-up.
const FrameRate = 30

// Run runs a screen the way every motcua screen runs, until the user
// leaves it or ctx ends, at fps frames a second (0: FrameRate; the board,
// which nobody types on and which runs all day, uses fewer). It returns
// the final model. A program stopped because ctx ended is not a failure.
func Run(ctx context.Context, m tea.Model, fps int) (tea.Model, error) {
	if fps <= 0 {
		fps = FrameRate
	}
	final, err := tea.NewProgram(m, tea.WithContext(ctx), tea.WithFPS(fps)).Run()
	if err != nil && ctx.Err() != nil && errors.Is(err, tea.ErrProgramKilled) {
		return final, nil
	}
	return final, err
}

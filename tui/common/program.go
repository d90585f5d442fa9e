package common

import (
	"context"

	tea "charm.land/bubbletea/v2"
)

// FrameRate caps redraws per second for the screens people type on.
// Bubble Tea's default of 60 kept an idle counter near 1 % CPU on a
// two-core machine; 30 is smooth for typing and a ticking timer, and the
// first frame still comes within one short tick of start-up.
const FrameRate = 30

// NewProgram runs a screen the way every motcua screen runs.
func NewProgram(ctx context.Context, m tea.Model) *tea.Program {
	return NewProgramAt(ctx, m, FrameRate)
}

// NewProgramAt runs a screen at its own frame rate: the board, which
// nobody types on and which runs all day, uses fewer frames.
func NewProgramAt(ctx context.Context, m tea.Model, fps int) *tea.Program {
	return tea.NewProgram(m, tea.WithContext(ctx), tea.WithFPS(fps))
}

package hall

import tea "charm.land/bubbletea/v2"

// model builds the screen a seated session runs, and its frame rate. A
// clerk without a counter starts on the picker, which opens the counter
// screen once one is taken.
func (s *Server) model(ss *session) (tea.Model, int, error) {
	sc := s.screen(ss.screen)
	if ss.screen == screenCounter && ss.counter() == 0 {
		return newPicker(s, ss, sc), sc.FPS, nil
	}
	m, err := sc.New(ss.ctx, ss.seatCopy())
	return m, sc.FPS, err
}

// screen is the Screen of a screen name.
func (s *Server) screen(name string) Screen {
	sc := s.opts.Screens
	return map[string]Screen{screenKiosk: sc.Kiosk, screenBoard: sc.Board, screenCounter: sc.Counter,
		screenRating: sc.Rating, screenAdmin: sc.Admin, screenSettings: sc.Settings}[name]
}

func (ss *session) seatCopy() Seat {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	return ss.seat
}

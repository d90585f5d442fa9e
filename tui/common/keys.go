package common

import tea "charm.land/bubbletea/v2"

// keypad maps the numeric keypad's keys to digits: kiosks and rating
// stations often have a keypad instead of a keyboard.
var keypad = map[rune]int{
	tea.KeyKp0: 0, tea.KeyKp1: 1, tea.KeyKp2: 2, tea.KeyKp3: 3, tea.KeyKp4: 4,
	tea.KeyKp5: 5, tea.KeyKp6: 6, tea.KeyKp7: 7, tea.KeyKp8: 8, tea.KeyKp9: 9,
}

// Digit is the number key pressed (top row or keypad), or -1.
func Digit(msg tea.KeyPressMsg) int {
	if d, ok := keypad[msg.Code]; ok {
		return d
	}
	if msg.Mod == 0 && len(msg.Text) == 1 && msg.Text[0] >= '0' && msg.Text[0] <= '9' {
		return int(msg.Text[0] - '0')
	}
	return -1
}

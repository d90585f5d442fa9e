package tuitest

import "github.com/charmbracelet/x/ansi"

// csi applies a control sequence; those that only style or set modes
// are ignored, except entering the alternate screen, which clears it.
func (t *Terminal) csi(cmd ansi.Cmd, ps ansi.Params) {
	n := func(i, def int) int {
		v, _, _ := ps.Param(i, def)
		if v == 0 && def > 0 {
			return def
		}
		return v
	}
	if cmd.Prefix() == '?' {
		if (cmd.Final() == 'h' || cmd.Final() == 'l') && n(0, 0) == 1049 {
			t.erase(0, 0, t.w, t.h)
		}
		return
	}
	if cmd.Prefix() != 0 || cmd.Intermediate() != 0 {
		return
	}
	switch cmd.Final() {
	case 'H', 'f':
		t.y, t.x = n(0, 1)-1, n(1, 1)-1
	case 'A':
		t.y -= n(0, 1)
	case 'B', 'e':
		t.y += n(0, 1)
	case 'C', 'a':
		t.x += n(0, 1)
	case 'D':
		t.x = min(t.x, t.w-1) - n(0, 1)
	case 'E':
		t.y, t.x = t.y+n(0, 1), 0
	case 'F':
		t.y, t.x = t.y-n(0, 1), 0
	case 'G', '`':
		t.x = n(0, 1) - 1
	case 'd':
		t.y = n(0, 1) - 1
	case 'I':
		t.x = (t.x/8 + n(0, 1)) * 8
	case 'Z':
		t.x = (t.x/8 - n(0, 1) + 1) * 8
	case 'J':
		t.eraseDisplay(n(0, 0))
	case 'K':
		t.eraseLine(n(0, 0))
	case 'X':
		t.erase(t.x, t.y, t.x+n(0, 1), t.y+1)
	case '@':
		t.shiftLine(n(0, 1))
	case 'P':
		t.shiftLine(-n(0, 1))
	case 'L':
		t.lines(n(0, 1))
	case 'M':
		t.lines(-n(0, 1))
	case 'S':
		t.scroll(n(0, 1))
	case 'T':
		t.scroll(-n(0, 1))
	case 'b':
		for i := n(0, 1); i > 0; i-- {
			t.print([]rune{t.last}, 1)
		}
	}
	t.x = min(max(t.x, 0), t.w-1)
	t.y = min(max(t.y, 0), t.h-1)
}

func (t *Terminal) eraseDisplay(mode int) {
	switch mode {
	case 0:
		t.erase(t.x, t.y, t.w, t.y+1)
		t.erase(0, t.y+1, t.w, t.h)
	case 1:
		t.erase(0, 0, t.w, t.y)
		t.erase(0, t.y, t.x+1, t.y+1)
	default:
		t.erase(0, 0, t.w, t.h)
	}
}

func (t *Terminal) eraseLine(mode int) {
	switch mode {
	case 0:
		t.erase(t.x, t.y, t.w, t.y+1)
	case 1:
		t.erase(0, t.y, t.x+1, t.y+1)
	default:
		t.erase(0, t.y, t.w, t.y+1)
	}
}

// shiftLine inserts n blanks at the cursor (deletes n cells when n < 0).
func (t *Terminal) shiftLine(n int) {
	row := t.cells[t.y]
	x := min(t.x, t.w-1)
	if n > 0 {
		n = min(n, t.w-x)
		copy(row[x+n:], row[x:t.w-n])
		t.erase(x, t.y, x+n, t.y+1)
		return
	}
	n = min(-n, t.w-x)
	copy(row[x:], row[x+n:])
	t.erase(t.w-n, t.y, t.w, t.y+1)
}

// lines inserts n blank lines at the cursor's row (deletes when n < 0).
func (t *Terminal) lines(n int) {
	y := t.y
	if n > 0 {
		n = min(n, t.h-y)
		copy(t.cells[y+n:], t.cells[y:t.h-n])
		for i := y; i < y+n; i++ {
			t.cells[i] = nil
		}
		t.erase(0, y, t.w, y+n)
		return
	}
	n = min(-n, t.h-y)
	copy(t.cells[y:], t.cells[y+n:])
	for i := t.h - n; i < t.h; i++ {
		t.cells[i] = nil
	}
	t.erase(0, t.h-n, t.w, t.h)
}

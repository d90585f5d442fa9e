package tuitest

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Terminal is a small terminal emulator for tests that read a program's
// raw output (an SSH session, a child process): it keeps the text on a
// w×h grid and follows the cursor moves, erases, insertions and scrolls a
// Bubble Tea renderer sends, ignoring colours and modes. It is an
// io.Writer safe for use from several goroutines; Screen reads the grid.
type Terminal struct {
	mu    sync.Mutex
	w, h  int
	cells [][]rune
	x, y  int
	saved [2]int
	last  rune
	raw   []byte
	rest  []byte // an unfinished sequence, waiting for its end
	p     *ansi.Parser
}

// NewTerminal returns an empty w×h terminal.
func NewTerminal(w, h int) *Terminal {
	t := &Terminal{w: w, h: h, p: ansi.NewParser()}
	t.cells = make([][]rune, h)
	t.erase(0, 0, w, h)
	return t
}

// Raw returns every byte written so far.
func (t *Terminal) Raw() []byte {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]byte(nil), t.raw...)
}

// Screen returns the grid as lines with trailing spaces removed.
func (t *Terminal) Screen() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	lines := make([]string, t.h)
	for i, row := range t.cells {
		var b strings.Builder
		for _, r := range row {
			if r != 0 { // 0: the right half of a wide character
				b.WriteRune(r)
			}
		}
		lines[i] = strings.TrimRight(b.String(), " ")
	}
	return strings.Join(lines, "\n")
}

// Write feeds output to the terminal.
func (t *Terminal) Write(b []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.raw = append(t.raw, b...)
	in := append(t.rest, b...)
	for len(in) > 0 {
		if in[0] >= utf8.RuneSelf && !utf8.FullRune(in) {
			break
		}
		seq, width, n, state := ansi.DecodeSequence(in, ansi.NormalState, t.p)
		if n == len(in) && state != ansi.NormalState {
			break
		}
		t.apply(seq, width)
		in = in[n:]
	}
	t.rest = append([]byte(nil), in...)
	return len(b), nil
}

func (t *Terminal) apply(seq []byte, width int) {
	switch {
	case width > 0:
		t.print([]rune(string(seq)), width)
	case len(seq) == 1:
		t.control(seq[0])
	case ansi.HasCsiPrefix(seq):
		t.csi(ansi.Cmd(t.p.Command()), t.p.Params())
	case len(seq) == 2 && seq[0] == ansi.ESC:
		switch seq[1] {
		case '7':
			t.saved = [2]int{t.x, t.y}
		case '8':
			t.x, t.y = t.saved[0], t.saved[1]
		case 'M':
			if t.y == 0 {
				t.scroll(-1)
			} else {
				t.y--
			}
		case 'D':
			t.lineFeed()
		}
	}
}

func (t *Terminal) print(rs []rune, width int) {
	if t.x+width > t.w {
		t.x = 0
		t.lineFeed()
	}
	t.cells[t.y][t.x] = rs[0]
	for i := 1; i < width && t.x+i < t.w; i++ {
		t.cells[t.y][t.x+i] = 0
	}
	t.last = rs[0]
	t.x += width // at t.w: the next print wraps
}

func (t *Terminal) control(c byte) {
	switch c {
	case '\r':
		t.x = 0
	case '\n', '\v', '\f':
		t.lineFeed()
	case '\b':
		t.x = max(t.x-1, 0)
	case '\t':
		t.x = min((t.x/8+1)*8, t.w-1)
	}
}

func (t *Terminal) lineFeed() {
	if t.y == t.h-1 {
		t.scroll(1)
		return
	}
	t.y++
}

// scroll moves the lines up n (down when n < 0), blanking the new ones.
func (t *Terminal) scroll(n int) {
	for ; n > 0; n-- {
		copy(t.cells, t.cells[1:])
		t.cells[t.h-1] = nil
		t.erase(0, t.h-1, t.w, t.h)
	}
	for ; n < 0; n++ {
		copy(t.cells[1:], t.cells[:t.h-1])
		t.cells[0] = nil
		t.erase(0, 0, t.w, 1)
	}
}

// erase blanks columns x0.. of row y0, whole rows y0+1..y1-1 and, when
// y1 > y0+1, nothing else: callers pass whole rows or one row's span.
func (t *Terminal) erase(x0, y0, x1, y1 int) {
	for y := y0; y < y1 && y < t.h; y++ {
		if t.cells[y] == nil {
			t.cells[y] = make([]rune, t.w)
		}
		from, to := 0, t.w
		if y == y0 {
			from = x0
		}
		if y == y1-1 && x1 < t.w {
			to = x1
		}
		for x := max(from, 0); x < to; x++ {
			t.cells[y][x] = ' '
		}
	}
}

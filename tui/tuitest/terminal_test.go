package tuitest

import (
	"strings"
	"testing"
)

func TestTerminalFollowsTheRenderer(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"text and newlines", "ab\r\ncd", "ab\ncd"},
		{"cursor position", "\x1b[2;3Hx", "\n  x"},
		{"moves", "abc\x1b[2Dz\x1b[Bq", "azc\n  q"},
		{"erase line", "abcdef\x1b[3G\x1b[K", "ab"},
		{"erase display", "ab\r\ncd\x1b[2J", ""},
		{"insert and delete", "abcd\x1b[2G\x1b[2@\x1b[4G\x1b[1P", "a  cd"},
		{"repeat", "x\x1b[3b", "xxxx"},
		{"wide character", "番x", "番x"},
		{"vietnamese", "Quầy 1", "Quầy 1"},
		{"colours ignored", "\x1b[31mred\x1b[0m", "red"},
		{"osc ignored", "\x1b]0;title\x07ok", "ok"},
		{"scroll", "1\r\n2\r\n3\r\n4", "2\n3\n4"},
		{"split sequence", "\x1b[2", "" /* then ;1H below */},
	} {
		t.Run(c.name, func(t *testing.T) {
			term := NewTerminal(10, 3)
			term.Write([]byte(c.in))
			if got := strings.TrimRight(term.Screen(), "\n"); got != c.want {
				t.Errorf("screen %q, want %q", got, c.want)
			}
		})
	}
	term := NewTerminal(10, 3)
	term.Write([]byte("\x1b[2"))
	term.Write([]byte(";2Hy\xe1\xba"))
	term.Write([]byte("\xa7"))
	if got := term.Screen(); got != "\n yầ\n" {
		t.Errorf("split writes: %q", got)
	}
}

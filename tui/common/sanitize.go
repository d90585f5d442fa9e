package common

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/norm"
)

// Sanitize makes text that came from a person (a clerk's name, a reason, the
// notice line) safe to draw: escape sequences are removed, so nobody can
// move another user's cursor or retitle their terminal, control characters
// become spaces, and the text is NFC so marks stay on their letters.
func Sanitize(s string) string {
	s = ansi.Strip(s)
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case unicode.IsControl(r), r == '\u200e', r == '\u200f', r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
			return -1 // C0/C1 controls and bidi overrides
		}
		return r
	}, s)
	return norm.NFC.String(s)
}

package intake

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Length caps of the fields, in characters. Longer input is cut, never
// rejected: a citizen's address pasted twice must not block the counter.
const (
	MaxName         = 100
	MaxAddress      = 250
	MaxEmail        = 254
	MaxPhoneInput   = 32 // before normalising: room for "+84 " and dots
	MaxIDInput      = 32
	MaxNote         = 1000
	MaxReason       = 500
	MaxDocumentName = 300
	MaxClerk        = 100
	MaxKey          = 100
	MaxScan         = 1000 // a chip-card QR scan
)

// Clean makes one line of user input safe to store and draw: invalid UTF-8,
// terminal escape sequences (CSI, OSC, DCS and the other ESC and C1 forms),
// control and invisible format characters (bidi overrides, zero-width
// spaces) are removed; line breaks and other spaces become one space; the
// text is normalised to NFC, trimmed and cut to max characters (max <= 0:
// no cap) at a character boundary, so a letter is never split from its
// marks. Clean is idempotent.
func Clean(s string, max int) string {
	s = norm.NFC.String(strip(s, false))
	s = collapseSpaces(s)
	return cut(s, max)
}

// CleanText is Clean for multi-line text (notes, reasons): line breaks are
// kept (CR LF and CR become LF), each line is trimmed, and runs of empty
// lines become one.
func CleanText(s string, max int) string {
	s = norm.NFC.String(strip(s, true))
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := true // drops leading empty lines
	for _, l := range lines {
		l = collapseSpaces(l)
		if l == "" {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		out = append(out, l)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return cut(strings.Join(out, "\n"), max)
}

// strip removes escape sequences, controls and format characters. Line
// breaks become '\n' when keepLines, else spaces; tabs become spaces.
func strip(s string, keepLines bool) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			i++ // invalid byte
			continue
		}
		switch {
		case r == 0x1b: // ESC
			i = skipEscape(s, i+size)
			continue
		case r == 0x9b: // C1 CSI
			i = skipCSI(s, i+size)
			continue
		case r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f: // C1 DCS, SOS, OSC, PM, APC
			i = skipString(s, i+size)
			continue
		case r == '\r':
			if keepLines {
				if strings.HasPrefix(s[i+size:], "\n") {
					size++
				}
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		case r == '\n' || r == '\u2028' || r == '\u2029' || r == '\v' || r == '\f' || r == 0x85:
			if keepLines {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		case r == '\t':
			b.WriteByte(' ')
		case unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r):
			// dropped: NUL, BEL, DEL, C1, bidi overrides, zero-width…
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// skipEscape skips what follows an ESC at i and returns where text resumes.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch c := s[i]; {
	case c == '[':
		return skipCSI(s, i+1)
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
		return skipString(s, i+1)
	case c >= 0x20 && c <= 0x2f: // intermediates, then a final byte: ESC ( B
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
			i++
		}
		return i
	case c >= 0x30 && c <= 0x7e: // two-character sequence: ESC 7, ESC c
		return i + 1
	}
	return i // a lone ESC
}

// skipCSI skips a control sequence's parameters, intermediates and final
// byte. A sequence broken by a non-ASCII byte ends there.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipString skips an OSC/DCS/SOS/PM/APC string up to and including its
// terminator (BEL, ESC \ or C1 ST), or to the end of the input.
func skipString(s string, i int) int {
	for i < len(s) {
		if s[i] == 0x07 {
			return i + 1
		}
		if s[i] == 0x1b {
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i // an unterminated string ends where the next sequence starts
		}
		if strings.HasPrefix(s[i:], "\u009c") {
			return i + len("\u009c")
		}
		i++
	}
	return i
}

// collapseSpaces turns every run of Unicode spaces into one ASCII space
// and trims both ends.
func collapseSpaces(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// cut shortens s to at most max characters, backing off to the start of a
// character (a base letter with its combining marks), and trims a space
// left at the end.
func cut(s string, max int) string {
	if max <= 0 || utf8.RuneCountInString(s) <= max {
		return s
	}
	end, n := 0, 0
	for end < len(s) && n < max {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
		n++
	}
	for end > 0 && !norm.NFC.PropertiesString(s[end:]).BoundaryBefore() {
		_, size := utf8.DecodeLastRuneInString(s[:end])
		end -= size
	}
	return strings.TrimRightFunc(s[:end], unicode.IsSpace)
}

package queue

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The checks of what an admin types on the settings screen (or gives to
// `motcua settings set`): each returns the value as it will be stored
// (trimmed, NFC) or a *SetupError whose sentence the screen shows.

// Caps of the configuration's text.
const (
	MaxCodeLen     = 32  // service and priority group codes
	MaxNameLen     = 100 // names of services, groups and clerks
	MaxNoticeLen   = 500 // the board's notice line
	MaxSettingLen  = 500 // any other setting
	MaxServiceMins = 240 // default service minutes
	MaxCounter     = 99  // counter numbers run from 1 to MaxCounter
)

// SetupError says what is wrong with a value of the configuration, as a
// key of the translation table and its arguments. It matches
// ErrInvalidSettings.
type SetupError struct {
	Key  string // e.g. "settings.err.prefix"
	Args []any
}

func (e *SetupError) Error() string {
	return fmt.Sprintf("%v: %s %v", ErrInvalidSettings, e.Key, e.Args)
}

// Is makes errors.Is(err, ErrInvalidSettings) hold.
func (e *SetupError) Is(target error) bool { return target == ErrInvalidSettings }

func setupErr(key string, args ...any) *SetupError { return &SetupError{Key: key, Args: args} }

// CheckPrefix reads a service's prefix letter: one letter A–Z (a lower
// case letter is taken as its capital).
func CheckPrefix(s string) (string, error) {
	p := strings.ToUpper(strings.TrimSpace(s))
	if len(p) != 1 || p[0] < 'A' || p[0] > 'Z' {
		return "", setupErr("settings.err.prefix", s)
	}
	return p, nil
}

// CheckCode reads a service or priority group code: 1 to MaxCodeLen
// characters of a–z, 0–9 and '_' (capitals are lowered). Codes are kept
// in tickets and reports and never change.
func CheckCode(s string) (string, error) {
	c := strings.ToLower(strings.TrimSpace(s))
	if c == "" || len(c) > MaxCodeLen {
		return "", setupErr("settings.err.code", s)
	}
	for _, r := range c {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') {
			return "", setupErr("settings.err.code", s)
		}
	}
	return c, nil
}

// CheckName reads a name shown to citizens or clerks: required, at most
// MaxNameLen characters, no control or invisible characters.
func CheckName(s string) (string, error) {
	return checkText(s, MaxNameLen, true)
}

// CheckNotice reads the board's notice line: may be empty (no notice),
// at most MaxNoticeLen characters, one line.
func CheckNotice(s string) (string, error) {
	return checkText(s, MaxNoticeLen, false)
}

// checkText trims and normalises s to NFC and refuses what cannot be drawn
// safely on every terminal: escape and control characters, bidi overrides,
// invalid UTF-8, text longer than max characters.
func checkText(s string, max int, required bool) (string, error) {
	if !utf8.ValidString(s) {
		return "", setupErr("settings.err.text_chars")
	}
	t := strings.TrimSpace(norm.NFC.String(s))
	for _, r := range t {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return "", setupErr("settings.err.text_chars")
		}
	}
	if required && t == "" {
		return "", setupErr("settings.err.name_required")
	}
	if n := utf8.RuneCountInString(t); n > max {
		return "", setupErr("settings.err.text_long", max, n)
	}
	return t, nil
}

// CheckNumber reads a whole number from min to max.
func CheckNumber(s string, min, max int) (int, error) {
	s = strings.TrimSpace(s)
	v, err := parseSmallInt(s)
	if err != nil || v < min || v > max {
		return 0, setupErr("settings.err.number", s, min, max)
	}
	return v, nil
}

// parseSmallInt reads up to six decimal digits, nothing else (no sign, no
// spaces inside), so "1e3" or "0x10" never pass as numbers.
func parseSmallInt(s string) (int, error) {
	if s == "" || len(s) > 6 {
		return 0, ErrInvalidSettings
	}
	v := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, ErrInvalidSettings
		}
		v = v*10 + int(r-'0')
	}
	return v, nil
}

package accounts

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// MaxNameLen and MaxFullNameLen bound what a name may be.
const (
	MaxNameLen     = 32 // bytes; names are ASCII
	MaxFullNameLen = 80 // characters
)

// ValidateName checks an account name: 1 to 32 of a-z, 0-9, '.', '_', '-',
// starting with a letter. Such a name is safe as an SSH user name, in a
// terminal and in a file name.
func ValidateName(name string) error {
	if name == "" || len(name) > MaxNameLen {
		return fmt.Errorf("name %q: must have 1 to %d characters: %w", name, MaxNameLen, ErrInvalidName)
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z':
		case i > 0 && (c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-'):
		default:
			return fmt.Errorf("name %q: only a-z, 0-9, '.', '_', '-', starting with a letter: %w", name, ErrInvalidName)
		}
	}
	return nil
}

// CleanFullName trims a person's full name and checks it: valid UTF-8, no
// control or format characters, at most 80 characters; it comes back in
// NFC with single spaces. An empty full name is allowed.
func CleanFullName(full string) (string, error) {
	if !utf8.ValidString(full) {
		return "", fmt.Errorf("full name: not valid text: %w", ErrInvalidFullName)
	}
	full = norm.NFC.String(strings.TrimSpace(full))
	if utf8.RuneCountInString(full) > MaxFullNameLen {
		return "", fmt.Errorf("full name: more than %d characters: %w", MaxFullNameLen, ErrInvalidFullName)
	}
	for _, r := range full {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError {
			return "", fmt.Errorf("full name: control character %U: %w", r, ErrInvalidFullName)
		}
	}
	return strings.Join(strings.Fields(full), " "), nil
}

// Package i18n is motcua's translation table: every sentence a citizen, a
// clerk or district staff reads comes from here, Vietnamese first, English
// second. Keys are dotted names ("kiosk.pick_service"); a missing key shows
// as "!key" so that it is seen in tests and never silently blank.
package i18n

import (
	"fmt"

	"golang.org/x/text/unicode/norm"
)

// Lang is a display language.
type Lang int

// The languages of the table, in column order.
const (
	VI Lang = iota
	EN
)

// Toggle switches between Vietnamese and English.
func (l Lang) Toggle() Lang {
	if l == VI {
		return EN
	}
	return VI
}

// Code is the language's ISO 639-1 code.
func (l Lang) Code() string {
	if l == EN {
		return "en"
	}
	return "vi"
}

// T returns the sentence for key in lang, formatted with args as by
// fmt.Sprintf, and normalised to NFC.
func T(lang Lang, key string, args ...any) string {
	row, ok := messages[key]
	if !ok {
		return "!" + key
	}
	s := row[VI]
	if lang == EN && row[EN] != "" {
		s = row[EN]
	}
	if len(args) > 0 {
		s = fmt.Sprintf(s, args...)
	}
	return norm.NFC.String(s)
}

// Has reports whether key is in the table.
func Has(key string) bool {
	_, ok := messages[key]
	return ok
}

// Keys lists every key of the table (for tests).
func Keys() []string {
	out := make([]string, 0, len(messages))
	for k := range messages {
		out = append(out, k)
	}
	return out
}

// messages is filled by the messages_*.go files, one per area of the
// application, so that each screen's sentences sit together.
var messages = map[string][2]string{}

// register adds a block of sentences; a key defined twice is a programming
// error caught by every test run.
func register(block map[string][2]string) {
	for k, v := range block {
		if _, dup := messages[k]; dup {
			panic("i18n: key defined twice: " + k)
		}
		messages[k] = v
	}
}

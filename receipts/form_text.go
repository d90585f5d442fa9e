package receipts

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"motcua/assets/i18n"
	"motcua/store"
)

// The legal forms (Mẫu 01–04) are always printed in Vietnamese: they are
// administrative documents, whatever language the clerk's screen shows.
// Their sentences still live in the translation table (the English column
// serves a preview or a foreign applicant's explanation), and are taken
// from it with vi.
func vi(key string, args ...any) string { return i18n.T(i18n.VI, key, args...) }

// maxField caps one field of a form: a name or an address pasted by
// mistake with a whole page behind it must not push the form to twenty
// pages.
const maxField = 2000

// clean makes a field printable: NFC, no control characters or terminal
// escape sequences, no runs of blanks, trimmed, capped. keepLines keeps
// line breaks for the multi-line fields (reasons, lists).
func clean(s string, keepLines bool) string {
	s = nfc(stripEscapes(s))
	var b strings.Builder
	blank := false
	for _, r := range s {
		switch {
		case r == '\n' && keepLines:
			b.WriteRune('\n')
			blank = false
			continue
		case r == '\r':
			continue
		case r == '\t' || r == '\n' || r == ' ':
			r = ' '
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029':
			// Controls, and invisible format characters (zero-width
			// spaces, direction marks, BOM) that would print as nothing
			// or as a box.
			continue
		}
		if r == ' ' {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		b.WriteRune(r)
	}
	out := b.String()
	if keepLines {
		lines := strings.Split(out, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimSpace(l)
		}
		out = strings.Join(lines, "\n")
	}
	out = strings.TrimSpace(out)
	if len(out) > maxField {
		cut := maxField
		for cut > 0 && !utf8.RuneStart(out[cut]) {
			cut--
		}
		out = out[:cut] + "…"
	}
	return out
}

// stripEscapes removes ANSI/VT escape sequences (CSI, OSC and two-byte
// ESC sequences), which a scanner or a paste from a terminal can carry.
func stripEscapes(s string) string {
	if !strings.ContainsAny(s, "\x1b\u009b\u009d") {
		return s
	}
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == 0x1b && i+1 < len(rs) && rs[i+1] == '[', r == 0x9b:
			if r == 0x1b {
				i++
			}
			for i+1 < len(rs) && !(rs[i+1] >= 0x40 && rs[i+1] <= 0x7e) {
				i++
			}
			i++ // the final byte
		case r == 0x1b && i+1 < len(rs) && rs[i+1] == ']', r == 0x9d:
			// OSC runs to BEL or ESC \.
			for i+1 < len(rs) && rs[i+1] != 0x07 && !(rs[i+1] == 0x1b && i+2 < len(rs) && rs[i+2] == '\\') {
				i++
			}
			if i+1 < len(rs) && rs[i+1] == 0x1b {
				i++
			}
			i++
		case r == 0x1b:
			i++ // ESC and the one character it introduces
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// FormatLegalDate writes the date of a Vietnamese administrative document,
// "ngày 05 tháng 3 năm 2026": Decree 30/2020/NĐ-CP pads days below 10 and
// the months January and February with a zero, and no other month.
func FormatLegalDate(t time.Time) string {
	t = t.In(store.Local)
	day := strconv.Itoa(t.Day())
	if t.Day() < 10 {
		day = "0" + day
	}
	month := strconv.Itoa(int(t.Month()))
	if t.Month() <= time.February {
		month = "0" + month
	}
	return vi("receipts.form.date", day, month, t.Year())
}

// FormatPlaceDate is the place-and-date line under the national motto:
// "Tân Hòa, ngày 23 tháng 11 năm 2026".
func FormatPlaceDate(place string, t time.Time) string {
	if place == "" {
		return FormatLegalDate(t)
	}
	return vi("receipts.form.place_date", place, FormatLegalDate(t))
}

// FormatLegalTime writes a moment as the forms print it, "08 giờ 05
// phút, ngày 23 tháng 11 năm 2026", in Vietnam time (the pattern of Mẫu
// 01: HH giờ mm phút, ngày dd tháng mm năm yyyy).
func FormatLegalTime(t time.Time) string {
	t = t.In(store.Local)
	return vi("receipts.form.time", t.Hour(), t.Minute(), t.Day(), int(t.Month()), t.Year())
}

// FormatVND writes an amount of đồng with dots between thousands, as
// Vietnamese documents do: 1250000 → "1.250.000".
func FormatVND(n int64) string {
	neg := n < 0
	if neg {
		n = -n
	}
	digits := strconv.FormatInt(n, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(d)
	}
	return b.String()
}

// upper capitalises a header line; Go's case mapping covers every
// Vietnamese letter (ạ → Ạ, ư → Ư, đ → Đ).
func upper(s string) string { return strings.ToUpper(s) }

// dots stands for a value to be written by hand.
const dots = "……"

// orDots returns s, or dots when s is empty.
func orDots(s string) string {
	if s == "" {
		return dots
	}
	return s
}

// nobreak joins the words of s with no-break spaces so that a date or a
// name is never split over two lines of a form. Only the layout uses it:
// the Format functions return plain spaces.
func nobreak(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") }

// timeUnbroken is FormatLegalTime for a form: the hour and the date may
// go on separate lines, but neither is split.
func timeUnbroken(t time.Time) string {
	hour, date, ok := strings.Cut(FormatLegalTime(t), ", ")
	if !ok {
		return nobreak(hour)
	}
	return nobreak(hour) + ", " + nobreak(date)
}

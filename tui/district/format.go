package district

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/hub"
	"motcua/store"
	"motcua/tui/common"
)

// ago says how long ago t was, the way people say it ("5 phút trước").
func ago(c common.Common, now, t time.Time) string {
	if t.IsZero() {
		return c.T("district.never")
	}
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return c.T("district.ago.now")
	case d < time.Hour:
		return c.T("district.ago.min", int(d/time.Minute))
	case d < 48*time.Hour:
		return c.T("district.ago.hour", int(d/time.Hour))
	}
	return c.T("district.ago.day", int(d/(24*time.Hour)))
}

// offset writes a clock offset with its sign, in the largest whole unit.
func offset(c common.Common, s hub.StationStatus) string {
	if !s.ClockKnown {
		return c.T("district.unknown")
	}
	d := s.ClockOffset
	abs := max(d, -d)
	switch {
	case abs < time.Minute:
		return c.T("district.off.sec", int(d/time.Second))
	case abs < time.Hour:
		return c.T("district.off.min", int(d/time.Minute))
	}
	return c.T("district.off.hour", int(d/time.Hour))
}

// backlog writes what the station still has to send ("?" when unknown).
func backlog(c common.Common, s hub.StationStatus) string {
	if s.Backlog < 0 {
		return c.T("district.unknown")
	}
	return fmt.Sprint(s.Backlog)
}

// late writes how late an overdue dossier is.
func late(c common.Common, d time.Duration) string {
	if d >= 24*time.Hour {
		return c.T("district.late.days", int(d/(24*time.Hour)))
	}
	return c.T("district.late.hours", max(int(d/time.Hour), 1))
}

// ranges writes missing seq ranges compactly ("5–9, 12"), at most n.
func ranges(rs []hub.SeqRange, n int) string {
	var parts []string
	for i, r := range rs {
		if i == n {
			parts = append(parts, "…")
			break
		}
		if r.First == r.Last {
			parts = append(parts, fmt.Sprint(r.First))
		} else {
			parts = append(parts, fmt.Sprintf("%d–%d", r.First, r.Last))
		}
	}
	return strings.Join(parts, ", ")
}

// dateTime writes t in Vietnam time, short.
func dateTime(t time.Time) string { return t.In(store.Local).Format("02/01 15:04") }

// fit pads or cuts s (which may hold styles) to exactly w cells.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if lipgloss.Width(s) > w {
		return ansi.Truncate(s, w, "…")
	}
	return s + strings.Repeat(" ", w-lipgloss.Width(s))
}

// fitRight right-aligns s in w cells.
func fitRight(s string, w int) string {
	if lipgloss.Width(s) >= w {
		return fit(s, w)
	}
	return strings.Repeat(" ", w-lipgloss.Width(s)) + s
}

package district

import (
	"sort"
	"time"

	"motcua/hub"
)

// Thresholds of the warnings, from the issue: a commune not heard from for a
// day is chased by phone; a clock more than 5 minutes off makes the
// station's times (appointments, waiting times) wrong.
const (
	SilentAfter  = 24 * time.Hour
	ClockOffOver = 5 * time.Minute
)

// Flags are the warnings of one commune's row.
type Flags struct {
	Silent   bool // no contact for over SilentAfter (or never)
	Clock    bool // clock off by over ClockOffOver
	Gaps     bool // the hub misses records below the highest received
	Disabled bool
	NoKey    bool // enrolled but the station never registered its key
}

// FlagsOf computes a row's warnings.
func FlagsOf(s hub.StationStatus, gaps bool) Flags {
	off := s.ClockOffset
	if off < 0 {
		off = -off
	}
	return Flags{
		Silent:   !s.Disabled && s.SilentFor > SilentAfter,
		Clock:    !s.Disabled && s.ClockKnown && off > ClockOffOver,
		Gaps:     gaps,
		Disabled: s.Disabled,
		NoKey:    !s.Disabled && !s.KeyRegistered,
	}
}

// rank orders rows: the worse a commune's state, the higher it comes.
func (f Flags) rank() int {
	r := 0
	if f.Silent {
		r += 8
	}
	if f.Clock {
		r += 4
	}
	if f.Gaps {
		r += 2
	}
	if f.NoKey {
		r++
	}
	if f.Disabled {
		r = -1 // stopped on purpose: last
	}
	return r
}

// Problem reports whether the row needs someone's attention.
func (f Flags) Problem() bool { return f.rank() > 0 }

// SortRows puts problems first (silent, then clock, then gaps), the
// longest silent first within a rank (to the minute), then by ID; disabled stations last.
func SortRows(rows []hub.StationStatus, gaps map[string]bool) {
	sort.SliceStable(rows, func(i, j int) bool {
		ri, rj := FlagsOf(rows[i], gaps[rows[i].ID]).rank(), FlagsOf(rows[j], gaps[rows[j].ID]).rank()
		if ri != rj {
			return ri > rj
		}
		// Whole minutes: communes synced in the same minute stay in ID order
		// instead of swapping on every refresh.
		if si, sj := rows[i].SilentFor.Truncate(time.Minute), rows[j].SilentFor.Truncate(time.Minute); si != sj {
			return si > sj
		}
		return rows[i].ID < rows[j].ID
	})
}

package district

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"motcua/assets/i18n"
	"motcua/hub"
	"motcua/tui/common"
)

func TestFlags(t *testing.T) {
	base := hub.StationStatus{ID: "X", KeyRegistered: true, ClockKnown: true, SilentFor: time.Hour}
	cases := []struct {
		name   string
		edit   func(*hub.StationStatus)
		silent bool
		clock  bool
	}{
		{"healthy", func(*hub.StationStatus) {}, false, false},
		{"silent 25 h", func(s *hub.StationStatus) { s.SilentFor = 25 * time.Hour }, true, false},
		{"silent exactly 24 h is not yet", func(s *hub.StationStatus) { s.SilentFor = 24 * time.Hour }, false, false},
		{"clock 6 min fast", func(s *hub.StationStatus) { s.ClockOffset = 6 * time.Minute }, false, true},
		{"clock 6 min slow", func(s *hub.StationStatus) { s.ClockOffset = -6 * time.Minute }, false, true},
		{"clock 5 min is tolerated", func(s *hub.StationStatus) { s.ClockOffset = 5 * time.Minute }, false, false},
		{"clock unknown", func(s *hub.StationStatus) { s.ClockOffset, s.ClockKnown = time.Hour, false }, false, false},
		{"disabled is not chased", func(s *hub.StationStatus) { s.Disabled, s.SilentFor = true, 90*time.Hour }, false, false},
	}
	for _, c := range cases {
		s := base
		c.edit(&s)
		f := FlagsOf(s, false)
		if f.Silent != c.silent || f.Clock != c.clock {
			t.Errorf("%s: %+v", c.name, f)
		}
	}
}

func TestSortProblemsFirst(t *testing.T) {
	rows := []hub.StationStatus{
		{ID: "A-ok", KeyRegistered: true, ClockKnown: true, SilentFor: time.Minute},
		{ID: "B-off", KeyRegistered: true, ClockKnown: true, ClockOffset: 6 * time.Minute},
		{ID: "C-disabled", Disabled: true, SilentFor: 100 * time.Hour},
		{ID: "D-silent", KeyRegistered: true, SilentFor: 25 * time.Hour},
		{ID: "E-silent-longer", KeyRegistered: true, SilentFor: 72 * time.Hour},
		{ID: "F-gaps", KeyRegistered: true, ClockKnown: true},
		{ID: "G-ok", KeyRegistered: true, ClockKnown: true},
	}
	SortRows(rows, map[string]bool{"F-gaps": true})
	var got []string
	for _, r := range rows {
		got = append(got, r.ID)
	}
	want := "E-silent-longer D-silent B-off F-gaps A-ok G-ok C-disabled"
	if strings.Join(got, " ") != want {
		t.Fatalf("order %v\nwant  %s", got, want)
	}
}

// TestScreenFlags reads the seeded district: the silent commune is first
// and marked, the fast clock is marked, the healthy one is not.
func TestScreenFlags(t *testing.T) {
	h, clock := district(t)
	m := loaded(t, Options{Hub: h, Lang: i18n.EN, Standalone: true, Clock: clock}, 160, 48)
	if m.Selected() != "26737" {
		t.Fatalf("first row %s, want the commune silent for 25 h", m.Selected())
	}
	lines := strings.Split(ansi.Strip(m.View().Content), "\n")
	row := func(id string) string {
		for _, l := range lines {
			if strings.Contains(l, "("+id+")") {
				return l
			}
		}
		t.Fatalf("no row for %s", id)
		return ""
	}
	if r := row("26737"); !strings.HasPrefix(r, "!") || !strings.Contains(r, "25 h ago") || !strings.Contains(r, "silent") {
		t.Errorf("silent row %q", r)
	}
	if r := row("26740"); !strings.Contains(r, "+6 min !") || !strings.Contains(r, "clock") || !strings.Contains(r, "37") {
		t.Errorf("clock row %q", r)
	}
	if r := row("26734"); strings.HasPrefix(r, "!") || !strings.Contains(r, "5 min ago") || !strings.Contains(r, "39") {
		t.Errorf("healthy row %q", r)
	}
	// An hour later with nothing new, Tân Phú has not become silent, and a
	// second and a half day later, everybody has.
	clock.Advance(time.Hour)
	m = drive(t, m, key("r"))
	if FlagsOf(m.rows[len(m.rows)-2], false).Silent {
		t.Errorf("row %s silent after an hour", m.rows[len(m.rows)-2].ID)
	}
	clock.Advance(36 * time.Hour)
	m = drive(t, m, key("r"))
	if s := ansi.Strip(m.View().Content); !strings.Contains(s, "6 communes · 5 silent") {
		t.Errorf("after 37 h:\n%s", s)
	}
}

func TestKeys(t *testing.T) {
	h, clock := district(t)
	m := loaded(t, Options{Hub: h, Lang: i18n.VI, Standalone: false, Clock: clock}, 80, 24)
	m = drive(t, m, key("down"))
	if m.Selected() != "26740" {
		t.Fatalf("down: on %s", m.Selected())
	}
	m = drive(t, m, key("enter"))
	if m.Drilled() != "26740" || m.drill == nil || m.drill.Today.DossiersReceived != 1 {
		t.Fatalf("enter: drilled %q %+v", m.Drilled(), m.drill)
	}
	m = drive(t, m, key("f2"))
	if m.Lang != i18n.EN || !strings.Contains(ansi.Strip(m.View().Content), "Dossiers received") {
		t.Fatalf("F2 did not switch to English")
	}
	m = drive(t, m, key("esc"))
	if m.Drilled() != "" || m.Selected() != "26740" {
		t.Fatalf("esc: drilled %q, cursor on %s", m.Drilled(), m.Selected())
	}
	// In the launcher, q goes back instead of quitting the program.
	_, cmd := m.Update(key("q"))
	if cmd == nil {
		t.Fatal("q gave no command")
	}
	if _, ok := cmd().(common.GoBackMsg); !ok {
		t.Fatal("q inside the launcher did not go back")
	}
	// A tick rereads the hub and schedules the next tick.
	next, cmd := m.Update(tickMsg{})
	if !next.(Model).loading || cmd == nil {
		t.Fatal("tick did not reread")
	}
}

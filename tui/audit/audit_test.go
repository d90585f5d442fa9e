package audit

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"motcua/assets/i18n"
	"motcua/store"
	"motcua/tui/tuitest"
)

func TestGolden(t *testing.T) {
	for _, lang := range tuitest.Langs {
		for _, size := range tuitest.Sizes {
			t.Run(fmt.Sprintf("%s_%s", lang.Code(), size), func(t *testing.T) {
				m, _ := drive(t, trail(t, 12), lang, size.W, size.H)
				tuitest.Golden(t, screen(*m), size)
			})
			t.Run(fmt.Sprintf("%s_%s_filter", lang.Code(), size), func(t *testing.T) {
				m, d := drive(t, trail(t, 12), lang, size.W, size.H)
				d.Press("/")
				d.Type("lan")
				tuitest.Golden(t, screen(*m), size)
			})
		}
	}
}

// Newest first; the page fits the screen; PgDn shows the older ones and
// stops at the last page.
func TestNewestFirstAndPaging(t *testing.T) {
	m, d := drive(t, trail(t, 40), i18n.EN, 80, 24)
	size := m.pageSize()
	if len(m.entries) != size || m.total != 40 {
		t.Fatalf("first page: %d entries of %d, want %d of 40", len(m.entries), m.total, size)
	}
	for i := 1; i < len(m.entries); i++ {
		if m.entries[i].At.After(m.entries[i-1].At) {
			t.Fatalf("entry %d is newer than entry %d", i, i-1)
		}
	}
	s := screen(*m)
	tuitest.LineWith(t, s, fmt.Sprintf("page 1 of %d · 40 entries", m.pages()))
	if first := tuitest.LineWith(t, s, "08:39:00"); !strings.Contains(first, "at this PC") {
		t.Errorf("the newest entry (the settings change at the PC) is not first: %q", first)
	}
	newest := m.entries[0]
	for p := 1; p < m.pages(); p++ {
		d.Press("pgdown")
		settle(d)
	}
	d.Press("pgdown") // past the last page: stays
	if m.page != m.pages()-1 || m.entries[len(m.entries)-1].Detail != "password" {
		t.Errorf("last page %d: oldest entry %+v", m.page, m.entries[len(m.entries)-1])
	}
	d.Press("pgup")
	settle(d)
	for m.page > 0 {
		d.Press("pgup")
		settle(d)
	}
	if m.entries[0].ID != newest.ID {
		t.Errorf("back on page 1 the newest entry is %+v", m.entries[0])
	}
}

// The filter form selects by account, counter, action and days; a bad
// day is refused with a sentence; c clears the filter.
func TestFilter(t *testing.T) {
	m, d := drive(t, trail(t, 20), i18n.VI, 160, 48)
	d.Press("/")
	d.Type("minh")
	d.Press("tab", "tab")
	d.Type("ticket.")
	d.Press("enter")
	settle(d)
	if m.editing || m.total != 7 {
		t.Fatalf("minh's ticket actions: %d (editing %v), want 7", m.total, m.editing)
	}
	for _, e := range m.entries {
		if e.Account != "minh" || !strings.HasPrefix(e.Action, "ticket.") {
			t.Errorf("filter let through %+v", e)
		}
	}
	tuitest.LineWith(t, screen(*m), "tài khoản minh · thao tác ticket.…")
	d.Press("/", "tab", "tab", "tab")
	d.Type("31/02/2026")
	d.Press("enter")
	tuitest.LineWith(t, screen(*m), "Ngày “31/02/2026” không hợp lệ")
	d.Press("esc", "c")
	settle(d)
	if m.total != 20 {
		t.Errorf("after c: %d entries, want 20", m.total)
	}
	// A day range: Monday 23/11/2026 has them all, Tuesday none.
	d.Press("/", "tab", "tab", "tab")
	d.Type("24/11/2026")
	d.Press("enter")
	settle(d)
	if m.total != 0 {
		t.Errorf("from Tuesday: %d entries", m.total)
	}
	tuitest.LineWith(t, screen(*m), "Không có thao tác nào")
}

// An entry written while the screen is open shows up; a detail with
// escape sequences is drawn harmlessly.
func TestLiveAndSafe(t *testing.T) {
	db := trail(t, 3)
	m, d := drive(t, db, i18n.EN, 80, 24)
	ctx := store.WithActor(context.Background(), store.Actor{Account: "x\x1b]0;pwned\x07y"})
	if err := db.Audit(ctx, 3, "form.reprint", "a\x1b[2Jb"); err != nil {
		t.Fatal(err)
	}
	d.Until("the new entry", func(m Model) bool { return m.total == 4 })
	raw := m.View().Content
	if strings.Contains(raw, "\x1b]0;") || strings.Contains(raw, "\x1b[2J") || strings.Contains(raw, "\x07") {
		t.Errorf("the screen carries the escape sequences: %q", raw)
	}
	tuitest.LineWith(t, screen(*m), "xy")
}

func TestQuitAndEmbedded(t *testing.T) {
	db := trail(t, 3)
	m, d := drive(t, db, i18n.EN, 80, 24)
	_, cmd := m.Update(tuitest.Key("q"))
	if cmd == nil {
		t.Fatal("q did nothing")
	}
	m.opts.Embedded = true
	if _, cmd := m.Update(tuitest.Key("q")); cmd != nil {
		t.Errorf("an embedded trail handles q itself")
	}
	d.Send(tuitest.Key("/"))
	if !m.Editing() {
		t.Errorf("/ did not open the filter")
	}
}

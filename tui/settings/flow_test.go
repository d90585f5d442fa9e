package settings

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/tui/tuitest"
)

// The notice typed on page 5 is what the next snapshot (the board's)
// reads: the change needs no restart.
func TestEditNotice(t *testing.T) {
	m, d, st := drive(t, i18n.VI, 80, 24)
	d.Press("5", "enter")
	if m.form == nil {
		t.Fatal("enter did not open the notice form")
	}
	d.Press("ctrl+u") // clear the input
	d.Type("Chiều nay nghỉ họp từ 15:00")
	d.Press("enter")
	saved(d)
	sn, err := st.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if sn.Config.Notice != "Chiều nay nghỉ họp từ 15:00" {
		t.Errorf("board notice reads %q", sn.Config.Notice)
	}
	d.Until("the new notice on the page", func(m Model) bool { return strings.Contains(screen(m), "Chiều nay nghỉ họp") })
	tuitest.LineWith(t, screen(*m), "Đã lưu")
}

// A refused value keeps the form open with the sentence of what is
// wrong; esc leaves without saving.
func TestRefusedValueAndCancel(t *testing.T) {
	m, d, st := drive(t, i18n.EN, 80, 24)
	d.Press("4", "down", "enter", "ctrl+u")
	d.Type("0")
	d.Press("enter")
	d.Until("the refusal", func(m Model) bool { return m.form != nil && m.form.err != "" })
	tuitest.LineWith(t, screen(*m), "whole number from 1 to 99")
	d.Press("esc")
	if m.form != nil {
		t.Fatal("esc did not close the form")
	}
	if p := mustConfig(t, st).Policy; p.MaxPriorityRun != 3 {
		t.Errorf("K is %d after a refused and a cancelled edit", p.MaxPriorityRun)
	}
}

// A service added on page 2 is offered by the kiosk (the station's
// configuration) and a counter edited on page 1 serves it.
func TestAddServiceAndServeIt(t *testing.T) {
	m, d, st := drive(t, i18n.VI, 160, 48)
	d.Press("2", "a")
	for _, v := range []string{"tuphap", "F", "Tư pháp", "Justice"} {
		d.Type(v)
		d.Press("tab")
	}
	d.Press("ctrl+u")
	d.Type("6\n")
	saved(d)
	sv, ok := mustConfig(t, st).Service("tuphap")
	if !ok || sv.Prefix != "F" || sv.NameEN != "Justice" || sv.DefaultService != 6*time.Minute {
		t.Fatalf("added service reads %+v (found %v)", sv, ok)
	}
	d.Until("the new service on the page", func(m Model) bool { return strings.Contains(screen(m), "tuphap") })
	d.Press("1", "enter", "tab", "ctrl+u")
	d.Type("a f\n")
	saved(d)
	if c, _ := mustConfig(t, st).Counter(1); !c.Serves("tuphap") || !c.Serves("hotich") || c.Serves("chungthuc") {
		t.Errorf("counter 1 serves %v", c.Services)
	}
	d.Until("counter 1's row to show F", func(m Model) bool {
		return strings.Contains(tuitest.LineWith(t, screen(m), "Nguyễn Thị Lan"), "F Tư pháp")
	})
	d.Press("enter", "tab", "ctrl+u")
	d.Type("AZ\n")
	d.Until("the refusal", func(m Model) bool { return m.form != nil && m.form.err != "" })
	tuitest.LineWith(t, screen(*m), "Không có lĩnh vực nào mang chữ Z")
}

// A priority group someone waits in cannot be removed; the sentence
// says why, and the group stays.
func TestRemoveGroupInUse(t *testing.T) {
	m, d, st := drive(t, i18n.VI, 80, 24)
	if _, err := st.Issue(context.Background(), "hotich", "elderly"); err != nil {
		t.Fatal(err)
	}
	d.Press("3", "x")
	tuitest.LineWith(t, screen(*m), "Xóa nhóm ưu tiên “Người cao tuổi")
	d.Press("enter")
	d.Until("the refusal", func(m Model) bool { return m.form != nil && m.form.err != "" })
	tuitest.LineWith(t, screen(*m), "đang chờ")
	d.Press("esc", "down", "x", "enter")
	saved(d)
	if _, ok := mustConfig(t, st).Group("pregnant"); ok {
		t.Errorf("the second group was not removed")
	}
}

// A change made elsewhere (another admin, `motcua settings set`) shows
// without a key press.
func TestLiveReload(t *testing.T) {
	m, d, st := drive(t, i18n.EN, 80, 24)
	d.Press("2")
	if err := st.UpdateService(context.Background(), queue.Service{Code: "hotich", Prefix: "H", NameVI: "Hộ tịch", NameEN: "Civil registry", DefaultService: 8 * time.Minute}); err != nil {
		t.Fatal(err)
	}
	d.Until("the renamed service", func(m Model) bool { return strings.Contains(screen(m), "Civil registry") })
	if !strings.HasPrefix(strings.TrimSpace(tuitest.LineWith(t, screen(*m), "Civil registry")), "H") {
		t.Errorf("the new letter is not shown:\n%s", screen(*m))
	}
}

// Holidays: a day added shows in the calendar, then is removed.
func TestAddAndRemoveDay(t *testing.T) {
	m, d, _ := drive(t, i18n.VI, 80, 24)
	d.Press("7", "a")
	d.Type("2026-11-20")
	d.Press("tab", "ctrl+u")
	d.Type("nghỉ")
	d.Press("tab")
	d.Type("Ngày Nhà giáo\n")
	saved(d)
	desk := m.desk
	cal, err := desk.Calendar(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if day, ok := cal.Day(time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)); !ok || day.Name != "Ngày Nhà giáo" {
		t.Fatalf("20/11 reads %+v, %v", day, ok)
	}
	d.Until("the day on the page", func(m Model) bool { return strings.Contains(screen(m), "Ngày Nhà giáo") })
	for m.rows()[m.cursor[pageHolidays]].id != "2026-11-20" {
		d.Press("up")
	}
	d.Press("x", "enter")
	saved(d)
	d.Until("the day gone", func(m Model) bool { return !strings.Contains(screen(m), "Ngày Nhà giáo") })
}

func mustConfig(t *testing.T, st *queue.Station) queue.Config {
	t.Helper()
	cfg, err := st.Config(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// A change made on one tab is in the Nhật ký tab at once, as a change
// made at this PC; the tab's filter takes keys the screen would
// otherwise use (digits), and tab still changes page.
func TestAuditTab(t *testing.T) {
	m, d, _ := drive(t, i18n.EN, 80, 24)
	d.Press("3", "a")
	d.Type("veteran")
	d.Press("tab")
	d.Type("Cựu chiến binh\n")
	saved(d)
	d.Press("8")
	d.Until("the change in the trail", func(m Model) bool { return strings.Contains(screen(m), "group.add veteran") })
	tuitest.LineWith(t, screen(*m), "at this PC")
	d.Press("/", "tab")
	d.Type("2")
	if !m.audit.Editing() || m.page != pageAudit {
		t.Fatalf("typing 2 in the filter left the audit tab (page %d)", m.page)
	}
	d.Press("esc", "tab")
	if m.page != pageAccounts {
		t.Errorf("tab on the audit page went to page %d", m.page)
	}
}

// A counter added on page 1 opens on the station; K/J reorder the
// kiosk's services; x removes the closed counter again.
func TestCountersAndOrder(t *testing.T) {
	m, d, st := drive(t, i18n.EN, 80, 24)
	d.Press("a", "tab")
	d.Type("Phạm Văn Tư")
	d.Press("tab")
	d.Type("de\n")
	saved(d)
	c, ok := mustConfig(t, st).Counter(4)
	if !ok || c.Clerk != "Phạm Văn Tư" || !c.Serves("xahoi") || !c.Serves("kinhdoanh") {
		t.Fatalf("counter 4 reads %+v (found %v)", c, ok)
	}
	d.Until("counter 4 on the page", func(m Model) bool { return strings.Contains(screen(m), "Phạm Văn Tư") })
	d.Press("2", "down", "K")
	d.Until("Certification first", func(m Model) bool { return len(m.cfg.Services) > 0 && m.cfg.Services[0].Code == "chungthuc" })
	if m.cursor[pageServices] != 0 {
		t.Errorf("the cursor did not follow the moved service: row %d", m.cursor[pageServices])
	}
	d.Press("J")
	d.Until("Civil status first again", func(m Model) bool { return m.cfg.Services[0].Code == "hotich" })
	d.Press("1", "down", "down", "down", "x", "enter")
	saved(d)
	if _, ok := mustConfig(t, st).Counter(4); ok {
		t.Errorf("counter 4 was not removed")
	}
}

// Below 80×24 the screen asks for more room; q quits when standalone.
func TestTooSmallAndQuit(t *testing.T) {
	m, d, _ := drive(t, i18n.EN, 80, 24)
	d.Send(tea.WindowSizeMsg{Width: 70, Height: 20})
	tuitest.LineWith(t, screen(*m), "too small")
	_, cmd := m.Update(tuitest.Key("q"))
	if cmd == nil {
		t.Fatal("q did nothing")
	}
	if _, quit := cmd().(tea.QuitMsg); !quit {
		t.Errorf("q in a standalone settings screen does not quit")
	}
}

// A shipped day that is only proposed says so on the holidays page.
func TestUnconfirmedDay(t *testing.T) {
	if !unconfirmed("PROPOSED by Bộ Nội vụ") || unconfirmed("official for CBCCVC") || unconfirmed("admin") || unconfirmed("") {
		t.Errorf("unconfirmed() misreads the statuses")
	}
	m, d, _ := drive(t, i18n.EN, 160, 48)
	d.Press("7")
	for _, r := range m.rows() {
		if d := m.day(r.id); unconfirmed(d.Status) != strings.Contains(r.cells[2], "not confirmed") {
			t.Errorf("%s (%s) reads %q", d.Date, d.Status, r.cells[2])
		}
	}
}

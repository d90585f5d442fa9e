package district

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"motcua/assets/i18n"
	"motcua/tui/common"
	"motcua/tui/tuitest"
)

// openedReport presses b on the list (or on commune id's page) and waits
// for the report page's figures.
func openedReport(t *testing.T, lang i18n.Lang, w, h int, id string) (*Model, *tuitest.Driver[Model]) {
	t.Helper()
	hb, clock := district(t)
	m := loaded(t, Options{Hub: hb, Lang: lang, Standalone: true, Label: "huyện", Clock: clock}, w, h)
	if id != "" {
		for m.Selected() != id {
			m = drive(t, m, key("down"))
		}
		m = drive(t, m, key("enter"))
	}
	d := tuitest.Async(t, &m, tuitest.Concrete(Model.Update))
	d.Describe = func() string { return ansi.Strip(m.View().Content) }
	d.Send(key(ReportKey))
	d.Until("the report", func(m Model) bool { return m.report != nil && m.report.Ready() })
	return &m, d
}

// The report page of all communes in both languages at both sizes.
func TestReportGolden(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, size := range [][2]int{{80, 24}, {160, 48}} {
			t.Run(fmt.Sprintf("%s_%dx%d", lang.Code(), size[0], size[1]), func(t *testing.T) {
				m, _ := openedReport(t, lang, size[0], size[1], "")
				screen := ansi.Strip(m.View().Content)
				checkScreen(t, screen, size[0], size[1])
				golden.RequireEqual(t, screen)
			})
		}
	}
}

// b on the list reports on every commune's tickets of the month; Esc
// comes back to the list, where the readings went on.
func TestReportOfAllCommunes(t *testing.T) {
	m, d := openedReport(t, i18n.EN, 160, 48, "")
	s := ansi.Strip(m.View().Content)
	// 12 tickets at Tân Phú, one at Phú Thịnh, one at Hòa Bình
	if got := tuitest.LineWith(t, s, "Tickets issued"); !strings.HasSuffix(strings.TrimSpace(got), " 14") {
		t.Errorf("issued: %q\n%s", got, s)
	}
	if !strings.Contains(tuitest.LineWith(t, s, "report"), "All communes") {
		t.Errorf("the heading does not say whose report:\n%s", s)
	}
	d.Send(key("esc"))
	d.Until("back on the list", func(m Model) bool { return m.report == nil })
	_, cmd := m.Update(common.GoBackMsg{})
	if cmd != nil {
		t.Error("a stray GoBack on the list does something")
	}
	if !strings.Contains(ansi.Strip(m.View().Content), "Xã Tân Phú") {
		t.Errorf("not back on the list:\n%s", ansi.Strip(m.View().Content))
	}
}

// b on a commune's page reports on that commune only.
func TestReportOfOneCommune(t *testing.T) {
	m, _ := openedReport(t, i18n.VI, 160, 48, "26734")
	s := ansi.Strip(m.View().Content)
	if !strings.Contains(tuitest.LineWith(t, s, "Báo cáo"), "Xã Tân Phú (26734)") {
		t.Errorf("heading:\n%s", s)
	}
	if got := tuitest.LineWith(t, s, "Số phiếu đã cấp"); !strings.HasSuffix(strings.TrimSpace(got), " 12") {
		t.Errorf("issued: %q", got)
	}
}

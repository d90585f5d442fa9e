package dossiers

import (
	"context"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"motcua/assets/i18n"
	"motcua/intake"
)

// scenes are the screens kept as golden files: the key presses that lead
// to each from the panel.
var scenes = []struct {
	name string
	keys func(d *driver, e *env)
}{
	{"panel", func(*driver, *env) {}},
	{"find", func(d *driver, _ *env) {
		d.key("/")
		d.typeText("pham thi dung")
	}},
	{"detail", func(d *driver, e *env) { d.open(e.dung.Code) }},
	{"second_supplement", func(d *driver, e *env) {
		d.open(e.dung.Code)
		d.key("b")
		d.typeText("Bản sao sổ hộ khẩu; Giấy xác nhận cư trú")
		d.key("tab")
		d.typeText("Phát hiện khi thẩm định hồ sơ")
		d.key("ctrl+s")
	}},
	{"apology", func(d *driver, e *env) {
		d.open(e.an.Code)
		d.key("h")
		d.typeText("Chờ kết quả xác minh của xã khác\n27/10/2026")
	}},
}

// TestGolden draws each scene in both languages at 80×24 and 160×48.
func TestGolden(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, size := range [][2]int{{80, 24}, {160, 48}} {
			for _, sc := range scenes {
				name := fmt.Sprintf("%s_%s_%dx%d", sc.name, lang.Code(), size[0], size[1])
				t.Run(name, func(t *testing.T) {
					e := newEnv(t)
					goldenHistory(t, e)
					d := newDriver(t, e, Options{Lang: lang, Forms: &fakeForms{}, Clerk: "Nguyễn Thị Lan"})
					d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
					sc.keys(d, e)
					screen := d.screen()
					checkScreen(t, screen, size[0], size[1])
					golden.RequireEqual(t, screen)
				})
			}
		}
	}
}

// goldenHistory gives Dung's dossier a first supplement round, so the
// detail has a history and a second request is a repeat.
func goldenHistory(t *testing.T, e *env) {
	t.Helper()
	clerk := intake.Actor{Counter: 2, Clerk: "Trần Văn Hùng"}
	e.clock.Set(local(2026, 10, 16, 10, 0))
	if _, err := e.desk.RequestSupplement(context.Background(), e.dung.Code, intake.SupplementRequest{
		Missing: []string{"Bản sao giấy chứng tử của chồng"}, Reason: "Hồ sơ thiếu giấy tờ", By: clerk}); err != nil {
		t.Fatal(err)
	}
	e.clock.Set(local(2026, 10, 16, 15, 0))
	if _, err := e.desk.ReceiveSupplement(context.Background(), e.dung.Code, clerk, "Đã nộp bản sao"); err != nil {
		t.Fatal(err)
	}
	e.clock.Set(today)
	e.dung = e.dossier(t, e.dung.Code)
}

// checkScreen asserts the screen fills the terminal exactly.
func checkScreen(t *testing.T, screen string, w, h int) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) != h {
		t.Errorf("%d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("line %d is %d wide, more than %d: %q", i, lw, w, l)
		}
	}
}

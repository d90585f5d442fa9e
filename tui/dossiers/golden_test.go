package dossiers

import (
	"context"
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"motcua/intake"
	"motcua/tui/tuitest"
)

// scenes are the screens kept as golden files: the key presses that lead
// to each from the panel.
var scenes = []struct {
	name string
	keys func(d *driver, e *env)
}{
	{"panel", func(*driver, *env) {}},
	{"find", func(d *driver, _ *env) {
		d.Press("/")
		d.Type("pham thi dung")
	}},
	{"detail", func(d *driver, e *env) { d.open(e.dung.Code) }},
	{"second_supplement", func(d *driver, e *env) {
		d.open(e.dung.Code)
		d.Press("b")
		d.Type("Bản sao sổ hộ khẩu; Giấy xác nhận cư trú")
		d.Press("tab")
		d.Type("Phát hiện khi thẩm định hồ sơ")
		d.Press("ctrl+s")
	}},
	{"apology", func(d *driver, e *env) {
		d.open(e.an.Code)
		d.Press("h")
		d.Type("Chờ kết quả xác minh của xã khác\n27/10/2026")
	}},
}

// TestGolden draws each scene in both languages at 80×24 and 160×48.
func TestGolden(t *testing.T) {
	for _, lang := range tuitest.Langs {
		for _, size := range tuitest.Sizes {
			for _, sc := range scenes {
				name := fmt.Sprintf("%s_%s_%s", sc.name, lang.Code(), size)
				t.Run(name, func(t *testing.T) {
					e := newEnv(t)
					goldenHistory(t, e)
					d := newDriver(t, e, Options{Lang: lang, Forms: &fakeForms{}, Clerk: "Nguyễn Thị Lan"})
					d.Send(tea.WindowSizeMsg{Width: size.W, Height: size.H})
					sc.keys(d, e)
					tuitest.Golden(t, d.screen(), size)
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

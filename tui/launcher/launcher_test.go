package launcher

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/assets/i18n"
	"motcua/queue/queuetest"
	"motcua/tui/common"
	"motcua/tui/tuitest"
)

// ready returns a launcher that has its size and its list of counters.
func ready(t *testing.T, lang i18n.Lang, w, h int) Model {
	t.Helper()
	st, _ := queuetest.NewStation(t)
	m := New(Options{Station: st, Lang: lang})
	m = step(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	return step(t, m, m.Init()()) // configMsg
}

func step(t *testing.T, m Model, msg tea.Msg) Model {
	t.Helper()
	next, _ := m.Update(msg)
	return next.(Model)
}

func screen(m Model) string { return ansi.Strip(m.View().Content) }

func TestGolden(t *testing.T) {
	for _, lang := range tuitest.Langs {
		for _, size := range tuitest.Sizes {
			t.Run(fmt.Sprintf("%s_%s", lang.Code(), size), func(t *testing.T) {
				tuitest.Golden(t, screen(ready(t, lang, size.W, size.H)), size)
			})
		}
	}
}

func TestMenuListsEveryScreen(t *testing.T) {
	s := screen(ready(t, i18n.VI, 80, 24))
	for _, want := range []string{"enter chọn", "q thoát", "1  Ki-ốt lấy số", "2  Quầy số 1", "3  Quầy số 2", "4  Quầy số 3", "5  Bảng hiển thị"} {
		if !strings.Contains(s, want) {
			t.Errorf("menu lacks %q:\n%s", want, s)
		}
	}
}

func TestOpenBoardAndComeBack(t *testing.T) {
	m := ready(t, i18n.VI, 80, 24)
	m = step(t, m, tuitest.Key("5"))
	if m.child == nil {
		t.Fatal("5 did not open the board")
	}
	if s := screen(m); strings.Contains(s, "Ki-ốt lấy số") {
		t.Fatalf("the menu is still shown:\n%s", s)
	}
	m = step(t, m, common.GoBackMsg{})
	if m.child != nil {
		t.Fatal("GoBackMsg did not close the board")
	}
	m = step(t, m, m.Init()())
	if s := screen(m); !strings.Contains(s, "Bảng hiển thị") {
		t.Fatalf("menu not back:\n%s", s)
	}
}

func TestArrowsEnterAndClick(t *testing.T) {
	m := ready(t, i18n.EN, 80, 24)
	m = step(t, m, tuitest.Key("down"))
	m = step(t, m, tuitest.Key("down"))
	if m.cursor != 2 {
		t.Fatalf("cursor %d after two downs, want 2", m.cursor)
	}
	m = step(t, m, tuitest.Key("up"))
	m = step(t, m, tuitest.Key("enter"))
	if m.child == nil || m.entries[m.cursor].kind != "counter" || m.entries[m.cursor].counter != 1 {
		t.Fatalf("enter on the second line should open counter 1, got %+v", m.entries[m.cursor])
	}

	m = ready(t, i18n.EN, 80, 24)
	m = step(t, m, tea.MouseClickMsg{X: 5, Y: menuTop + 4, Button: tea.MouseLeft})
	if m.child == nil || m.entries[m.cursor].kind != "board" {
		t.Fatal("a click on the fifth line should open the board")
	}
}

func TestLanguageToggleAndTooSmall(t *testing.T) {
	m := ready(t, i18n.VI, 80, 24)
	m = step(t, m, tuitest.Key("ctrl+l"))
	if s := screen(m); !strings.Contains(s, "Ticket kiosk") {
		t.Fatalf("ctrl+l did not switch to English:\n%s", s)
	}
	m = step(t, m, tea.WindowSizeMsg{Width: 30, Height: 10})
	if s := screen(m); !strings.Contains(s, "too small") {
		t.Fatalf("no size message at 30×10:\n%s", s)
	}
}

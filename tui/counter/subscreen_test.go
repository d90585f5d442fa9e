package counter

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"motcua/assets/i18n"
	"motcua/intake"
	"motcua/queue/queuetest"
)

// withDesk returns a counter driver whose counter records dossiers.
func withDesk(t *testing.T) (*driver, *intake.Desk) {
	t.Helper()
	st, clock := newStation(t)
	desk := queuetest.NewDesk(t, st)
	issueMorning(t, st, clock)
	d := newDriverWith(t, Options{Station: st, Number: 1, Lang: i18n.VI, Standalone: true, Desk: desk})
	return d, desk
}

func screenText(d *driver) string { return ansi.Strip(d.m.View().Content) }

func TestIntakeFormOpensOverTheCounterAndComesBack(t *testing.T) {
	d, _ := withDesk(t)
	if s := screenText(d); !strings.Contains(s, "nhận hồ sơ") || !strings.Contains(s, "danh sách hồ sơ") {
		t.Fatalf("help bar lacks the dossier keys:\n%s", s)
	}
	d.Press("n")
	d.idle()
	serving := d.m.serving()
	if serving == nil {
		t.Fatal("n called nobody")
	}
	d.Press("h")
	if d.m.sub == nil {
		t.Fatal("h did not open the intake form")
	}
	if f, ok := d.m.sub.(formScreen); !ok || f.m.Busy() {
		t.Fatalf("the open screen is %T, want the intake form", d.m.sub)
	}
	d.Until("form drawn", func(m Model) bool {
		return strings.Contains(ansi.Strip(m.View().Content), "Số định danh cá nhân")
	})
	if s := screenText(d); !strings.Contains(s, "Tiếp nhận hồ sơ · Quầy 1 · Số "+serving.Display) {
		t.Fatalf("the form does not show the counter and the ticket served:\n%s", s)
	}
	d.Press("esc")
	d.Until("form closed", func(m Model) bool { return m.sub == nil })
	if d.back {
		t.Fatal("esc in the form left the counter screen too")
	}
	if cur := d.m.serving(); cur == nil || cur.ID != serving.ID {
		t.Fatal("the counter lost its ticket while the form was open")
	}
}

func TestDossierPanelOpensAndCounterKeepsWatching(t *testing.T) {
	d, _ := withDesk(t)
	d.Press("d")
	if _, ok := d.m.sub.(panelScreen); !ok {
		t.Fatalf("d opened %T, want the dossier panel", d.m.sub)
	}
	// A citizen takes a ticket while the clerk looks at dossiers: the
	// counter's own watch must still see it.
	before := len(d.m.waiting)
	if _, err := d.m.st.Issue(context.Background(), "hotich", ""); err != nil {
		t.Fatal(err)
	}
	d.Until("counter sees the new ticket", func(m Model) bool { return len(m.waiting) == before+1 })
	d.Press("esc")
	d.Until("panel closed", func(m Model) bool { return m.sub == nil })
}

func TestNoDeskNoDossierKeys(t *testing.T) {
	st, _ := newStation(t)
	d := newDriver(t, st, i18n.VI)
	d.Press("h")
	if d.m.sub != nil {
		t.Fatal("h opened a form on a counter without a desk")
	}
	if s := screenText(d); !strings.Contains(s, "chưa được cấu hình để nhận hồ sơ") {
		t.Fatalf("no explanation:\n%s", s)
	}
}

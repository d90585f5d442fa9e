package intake

import (
	"context"
	"strings"
	"testing"
	"time"

	"motcua/assets/i18n"
	hoso "motcua/intake"
)

func TestDraftSurvivesACrash(t *testing.T) {
	w := newWorld(t)
	d := newDriver(t, w.options(i18n.VI, nil), 80, 24)
	d.fillValid()
	d.Press("k")
	d.focusOn(fNote)
	d.Type("Nộp thay")
	key := d.m.key
	d.Until("draft saved", func(m Model) bool { return !m.dirty && !m.draftArmed })
	d.Settle()

	// The process dies; a new form opens on the same database.
	e := newDriver(t, w.options(i18n.VI, nil), 80, 24)
	if e.m.key != key || e.m.value(fName) != "Nguyễn Văn An" || e.m.value(fPhone) != "0912345678" ||
		e.m.value(fNote) != "Nộp thay" || e.m.procID != "1.001193" || e.m.gender != "Nam" {
		t.Fatalf("restored: key %v name %q phone %q note %q proc %q", e.m.key == key, e.m.value(fName),
			e.m.value(fPhone), e.m.value(fNote), e.m.procID)
	}
	if docs := e.m.received(); len(docs) != 2 || docs[1].Kind != hoso.CertifiedCopy {
		t.Errorf("papers restored: %+v", docs)
	}
	if !strings.Contains(e.screen(), "Đã khôi phục bản nháp") {
		t.Errorf("the clerk should be told:\n%s", e.screen())
	}
	e.Press("ctrl+s")
	e.Until("saved", savedDone)
	if _, ok, _ := w.desk.LoadDraft(context.Background(), 1); ok {
		t.Error("the draft should be discarded by the save")
	}
}

func TestDraftIsSavedAfterAPauseNotPerKey(t *testing.T) {
	w := newWorld(t)
	old := draftDelay
	draftDelay = 300 * time.Millisecond
	defer func() { draftDelay = old }()
	d := newDriver(t, w.options(i18n.VI, nil), 80, 24)
	ctx := context.Background()
	before, err := w.st.DB().Revision(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d.Type("Nguyễn Văn Bình, thôn Đông")
	d.Until("draft saved", func(m Model) bool { return !m.dirty && !m.draftArmed })
	d.Settle()
	after, _ := w.st.DB().Revision(ctx)
	if after-before != 1 {
		t.Errorf("typing 26 keys made %d writes; want one draft save", after-before)
	}
	// Leaving keeps the latest text even before the pause ends.
	d.Type(" 2")
	d.Press("esc")
	d.Until("back", func(Model) bool { return d.back })
	dr, ok, err := w.desk.LoadDraft(ctx, 1)
	if err != nil || !ok || !strings.Contains(string(dr.Body), "thôn Đông 2") {
		t.Errorf("draft on leaving: %v %v %s", ok, err, dr.Body)
	}
}

func TestClearNeedsTwoPresses(t *testing.T) {
	w := newWorld(t)
	d := newDriver(t, w.options(i18n.VI, nil), 80, 24)
	d.Type("Nguyễn")
	d.Press("ctrl+x")
	if d.m.value(fName) != "Nguyễn" || !strings.Contains(d.screen(), "Nhấn Ctrl+X lần nữa") {
		t.Fatalf("one press cleared or did not warn:\n%s", d.screen())
	}
	d.Press("ctrl+x")
	d.Settle()
	if d.m.value(fName) != "" {
		t.Error("two presses should clear")
	}
	if _, ok, _ := w.desk.LoadDraft(context.Background(), 1); ok {
		t.Error("clearing should discard the draft")
	}
}

package forms

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
	"testing"
	"time"

	"motcua/intake"
	"motcua/receipts"
	"motcua/store"
)

// receiveAt saves a dossier for a citizen at the clock's time, with a key
// of its own.
func receiveAt(t *testing.T, desk *intake.Desk, key, procedure, name string) intake.Dossier {
	t.Helper()
	d, err := desk.Receive(context.Background(), intake.Intake{
		Key: key,
		Citizen: intake.Citizen{
			Name: name, IDNumber: "001305012345", BirthDate: time.Date(2005, 3, 2, 0, 0, 0, 0, store.Local),
			Phone: "0912345678", Address: "Thôn Đông, xã Tân Hòa",
		},
		Procedure: procedure,
		Documents: []intake.ReceivedDocument{{Name: "Tờ khai", Kind: intake.Original, Count: 1}},
		Sets:      1, Return: intake.AtCounter, Counter: 1, Clerk: "Nguyễn Thị Lan",
	})
	if err != nil {
		t.Fatalf("receive %s: %v", key, err)
	}
	return d
}

func must[T any](v T, err error) func(*testing.T) T {
	return func(t *testing.T) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// A week of dossiers in every state becomes the register of that week:
// only the dossiers received in it, in book order, with the times of
// each step and the notes the states call for.
func TestRegisterFor(t *testing.T) {
	st, clock, desk := station(t)
	ctx := context.Background()
	by := intake.Actor{Counter: 1, Clerk: "Nguyễn Thị Lan"}
	at := func(month time.Month, day, hour int) time.Time {
		return time.Date(2026, month, day, hour, 0, 0, 0, store.Local)
	}

	clock.Set(at(11, 20, 9))
	before := receiveAt(t, desk, "f", "1.004873", "Vũ Minh Khôi")
	clock.Set(at(11, 23, 8))
	a := receiveAt(t, desk, "a", "1.004873", "Nguyễn Văn An")
	b := receiveAt(t, desk, "b", "1.001193", "Trần Thị Bích")
	c := receiveAt(t, desk, "c", "1.004873", "Lê Văn Cường")
	d := receiveAt(t, desk, "d", "1.004873", "Phạm Thị Dung")
	e := receiveAt(t, desk, "e", "1.004873", "Hoàng Văn Em")

	clock.Set(at(11, 23, 9))
	must(desk.StartProcessing(ctx, a.Code, by))(t)
	clock.Set(at(11, 23, 10))
	must(desk.Resolve(ctx, a.Code, by, ""))(t)
	clock.Set(at(11, 23, 11))
	must(desk.Return(ctx, a.Code, by, ""))(t)
	must(desk.Refuse(ctx, d.Code, "Không thuộc thẩm quyền của xã", by))(t)
	must(desk.RequestSupplement(ctx, e.Code, intake.SupplementRequest{Missing: []string{"Bản sao giấy khai sinh"}, Reason: "Thiếu giấy tờ", By: by}))(t)

	clock.Set(c.DueAt.Add(-time.Hour))
	must(desk.Apologise(ctx, c.Code, "Cần xác minh thêm", c.DueAt.AddDate(0, 0, 4), by))(t)
	resolvedC := c.DueAt.AddDate(0, 0, 2)
	clock.Set(resolvedC)
	must(desk.Resolve(ctx, c.Code, by, ""))(t)

	clock.Set(at(12, 1, 9))
	after := receiveAt(t, desk, "g", "1.004873", "Đỗ Thị Giang")

	m, err := RegisterFor(ctx, desk, st, at(11, 23, 0), at(11, 30, 0))
	if err != nil {
		t.Fatal(err)
	}
	if m.Header.Agency != "UBND xã Tân Hòa" || m.Book != "2026" || !m.Header.Date.Equal(at(12, 1, 9)) {
		t.Errorf("header %+v, book %q", m.Header, m.Book)
	}
	want := []intake.Dossier{a, b, c, d, e}
	if len(m.Rows) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(m.Rows), len(want), m.Rows)
	}
	days := func(from, to time.Time) int { return int(to.Sub(from).Round(24*time.Hour) / (24 * time.Hour)) }
	notes := []string{
		"",
		fmt.Sprintf("Quá hạn %d ngày", days(at(11, 23, 0), at(12, 1, 0))),
		fmt.Sprintf("Trễ hạn %d ngày; Đã xin lỗi, hẹn lại (1 lần)", 2),
		"Từ chối",
		"Yêu cầu bổ sung 1 lần; Chờ bổ sung",
	}
	for i, r := range m.Rows {
		w := want[i]
		if r.DossierCode != w.Code || r.Seq != w.BookNo || r.Applicant != w.Citizen.Name || r.Procedure != w.ProcedureName {
			t.Errorf("row %d: %+v, want dossier %s (%d)", i, r, w.Code, w.BookNo)
		}
		if r.Note != notes[i] {
			t.Errorf("row %s note %q, want %q", r.DossierCode, r.Note, notes[i])
		}
		if !r.ReceivedAt.Equal(w.ReceivedAt) || !r.DueAt.Equal(w.FirstDueAt) {
			t.Errorf("row %s: received %v due %v", r.DossierCode, r.ReceivedAt, r.DueAt)
		}
	}
	ra := m.Rows[0]
	if !ra.SentAt.Equal(at(11, 23, 9)) || !ra.ResultAt.Equal(at(11, 23, 10)) || !ra.ReturnedAt.Equal(at(11, 23, 11)) {
		t.Errorf("returned dossier: sent %v result %v returned %v", ra.SentAt, ra.ResultAt, ra.ReturnedAt)
	}
	if rc := m.Rows[2]; !rc.ResultAt.Equal(resolvedC) || !rc.ReturnedAt.IsZero() {
		t.Errorf("late dossier: result %v returned %v", rc.ResultAt, rc.ReturnedAt)
	}
	if !m.Rows[3].ReturnedAt.IsZero() {
		t.Error("a refused dossier has no result returned")
	}

	// The register prints: every code of the week once, none outside it.
	pdf, err := m.Render(receipts.A4)
	if err != nil {
		t.Fatal(err)
	}
	out, err := pdfToText(t, pdf)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		if strings.Count(out, w.Code) != 1 {
			t.Errorf("%s printed %d times", w.Code, strings.Count(out, w.Code))
		}
	}
	for _, x := range []intake.Dossier{before, after} {
		if strings.Contains(out, x.Code) {
			t.Errorf("%s, received outside the period, is in the register", x.Code)
		}
	}
}

func TestRegisterForEmptyAndBackwards(t *testing.T) {
	st, _, desk := station(t)
	ctx := context.Background()
	from := time.Date(2026, 11, 1, 0, 0, 0, 0, store.Local)
	to := time.Date(2026, 11, 30, 0, 0, 0, 0, store.Local)
	m, err := RegisterFor(ctx, desk, st, from, to)
	if err != nil || len(m.Rows) != 0 || m.Book != "2026" {
		t.Errorf("empty register: %d rows, book %q, %v", len(m.Rows), m.Book, err)
	}
	if _, err := m.Render(receipts.A4); err != nil {
		t.Errorf("render the empty register: %v", err)
	}
	if _, err := RegisterFor(ctx, desk, st, to, from); err == nil {
		t.Error("a period ending before it starts was accepted")
	}
	if _, err := RegisterFor(ctx, nil, st, from, to); err == nil {
		t.Error("no desk accepted")
	}
}

// A supplement restarts the count: resolving after the receipt's
// appointment but before the one the supplement set is on time; an
// apology does not move the appointment the dossier is measured against.
func TestRegisterNote(t *testing.T) {
	day := func(d, h int) time.Time { return time.Date(2026, 11, d, h, 0, 0, 0, store.Local) }
	supplemented := intake.Dossier{Status: intake.Resolved, FirstDueAt: day(23, 16), DueAt: day(28, 16), Supplements: 1, ResolvedAt: day(27, 10)}
	hist := []intake.DossierEvent{{Kind: "supplemented", DueBefore: day(23, 16), DueAfter: day(28, 16)}}
	if got := RegisterNote(supplemented, hist, day(30, 9)); got != "Yêu cầu bổ sung 1 lần" {
		t.Errorf("supplemented on time: %q", got)
	}
	apologised := intake.Dossier{Status: intake.Processing, FirstDueAt: day(23, 16), DueAt: day(27, 16), Apologies: 1}
	hist = []intake.DossierEvent{{Kind: "apologised", DueBefore: day(23, 16), DueAfter: day(27, 16)}}
	if got := RegisterNote(apologised, hist, day(24, 9)); got != "Quá hạn 1 ngày; Đã xin lỗi, hẹn lại (1 lần)" {
		t.Errorf("apologised, open: %q", got)
	}
	sameDay := intake.Dossier{Status: intake.Mailed, FirstDueAt: day(23, 10), DueAt: day(23, 10), ResolvedAt: day(23, 15)}
	if got := RegisterNote(sameDay, nil, day(24, 9)); got != "Trễ hạn dưới 1 ngày; Trả qua bưu chính" {
		t.Errorf("late by hours, mailed: %q", got)
	}
	waiting := intake.Dossier{Status: intake.AwaitingSupplement, FirstDueAt: day(23, 10), DueAt: day(23, 10), Supplements: 1}
	if got := RegisterNote(waiting, nil, day(29, 9)); got != "Yêu cầu bổ sung 1 lần; Chờ bổ sung" {
		t.Errorf("awaiting supplement is not overdue: %q", got)
	}
}

// pdfToText extracts the text of a PDF with pdftotext -layout.
func pdfToText(t *testing.T, pdf []byte) (string, error) {
	t.Helper()
	cmd := exec.Command(needTool(t, "pdftotext"), "-layout", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = strings.NewReader(string(pdf))
	out, err := cmd.Output()
	return string(out), err
}

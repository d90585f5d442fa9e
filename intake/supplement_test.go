package intake_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"motcua/assets/i18n"
	"motcua/intake"
)

func TestSecondSupplementIsDeliberate(t *testing.T) {
	desk, clock := newDesk(t)
	ctx := context.Background()
	d := must(desk.Receive(ctx, form("k", maritalCert)))(t)
	if _, err := desk.RequestSupplement(ctx, d.Code, intake.SupplementRequest{By: clerk2}); !errors.Is(err, intake.ErrMissingRequired) {
		t.Fatalf("no missing papers: %v", err)
	}
	// The first request needs no confirmation.
	d = must(desk.RequestSupplement(ctx, d.Code, intake.SupplementRequest{
		Missing: []string{"Bản sao giấy chứng tử của vợ", " "}, Reason: "Thiếu giấy tờ", By: clerk2,
	}))(t)
	if d.Status != intake.AwaitingSupplement || d.Supplements != 1 {
		t.Fatalf("after first: %s %d", d.Status, d.Supplements)
	}
	// The citizen brings it two days later: counting starts again.
	clock.Set(local(2026, 10, 21, 10, 0))
	d = must(desk.ReceiveSupplement(ctx, d.Code, clerk2, "Đã nộp bổ sung"))(t)
	if want := local(2026, 10, 26, 16, 0); d.Status != intake.Processing || !d.DueAt.Equal(want) || !d.FirstDueAt.Equal(local(2026, 10, 22, 16, 0)) {
		t.Fatalf("after supplement: %s due %s first %s", d.Status, d.DueAt, d.FirstDueAt)
	}
	second := intake.SupplementRequest{Missing: []string{"Trích lục ly hôn"}, By: clerk2}
	_, err := desk.RequestSupplement(ctx, d.Code, second)
	if !errors.Is(err, intake.ErrConfirmRequired) || !strings.Contains(intake.Message(i18n.VI, err), "đã được yêu cầu bổ sung một lần") {
		t.Fatalf("second without confirmation: %v", err)
	}
	second.Confirm = true
	if _, err := desk.RequestSupplement(ctx, d.Code, second); !errors.Is(err, intake.ErrReasonRequired) {
		t.Fatalf("second without reason: %v", err)
	}
	second.Reason = "Phát hiện khi thẩm định: cần trích lục ly hôn"
	d = must(desk.RequestSupplement(ctx, d.Code, second))(t)
	if d.Supplements != 2 {
		t.Fatalf("supplements %d", d.Supplements)
	}
	var reqs []intake.DossierEvent
	for _, e := range must(desk.History(ctx, d.Code))(t) {
		if e.Kind == "supplement_requested" {
			reqs = append(reqs, e)
		}
	}
	if len(reqs) != 2 || reqs[0].Nth != 1 || reqs[0].Confirmed || reqs[1].Nth != 2 || !reqs[1].Confirmed ||
		reqs[1].Reason != second.Reason || len(reqs[0].Missing) != 1 || reqs[1].Missing[0] != "Trích lục ly hôn" {
		t.Fatalf("recorded requests: %+v", reqs)
	}
	events := must(desk.DB().Events(ctx, 0, 100))(t)
	if last := events[len(events)-1]; last.Kind != "dossier.supplement_requested" || !strings.Contains(string(last.Payload), `"confirmed":true`) {
		t.Fatalf("outbox: %s %s", last.Kind, last.Payload)
	}
	// Awaiting a supplement, the dossier is not overdue whatever the date.
	clock.Set(local(2026, 12, 1, 9, 0))
	if n := len(must(desk.Overdue(ctx))(t)); n != 0 {
		t.Fatalf("%d overdue while awaiting the citizen", n)
	}
}

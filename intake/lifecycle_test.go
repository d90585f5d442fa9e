package intake_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"motcua/assets/i18n"
	"motcua/intake"
)

var clerk2 = intake.Actor{Counter: 2, Clerk: "Trần Văn Minh"}

func TestLifeToReturnAtTheCounter(t *testing.T) {
	desk, clock := newDesk(t)
	ctx := context.Background()
	d := must(desk.Receive(ctx, form("k", maritalCert)))(t)
	clock.Advance(time.Hour)
	d = must(desk.StartProcessing(ctx, d.Code, clerk2))(t)
	if d.Status != intake.Processing {
		t.Fatalf("status %s", d.Status)
	}
	clock.Advance(24 * time.Hour)
	d = must(desk.Resolve(ctx, d.Lookup, clerk2, "Đã ký"))(t) // by lookup code
	if d.Status != intake.Resolved || !d.ResolvedAt.Equal(clock.Now()) {
		t.Fatalf("resolved: %s at %s", d.Status, d.ResolvedAt)
	}
	clock.Advance(time.Hour)
	d = must(desk.Return(ctx, d.ID, intake.Actor{Counter: 1, Clerk: "Nguyễn Thị Lan"}, ""))(t) // by ID
	if d.Status != intake.Returned || !d.FinishedAt.Equal(clock.Now()) {
		t.Fatalf("returned: %s at %s", d.Status, d.FinishedAt)
	}
	hist := must(desk.History(ctx, d.Code))(t)
	var kinds []string
	for _, e := range hist {
		kinds = append(kinds, e.Kind+":"+string(e.From)+">"+string(e.To))
	}
	want := "received:>received processing:received>processing resolved:processing>resolved returned:resolved>returned"
	if got := strings.Join(kinds, " "); got != want {
		t.Fatalf("history %s\nwant    %s", got, want)
	}
	if hist[1].Counter != 2 || hist[1].Clerk != "Trần Văn Minh" || !hist[3].At.Equal(clock.Now()) || hist[2].Note != "Đã ký" {
		t.Fatalf("who and when: %+v", hist)
	}
	events := must(desk.DB().Events(ctx, 0, 100))(t)
	var outbox []string
	for _, e := range events {
		if strings.HasPrefix(e.Kind, "dossier.") {
			outbox = append(outbox, e.Kind)
		}
	}
	if got := strings.Join(outbox, " "); got != "dossier.received dossier.processing dossier.resolved dossier.returned" {
		t.Fatalf("outbox: %s", got)
	}
}

func TestMailedByPost(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	in := form("k", birthReg)
	in.Return, in.PostalAddress = intake.ByPost, "Thôn 3, xã Tân Hòa"
	d := must(desk.Receive(ctx, in))(t)
	must(desk.Resolve(ctx, d.Code, clerk2, ""))(t)
	d = must(desk.Mail(ctx, d.Code, clerk2, "Bưu gửi EA123456789VN"))(t)
	if d.Status != intake.Mailed || d.Return != intake.ByPost || d.PostalAddress != "Thôn 3, xã Tân Hòa" {
		t.Fatalf("%+v", d)
	}
}

func TestInvalidTransitions(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	d := must(desk.Receive(ctx, form("k", birthReg)))(t)
	// Received: cannot return or mail before a result.
	for name, f := range map[string]func() error{
		"return": func() error { _, err := desk.Return(ctx, d.Code, clerk2, ""); return err },
		"mail":   func() error { _, err := desk.Mail(ctx, d.Code, clerk2, ""); return err },
		"supplemented": func() error {
			_, err := desk.ReceiveSupplement(ctx, d.Code, clerk2, "")
			return err
		},
	} {
		if err := f(); !errors.Is(err, intake.ErrInvalidTransition) {
			t.Errorf("%s from received: %v", name, err)
		}
	}
	must(desk.Refuse(ctx, d.Code, "Không thuộc thẩm quyền của xã", clerk2))(t)
	// Refused is final.
	_, err := desk.Resolve(ctx, d.Code, clerk2, "")
	var te *intake.TransitionError
	if !errors.As(err, &te) || te.Action != intake.ActResolve || te.From != intake.Refused {
		t.Fatalf("resolve a refused dossier: %v", err)
	}
	if msg := intake.Message(i18n.VI, err); msg != "Không thể ghi nhận có kết quả khi hồ sơ ở trạng thái “Từ chối giải quyết”." {
		t.Fatalf("message: %s", msg)
	}
	if _, err := desk.StartProcessing(ctx, "H99.99.01.01-261019-0999", clerk2); !errors.Is(err, intake.ErrDossierNotFound) {
		t.Fatalf("unknown dossier: %v", err)
	}
	// Every step's allowed states, against the table in the package.
	all := []intake.Status{intake.Received, intake.Processing, intake.AwaitingSupplement, intake.Resolved, intake.Returned, intake.Mailed, intake.Refused}
	for _, s := range all[3:] {
		for _, a := range []intake.Action{intake.ActProcess, intake.ActResolve, intake.ActRequestSupplement, intake.ActRefuse, intake.ActApologise} {
			if a.Allows(s) {
				t.Errorf("%s allowed from %s", a, s)
			}
		}
	}
}

func TestRefuseNeedsAReason(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	d := must(desk.Receive(ctx, form("k", birthReg)))(t)
	if _, err := desk.Refuse(ctx, d.Code, " \x1b[0m ", clerk2); !errors.Is(err, intake.ErrReasonRequired) {
		t.Fatalf("refuse without reason: %v", err)
	}
	d = must(desk.Refuse(ctx, d.Code, "Hồ sơ không thuộc thẩm quyền", clerk2))(t)
	hist := must(desk.History(ctx, d.Code))(t)
	if d.Status != intake.Refused || hist[len(hist)-1].Reason != "Hồ sơ không thuộc thẩm quyền" {
		t.Fatalf("%s %+v", d.Status, hist[len(hist)-1])
	}
}

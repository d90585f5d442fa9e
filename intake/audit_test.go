package intake_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"motcua/assets/i18n"
	"motcua/intake"
	"motcua/store"
)

func TestEveryDeskStepLeavesOneAuditEntry(t *testing.T) {
	desk, clock := newDesk(t)
	db := desk.DB()
	ctx := store.WithActor(context.Background(), store.Actor{Account: "minh", Remote: "192.168.1.32:51000"})
	seen := 0
	expect := func(what string, counter int, action, code, reason string) {
		t.Helper()
		all := must(db.AuditTrail(ctx, store.AuditFilter{}))(t)
		if len(all) != seen+1 {
			t.Fatalf("%s left %d audit entries, want 1", what, len(all)-seen)
		}
		e := all[0]
		want := code
		if reason != "" {
			want += " " + reason
		}
		if e.Account != "minh" || e.Remote != "192.168.1.32:51000" || e.Counter != counter || e.Action != action ||
			e.Detail != want || !e.At.Equal(clock.Now()) {
			t.Fatalf("%s: audit %+v, want %s at counter %d, %q", what, e, action, counter, want)
		}
		if strings.Contains(e.Detail, citizen().Name) || strings.Contains(e.Detail, citizen().IDNumber) {
			t.Fatalf("%s: audit names the citizen: %q", what, e.Detail)
		}
		seen++
		clock.Advance(time.Hour)
	}
	d := must(desk.Receive(ctx, form("k1", maritalCert)))(t)
	expect("receive", 1, intake.ActionReceive, d.Code, "")
	must(desk.Receive(ctx, form("k1", maritalCert)))(t) // the same form saved twice writes nothing
	if n := must(db.AuditCount(ctx, store.AuditFilter{}))(t); n != seen {
		t.Fatalf("saving the same form again was audited (%d entries)", n)
	}
	must(desk.StartProcessing(ctx, d.Code, clerk2))(t)
	expect("process", 2, intake.ActionProcess, d.Code, "")
	must(desk.RequestSupplement(ctx, d.Code, intake.SupplementRequest{Missing: []string{"Trích lục"}, By: clerk2}))(t)
	expect("supplement", 2, intake.ActionSupplement, d.Code, "")
	must(desk.ReceiveSupplement(ctx, d.Code, clerk2, ""))(t)
	expect("supplement received", 2, intake.ActionSupplementReceived, d.Code, "")
	must(desk.Apologise(ctx, d.Code, "Chờ xác minh", clock.Now().AddDate(0, 0, 14), clerk2))(t)
	expect("apology", 2, intake.ActionApology, d.Code, "Chờ xác minh")
	must(desk.Resolve(ctx, d.Code, clerk2, ""))(t)
	expect("resolve", 2, intake.ActionResolve, d.Code, "")
	must(desk.Return(ctx, d.Code, clerk2, ""))(t)
	expect("return", 2, intake.ActionReturn, d.Code, "")

	r := must(desk.Receive(ctx, form("k2", birthReg)))(t)
	expect("receive", 1, intake.ActionReceive, r.Code, "")
	must(desk.Refuse(ctx, r.Code, "Không thuộc thẩm quyền", clerk2))(t)
	expect("refuse", 2, intake.ActionRefuse, r.Code, "Không thuộc thẩm quyền")
	if _, err := desk.Refuse(ctx, r.Code, "lần nữa", clerk2); err == nil {
		t.Fatal("refusing a refused dossier succeeded")
	}
	if n := must(db.AuditCount(ctx, store.AuditFilter{}))(t); n != seen {
		t.Fatalf("a refused step was audited")
	}
	// each entry went to the outbox too, just before its dossier event
	events := must(db.Events(ctx, 0, 1000))(t)
	sent := 0
	for i, e := range events {
		if e.Kind != store.AuditEventKind {
			continue
		}
		sent++
		if i+1 >= len(events) || !strings.HasPrefix(events[i+1].Kind, "dossier.") {
			t.Fatalf("audit event %d is not followed by its dossier event", e.Seq)
		}
	}
	if sent != seen {
		t.Fatalf("%d audit.recorded events for %d entries", sent, seen)
	}
}

func TestReprintIsAudited(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := store.WithActor(context.Background(), store.Actor{Account: "lan"})
	d := must(desk.Receive(ctx, form("k1", birthReg)))(t)
	if err := desk.Reprinted(ctx, strings.ToLower(d.Code), "receipt", clerk2); err != nil {
		t.Fatal(err)
	}
	es := must(desk.DB().AuditTrail(ctx, store.AuditFilter{Action: intake.ActionReprint}))(t)
	if len(es) != 1 || es[0].Detail != d.Code+" receipt" || es[0].Counter != 2 || es[0].Account != "lan" {
		t.Fatalf("reprint audit = %+v", es)
	}
	if err := desk.Reprinted(ctx, "no-such-dossier", "receipt", clerk2); err == nil {
		t.Fatal("reprint of an unknown dossier recorded")
	}
}

func TestDeskAuditActionsHaveNames(t *testing.T) {
	for _, a := range []string{intake.ActionReceive, intake.ActionProcess, intake.ActionSupplement,
		intake.ActionSupplementReceived, intake.ActionRefuse, intake.ActionApology, intake.ActionResolve,
		intake.ActionReturn, intake.ActionMail, intake.ActionReprint} {
		if !i18n.Has("audit.action." + a) {
			t.Errorf("audit action %s has no translation audit.action.%s", a, a)
		}
	}
}

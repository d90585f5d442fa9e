package queue_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/store"
)

// auditSince returns the audit entries recorded after the first n, oldest
// first.
func auditSince(t *testing.T, db *store.DB, n int) []store.AuditEntry {
	t.Helper()
	all := must(db.AuditTrail(context.Background(), store.AuditFilter{}))(t)
	var out []store.AuditEntry
	for i := len(all) - 1 - n; i >= 0; i-- {
		out = append(out, all[i])
	}
	return out
}

func TestEveryClerkActionLeavesOneAuditEntry(t *testing.T) {
	st, clock := newStation(t)
	db := st.DB()
	clerk := store.WithActor(context.Background(), store.Actor{Account: "lan", Remote: "192.168.1.31:40022"})
	seen := len(must(db.AuditTrail(clerk, store.AuditFilter{}))(t))
	expect := func(what string, counter int, action, detail string) {
		t.Helper()
		es := auditSince(t, db, seen)
		if len(es) != 1 {
			t.Fatalf("%s left %d audit entries, want 1: %+v", what, len(es), es)
		}
		e := es[0]
		if e.Account != "lan" || e.Remote != "192.168.1.31:40022" || e.Counter != counter || e.Action != action ||
			e.Detail != detail || !e.At.Equal(clock.Now()) {
			t.Fatalf("%s: audit %+v, want lan at counter %d %s %q at %v", what, e, counter, action, detail, clock.Now())
		}
		seen++
		clock.Advance(time.Minute)
	}
	a := must(st.Issue(clerk, "hotich", ""))(t)
	if es := auditSince(t, db, seen); len(es) != 0 {
		t.Fatalf("issuing a ticket was audited: %+v", es)
	}
	b := must(st.Issue(clerk, "hotich", ""))(t)
	must(st.CallNext(clerk, 1))(t)
	expect("call", 1, queue.ActionCall, a.Display)
	must(st.Recall(clerk, 1))(t)
	expect("recall", 1, queue.ActionRecall, a.Display)
	must(st.Transfer(clerk, 1, queue.Target{Counter: 3}))(t)
	expect("transfer", 1, queue.ActionTransfer, a.Display+" service=hotich counter=3")
	must(st.CallTicket(clerk, 1, b.ID, "hẹn trước"))(t)
	expect("out-of-order call", 1, queue.ActionCallOutOfOrder, b.Display+" hẹn trước")
	must(st.Finish(clerk, 1, queue.Received))(t)
	expect("finish", 1, queue.ActionFinish, b.Display+" received")
	must(st.CallNext(clerk, 3))(t)
	expect("call transferred", 3, queue.ActionCall, a.Display)
	for range 2 {
		must(st.Recall(clerk, 3))(t)
		expect("recall", 3, queue.ActionRecall, a.Display)
	}
	must(st.NoShow(clerk, 3))(t)
	expect("no-show", 3, queue.ActionNoShow, a.Display)
	must(0, st.Pause(clerk, 2, "họp"))(t)
	expect("pause", 2, queue.ActionCounterPause, "họp")
	must(0, st.Resume(clerk, 2))(t)
	expect("resume", 2, queue.ActionCounterResume, "")
	must(0, st.CloseCounter(clerk, 2))(t)
	expect("close", 2, queue.ActionCounterClose, "")
	must(0, st.OpenCounter(clerk, 2, "Trần Minh"))(t)
	expect("open", 2, queue.ActionCounterOpen, "Trần Minh")
	must(0, st.SetSetting(clerk, "board.notice", "Nghỉ trưa 11:30"))(t)
	expect("setting", 0, queue.ActionSettingsChange, "board.notice=Nghỉ trưa 11:30")

	// a refused action leaves nothing
	if _, err := st.NoShow(clerk, 1); err == nil {
		t.Fatal("no-show at an idle counter succeeded")
	}
	if es := auditSince(t, db, seen); len(es) != 0 {
		t.Fatalf("a refused action was audited: %+v", es)
	}
}

func TestAuditAtThisPCHasNoAccount(t *testing.T) {
	st, _ := newStation(t)
	ctx := context.Background()
	must(st.Issue(ctx, "hotich", ""))(t)
	must(st.CallNext(ctx, 1))(t)
	es := must(st.DB().AuditTrail(ctx, store.AuditFilter{Action: queue.ActionCall}))(t)
	if len(es) != 1 || es[0].Account != "" || es[0].Remote != "" || es[0].Counter != 1 {
		t.Fatalf("call at the PC audited as %+v", es)
	}
}

func TestSettingsAuditHidesSecretsAndRecordsPolicyChanges(t *testing.T) {
	st, _ := newStation(t)
	ctx := store.WithActor(context.Background(), store.Actor{Account: "quantri"})
	must(0, st.SetSetting(ctx, "kiosk.pin", "4711"))(t)
	p := queue.DefaultPolicy
	p.MaxPriorityRun++
	p.RecallsBeforeNoShow++
	must(0, st.SetPolicy(ctx, p))(t)
	must(0, st.SetPolicy(ctx, p))(t) // nothing changes: nothing recorded
	es := must(st.DB().AuditTrail(ctx, store.AuditFilter{Action: queue.ActionSettingsChange}))(t)
	var got []string
	for _, e := range es {
		got = append(got, e.Detail)
		if strings.Contains(e.Detail, "4711") || e.Account != "quantri" {
			t.Fatalf("audit %+v", e)
		}
	}
	want := []string{
		"policy.recalls_before_no_show=" + strconv.Itoa(p.RecallsBeforeNoShow),
		"policy.max_priority_run=" + strconv.Itoa(p.MaxPriorityRun),
		"kiosk.pin=***",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("settings audit = %q, want %q", got, want)
	}
	// a refused setting is not recorded
	if err := st.SetSetting(ctx, "policy.max_priority_run", "0"); err == nil {
		t.Fatal("max priority run 0 accepted")
	}
	if n := must(st.DB().AuditCount(ctx, store.AuditFilter{Action: queue.ActionSettingsChange}))(t); n != 3 {
		t.Fatalf("%d settings entries after a refused change, want 3", n)
	}
}

func TestQueueAuditActionsHaveNames(t *testing.T) {
	for _, a := range []string{queue.ActionCall, queue.ActionCallOutOfOrder, queue.ActionRecall, queue.ActionNoShow,
		queue.ActionTransfer, queue.ActionFinish, queue.ActionCounterOpen, queue.ActionCounterClose,
		queue.ActionCounterPause, queue.ActionCounterResume, queue.ActionSettingsChange} {
		if !i18n.Has("audit.action." + a) {
			t.Errorf("audit action %s has no translation audit.action.%s", a, a)
		}
	}
}

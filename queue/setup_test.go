package queue_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"motcua/queue"
	"motcua/store"
)

// setupKey is the translation key of a refused change, "" if err is not
// a *queue.SetupError.
func setupKey(err error) string {
	var se *queue.SetupError
	if errors.As(err, &se) {
		return se.Key
	}
	return ""
}

// A new service is offered last, its tickets take its letter; a renamed
// one changes in the next snapshot, which every screen reads.
func TestAddAndUpdateService(t *testing.T) {
	st, _ := newStation(t)
	ctx := context.Background()
	rev := must(st.DB().Revision(ctx))(t)
	sv := queue.Service{Code: "tuphap", Prefix: "f", NameVI: " Tư pháp ", DefaultService: 6 * time.Minute}
	if err := st.AddService(ctx, sv); err != nil {
		t.Fatal(err)
	}
	sn := must(st.Snapshot(ctx))(t)
	if sn.Revision == rev {
		t.Errorf("adding a service did not bump the revision")
	}
	last := sn.Config.Services[len(sn.Config.Services)-1]
	if last.Code != "tuphap" || last.Prefix != "F" || last.NameVI != "Tư pháp" || last.NameEN != "Tư pháp" || last.DefaultService != 6*time.Minute {
		t.Errorf("added service reads %+v", last)
	}
	if err := st.UpdateCounter(ctx, queue.Counter{Number: 1, Services: []string{"hotich", "tuphap"}}); err != nil {
		t.Fatal(err)
	}
	tk := must(st.Issue(ctx, "tuphap", ""))(t)
	if tk.Display != "F001" {
		t.Errorf("first ticket %s, want F001", tk.Display)
	}
	sv.Prefix, sv.NameVI, sv.NameEN = "G", "Tư pháp – Hộ tịch", "Justice"
	if err := st.UpdateService(ctx, sv); err != nil {
		t.Fatal(err)
	}
	cfg := must(st.Config(ctx))(t)
	if got, _ := cfg.Service("tuphap"); got.Prefix != "G" || got.NameEN != "Justice" {
		t.Errorf("updated service reads %+v", got)
	}
	if tk := must(st.Issue(ctx, "tuphap", ""))(t); tk.Display != "G002" {
		t.Errorf("after the new letter the next ticket is %s, want G002", tk.Display)
	}
	// Counter 1 now serves it: its next call takes the new line.
	if got := must(st.CallNext(ctx, 1))(t); got.Service != "tuphap" || got.Display != "F001" {
		t.Errorf("counter 1 called %s of %s, want F001", got.Display, got.Service)
	}
	// A policy change reaches the next call too: FIFO ignores priority.
	if err := st.SetSetting(ctx, queue.SettingPolicyMode, "fifo"); err != nil {
		t.Fatal(err)
	}
	must(st.Finish(ctx, 1, queue.Guided))(t)
	must(st.Issue(ctx, "hotich", "elderly"))(t)
	if got := must(st.CallNext(ctx, 1))(t); got.Display != "G002" {
		t.Errorf("in fifo mode counter 1 called %s, want the older G002", got.Display)
	}
}

func TestServiceRefusals(t *testing.T) {
	st, _ := newStation(t)
	ctx := context.Background()
	good := queue.Service{Code: "new", Prefix: "Q", NameVI: "Mới", DefaultService: 5 * time.Minute}
	must(st.Issue(ctx, "chungthuc", ""))(t) // B001 today
	cases := []struct {
		what string
		do   func() error
		key  string
	}{
		{"code taken", func() error { s := good; s.Code = "hotich"; return st.AddService(ctx, s) }, "settings.err.code_taken"},
		{"prefix taken", func() error { s := good; s.Prefix = "A"; return st.AddService(ctx, s) }, "settings.err.prefix_taken"},
		{"bad prefix", func() error { s := good; s.Prefix = "Ư"; return st.AddService(ctx, s) }, "settings.err.prefix"},
		{"no name", func() error { s := good; s.NameVI = " "; return st.AddService(ctx, s) }, "settings.err.name_required"},
		{"zero minutes", func() error { s := good; s.DefaultService = 0; return st.AddService(ctx, s) }, "settings.err.number"},
		{"too many minutes", func() error { s := good; s.DefaultService = 241 * time.Minute; return st.AddService(ctx, s) }, "settings.err.number"},
		{"letter used today", func() error {
			// B is free once chungthuc moves to H, but B001 was issued today.
			s := queue.Service{Code: "chungthuc", Prefix: "H", NameVI: "Chứng thực", DefaultService: 4 * time.Minute}
			if err := st.UpdateService(ctx, s); err != nil {
				return err
			}
			s = good
			s.Prefix = "B"
			return st.AddService(ctx, s)
		}, "settings.err.prefix_used_today"},
	}
	for _, c := range cases {
		if key := setupKey(c.do()); key != c.key {
			t.Errorf("%s: refused with %q, want %q", c.what, key, c.key)
		}
	}
	s := good
	s.Code = "nosuch"
	if err := st.UpdateService(ctx, s); !errors.Is(err, queue.ErrUnknownService) {
		t.Errorf("updating an unknown service: %v", err)
	}
}

func TestMoveService(t *testing.T) {
	st, _ := newStation(t)
	ctx := context.Background()
	codes := func() []string {
		var out []string
		for _, s := range must(st.Config(ctx))(t).Services {
			out = append(out, s.Code)
		}
		return out
	}
	before := codes()
	if err := st.MoveService(ctx, before[1], -1); err != nil {
		t.Fatal(err)
	}
	after := codes()
	if after[0] != before[1] || after[1] != before[0] {
		t.Errorf("moved up: %v → %v", before, after)
	}
	if err := st.MoveService(ctx, after[0], -1); err != nil {
		t.Fatal(err)
	}
	if again := codes(); again[0] != after[0] {
		t.Errorf("moving the first one up changed the order: %v", again)
	}
	if err := st.MoveService(ctx, "nosuch", 1); !errors.Is(err, queue.ErrUnknownService) {
		t.Errorf("moving an unknown service: %v", err)
	}
}

// Every change is in the audit trail as settings.change, under the
// account of the session that made it.
func TestSetupChangesAreAudited(t *testing.T) {
	st, _ := newStation(t)
	ctx := store.WithActor(context.Background(), store.Actor{Account: "admin1", Remote: "10.0.0.5:5555"})
	if err := st.AddGroup(ctx, queue.PriorityGroup{Code: "veteran", NameVI: "Cựu chiến binh"}); err != nil {
		t.Fatal(err)
	}
	if err := st.MoveService(ctx, "datdai", -1); err != nil {
		t.Fatal(err)
	}
	if err := st.AddGroup(ctx, queue.PriorityGroup{Code: "veteran", NameVI: "x"}); err == nil {
		t.Fatal("a second veteran group was accepted")
	}
	trail := must(st.DB().AuditTrail(ctx, store.AuditFilter{Action: "settings."}))(t)
	if len(trail) != 2 {
		t.Fatalf("trail has %d entries, want 2 (the refused change is not one): %+v", len(trail), trail)
	}
	if e := trail[1]; e.Account != "admin1" || e.Action != queue.ActionSettingsChange || e.Detail != "group.add veteran Cựu chiến binh" {
		t.Errorf("first entry %+v", e)
	}
}

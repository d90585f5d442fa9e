package queue_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"motcua/queue"
	"motcua/queue/queuetest"
)

// A new counter can open and call at once; its services show in the
// next snapshot; a closed one is removed.
func TestAddUpdateRemoveCounter(t *testing.T) {
	st, _ := newStation(t)
	ctx := context.Background()
	if err := st.AddCounter(ctx, queue.Counter{Number: 4, Clerk: "Phạm Văn Tư", Services: []string{"xahoi", "xahoi", "hotich"}}); err != nil {
		t.Fatal(err)
	}
	sn := must(st.Snapshot(ctx))(t)
	c, ok := sn.Counter(4)
	if !ok || c.Clerk != "Phạm Văn Tư" || !slices.Equal(c.Services, []string{"hotich", "xahoi"}) || c.State != queue.Closed {
		t.Fatalf("counter 4 reads %+v (found %v)", c, ok)
	}
	must(st.Issue(ctx, "xahoi", ""))(t)
	if err := st.OpenCounter(ctx, 4, ""); err != nil {
		t.Fatal(err)
	}
	tk := must(st.CallNext(ctx, 4))(t)
	if tk.Service != "xahoi" {
		t.Errorf("counter 4 called %s", tk.Display)
	}
	if err := st.RemoveCounter(ctx, 4); setupKey(err) != "settings.err.counter_open" {
		t.Errorf("removing a serving counter: %v", err)
	}
	must(st.Finish(ctx, 4, queue.Guided))(t)
	if err := st.CloseCounter(ctx, 4); err != nil {
		t.Fatal(err)
	}
	if err := st.UpdateCounter(ctx, queue.Counter{Number: 4, Services: []string{"datdai"}}); err != nil {
		t.Fatal(err)
	}
	if c, _ := must(st.Config(ctx))(t).Counter(4); !slices.Equal(c.Services, []string{"datdai"}) || c.Clerk != "" {
		t.Errorf("updated counter 4 reads %+v", c)
	}
	if err := st.RemoveCounter(ctx, 4); err != nil {
		t.Fatal(err)
	}
	if _, ok := must(st.Config(ctx))(t).Counter(4); ok {
		t.Errorf("counter 4 is still there")
	}
	if err := st.RemoveCounter(ctx, 4); !errors.Is(err, queue.ErrUnknownCounter) {
		t.Errorf("removing it again: %v", err)
	}
}

func TestCounterRefusals(t *testing.T) {
	st, _ := queuetest.NewStation(t, queuetest.OpenCounters())
	ctx := context.Background()
	if err := st.AddCounter(ctx, queue.Counter{Number: 2}); setupKey(err) != "settings.err.counter_taken" {
		t.Errorf("a second counter 2: %v", err)
	}
	for _, n := range []int{0, 100} {
		if err := st.AddCounter(ctx, queue.Counter{Number: n}); setupKey(err) != "settings.err.number" {
			t.Errorf("counter %d: %v", n, err)
		}
	}
	if err := st.AddCounter(ctx, queue.Counter{Number: 5, Services: []string{"nosuch"}}); !errors.Is(err, queue.ErrUnknownService) {
		t.Errorf("a counter for an unknown service: %v", err)
	}
	if _, ok := must(st.Config(ctx))(t).Counter(5); ok {
		t.Errorf("the refused counter 5 was kept")
	}
	// datdai is served by counter 2 alone; a citizen waits for it.
	must(st.Issue(ctx, "datdai", ""))(t)
	if err := st.UpdateCounter(ctx, queue.Counter{Number: 2, Services: []string{"chungthuc"}}); setupKey(err) != "settings.err.service_unserved" {
		t.Errorf("leaving datdai unserved: %v", err)
	}
	if err := st.RemoveCounter(ctx, 2); setupKey(err) != "settings.err.service_unserved" {
		t.Errorf("removing datdai's only counter: %v", err)
	}
	if c, _ := must(st.Config(ctx))(t).Counter(2); !c.Serves("datdai") {
		t.Errorf("a refused change was kept: %+v", c)
	}
	// Once another counter serves it, counter 2 may go.
	if err := st.UpdateCounter(ctx, queue.Counter{Number: 3, Services: []string{"xahoi", "datdai"}}); err != nil {
		t.Fatal(err)
	}
	if err := st.RemoveCounter(ctx, 2); err != nil {
		t.Errorf("removing counter 2 once counter 3 serves datdai: %v", err)
	}
}

// A ticket transferred to one counter keeps that counter.
func TestRemoveCounterWithTransfer(t *testing.T) {
	st, _ := newStation(t)
	ctx := context.Background()
	must(st.Issue(ctx, "hotich", ""))(t)
	must(st.CallNext(ctx, 1))(t)
	must(st.Transfer(ctx, 1, queue.Target{Counter: 3}))(t)
	if err := st.CloseCounter(ctx, 3); err != nil {
		t.Fatal(err)
	}
	if err := st.RemoveCounter(ctx, 3); setupKey(err) != "settings.err.counter_has_transfers" {
		t.Errorf("removing a counter a ticket waits for: %v", err)
	}
}

func TestGroups(t *testing.T) {
	st, _ := newStation(t)
	ctx := context.Background()
	if err := st.AddGroup(ctx, queue.PriorityGroup{Code: "veteran", NameVI: "Cựu chiến binh", NameEN: "Veteran"}); err != nil {
		t.Fatal(err)
	}
	gs := must(st.Config(ctx))(t).Groups
	if gs[len(gs)-1].Code != "veteran" {
		t.Errorf("new group is not last: %+v", gs)
	}
	if err := st.AddGroup(ctx, queue.PriorityGroup{Code: "veteran", NameVI: "x"}); setupKey(err) != "settings.err.code_taken" {
		t.Errorf("a second veteran group: %v", err)
	}
	if err := st.UpdateGroup(ctx, queue.PriorityGroup{Code: "veteran", NameVI: "Cựu chiến binh (CCB)"}); err != nil {
		t.Fatal(err)
	}
	if g, _ := must(st.Config(ctx))(t).Group("veteran"); g.NameVI != "Cựu chiến binh (CCB)" || g.NameEN != g.NameVI {
		t.Errorf("renamed group reads %+v", g)
	}
	if err := st.MoveGroup(ctx, "veteran", -1); err != nil {
		t.Fatal(err)
	}
	gs = must(st.Config(ctx))(t).Groups
	if gs[len(gs)-2].Code != "veteran" {
		t.Errorf("moved group: %+v", gs)
	}
	must(st.Issue(ctx, "hotich", "veteran"))(t)
	if err := st.RemoveGroup(ctx, "veteran"); setupKey(err) != "settings.err.group_in_use" {
		t.Errorf("removing a group someone waits in: %v", err)
	}
	must(st.CallNext(ctx, 1))(t)
	if err := st.RemoveGroup(ctx, "veteran"); setupKey(err) != "settings.err.group_in_use" {
		t.Errorf("removing a group someone is served in: %v", err)
	}
	must(st.Finish(ctx, 1, queue.Guided))(t)
	if err := st.RemoveGroup(ctx, "veteran"); err != nil {
		t.Fatalf("removing a group once its citizen is served: %v", err)
	}
	if _, ok := must(st.Config(ctx))(t).Group("veteran"); ok {
		t.Errorf("group still there")
	}
	if _, err := st.Issue(ctx, "hotich", "veteran"); !errors.Is(err, queue.ErrUnknownGroup) {
		t.Errorf("a ticket for a removed group: %v", err)
	}
	if err := st.RemoveGroup(ctx, "veteran"); !errors.Is(err, queue.ErrUnknownGroup) {
		t.Errorf("removing it twice: %v", err)
	}
}

// SetSetting stores the checked value: the notice reaches the next
// snapshot trimmed and in NFC; a bad printer kind is refused.
func TestSetSetting(t *testing.T) {
	st, _ := newStation(t)
	ctx := context.Background()
	if err := st.SetSetting(ctx, queue.SettingNotice, "  Nghỉ trưa 11:30\u201313:30 "); err != nil {
		t.Fatal(err)
	}
	if got := must(st.Snapshot(ctx))(t).Config.Notice; got != "Nghỉ trưa 11:30–13:30" {
		t.Errorf("notice reads %q", got)
	}
	if err := st.SetSetting(ctx, "counter.1.printer.kind", "laser"); !errors.Is(err, queue.ErrInvalidSettings) {
		t.Errorf("bad printer kind: %v", err)
	}
	if err := st.SetSetting(ctx, queue.SettingMaxRun, " 5"); err != nil {
		t.Fatal(err)
	}
	if p := must(st.Config(ctx))(t).Policy; p.MaxPriorityRun != 5 {
		t.Errorf("K reads %d", p.MaxPriorityRun)
	}
}

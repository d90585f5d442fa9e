package counter

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/store"
)

var ctx = context.Background()

func counterState(t *testing.T, st *queue.Station, n int) queue.Counter {
	t.Helper()
	sn := must(st.Snapshot(ctx))(t)
	c, ok := sn.Counter(n)
	if !ok {
		t.Fatalf("no counter %d", n)
	}
	return c
}

func ticketsWith(t *testing.T, st *queue.Station, status queue.Status) []queue.Ticket {
	t.Helper()
	var out []queue.Ticket
	for _, tk := range must(st.TicketsOfDay(ctx, store.Day(st.Now())))(t) {
		if tk.Status == status {
			out = append(out, tk)
		}
	}
	return out
}

func serve(d *driver) {
	d.Test().Helper()
	d.Press("n")
	d.idle()
	if d.m.serving() == nil {
		d.Test().Fatalf("n did not call a ticket: %+v", d.m.note)
	}
}

func TestOpensOnStartClosesOnQuit(t *testing.T) {
	st, _ := newStation(t)
	if c := counterState(t, st, 1); c.State != queue.Closed {
		t.Fatalf("counter 1 before the screen: %s", c.State)
	}
	d := newDriver(t, st, i18n.VI)
	if c := counterState(t, st, 1); c.State != queue.Open || c.Clerk != "Nguyễn Thị Lan" {
		t.Fatalf("after start: %+v", c)
	}
	d.Press("q")
	d.Until("quit", func(Model) bool { return d.quit })
	if c := counterState(t, st, 1); c.State != queue.Closed {
		t.Fatalf("after q: %s", c.State)
	}
}

func TestClerkOptionAndLauncherBack(t *testing.T) {
	st, _ := newStation(t)
	d := openDriver(t, Options{Station: st, Number: 1, Clerk: "Phạm Thu Hà", Lang: i18n.VI})
	d.Until("loaded", func(m Model) bool { return m.loaded })
	if c := counterState(t, st, 1); c.Clerk != "Phạm Thu Hà" {
		t.Fatalf("clerk %q", c.Clerk)
	}
	if !strings.Contains(d.m.View().Content, "Phạm Thu Hà") {
		t.Fatal("clerk name not in the header")
	}
	d.Press("q")
	d.Until("back", func(Model) bool { return d.back || d.quit })
	if d.quit {
		t.Fatal("inside the launcher q must go back, not end the program")
	}
}

func TestCallNextThenFinishReceived(t *testing.T) {
	st, clock := newStation(t)
	issueMorning(t, st, clock)
	d := newDriver(t, st, i18n.VI)
	serve(d)
	id := d.m.serving().ID
	if got := must(st.Ticket(ctx, id))(t); got.Status != queue.Serving || got.Counter != 1 {
		t.Fatalf("called ticket: %+v", got)
	}
	d.Press("f")
	if d.m.mode != modeOutcome {
		t.Fatalf("f opened mode %d", d.m.mode)
	}
	d.Press("2")
	d.idle()
	got := must(st.Ticket(ctx, id))(t)
	if got.Status != queue.Done || got.Outcome != queue.Received {
		t.Fatalf("after f 2: %s %s", got.Status, got.Outcome)
	}
	if d.m.serving() != nil || d.m.mode != modeMain {
		t.Fatal("screen still serving after finish")
	}
	if !strings.Contains(d.m.View().Content, "đã tiếp nhận hồ sơ") && !strings.Contains(d.m.View().Content, "Đã tiếp nhận hồ sơ") {
		t.Fatalf("no finish notice:\n%s", d.m.View().Content)
	}
}

func TestOutcomePickerByArrowsAndEsc(t *testing.T) {
	st, clock := newStation(t)
	issueMorning(t, st, clock)
	d := newDriver(t, st, i18n.EN)
	serve(d)
	id := d.m.serving().ID
	d.Press("f", "esc")
	if d.m.mode != modeMain || must(st.Ticket(ctx, id))(t).Status != queue.Serving {
		t.Fatal("esc did not cancel the outcome picker")
	}
	d.Press("f", "down", "down", "enter")
	d.idle()
	if got := must(st.Ticket(ctx, id))(t); got.Outcome != queue.Referred {
		t.Fatalf("third outcome: %s", got.Outcome)
	}
}

func TestNoShowOnlyAfterRecalls(t *testing.T) {
	st, clock := newStation(t)
	issueMorning(t, st, clock)
	d := newDriver(t, st, i18n.VI)
	serve(d)
	id := d.m.serving().ID
	d.Press("x")
	d.idle()
	if !errors.Is(d.m.note.err, queue.ErrTooFewRecalls) {
		t.Fatalf("x before recalls: %v", d.m.note.err)
	}
	want := d.m.ErrorText(d.m.note.err)
	if want != i18n.T(i18n.VI, "queue.err.too_few_recalls", 2) || !strings.Contains(d.m.View().Content, want) {
		t.Fatalf("error sentence %q not shown", want)
	}
	if got := must(st.Ticket(ctx, id))(t); got.Status != queue.Serving {
		t.Fatalf("ticket after refused no-show: %s", got.Status)
	}
	d.Press("r")
	d.idle()
	if d.m.note.err != nil {
		t.Fatalf("recall: %v", d.m.note.err)
	}
	d.Press("r")
	d.idle()
	if d.m.serving().Recalls != 2 {
		t.Fatalf("recalls shown: %d", d.m.serving().Recalls)
	}
	d.Press("x")
	d.idle()
	if got := must(st.Ticket(ctx, id))(t); got.Status != queue.NoShow {
		t.Fatalf("after two recalls and x: %s (%v)", got.Status, d.m.note.err)
	}
}

func TestCallOutOfOrderNeedsReason(t *testing.T) {
	st, clock := newStation(t)
	issueMorning(t, st, clock)
	d := newDriver(t, st, i18n.VI)
	d.Press("down", "down", "down")
	chosen, _ := d.m.highlighted()
	if chosen.ID != d.m.waiting[3].ID {
		t.Fatal("cursor did not move to the fourth ticket")
	}
	d.Press("o")
	if d.m.mode != modeReason {
		t.Fatal("o did not ask for a reason")
	}
	d.Press("enter")
	d.Type("   ")
	d.Press("enter")
	if d.m.mode != modeReason || !errors.Is(d.m.note.err, queue.ErrReasonRequired) {
		t.Fatalf("empty reason accepted: mode %d note %+v", d.m.mode, d.m.note)
	}
	if len(ticketsWith(t, st, queue.Serving)) != 0 {
		t.Fatal("a ticket was called without a reason")
	}
	d.Type("cụ già đứng không lâu được")
	d.Press("enter")
	d.idle()
	got := must(st.Ticket(ctx, chosen.ID))(t)
	if got.Status != queue.Serving || got.Counter != 1 {
		t.Fatalf("chosen ticket: %+v (note %+v)", got, d.m.note)
	}
	if d.m.serving() == nil || d.m.serving().ID != chosen.ID {
		t.Fatal("screen does not show the chosen ticket")
	}
}

func TestTransferToCounter2(t *testing.T) {
	st, clock := newStation(t)
	issueMorning(t, st, clock)
	d := newDriver(t, st, i18n.VI)
	serve(d)
	id := d.m.serving().ID
	d.Press("t")
	if d.m.mode != modeTransfer {
		t.Fatal("t did not open the transfer picker")
	}
	digit := 0
	for k, i := range d.m.choices() {
		if d.m.picks[i].target.Counter == 2 {
			digit = k + 1
		}
	}
	if digit == 0 {
		t.Fatal("counter 2 not offered")
	}
	for _, p := range d.m.picks {
		if p.target.Counter == 1 {
			t.Fatal("own counter offered as a transfer target")
		}
	}
	d.Press(string(rune('0' + digit)))
	d.idle()
	got := must(st.Ticket(ctx, id))(t)
	if got.Status != queue.Waiting || got.TargetCounter != 2 {
		t.Fatalf("after transfer: %s target %d (%v)", got.Status, got.TargetCounter, d.m.note.err)
	}
	if slices.ContainsFunc(d.m.waiting, func(w queue.Ticket) bool { return w.ID == id }) {
		t.Fatal("a ticket sent to counter 2 is still in counter 1's list")
	}
}

func TestTransferToService(t *testing.T) {
	st, clock := newStation(t)
	issueMorning(t, st, clock)
	d := newDriver(t, st, i18n.VI)
	serve(d)
	cur := *d.m.serving()
	d.Press("t", "esc")
	if d.m.mode != modeMain || d.m.serving() == nil {
		t.Fatal("esc did not cancel the transfer")
	}
	d.Press("t")
	for _, p := range d.m.picks {
		if p.heading == "" && p.target.Counter == 0 && p.target.Service == cur.Service {
			t.Fatal("the ticket's own service offered")
		}
	}
	d.Press("enter") // first choice: the first other service
	d.idle()
	got := must(st.Ticket(ctx, cur.ID))(t)
	if got.Status != queue.Waiting || got.Service == cur.Service || got.TargetCounter != 0 {
		t.Fatalf("after transfer: %+v", got)
	}
}

func TestPauseRequiresReasonAndResumes(t *testing.T) {
	st, clock := newStation(t)
	issueMorning(t, st, clock)
	d := newDriver(t, st, i18n.VI)
	d.Press("p", "enter")
	if d.m.mode != modeReason || !errors.Is(d.m.note.err, queue.ErrReasonRequired) {
		t.Fatal("pause without reason not refused")
	}
	if c := counterState(t, st, 1); c.State != queue.Open {
		t.Fatalf("counter %s after refused pause", c.State)
	}
	d.Type("Họp giao ban")
	d.Press("enter")
	d.idle()
	if c := counterState(t, st, 1); c.State != queue.Paused || c.PauseReason != "Họp giao ban" {
		t.Fatalf("after pause: %+v", c)
	}
	if !strings.Contains(d.m.View().Content, "Họp giao ban") {
		t.Fatal("pause reason not in the header")
	}
	d.Press("n")
	d.idle()
	if !errors.Is(d.m.note.err, queue.ErrCounterPaused) || len(ticketsWith(t, st, queue.Serving)) != 0 {
		t.Fatal("a paused counter called a ticket")
	}
	d.Press("p")
	d.idle()
	if c := counterState(t, st, 1); c.State != queue.Open {
		t.Fatalf("after resume: %s", c.State)
	}
}

func TestPauseRefusedWhileServing(t *testing.T) {
	st, clock := newStation(t)
	issueMorning(t, st, clock)
	d := newDriver(t, st, i18n.VI)
	serve(d)
	d.Press("p")
	if d.m.mode != modeMain || !errors.Is(d.m.note.err, queue.ErrCounterBusy) {
		t.Fatalf("p while serving: mode %d note %+v", d.m.mode, d.m.note)
	}
}

func TestTwoQuickCallsCallOneTicket(t *testing.T) {
	st, clock := newStation(t)
	issueMorning(t, st, clock)
	d := newDriver(t, st, i18n.VI)
	d.Press("n", "n", "space", "enter")
	d.idle()
	if n := len(ticketsWith(t, st, queue.Serving)); n != 1 {
		t.Fatalf("%d tickets serving after a burst of presses", n)
	}
	if d.m.note.err != nil || d.m.note.key != "counter.done.called" {
		t.Fatalf("a second call reached the queue: %+v", d.m.note)
	}
	// The queue refuses a second call while serving; the screen says why.
	d.Press("n")
	d.idle()
	if !errors.Is(d.m.note.err, queue.ErrCounterBusy) {
		t.Fatalf("n while serving: %+v", d.m.note)
	}
}

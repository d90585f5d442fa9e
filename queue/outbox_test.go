package queue_test

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"motcua/queue"
	"motcua/store"
)

// ticketEvent is the payload of a ticket.* outbox row, as the hub reads it.
type ticketEvent struct {
	Event   string `json:"event"`
	At      int64  `json:"at"`
	Counter int    `json:"counter"`
	Detail  string `json:"detail"`
	Ticket  struct {
		ID        string `json:"id"`
		Day       string `json:"day"`
		Display   string `json:"display"`
		Service   string `json:"service"`
		Priority  string `json:"priority"`
		Status    string `json:"status"`
		IssuedAt  int64  `json:"issued_at"`
		QueuedAt  int64  `json:"queued_at"`
		Target    int    `json:"target_counter"`
		Recalls   int    `json:"recalls"`
		Transfers int    `json:"transfers"`
		Outcome   string `json:"outcome"`
	} `json:"ticket"`
}

func decodeTicketEvent(t *testing.T, e store.Event) ticketEvent {
	t.Helper()
	var p ticketEvent
	if err := json.Unmarshal(e.Payload, &p); err != nil {
		t.Fatalf("outbox row %d (%s): %v", e.Seq, e.Kind, err)
	}
	return p
}

// TestEveryChangeHasItsOutboxRow performs every kind of change once and
// checks that each appended exactly one outbox row, in sequence, with the
// change's kind, time and ticket — preceded by one audit.recorded row
// naming the action when a clerk made the change (issuing is the
// citizen's, not audited); and that a refused change (an error) appended
// nothing.
func TestEveryChangeHasItsOutboxRow(t *testing.T) {
	ctx := context.Background()
	st, clock := newStation(t)
	db := st.DB()
	last := int64(0)
	if evs := must(db.Events(ctx, 0, 1000))(t); len(evs) > 0 {
		last = evs[len(evs)-1].Seq // the counters opened by newStation
	}
	var ticket string
	audited := map[string]string{
		"ticket.called": queue.ActionCall, "ticket.called_out_of_order": queue.ActionCallOutOfOrder,
		"ticket.recalled": queue.ActionRecall, "ticket.no_show": queue.ActionNoShow,
		"ticket.transferred": queue.ActionTransfer, "ticket.finished": queue.ActionFinish,
		"counter.paused": queue.ActionCounterPause, "counter.resumed": queue.ActionCounterResume,
		"counter.closed": queue.ActionCounterClose, "counter.opened": queue.ActionCounterOpen,
	}
	expect := func(what, kind string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		evs := must(db.Events(ctx, last, 1000))(t)
		if action, ok := audited[kind]; ok {
			if len(evs) != 2 || evs[0].Kind != store.AuditEventKind || evs[0].Seq != last+1 {
				t.Fatalf("%s: outbox rows %+v, want an audit row then %s", what, evs, kind)
			}
			var a store.AuditPayload
			if err := json.Unmarshal(evs[0].Payload, &a); err != nil || a.Action != action || a.At != clock.Now().UnixMilli() {
				t.Fatalf("%s: audit payload %s, want action %s", what, evs[0].Payload, action)
			}
			last, evs = evs[0].Seq, evs[1:]
		}
		if len(evs) != 1 || evs[0].Kind != kind || evs[0].Seq != last+1 || evs[0].At != clock.Now().UnixMilli() {
			t.Fatalf("%s: outbox rows %+v, want one %s with seq %d", what, evs, kind, last+1)
		}
		if kind[:7] == "ticket." {
			p := decodeTicketEvent(t, evs[0])
			if p.Ticket.ID != ticket || evs[0].Entity != ticket || "ticket."+p.Event != kind {
				t.Fatalf("%s: payload %+v for ticket %s", what, p, ticket)
			}
		}
		last = evs[0].Seq
		clock.Advance(time.Minute)
	}
	refused := func(what string, err, want error) {
		t.Helper()
		if !errors.Is(err, want) {
			t.Fatalf("%s: got %v, want %v", what, err, want)
		}
		if evs := must(db.Events(ctx, last, 1000))(t); len(evs) != 0 {
			t.Fatalf("%s was refused but appended %s", what, evs[0].Kind)
		}
	}
	do := func(f func() (queue.Ticket, error)) error {
		tk, err := f()
		if err == nil {
			ticket = tk.ID
		}
		return err
	}
	expect("issue", "ticket.issued", do(func() (queue.Ticket, error) { return st.Issue(ctx, "hotich", "merit") }))
	refused("issue for an unknown service", do(func() (queue.Ticket, error) { return st.Issue(ctx, "x", "") }), queue.ErrUnknownService)
	expect("call", "ticket.called", do(func() (queue.Ticket, error) { return st.CallNext(ctx, 1) }))
	refused("no-show before recalls", do(func() (queue.Ticket, error) { return st.NoShow(ctx, 1) }), queue.ErrTooFewRecalls)
	expect("recall", "ticket.recalled", do(func() (queue.Ticket, error) { return st.Recall(ctx, 1) }))
	expect("transfer", "ticket.transferred", do(func() (queue.Ticket, error) {
		return st.Transfer(ctx, 1, queue.Target{Counter: 3})
	}))
	refused("call at counter 1 with nobody for it", do(func() (queue.Ticket, error) { return st.CallNext(ctx, 1) }), queue.ErrNoneWaiting)
	expect("out-of-order call", "ticket.called_out_of_order", do(func() (queue.Ticket, error) {
		return st.CallTicket(ctx, 3, ticket, "người khuyết tật đến trước")
	}))
	expect("recall", "ticket.recalled", do(func() (queue.Ticket, error) { return st.Recall(ctx, 3) }))
	expect("recall", "ticket.recalled", do(func() (queue.Ticket, error) { return st.Recall(ctx, 3) }))
	expect("no-show", "ticket.no_show", do(func() (queue.Ticket, error) { return st.NoShow(ctx, 3) }))
	expect("issue", "ticket.issued", do(func() (queue.Ticket, error) { return st.Issue(ctx, "datdai", "") }))
	expect("call", "ticket.called", do(func() (queue.Ticket, error) { return st.CallNext(ctx, 2) }))
	expect("finish", "ticket.finished", do(func() (queue.Ticket, error) { return st.Finish(ctx, 2, queue.Received) }))
	expect("pause", "counter.paused", st.Pause(ctx, 2, "họp"))
	refused("pause without reason", st.Pause(ctx, 1, ""), queue.ErrReasonRequired)
	expect("resume", "counter.resumed", st.Resume(ctx, 2))
	expect("close", "counter.closed", st.CloseCounter(ctx, 2))
	expect("open", "counter.opened", st.OpenCounter(ctx, 2, ""))

	// The finished ticket's last row carries its outcome and status.
	evs := must(db.Events(ctx, 0, 1000))(t)
	for _, e := range evs {
		if e.Kind == "ticket.finished" {
			p := decodeTicketEvent(t, e)
			if p.Detail != "received" || p.Ticket.Outcome != "received" || p.Ticket.Status != "done" || p.Ticket.Display != "C001" || p.Counter != 2 {
				t.Fatalf("finished payload %+v", p)
			}
		}
	}
}

// TestOutboxInSameTransaction makes the last statements of a change fail
// (a trigger that aborts the insert of its ticket event, then of its
// outbox row) and checks that the ticket is left exactly as it was: the
// change and its event commit together or not at all.
func TestOutboxInSameTransaction(t *testing.T) {
	ctx := context.Background()
	st, _ := newStation(t)
	db := st.DB()
	tk := callOne(t, st, "hotich", 1)
	for _, trigger := range []string{
		`CREATE TRIGGER fail_event BEFORE INSERT ON ticket_events WHEN NEW.kind = 'finished' BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
		`CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox WHEN NEW.kind = 'ticket.finished' BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
	} {
		must(0, db.Write(ctx, func(tx *store.Tx) error { _, err := tx.ExecContext(ctx, trigger); return err }))(t)
		evs := must(db.Events(ctx, 0, 1000))(t)
		rev := must(db.Revision(ctx))(t)
		if _, err := st.Finish(ctx, 1, queue.Guided); err == nil {
			t.Fatalf("finish succeeded despite %s", trigger)
		}
		if after := must(db.Events(ctx, 0, 1000))(t); len(after) != len(evs) {
			t.Fatalf("a failed finish appended %d outbox rows", len(after)-len(evs))
		}
		if got := must(st.Ticket(ctx, tk.ID))(t); got.Status != queue.Serving || !got.FinishedAt.IsZero() {
			t.Fatalf("a failed finish changed the ticket: %+v", got)
		}
		if c, _ := must(st.Snapshot(ctx))(t).Counter(1); c.Current == nil || c.Current.ID != tk.ID {
			t.Fatalf("a failed finish freed the counter")
		}
		if got := must(db.Revision(ctx))(t); got != rev {
			t.Fatalf("a failed finish bumped the revision from %d to %d", rev, got)
		}
		must(0, db.Write(ctx, func(tx *store.Tx) error {
			_, err := tx.ExecContext(ctx, `DROP TRIGGER IF EXISTS fail_event; DROP TRIGGER IF EXISTS fail_outbox`)
			return err
		}))(t)
	}
	must(st.Finish(ctx, 1, queue.Guided))(t)
}

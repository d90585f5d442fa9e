package kiosk

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/queue"
	"motcua/tui/common"
	"motcua/tui/tuitest"
)

func ansiFree(m Model) string { return ansi.Strip(m.View().Content) }

func ansiFreeM(m tea.Model) string { return ansiFree(m.(Model)) }

func TestLivePeopleAheadUpdates(t *testing.T) {
	st, clock := newStation(t)
	morning(t, st, clock)
	m := New(Options{Station: st})
	m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	step := func(msg tea.Msg) tea.Cmd {
		next, cmd := m.Update(msg)
		m = next.(Model)
		return cmd
	}
	step(tea.WindowSizeMsg{Width: 80, Height: 24})
	watch := step(m.Init()()) // the first snapshot starts the watch
	step(tuitest.Key("1"))
	clock.Advance(pageGuard)
	issue := step(tuitest.Key("0"))
	step(issue())
	if !strings.Contains(ansiFree(m), "Số người chờ trước quý vị: 3") {
		t.Fatalf("ticket page:\n%s", ansiFree(m))
	}
	// The real watch, as a Bubble Tea program runs it: it has seen the
	// issue already, so it returns at once; the next one waits for the call.
	got := make(chan tea.Msg, 1)
	go func() { got <- watch() }()
	step(waitMsg(t, got))
	watch = step(common.LoadSnapshot(context.Background(), st)())
	go func() { got <- watch() }()
	if _, err := st.CallNext(context.Background(), 1); err != nil {
		t.Fatal(err)
	}
	step(waitMsg(t, got))
	step(common.LoadSnapshot(context.Background(), st)())
	if scr := ansiFree(m); !strings.Contains(scr, "Số người chờ trước quý vị: 2") {
		t.Fatalf("people ahead did not go down after a call:\n%s", scr)
	}
	// Call until this ticket is called: the page says where to go.
	for called := false; !called; {
		if _, err := st.Finish(context.Background(), 1, queue.Guided); err != nil {
			t.Fatal(err)
		}
		tk, err := st.CallNext(context.Background(), 1)
		if err != nil {
			t.Fatal(err)
		}
		called = tk.ID == m.ticket.ID
	}
	step(common.LoadSnapshot(context.Background(), st)())
	if scr := ansiFree(m); !strings.Contains(scr, "Mời quý vị đến quầy số 1") {
		t.Fatalf("called ticket does not say where to go:\n%s", scr)
	}
}

func waitMsg(t *testing.T, ch chan tea.Msg) tea.Msg {
	t.Helper()
	select {
	case msg := <-ch:
		return msg
	case <-time.After(5 * time.Second):
		t.Fatal("the snapshot watch did not report the change")
		return nil
	}
}

func TestPrintCalledOnceWithTheTicket(t *testing.T) {
	st, clock := newStation(t)
	morning(t, st, clock)
	var calls []queue.Ticket
	var ests []queue.Estimate
	d := newDriver(t, st, clock, Options{Print: func(_ context.Context, tk queue.Ticket, est queue.Estimate) error {
		calls = append(calls, tk)
		ests = append(ests, est)
		return nil
	}})
	d.Press("1")
	clock.Advance(pageGuard)
	m, issue := d.m.Update(tuitest.Key("1"))
	m, batch := m.(Model).Update(issue())
	if !strings.Contains(ansiFreeM(m), "Đang in phiếu…") {
		t.Fatalf("no printing message:\n%s", ansiFreeM(m))
	}
	d.m = m.(Model)
	d.Run(batch)
	if len(calls) != 1 || calls[0].ID != d.m.ticket.ID || calls[0].Priority != "elderly" {
		t.Fatalf("print calls %+v, want the one ticket %s", calls, d.m.ticket.Display)
	}
	// The one elderly ticket already waiting for Hộ tịch is ahead.
	if ests[0].Ahead != 1 || !ests[0].Known {
		t.Fatalf("printed estimate %+v", ests[0])
	}
	scr := d.screen()
	if strings.Contains(scr, "Đang in phiếu") || strings.Contains(scr, "Máy in") {
		t.Fatalf("printer message after success:\n%s", scr)
	}
}

func TestPrintErrorShown(t *testing.T) {
	st, clock := newStation(t)
	d := newDriver(t, st, clock, Options{Print: func(context.Context, queue.Ticket, queue.Estimate) error {
		return errors.New("lp: printer offline")
	}})
	d.Press("4")
	clock.Advance(pageGuard)
	d.Press("0")
	scr := d.screen()
	if !strings.Contains(scr, "Máy in đang gặp sự cố") || !strings.Contains(scr, "cán bộ sẽ in lại phiếu") {
		t.Fatalf("print error not shown:\n%s", scr)
	}
	if len(tickets(t, st)) != 1 {
		t.Fatal("the ticket does not stand after a print error")
	}
}

func TestPrintPanicIsAnError(t *testing.T) {
	st, clock := newStation(t)
	d := newDriver(t, st, clock, Options{Print: func(context.Context, queue.Ticket, queue.Estimate) error {
		panic("driver bug")
	}})
	d.Press("4")
	clock.Advance(pageGuard)
	d.Press("0")
	if d.m.printErr == nil || !strings.Contains(d.screen(), "Máy in đang gặp sự cố") {
		t.Fatal("a panicking printer was not reported")
	}
}

func TestIssueErrorShownAndKioskStays(t *testing.T) {
	st, clock := newStation(t)
	d := newDriver(t, st, clock, Options{})
	d.Press("1")
	clock.Advance(pageGuard)
	st.DB().Close()
	d.Press("0")
	if d.m.page != pageStart || !strings.Contains(d.screen(), "Chưa lấy được số") {
		t.Fatalf("issue error:\n%s", d.screen())
	}
	tuitest.CheckScreen(t, d.screen(), 80, 24)
	clock.Advance(DefaultIdle)
	d.fire()
	if d.m.issueErr != nil {
		t.Fatal("issue error stayed after the idle time")
	}
}

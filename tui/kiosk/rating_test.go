package kiosk

import (
	"context"
	"strings"
	"testing"
	"time"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/store"
	"motcua/tui/common"
)

// askingKiosk is a kiosk of a commune that rates on the kiosk (unless
// off), on its start page.
func askingKiosk(t *testing.T, on bool, lang i18n.Lang) (*driver, *queue.Station, *store.ManualClock) {
	t.Helper()
	st, clock := newStation(t)
	morning(t, st, clock)
	if on {
		if err := st.SetSetting(context.Background(), queue.KeyRatingOnKiosk, "1"); err != nil {
			t.Fatal(err)
		}
	}
	return newDriver(t, st, clock, Options{Lang: lang}), st, clock
}

// serve calls the next ticket to counter n and finishes it a few minutes
// later; then the kiosk hears of the change, as its watch would tell it.
func serve(t *testing.T, d *driver, st *queue.Station, clock *store.ManualClock, n int) queue.Ticket {
	t.Helper()
	ctx := context.Background()
	queuetest.Must(st.CallNext(ctx, n))(t)
	clock.Advance(4 * time.Minute)
	tk := queuetest.Must(st.Finish(ctx, n, queue.Guided))(t)
	clock.Advance(20 * time.Second) // the walk back to the kiosk
	d.Send(common.LoadSnapshot(context.Background(), st)())
	return tk
}

// rated is whether the ticket has a rating.
func rated(t *testing.T, st *queue.Station, tk queue.Ticket) bool {
	t.Helper()
	for _, u := range queuetest.Must(st.Unrated(context.Background()))(t) {
		if u.ID == tk.ID {
			return false
		}
	}
	return true
}

func TestKioskDoesNotAskByDefault(t *testing.T) {
	d, st, clock := askingKiosk(t, false, i18n.VI)
	serve(t, d, st, clock, 1)
	if d.m.page != pageStart {
		t.Fatalf("page %d: the kiosk asked with rating.on_kiosk unset", d.m.page)
	}
}

// The question names the ticket and the counter; a press as it appears
// is ignored; the answer is recorded once and thanked; the ticket is never
// asked about again.
func TestKioskAsksAboutTheFinishedTicket(t *testing.T) {
	d, st, clock := askingKiosk(t, true, i18n.VI)
	tk := serve(t, d, st, clock, 2)
	if d.m.page != pageRate {
		t.Fatalf("page %d, want the rating question", d.m.page)
	}
	s := d.screen()
	if !strings.Contains(s, "Phiếu "+tk.Display+" · Quầy 2") || !strings.Contains(s, "Rất hài lòng") || !strings.Contains(s, "lấy số thứ tự") {
		t.Fatalf("the question does not say which ticket and counter, or how to go on:\n%s", s)
	}
	d.Press("2") // meant for the start page, as the question appeared
	if rated(t, st, tk) || d.m.page != pageRate {
		t.Fatal("a press within the guard answered the question")
	}
	clock.Advance(pageGuard)
	d.Press("2")
	if !rated(t, st, tk) || !strings.Contains(d.screen(), "Xin cảm ơn") {
		t.Fatalf("no rating recorded or no thanks:\n%s", d.screen())
	}
	clock.Advance(rateThanksFor)
	d.fire() // the thanks go after a few seconds
	if d.m.page != pageStart {
		t.Fatalf("page %d after the thanks", d.m.page)
	}
	d.Send(common.LoadSnapshot(context.Background(), st)())
	if d.m.page != pageStart {
		t.Fatal("the same ticket was asked about twice")
	}
}

// The next citizen is never kept from a ticket: 0 or a touch on "take a
// ticket" leaves at once, and the question goes away alone after a while.
func TestKioskQuestionStepsAside(t *testing.T) {
	d, st, clock := askingKiosk(t, true, i18n.EN)
	first := serve(t, d, st, clock, 1)
	clock.Advance(pageGuard)
	d.click("take a ticket")
	if d.m.page != pageStart || rated(t, st, first) {
		t.Fatalf("touch on skip: page %d, rated %v", d.m.page, rated(t, st, first))
	}
	d.Press("1") // and the next citizen goes on at once
	if d.m.page != pagePriority {
		t.Fatalf("page %d after 1 on the start page", d.m.page)
	}
	clock.Advance(pageGuard)
	d.Press("esc")
	d.Send(common.LoadSnapshot(context.Background(), st)())
	if d.m.page == pageRate {
		t.Fatal("a skipped ticket was asked about again")
	}

	serve(t, d, st, clock, 2)
	if d.m.page != pageRate {
		t.Fatal("not asked about the second ticket")
	}
	clock.Advance(rateTimeout)
	d.fire()
	if d.m.page != pageStart || d.m.issueErr != nil {
		t.Fatalf("after the timeout: page %d, message %v", d.m.page, d.m.issueErr)
	}
}

// A citizen taking a ticket is not interrupted: the question waits for
// the start page, and a ticket finished too long ago is not asked about.
func TestKioskAsksOnlyBetweenCitizens(t *testing.T) {
	d, st, clock := askingKiosk(t, true, i18n.VI)
	d.Press("1")
	tk := serve(t, d, st, clock, 1)
	if d.m.page != pagePriority {
		t.Fatalf("page %d: the question interrupted a citizen", d.m.page)
	}
	clock.Advance(pageGuard)
	d.Press("0")
	if d.m.page != pageTicket {
		t.Fatalf("page %d, want the new ticket", d.m.page)
	}
	clock.Advance(DefaultTicketTimeout)
	d.fire()
	if d.m.page != pageRate || d.m.rate.ticket.ID != tk.ID {
		t.Fatalf("page %d: not asked once the kiosk was free", d.m.page)
	}
	clock.Advance(pageGuard)
	d.click("Không hài lòng")
	if !rated(t, st, tk) {
		t.Fatal("the touch on a level was not recorded")
	}

	d.Press("enter") // the thanks go at a touch too
	d.Press("1")
	late := serve(t, d, st, clock, 2)
	clock.Advance(queue.KioskRatingWindow)
	d.Press("esc")
	if d.m.page == pageRate {
		t.Fatalf("asked about %s, finished more than %v ago", late.Display, queue.KioskRatingWindow)
	}
}

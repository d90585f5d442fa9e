package report_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"motcua/assets/i18n"
	"motcua/intake"
	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/queue/report"
	"motcua/store"
)

// TestRatingsCannotBeTiedToACitizen: a citizen who hands in a dossier at
// the counter and rates the service appears in no report figure or export
// by name, ID number or ticket, and a counter with fewer than MinGroup
// ratings is never shown on its own.
func TestRatingsCannotBeTiedToACitizen(t *testing.T) {
	ctx := context.Background()
	st, clock := queuetest.NewStation(t, queuetest.In(shmDir(t)))
	db := st.DB()
	desk := queuetest.NewDesk(t, st)
	const name, idn = "Đỗ Thị Hạnh", "001190054321"
	var rated []queue.Ticket
	serve := func(counter int, service string, level queue.Level, withDossier bool) {
		t.Helper()
		queuetest.Must(st.Issue(ctx, service, ""))(t)
		clock.Advance(time.Minute)
		tk := queuetest.Must(st.CallNext(ctx, counter))(t)
		if withDossier {
			queuetest.Must(desk.Receive(ctx, intake.Intake{
				Key: store.NewID(), Procedure: "1.004873", TicketID: tk.ID, Counter: counter, Clerk: "Nguyễn Thị Lan",
				Citizen: intake.Citizen{Name: name, IDNumber: idn, Gender: "Nữ", Phone: "0987 654 321",
					BirthDate: time.Date(1990, 3, 1, 0, 0, 0, 0, store.Local), Address: "Thôn 1, xã Tân Hòa"},
				Documents: []intake.ReceivedDocument{{Name: "Tờ khai", Kind: intake.Original, Count: 1}},
				Sets:      1, Return: intake.AtCounter,
			}))(t)
		}
		clock.Advance(5 * time.Minute)
		queuetest.Must(st.Finish(ctx, counter, queue.Received))(t)
		queuetest.Must(st.Rate(ctx, tk.ID, level, ""))(t)
		rated = append(rated, tk)
	}
	serve(1, "hotich", queue.Unsatisfied, true) // the only rating at counter 1
	for range 4 {
		serve(2, "chungthuc", queue.Satisfied, false)
	}
	r := queuetest.Must(report.Build(ctx, db, report.DayPeriod(clock.Now()), clock))(t)
	if r.Satisfaction.All.Total != 5 || r.Satisfaction.All.Levels[2] != 1 {
		t.Fatalf("all ratings: %+v", r.Satisfaction.All)
	}
	for _, g := range r.Satisfaction.Counters {
		if g.Total < report.MinGroup {
			t.Errorf("a group of %d ratings is shown: %+v", g.Total, g)
		}
		if g.Counter == 1 {
			t.Errorf("counter 1's single rating is shown on its own: %+v", g)
		}
	}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		var buf bytes.Buffer
		if err := report.WriteCSV(&buf, r, lang); err != nil {
			t.Fatal(err)
		}
		dump := fmt.Sprintf("%+v", r) + buf.String()
		for _, s := range []string{name, idn, "0987654321", "0987 654 321"} {
			if strings.Contains(dump, s) {
				t.Errorf("%s report shows %q", lang.Code(), s)
			}
		}
		for _, tk := range rated {
			if strings.Contains(dump, tk.ID) || strings.Contains(dump, tk.Display) {
				t.Errorf("%s report shows ticket %s", lang.Code(), tk.Display)
			}
		}
	}
}

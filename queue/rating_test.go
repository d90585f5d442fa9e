package queue_test

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"motcua/queue"
	"motcua/store"
)

// served issues a ticket for service, calls it to counter 1 and finishes
// it a few minutes later.
func served(t *testing.T, st *queue.Station, clock *store.ManualClock, service string) queue.Ticket {
	t.Helper()
	ctx := context.Background()
	tk := must(st.Issue(ctx, service, ""))(t)
	if got := must(st.CallNext(ctx, 1))(t); got.ID != tk.ID {
		t.Fatalf("counter 1 called %s, want %s", got.Display, tk.Display)
	}
	clock.Advance(4 * time.Minute)
	return must(st.Finish(ctx, 1, queue.Guided))(t)
}

func TestRateOncePerTicket(t *testing.T) {
	st, clock := newStation(t)
	ctx := context.Background()
	tk := served(t, st, clock, "hotich")
	r := must(st.Rate(ctx, tk.ID, queue.Satisfied, ""))(t)
	if r.Day != tk.Day || r.Service != "hotich" || r.Counter != 1 || r.Level != queue.Satisfied || r.Hour != clock.Now().Hour() || r.ID == "" {
		t.Fatalf("rating = %+v, ticket %+v", r, tk)
	}
	if _, err := st.Rate(ctx, tk.ID, queue.VerySatisfied, ""); !errors.Is(err, queue.ErrAlreadyRated) {
		t.Fatalf("second rating: %v, want ErrAlreadyRated", err)
	}
	got := must(st.Ratings(ctx, tk.Day, tk.Day))(t)
	if len(got) != 1 || got[0] != r {
		t.Fatalf("ratings = %+v, want only %+v", got, r)
	}
}

func TestRateOnlyFinishedToday(t *testing.T) {
	st, clock := newStation(t)
	ctx := context.Background()
	waiting := must(st.Issue(ctx, "datdai", ""))(t)
	if _, err := st.Rate(ctx, waiting.ID, queue.Satisfied, ""); !errors.Is(err, queue.ErrNotRatable) {
		t.Errorf("waiting ticket: %v, want ErrNotRatable", err)
	}
	serving := must(st.CallNext(ctx, 2))(t)
	if _, err := st.Rate(ctx, serving.ID, queue.Satisfied, ""); !errors.Is(err, queue.ErrNotRatable) {
		t.Errorf("serving ticket: %v, want ErrNotRatable", err)
	}
	if _, err := st.Rate(ctx, "no-such-ticket", queue.Satisfied, ""); !errors.Is(err, queue.ErrNotRatable) {
		t.Errorf("unknown ticket: %v, want ErrNotRatable", err)
	}
	done := served(t, st, clock, "hotich")
	clock.Advance(24 * time.Hour)
	if _, err := st.Rate(ctx, done.ID, queue.Satisfied, ""); !errors.Is(err, queue.ErrNotRatable) {
		t.Errorf("yesterday's ticket: %v, want ErrNotRatable", err)
	}
	if n := len(must(st.Ratings(ctx, "2000-01-01", "2100-01-01"))(t)); n != 0 {
		t.Errorf("%d ratings stored after refusals", n)
	}
}

func TestRateReasonOnlyForUnsatisfied(t *testing.T) {
	st, clock := newStation(t)
	ctx := context.Background()
	reasons := must(st.RatingReasons(ctx))(t)
	if len(reasons) < 3 || !slices.Contains(reasons, "other") {
		t.Fatalf("reasons = %v", reasons)
	}
	tk := served(t, st, clock, "hotich")
	if _, err := st.Rate(ctx, tk.ID, queue.Satisfied, reasons[0]); !errors.Is(err, queue.ErrUnknownReason) {
		t.Errorf("reason with satisfied: %v, want ErrUnknownReason", err)
	}
	if _, err := st.Rate(ctx, tk.ID, queue.Unsatisfied, "made_up"); !errors.Is(err, queue.ErrUnknownReason) {
		t.Errorf("unknown reason: %v, want ErrUnknownReason", err)
	}
	if _, err := st.Rate(ctx, tk.ID, "meh", ""); !errors.Is(err, queue.ErrUnknownLevel) {
		t.Errorf("unknown level: %v, want ErrUnknownLevel", err)
	}
	// The refusals left the ticket ratable.
	r := must(st.Rate(ctx, tk.ID, queue.Unsatisfied, reasons[0]))(t)
	if r.Reason != reasons[0] {
		t.Errorf("reason = %q, want %q", r.Reason, reasons[0])
	}
	other := served(t, st, clock, "chungthuc")
	if r := must(st.Rate(ctx, other.ID, queue.Unsatisfied, ""))(t); r.Reason != "" {
		t.Errorf("skipped reason stored as %q", r.Reason)
	}
}

// A single rating never enters the outbox (its place right after the
// ticket.finished event would pair it with the ticket); the hub gets the
// day's counts per counter and service once the day is over.
func TestRatingsLeaveOnlyAsDaySummaries(t *testing.T) {
	st, clock := newStation(t)
	ctx := context.Background()
	first := served(t, st, clock, "hotich")
	r := must(st.Rate(ctx, first.ID, queue.Unsatisfied, "long_wait"))(t)
	second := served(t, st, clock, "hotich")
	must(st.Rate(ctx, second.ID, queue.VerySatisfied, ""))(t)
	for _, e := range must(st.DB().Events(ctx, 0, 1000))(t) {
		if strings.HasPrefix(e.Kind, "rating.") || strings.Contains(string(e.Payload), r.ID) {
			t.Fatalf("a rating left the station on the day it was made: %s %s", e.Kind, e.Payload)
		}
	}
	// The next morning's first ticket sends yesterday's summary.
	clock.Advance(24 * time.Hour)
	must(st.Issue(ctx, "chungthuc", ""))(t)
	var summaries []store.Event
	for _, e := range must(st.DB().Events(ctx, 0, 1000))(t) {
		if e.Kind == "rating.day_summary" {
			summaries = append(summaries, e)
		}
	}
	if len(summaries) != 1 {
		t.Fatalf("%d day summaries, want 1 (counter 1, hộ tịch)", len(summaries))
	}
	p := string(summaries[0].Payload)
	for _, linked := range []string{first.ID, second.ID, first.Display, second.Display, r.ID} {
		if strings.Contains(p, linked) {
			t.Errorf("the summary %s names %s", p, linked)
		}
	}
	var got map[string]any
	if err := json.Unmarshal(summaries[0].Payload, &got); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for k := range got {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if want := []string{"counter", "day", "levels", "reasons", "service", "total"}; !slices.Equal(keys, want) {
		t.Errorf("summary keys %v, want %v", keys, want)
	}
	if got["total"] != float64(2) || got["day"] != first.Day {
		t.Errorf("summary %s: want 2 ratings of %s", p, first.Day)
	}
	// Sent once: another ticket the same morning sends nothing more.
	must(st.Issue(ctx, "chungthuc", ""))(t)
	n := 0
	for _, e := range must(st.DB().Events(ctx, 0, 1000))(t) {
		if e.Kind == "rating.day_summary" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d summaries after a second ticket, want still 1", n)
	}
}

// No query path joins a rating to a ticket: the ratings table has no
// column that could hold one, and the rated-ticket marker has nothing
// but the ticket.
func TestRatingSchemaHasNoTicketLink(t *testing.T) {
	st, clock := newStation(t)
	ctx := context.Background()
	tk := served(t, st, clock, "hotich")
	must(st.Rate(ctx, tk.ID, queue.VerySatisfied, ""))(t)
	columns := func(table string) []string {
		var out []string
		err := st.DB().Read(ctx, func(tx *store.Tx) error {
			rows, err := tx.QueryContext(ctx, `SELECT name FROM pragma_table_info(?)`, table)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var n string
				if err := rows.Scan(&n); err != nil {
					return err
				}
				out = append(out, n)
			}
			return rows.Err()
		})
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(out)
		return out
	}
	if got, want := columns("ratings"), []string{"counter", "day", "hour", "id", "level", "published", "reason", "service"}; !slices.Equal(got, want) {
		t.Errorf("ratings columns %v, want exactly %v", got, want)
	}
	if got := columns("rated_tickets"); !slices.Equal(got, []string{"ticket_id"}) {
		t.Errorf("rated_tickets columns %v, want only ticket_id", got)
	}
	// No rating value equals the ticket's ID, display or any stored ID.
	var hits int
	err := st.DB().Read(ctx, func(tx *store.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT count(*) FROM ratings r, tickets t
			WHERE r.id = t.id OR r.service = t.id OR r.day = t.id OR r.reason = t.id OR r.id = t.display`).Scan(&hits)
	})
	if err != nil || hits != 0 {
		t.Errorf("ratings joined to tickets: %d rows, %v", hits, err)
	}
}

func TestPendingRating(t *testing.T) {
	st, clock := newStation(t)
	ctx := context.Background()
	if _, ok := must3(st.PendingRating(ctx, 1))(t); ok {
		t.Fatal("pending rating before any ticket")
	}
	first := served(t, st, clock, "hotich")
	if got, ok := must3(st.PendingRating(ctx, 1))(t); !ok || got.ID != first.ID {
		t.Fatalf("pending = %v %v, want %s", got.Display, ok, first.Display)
	}
	if _, ok := must3(st.PendingRating(ctx, 2))(t); ok {
		t.Error("counter 2 has a pending rating of counter 1's ticket")
	}
	clock.Advance(queue.PendingWindow + time.Second)
	if _, ok := must3(st.PendingRating(ctx, 1))(t); ok {
		t.Error("pending rating after the window")
	}
	second := served(t, st, clock, "chungthuc")
	if got, ok := must3(st.PendingRating(ctx, 1))(t); !ok || got.ID != second.ID {
		t.Fatalf("pending = %v %v, want %s", got.Display, ok, second.Display)
	}
	must(st.Rate(ctx, second.ID, queue.Satisfied, ""))(t)
	if got, ok := must3(st.PendingRating(ctx, 1))(t); ok {
		t.Errorf("rated ticket still pending (%s)", got.Display)
	}
}

func must3[T any](v T, ok bool, err error) func(testing.TB) (T, bool) {
	return func(t testing.TB) (T, bool) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v, ok
	}
}

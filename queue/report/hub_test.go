package report_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"motcua/hub"
	"motcua/hub/hubtest"
	"motcua/queue"
	"motcua/queue/report"
	"motcua/store"
)

// TestHubReportMatchesStations simulates a busy month in two communes,
// syncs their outboxes into a district hub (SQLite, and PostgreSQL when
// MOTCUA_TEST_POSTGRES is set), and checks that the hub's report of each
// commune equals the commune's own report, and that the report of all
// communes adds them up.
func TestHubReportMatchesStations(t *testing.T) {
	if testing.Short() {
		t.Skip("simulates two months of activity")
	}
	ctx := context.Background()
	ids := []string{"xa-an-binh", "xa-tan-hoa"}
	var stations []*queue.Station
	var own []report.Report
	var end time.Time
	p := report.MonthPeriod(2026, time.November)
	for i, id := range ids {
		st, clock, m := simulate(t, uint64(7+i*2019))
		r, err := report.Build(ctx, st.DB(), p, clock)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		stations, own, end = append(stations, st), append(own, r), m.end
	}
	for _, kind := range []string{"sqlite", "postgres"} {
		t.Run(kind, func(t *testing.T) {
			h := openHub(t, kind, end)
			for i, id := range ids {
				syncInto(t, h, id, stations[i])
			}
			for i, id := range ids {
				got, err := h.Report(ctx, p, id, report.Options{})
				if err != nil {
					t.Fatal(err)
				}
				sameReport(t, id, got, own[i])
			}
			var log progressLog
			all, err := h.Report(ctx, p, "", report.Options{Progress: log.fn})
			if err != nil {
				t.Fatal(err)
			}
			log.check(t, -1)
			if log.calls[0][1] < all.Tickets.Issued {
				t.Errorf("progress counts %d records for %d tickets", log.calls[0][1], all.Tickets.Issued)
			}
			checkAllCommunes(t, all, own, ids)
		})
	}
}

// sameReport compares a hub's report of a commune with the commune's own.
// Services and groups are compared by code: the hub knows no names.
func sameReport(t *testing.T, id string, got, want report.Report) {
	t.Helper()
	check := func(what string, g, w any) {
		t.Helper()
		if gs, ws := fmt.Sprintf("%+v", g), fmt.Sprintf("%+v", w); gs != ws {
			t.Errorf("%s %s:\n hub     %s\n station %s", id, what, gs, ws)
		}
	}
	g, w := got.Tickets, want.Tickets
	check("tickets", []int{g.Issued, g.Served, g.NoShows, g.Expired, g.Transferred}, []int{w.Issued, w.Served, w.NoShows, w.Expired, w.Transferred})
	check("by service", counts(g.ByService), counts(w.ByService))
	check("by priority", counts(g.ByPriority), counts(w.ByPriority))
	check("waiting", g.Waiting, w.Waiting)
	check("service", g.Service, w.Service)
	check("counters", g.Counters, w.Counters)
	check("clerks", g.Clerks, w.Clerks)
	check("dossiers", got.Dossiers, want.Dossiers)
	check("satisfaction", got.Satisfaction, want.Satisfaction)
	if w.Issued == 0 || want.Satisfaction.All.Total == 0 || want.Dossiers.Received == 0 {
		t.Errorf("%s: the simulation made no activity to compare: %+v", id, want)
	}
}

// checkAllCommunes checks the report of all communes against the sums of
// the communes' own reports, and that its rating groups stay anonymous.
func checkAllCommunes(t *testing.T, all report.Report, own []report.Report, ids []string) {
	t.Helper()
	var issued, served, waits int
	var levels [3]int
	var counters []report.Workload
	for i, r := range own {
		issued, served, waits = issued+r.Tickets.Issued, served+r.Tickets.Served, waits+r.Tickets.Waiting.N
		for j := range levels {
			levels[j] += r.Satisfaction.All.Levels[j]
		}
		for _, c := range r.Tickets.Counters {
			c.Station = ids[i]
			counters = append(counters, c)
		}
	}
	if all.Tickets.Issued != issued || all.Tickets.Served != served || all.Tickets.Waiting.N != waits {
		t.Errorf("all communes: %d issued, %d served, %d waits; the communes add up to %d, %d, %d",
			all.Tickets.Issued, all.Tickets.Served, all.Tickets.Waiting.N, issued, served, waits)
	}
	if fmt.Sprint(all.Tickets.Counters) != fmt.Sprint(counters) {
		t.Errorf("all communes' counters:\n %+v\nwant\n %+v", all.Tickets.Counters, counters)
	}
	if all.Satisfaction.All.Levels != levels {
		t.Errorf("all communes' ratings %v, the communes add up to %v", all.Satisfaction.All.Levels, levels)
	}
	d, w := all.Dossiers, own[0].Dossiers
	if d.Received != w.Received+own[1].Dossiers.Received || d.OverdueNow != w.OverdueNow+own[1].Dossiers.OverdueNow ||
		d.SupplementedAgain != w.SupplementedAgain+own[1].Dossiers.SupplementedAgain {
		t.Errorf("all communes' dossiers %+v do not add up %+v and %+v", d, w, own[1].Dossiers)
	}
	for _, g := range all.Satisfaction.Counters {
		if g.Total < report.MinGroup {
			t.Errorf("a rating group of %d is shown: %+v", g.Total, g)
		}
		if !g.Other && g.Station == "" {
			t.Errorf("a counter's ratings without its commune: %+v", g)
		}
	}
}

// openHub opens an empty hub whose clock reads now.
func openHub(t testing.TB, kind string, now time.Time) *hub.Hub {
	t.Helper()
	dsn := filepath.Join(t.TempDir(), "hub.db")
	if kind == "postgres" {
		dsn = hubtest.FreshPostgres(t, "reporttest")
	}
	h, err := hub.Open(context.Background(), dsn, hub.Options{Clock: store.NewManualClock(now)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

// syncInto enrolls station id and hands the hub its whole outbox in
// batches, as the sync layer does once a batch is verified.
func syncInto(t testing.TB, h *hub.Hub, id string, st *queue.Station) {
	t.Helper()
	ctx := context.Background()
	secret, err := h.Enroll(ctx, id, "Xã "+id)
	if err != nil {
		t.Fatal(err)
	}
	pub, _, _ := ed25519.GenerateKey(rand.Reader)
	if err := h.RegisterKey(ctx, id, secret, pub); err != nil {
		t.Fatal(err)
	}
	var after, n int64
	for {
		evs, err := st.DB().Events(ctx, after, 2000)
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) == 0 {
			return
		}
		raw, _ := json.Marshal(evs)
		n++
		m := hub.Manifest{Station: id, Batch: n, SHA256: sha256.Sum256(raw), FirstSeq: evs[0].Seq,
			LastSeq: evs[len(evs)-1].Seq, Count: int64(len(evs)), StationClock: time.UnixMilli(evs[len(evs)-1].At), Version: "test"}
		if _, err := h.Ingest(ctx, m, raw, evs); err != nil {
			t.Fatal(err)
		}
		after = evs[len(evs)-1].Seq
	}
}

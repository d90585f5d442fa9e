package report_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"motcua/assets/i18n"
	"motcua/queue/report"
)

// TestMonthOfABusyCommune simulates November 2026 and checks every figure
// of the month's report against the same figure computed here from what
// the simulation did.
func TestMonthOfABusyCommune(t *testing.T) {
	ctx := context.Background()
	start := time.Now()
	st, clock, m := simulate(t, 2026)
	t.Logf("simulated %d tickets, %d dossiers, %d ratings in %v", len(m.tickets), len(m.dossiers), len(m.ratings), time.Since(start))
	if len(m.tickets) < 2000 || len(m.dossiers) < 200 {
		t.Fatalf("the month is not busy enough: %d tickets, %d dossiers", len(m.tickets), len(m.dossiers))
	}
	p := report.MonthPeriod(2026, time.November)
	r, err := report.Build(ctx, st.DB(), p, clock)
	if err != nil {
		t.Fatal(err)
	}
	check := func(what string, got, want any) {
		t.Helper()
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s = %v, want %v", what, got, want)
		}
	}
	want := expectTickets(m)
	got := r.Tickets
	check("issued", got.Issued, want.Issued)
	check("served", got.Served, want.Served)
	check("no-shows", got.NoShows, want.NoShows)
	check("expired", got.Expired, want.Expired)
	check("transferred", got.Transferred, want.Transferred)
	check("waiting", got.Waiting, want.Waiting)
	check("service", got.Service, want.Service)
	check("by service", counts(got.ByService), counts(want.ByService))
	check("by priority", counts(got.ByPriority), counts(want.ByPriority))
	check("counters", got.Counters, want.Counters)
	check("clerks", got.Clerks, want.Clerks)
	for _, f := range []int{want.NoShows, want.Expired, want.Transferred, len(want.Clerks) - 4} {
		if f <= 0 {
			t.Errorf("the simulation did not exercise every figure: %+v", want)
		}
	}
	wd := expectDossiers(m, p, clock.Now())
	check("dossiers", fmt.Sprintf("%+v", r.Dossiers), fmt.Sprintf("%+v", wd))
	if wd.ResolvedOnTime == 0 || wd.ResolvedLate == 0 || wd.OverdueNow == 0 || wd.Returned == 0 || wd.Mailed == 0 ||
		wd.SupplementedAgain == 0 || wd.Refused == 0 || wd.Apologies == 0 {
		t.Errorf("the simulation did not exercise every dossier figure: %+v", wd)
	}
	ws := expectSatisfaction(m)
	check("satisfaction", fmt.Sprintf("%+v", r.Satisfaction), fmt.Sprintf("%+v", ws))
	if !slices.ContainsFunc(ws.Counters, func(g report.Ratings) bool { return g.Other }) {
		t.Error("no counter was merged into other: the k-anonymity rule was not exercised")
	}
	t.Logf("waiting %+v, service %+v, dossiers %+v, satisfied %.1f%%", got.Waiting, got.Service, r.Dossiers, r.Satisfaction.All.PercentSatisfied())

	var buf bytes.Buffer
	if err := report.WriteCSV(&buf, r, i18n.VI); err != nil {
		t.Fatal(err)
	}
	checkCSV(t, buf.Bytes(), r)
	checkAnonymous(t, r, buf.String(), m)
}

// checkCSV reads the CSV back: a BOM, then the figures under their
// Vietnamese headers.
func checkCSV(t *testing.T, b []byte, r report.Report) {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("\uFEFF")) {
		t.Fatal("the CSV has no byte-order mark")
	}
	cr := csv.NewReader(bytes.NewReader(b[3:]))
	cr.FieldsPerRecord = -1
	rows, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	find := func(label string) []string {
		for _, row := range rows {
			if len(row) > 1 && row[0] == label {
				return row
			}
		}
		t.Errorf("CSV has no row %q", label)
		return nil
	}
	if row := find(i18n.T(i18n.VI, "report.tickets.issued")); row != nil && row[1] != fmt.Sprint(r.Tickets.Issued) {
		t.Errorf("CSV issued %v, want %d", row, r.Tickets.Issued)
	}
	if row := find(i18n.T(i18n.VI, "report.dossiers.apologies")); row != nil && row[1] != fmt.Sprint(r.Dossiers.Apologies) {
		t.Errorf("CSV apologies %v, want %d", row, r.Dossiers.Apologies)
	}
	if row := find(i18n.T(i18n.VI, "report.col.percent")); row != nil && row[1] != fmt.Sprintf("%.1f", r.Satisfaction.All.PercentSatisfied()) {
		t.Errorf("CSV percent satisfied %v", row)
	}
	if row := find(i18n.T(i18n.VI, "report.times.waiting")); row != nil && row[2] != fmt.Sprintf("%.1f", r.Tickets.Waiting.Mean.Minutes()) {
		t.Errorf("CSV mean waiting %v, want %v", row, r.Tickets.Waiting.Mean)
	}
	for _, c := range r.Tickets.ByService {
		find(c.NameVI)
	}
	if !strings.Contains(string(b), "Mức độ hài lòng") {
		t.Error("the CSV has no Vietnamese satisfaction section")
	}
}

// checkAnonymous: nothing in the report or its CSV names a citizen or an
// ID number, so no rating can be tied to one.
func checkAnonymous(t *testing.T, r report.Report, csvText string, m *month) {
	t.Helper()
	dump := fmt.Sprintf("%+v", r) + csvText
	if len(m.names) == 0 || len(m.ids) == 0 {
		t.Fatal("no citizen to look for")
	}
	for _, name := range m.names {
		if strings.Contains(dump, name) {
			t.Fatalf("the report names a citizen: %q", name)
		}
	}
	for _, id := range m.ids {
		if strings.Contains(dump, id) {
			t.Fatalf("the report holds an ID number: %q", id)
		}
	}
	for _, s := range m.tickets[:50] {
		if strings.Contains(dump, s.id) {
			t.Fatalf("the report holds a ticket ID: %q", s.id)
		}
	}
}

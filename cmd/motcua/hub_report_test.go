package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/queue/report"
)

// syncedHub is a hub database holding the outbox of a station that served
// three tickets on queuetest.Monday0800, one left; and the station.
func syncedHub(t *testing.T) (string, *queue.Station) {
	t.Helper()
	ctx := context.Background()
	st, clock := queuetest.NewStation(t)
	for _, svc := range []string{"hotich", "hotich", "chungthuc"} {
		queuetest.Must(st.Issue(ctx, svc, ""))(t)
		clock.Advance(4 * time.Minute)
		queuetest.Must(st.CallNext(ctx, 1))(t)
		clock.Advance(6 * time.Minute)
		queuetest.Must(st.Finish(ctx, 1, queue.Guided))(t)
	}
	evs, err := st.DB().Events(ctx, 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	return hubWithOneBatch(t, clock, clock.Now(), evs), st
}

func runHubReportCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	env := newEnvironment(&stdout, &stderr)
	env.langFromArgs(args)
	code := env.exit(runHub(context.Background(), env, append([]string{"report"}, args...)))
	return code, stdout.String(), stderr.String()
}

// motcua hub report writes the commune's figures as the station counts
// them, for the commune or all communes, as CSV and PDF.
func TestHubReportCommand(t *testing.T) {
	t.Setenv("MOTCUA_LANG", "")
	db, st := syncedHub(t)
	own, err := report.Build(context.Background(), st.DB(), report.DayPeriod(queuetest.Monday0800), st.DB().Clock())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	out, pdf := filepath.Join(dir, "xa.csv"), filepath.Join(dir, "xa.pdf")
	day := queuetest.Monday0800.Format(time.DateOnly)
	code, stdout, stderr := runHubReportCmd(t, "--day", day, "--commune", "26734", "--db", db, "--out", out, "--pdf", pdf)
	if code != exitOK || !strings.Contains(stdout, out) || !strings.Contains(stdout, pdf) {
		t.Fatalf("exit %d: %s %s", code, stdout, stderr)
	}
	if strings.Contains(stderr, "%") {
		t.Errorf("progress of a short report on a non-terminal: %q", stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	cr := csv.NewReader(bytes.NewReader(b[3:]))
	cr.FieldsPerRecord = -1 // sections have their own widths
	rows, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows[0]) < 2 || rows[0][1] != "Xã Tân Phú (26734)" {
		t.Errorf("title row %q does not name the commune", rows[0])
	}
	if got := cellAfter(rows, "Số phiếu đã cấp"); got != "3" || own.Tickets.Issued != 3 {
		t.Errorf("hub says %s tickets issued, the station %d", got, own.Tickets.Issued)
	}
	if p, err := os.ReadFile(pdf); err != nil || !bytes.HasPrefix(p, []byte("%PDF")) {
		t.Errorf("no PDF: %v", err)
	}
	code, stdout, _ = runHubReportCmd(t, "--day", day, "--db", db, "--lang", "en")
	if code != exitOK || !strings.Contains(stdout, "All communes") || !strings.Contains(stdout, "26734 · 1,") {
		t.Errorf("all communes: exit %d\n%s", code, stdout)
	}
	if code, _, stderr := runHubReportCmd(t, "--day", day, "--db", db, "--commune", "99999"); code == exitOK || !strings.Contains(stderr, "99999") {
		t.Errorf("unknown commune: exit %d, %q", code, stderr)
	}
	for _, bad := range [][]string{{}, {"--day", "2026-13-01"}, {"--day", day, "--month", "2026-11"}, {"--from", "2026-11-30", "--to", "2026-11-01"}} {
		if code, _, stderr := runHubReportCmd(t, append(bad, "--db", db)...); code != exitUsage || stderr == "" {
			t.Errorf("%v: exit %d, %q", bad, code, stderr)
		}
	}
}

// cellAfter is the cell right of the first cell equal to name.
func cellAfter(rows [][]string, name string) string {
	for _, r := range rows {
		if len(r) > 1 && r[0] == name {
			return r[1]
		}
	}
	return ""
}

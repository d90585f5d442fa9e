package queue_test

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"path/filepath"
	"testing"
	"time"

	"motcua/queue"
)

// BenchmarkTicketWriteVsBareInsert measures issue, call and finish — each
// one durable transaction with its outbox event — against a bare SQLite
// single-row INSERT transaction with the same pragmas (WAL,
// synchronous=FULL, BEGIN IMMEDIATE) on the same disk, in the same run.
// The ratio metric is our transactions per second over the bare ones; the
// target (issue 2) is at least 0.5.
func BenchmarkTicketWriteVsBareInsert(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()

	bare, err := sql.Open("sqlite", bareDSN(filepath.Join(dir, "bare.db")))
	if err != nil {
		b.Fatal(err)
	}
	defer bare.Close()
	bare.SetMaxOpenConns(1)
	if _, err := bare.Exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)`); err != nil {
		b.Fatal(err)
	}

	st, clock := newStation(b)
	const ops = 3 // issue, call, finish

	b.ResetTimer()
	var ourTime, bareTime time.Duration
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		if _, err := st.Issue(ctx, "hotich", ""); err != nil {
			b.Fatal(err)
		}
		clock.Advance(time.Second)
		if _, err := st.CallNext(ctx, 1); err != nil {
			b.Fatal(err)
		}
		if _, err := st.Finish(ctx, 1, queue.Guided); err != nil {
			b.Fatal(err)
		}
		ourTime += time.Since(start)

		start = time.Now()
		for j := range ops {
			tx, err := bare.BeginTx(ctx, nil)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := tx.Exec(`INSERT INTO t (v) VALUES (?)`, fmt.Sprint(i, j)); err != nil {
				b.Fatal(err)
			}
			if err := tx.Commit(); err != nil {
				b.Fatal(err)
			}
		}
		bareTime += time.Since(start)
	}
	n := float64(b.N * ops)
	ourRate, bareRate := n/ourTime.Seconds(), n/bareTime.Seconds()
	b.ReportMetric(ourRate, "ticket-tx/s")
	b.ReportMetric(bareRate, "bare-tx/s")
	b.ReportMetric(ourRate/bareRate, "ratio")
}

func bareDSN(path string) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	return "file:" + filepath.ToSlash(path) + "?" + q.Encode()
}

package hub

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"
)

func TestRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "hub.db")
	h, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.db.Exec(`INSERT INTO hub_schema (version, applied_at) VALUES (?, 0)`, SchemaVersion()+1); err != nil {
		t.Fatal(err)
	}
	h.Close()
	if _, err := Open(ctx, path, Options{}); !errors.Is(err, ErrTooNew) {
		t.Fatalf("want ErrTooNew, got %v", err)
	}
}

// Several hub processes starting at once on a new database must all open
// it, with the schema created once.
func TestConcurrentOpenMigratesOnce(t *testing.T) {
	for _, kind := range []string{"sqlite", "postgres"} {
		t.Run(kind, func(t *testing.T) {
			dsn := filepath.Join(t.TempDir(), "hub.db")
			if kind == "postgres" {
				dsn = freshPostgres(t)
			}
			var wg sync.WaitGroup
			hubs := make([]*Hub, 4)
			errs := make([]error, 4)
			for i := range hubs {
				wg.Add(1)
				go func() { defer wg.Done(); hubs[i], errs[i] = Open(context.Background(), dsn, Options{}) }()
			}
			wg.Wait()
			for i, err := range errs {
				if err != nil {
					t.Fatalf("open %d: %v", i, err)
				}
				defer hubs[i].Close()
			}
			var n int
			if err := hubs[0].db.QueryRow(`SELECT count(*) FROM hub_schema`).Scan(&n); err != nil || n != SchemaVersion() {
				t.Fatalf("hub_schema rows %d, %v", n, err)
			}
		})
	}
}

// Package hubtest gives tests of the district hub, in any package, a
// PostgreSQL schema of their own on the test server.
package hubtest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"os"
	"strings"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// PostgresDSN is the PostgreSQL server the tests may use
// (MOTCUA_TEST_POSTGRES). Without one the PostgreSQL variants are skipped,
// unless CI=true, where that is a failure: CI must test the hub on it.
func PostgresDSN(tb testing.TB) string {
	tb.Helper()
	dsn := os.Getenv("MOTCUA_TEST_POSTGRES")
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatal("CI=true but MOTCUA_TEST_POSTGRES is not set: the hub must be tested on PostgreSQL")
		}
		tb.Skip("MOTCUA_TEST_POSTGRES not set")
	}
	return dsn
}

// FreshPostgres gives the test its own schema in the test database,
// dropped at its end, so tests neither see each other's rows nor need a
// server each. prefix names the schemas of a package in the server.
func FreshPostgres(tb testing.TB, prefix string) string {
	tb.Helper()
	dsn := PostgresDSN(tb)
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := prefix + "_" + hex.EncodeToString(b[:])
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		_, _ = admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
		admin.Close()
	})
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	return dsn + sep + "search_path=" + schema
}

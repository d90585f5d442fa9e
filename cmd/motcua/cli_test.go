package main

// The command line as a script or an administrator meets it: run(...) is
// main without the process, so these tests read its output and exit code.

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"motcua/assets/i18n"
	"motcua/store"
)

type result struct {
	code           int
	stdout, stderr string
	took           time.Duration
}

// runCLI runs the command line args. A screen that opened by mistake (the
// tests only run commands that must stop before one) is ended by the
// context instead of waiting for keys for ever.
func runCLI(t *testing.T, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var stdout, stderr bytes.Buffer
	start := time.Now()
	code := run(ctx, args, &stdout, &stderr)
	r := result{code: code, stdout: stdout.String(), stderr: stderr.String(), took: time.Since(start)}
	if ctx.Err() != nil {
		t.Fatalf("motcua %s: still running after 30 s (a screen opened?)", strings.Join(args, " "))
	}
	return r
}

func (r result) want(t *testing.T, code int, inStderr ...string) {
	t.Helper()
	if r.code != code {
		t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, code, r.stdout, r.stderr)
	}
	for _, s := range inStderr {
		if !strings.Contains(r.stderr, s) {
			t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
		}
	}
}

func TestHelp(t *testing.T) {
	t.Setenv("MOTCUA_LANG", "")
	r := runCLI(t, "help")
	r.want(t, exitOK)
	for _, s := range []string{vi("cli.usage"), vi("cli.launcher"), vi("cli.common_flags"), "kiosk", "counter", "board", "version"} {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("help lacks %q:\n%s", s, r.stdout)
		}
	}
	t.Setenv("MOTCUA_LANG", "en")
	if r := runCLI(t, "help"); !strings.Contains(r.stdout, i18n.T(i18n.EN, "cli.usage")) {
		t.Errorf("MOTCUA_LANG=en help:\n%s", r.stdout)
	}
}

func TestUnknownCommand(t *testing.T) {
	t.Setenv("MOTCUA_LANG", "")
	r := runCLI(t, "bogus")
	r.want(t, exitUsage, vi("cli.unknown_command", "bogus"), vi("cli.usage"))
}

func TestVersionAndLanguage(t *testing.T) {
	schema := store.SchemaVersion()
	r := runCLI(t, "--lang", "vi", "version")
	r.want(t, exitOK)
	if want := i18n.T(i18n.VI, "cli.version_line", version, schema); strings.TrimSpace(r.stdout) != want {
		t.Errorf("version: %q, want %q", r.stdout, want)
	}
	// --lang after and before the subcommand.
	for _, args := range [][]string{{"version", "--lang", "en"}, {"--lang=en", "version"}, {"--lang", "en", "version"}} {
		r := runCLI(t, args...)
		r.want(t, exitOK)
		if want := i18n.T(i18n.EN, "cli.version_line", version, schema); strings.TrimSpace(r.stdout) != want {
			t.Errorf("%v: %q, want %q", args, r.stdout, want)
		}
	}
	runCLI(t, "version", "--lang", "fr").want(t, exitUsage, vi("cli.bad_lang", "fr"))
	runCLI(t, "version", "extra").want(t, exitUsage, vi("cli.extra_args", "extra"))
}

// TestGlobalFlagsBeforeCommand: `motcua --db PATH counter …` uses PATH (the
// database is created and seeded there) and the common flags mix with the
// command's own.
func TestGlobalFlagsBeforeCommand(t *testing.T) {
	path := filepath.Join(t.TempDir(), "here", "station.db")
	r := runCLI(t, "--db", path, "--lang", "en", "counter", "--number", "9")
	r.want(t, exitUsage, i18n.T(i18n.EN, "cli.no_such_counter", 9, "1, 2, 3"))
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("--db before the command was not used: %v", err)
	}
	runCLI(t, "--db", path, "version").want(t, exitOK)
}

func TestMOTCUA_DB(t *testing.T) {
	path := filepath.Join(t.TempDir(), "env.db")
	t.Setenv("MOTCUA_DB", path)
	runCLI(t, "counter", "--lang", "vi", "--number", "9").want(t, exitUsage, vi("cli.no_such_counter", 9, "1, 2, 3"))
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("MOTCUA_DB was not used: %v", err)
	}
}

func TestNoSuchCounter(t *testing.T) {
	path := filepath.Join(t.TempDir(), "station.db")
	runCLI(t, "counter", "--db", path, "--lang", "vi", "--number", "9").
		want(t, exitUsage, vi("cli.no_such_counter", 9, "1, 2, 3"))
}

func TestFlagsOfScreens(t *testing.T) {
	r := runCLI(t, "board", "-h", "--lang", "vi")
	r.want(t, exitOK, "-announce", "-no-bell", "-db")
	runCLI(t, "board", "--bogus", "--lang", "vi").want(t, exitUsage)
	path := filepath.Join(t.TempDir(), "station.db")
	runCLI(t, "kiosk", "--db", path, "--lang", "vi", "--paper", "72").want(t, exitUsage, vi("cli.bad_paper", "72"))
}

// TestCorruptDatabase: a damaged file is refused with the sentence and exit
// 5, and left exactly as it was.
func TestCorruptDatabase(t *testing.T) {
	for name, content := range map[string][]byte{
		"not sqlite":        bytes.Repeat([]byte("sổ ghi chép, không phải cơ sở dữ liệu\n"), 200),
		"damaged sqlite":    damagedSQLite(t),
		"another program's": foreignSQLite(t),
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "station.db")
			if err := os.WriteFile(path, content, 0o644); err != nil {
				t.Fatal(err)
			}
			for _, cmd := range []string{"kiosk", "board"} {
				r := runCLI(t, cmd, "--db", path, "--lang", "vi")
				r.want(t, exitCorrupt, vi("db.corrupt", path))
			}
			if got, _ := os.ReadFile(path); !bytes.Equal(got, content) {
				t.Fatal("the damaged file was changed")
			}
			for _, side := range []string{"-wal", "-journal"} {
				if fi, err := os.Stat(path + side); err == nil && fi.Size() > 0 {
					t.Errorf("%s%s was written (%d bytes)", path, side, fi.Size())
				}
			}
		})
	}
}

// damagedSQLite is a motcua database whose pages after the header were
// overwritten.
func damagedSQLite(t *testing.T) []byte {
	path := filepath.Join(t.TempDir(), "good.db")
	runCLI(t, "counter", "--db", path, "--number", "9").want(t, exitUsage)
	body, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(body) < 8192 {
		t.Fatalf("database is only %d bytes", len(body))
	}
	for i := 100; i < len(body); i++ {
		body[i] = byte(i * 7)
	}
	return body
}

// foreignSQLite is an SQLite file of another program (tables, user_version 0).
func foreignSQLite(t *testing.T) []byte {
	path := filepath.Join(t.TempDir(), "other.db")
	raw := rawSQLite(t, path)
	if _, err := raw.Exec(`CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Nguyễn Văn An')`); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	body, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return body
}

func rawSQLite(t *testing.T, path string, pragmas ...string) *sql.DB {
	t.Helper()
	dsn := "file:" + filepath.ToSlash(path)
	for i, p := range pragmas {
		sep := "&"
		if i == 0 {
			sep = "?"
		}
		dsn += sep + "_pragma=" + p
	}
	raw, err := sql.Open("sqlite", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { raw.Close() })
	return raw
}

func TestDatabaseFromNewerMotcua(t *testing.T) {
	path := filepath.Join(t.TempDir(), "station.db")
	raw := rawSQLite(t, path)
	if _, err := raw.Exec(`CREATE TABLE revision (id INTEGER PRIMARY KEY, n INTEGER); PRAGMA user_version = 99`); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	before, _ := os.ReadFile(path)
	runCLI(t, "board", "--db", path, "--lang", "vi").want(t, exitTooNew, vi("db.toonew", path))
	runCLI(t, "board", "--db", path, "--lang", "en").want(t, exitTooNew, i18n.T(i18n.EN, "db.toonew", path))
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("the newer database was changed")
	}
}

func TestDatabaseCannotBeOpened(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(file, "station.db") // a folder that is a file
	runCLI(t, "board", "--db", path, "--lang", "vi").want(t, exitCannotOpen, vi("db.cannot_open", path))
}

// TestLockedDatabase: another program holds the write lock on a new file;
// motcua waits its busy timeout (5 s), then says so and exits with 3.
func TestLockedDatabase(t *testing.T) {
	if testing.Short() {
		t.Skip("waits the 5 s busy timeout")
	}
	t.Parallel()
	path := filepath.Join(t.TempDir(), "station.db")
	raw := rawSQLite(t, path, "journal_mode(WAL)")
	ctx := context.Background()
	conn, err := raw.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`BEGIN EXCLUSIVE`, `CREATE TABLE other_program (x)`} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	t.Cleanup(func() {
		conn.ExecContext(ctx, `ROLLBACK`) //nolint:errcheck // best effort
		conn.Close()
	})
	r := runCLI(t, "kiosk", "--db", path, "--lang", "vi")
	r.want(t, exitLocked, vi("db.locked", path))
	t.Logf("locked: exit %d after %v", r.code, r.took.Round(time.Millisecond))
	if r.took < 4*time.Second || r.took > 15*time.Second {
		t.Errorf("gave up after %v, want about the 5 s busy timeout", r.took)
	}
}

// TestFirstStartTogether: the kiosk, counters and board of a fresh station
// are often started at the same moment (a PC that opens every screen at
// boot). Each must find the one database created and seeded once.
func TestFirstStartTogether(t *testing.T) {
	for round := 0; round < 8; round++ {
		path := filepath.Join(t.TempDir(), "station.db")
		var wg sync.WaitGroup
		results := make([]result, 4)
		for i := range results {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var stdout, stderr bytes.Buffer
				code := run(context.Background(), []string{"counter", "--db", path, "--lang", "vi", "--number", "9"}, &stdout, &stderr)
				results[i] = result{code: code, stdout: stdout.String(), stderr: stderr.String()}
			}()
		}
		wg.Wait()
		for i, r := range results {
			if r.code != exitUsage || !strings.Contains(r.stderr, vi("cli.no_such_counter", 9, "1, 2, 3")) {
				t.Fatalf("round %d, process %d: exit %d:\n%s", round, i, r.code, r.stderr)
			}
		}
		checkCounters(t, path, 3)
	}
}

// checkCounters checks the station was seeded exactly once.
func checkCounters(t *testing.T, path string, want int) {
	t.Helper()
	raw := rawSQLite(t, path)
	var n int
	if err := raw.QueryRow(`SELECT count(*) FROM counters`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != want {
		t.Fatalf("%d counters, want %d", n, want)
	}
	raw.Close()
}

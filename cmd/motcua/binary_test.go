package main

// Helpers shared by the tests and benchmarks that run the real binary: it is
// built once per `go test` process, into a folder removed when the tests end.

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"motcua/assets"
	"motcua/queue"
	"motcua/store"
)

var (
	buildOnce sync.Once
	buildPath string
	buildErr  error
)

// sharedDirs are folders made once per process (the binary, the benchmark
// database), removed when the tests end.
var (
	sharedMu   sync.Mutex
	sharedDirs []string
)

func sharedTempDir(prefix string) (string, error) {
	dir, err := os.MkdirTemp("", prefix)
	if err == nil {
		sharedMu.Lock()
		sharedDirs = append(sharedDirs, dir)
		sharedMu.Unlock()
	}
	return dir, err
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, dir := range sharedDirs {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

// moduleRoot is the folder of go.mod, where `go build ./cmd/motcua` runs.
// The test runs in cmd/motcua, so ../.. is the fallback.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return filepath.Abs(filepath.Join("..", ".."))
	}
	return filepath.Dir(gomod), nil
}

// motcuaBinary builds the real motcua binary (pure Go, as `make build` does)
// the first time it is asked for and returns its path. The environment
// variable MOTCUA_BIN names a binary to use instead (to measure another
// build).
func motcuaBinary(tb testing.TB) string {
	tb.Helper()
	if bin := os.Getenv("MOTCUA_BIN"); bin != "" {
		return bin
	}
	buildOnce.Do(func() {
		var root string
		if root, buildErr = moduleRoot(); buildErr != nil {
			return
		}
		var buildDir string
		if buildDir, buildErr = sharedTempDir("motcua-bin-"); buildErr != nil {
			return
		}
		name := "motcua"
		if runtime.GOOS == "windows" {
			name += ".exe"
		}
		buildPath = filepath.Join(buildDir, name)
		cmd := exec.Command("go", "build", "-o", buildPath, "./cmd/motcua")
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = &buildError{err: err, out: string(out)}
		}
	})
	if buildErr != nil {
		tb.Fatalf("build motcua: %v", buildErr)
	}
	return buildPath
}

type buildError struct {
	err error
	out string
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + e.out }

// childEnv is the environment of a motcua child process: the caller's,
// without the settings that would change what the screens show, in a UTF-8
// locale.
func childEnv(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "MOTCUA_DB", "MOTCUA_LANG", "LANG", "LC_ALL", "LC_CTYPE", "TERM", "NO_COLOR":
			continue
		}
		env = append(env, kv)
	}
	return append(append(env, "LANG=C.UTF-8", "LC_ALL=C.UTF-8"), extra...)
}

// seededDB creates a database file with the demo commune, as the first run
// of motcua does, plus a working morning when busy is set: tickets issued,
// counters 1 and 2 open and serving, some finished, so the board and the
// counters have something to draw.
func seededDB(tb testing.TB, dir string, busy bool) string {
	tb.Helper()
	ctx := context.Background()
	path := filepath.Join(dir, "station.db")
	db, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	st := queue.NewStation(db)
	demo, err := assets.DemoCommune()
	if err != nil {
		tb.Fatal(err)
	}
	if err := st.Seed(ctx, demo); err != nil {
		tb.Fatal(err)
	}
	if !busy {
		return path
	}
	for i := 0; i < 40; i++ {
		sv := demo.Services[i%len(demo.Services)].Code
		group := ""
		if i%5 == 0 {
			group = demo.PriorityGroups[i%len(demo.PriorityGroups)].Code
		}
		if _, err := st.Issue(ctx, sv, group); err != nil {
			tb.Fatalf("issue %s: %v", sv, err)
		}
	}
	for _, n := range []int{1, 2} {
		if err := st.OpenCounter(ctx, n, ""); err != nil {
			tb.Fatalf("open counter %d: %v", n, err)
		}
		for k := 0; k < 3; k++ {
			if _, err := st.CallNext(ctx, n); err != nil {
				tb.Fatalf("counter %d call: %v", n, err)
			}
			if k < 2 {
				if _, err := st.Finish(ctx, n, queue.Received); err != nil {
					tb.Fatalf("counter %d finish: %v", n, err)
				}
			}
		}
	}
	return path
}

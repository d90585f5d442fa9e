package main

// A private tmux server for the end-to-end tests: every screen runs as its
// own process in its own 80×24 session, driven with send-keys and read with
// capture-pane, as a clerk or a citizen would meet it.

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"motcua/tui/components/bigtext"
)

type tmuxServer struct {
	t      *testing.T
	socket string // path of the server's socket, in a folder of the test
	dir    string // exit status files, one per session
}

// newTmux starts a tmux server of the test's own (its own socket, no user
// configuration) and kills it when the test ends. The test is skipped when
// tmux is missing, except on CI, where that is a failure.
func newTmux(t *testing.T) *tmuxServer {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test: skipped with -short")
	}
	if runtime.GOOS == "windows" {
		t.Skip("tmux end-to-end test: not on Windows")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("tmux is required on CI: %v", err)
		}
		t.Skipf("tmux not found (%v): install it to run the end-to-end test", err)
	}
	// The socket lives in a short folder of its own (a socket path is
	// limited to about 100 bytes), removed with the server.
	sockDir, err := os.MkdirTemp("", "mt")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(sockDir) })
	s := &tmuxServer{t: t, socket: filepath.Join(sockDir, "tmux"), dir: t.TempDir()}
	// A control session starts the server; the options are global. Panes
	// stay after their process ends, so the test can read the exit status.
	// (window-size manual is not used: tmux 3.3a crashes with it when a
	// window is added to a server without clients.)
	s.must("new-session", "-d", "-s", "ctl", "-x", "80", "-y", "24")
	t.Cleanup(func() { s.run("kill-server") }) //nolint:errcheck // best effort
	s.must("set-option", "-g", "remain-on-exit", "on")
	s.must("set-option", "-g", "default-size", "80x24")
	return s
}

func (s *tmuxServer) run(args ...string) (string, error) {
	cmd := exec.Command("tmux", append([]string{"-S", s.socket, "-f", os.DevNull, "-u"}, args...)...)
	cmd.Env = childEnv()
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func (s *tmuxServer) must(args ...string) string {
	s.t.Helper()
	out, err := s.run(args...)
	if err != nil {
		s.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

// start runs argv in a new 80×24 session called name. A shell around it
// writes its exit status to a file: tmux itself sometimes marks a pane dead
// without ever learning the status of its process.
func (s *tmuxServer) start(name string, argv ...string) {
	s.t.Helper()
	wrap := []string{"sh", "-c", `f=$1; shift; "$@"; echo $? >"$f.tmp" && mv "$f.tmp" "$f"`, "sh", s.statusFile(name)}
	s.must(append(append([]string{"new-session", "-d", "-s", name, "-x", "80", "-y", "24"}, wrap...), argv...)...)
	if size := strings.TrimSpace(s.must("display-message", "-p", "-t", name, "#{window_width}x#{window_height}")); size != "80x24" {
		s.t.Fatalf("%s: window is %s, want 80x24", name, size)
	}
}

// keys sends tmux key names (e.g. "n", "C-q", "Enter") to a session.
func (s *tmuxServer) keys(name string, keys ...string) {
	s.t.Helper()
	s.must(append([]string{"send-keys", "-t", name}, keys...)...)
}

// literal types text into a session, character by character.
func (s *tmuxServer) literal(name, text string) {
	s.t.Helper()
	s.must("send-keys", "-t", name, "-l", text)
}

func (s *tmuxServer) capture(name string) string {
	s.t.Helper()
	return s.must("capture-pane", "-p", "-t", name)
}

// waitUntil polls the screen of a session until ok holds and returns that
// screen; on timeout it fails with the last screen.
func (s *tmuxServer) waitUntil(name, what string, timeout time.Duration, ok func(screen string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		screen := s.capture(name)
		if ok(screen) {
			return screen
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("%s: no %s after %v; the screen shows:\n%s", name, what, timeout, screen)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// pressUntil presses key, again every 200 ms, until ok holds for the
// screen: for pages that ignore keys for a moment after they open.
func (s *tmuxServer) pressUntil(name, key, what string, timeout time.Duration, ok func(screen string) bool) string {
	s.t.Helper()
	last := time.Time{}
	return s.waitUntil(name, what+" after pressing "+key, timeout, func(screen string) bool {
		if ok(screen) {
			return true
		}
		if time.Since(last) >= 200*time.Millisecond {
			s.keys(name, key)
			last = time.Now()
		}
		return false
	})
}

// waitFor waits until the screen of a session contains substring.
func (s *tmuxServer) waitFor(name, substring string, timeout time.Duration) string {
	s.t.Helper()
	return s.waitUntil(name, strconv.Quote(substring), timeout, func(screen string) bool {
		return strings.Contains(screen, substring)
	})
}

// waitForBig waits until the screen shows text in block digits.
func (s *tmuxServer) waitForBig(name, text string, timeout time.Duration) string {
	s.t.Helper()
	return s.waitUntil(name, text+" in block digits", timeout, func(screen string) bool {
		return hasBig(screen, text)
	})
}

func (s *tmuxServer) statusFile(name string) string {
	return filepath.Join(s.dir, name+".status")
}

// waitExit waits until the process of a session has ended and returns its
// exit status.
func (s *tmuxServer) waitExit(name string, timeout time.Duration) int {
	s.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		if body, err := os.ReadFile(s.statusFile(name)); err == nil {
			code, err := strconv.Atoi(strings.TrimSpace(string(body)))
			if err != nil {
				s.t.Fatalf("%s: exit status %q", name, body)
			}
			return code
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("%s: process still running after %v; the screen shows:\n%s", name, timeout, s.capture(name))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// hasBig reports whether screen shows text drawn by bigtext at some scale:
// the rows of the drawing on consecutive lines, in the same column.
func hasBig(screen, text string) bool {
	lines := strings.Split(screen, "\n")
	for scale := 1; scale <= 4; scale++ {
		rows := strings.Split(strings.TrimRight(bigtext.Render(text, scale), "\n"), "\n")
		for i := range rows {
			rows[i] = strings.TrimRight(rows[i], " ")
		}
		for top := 0; top+len(rows) <= len(lines); top++ {
			col := runeIndex(lines[top], rows[0])
			if col < 0 {
				continue
			}
			match := true
			for k := 1; k < len(rows) && match; k++ {
				line := []rune(lines[top+k])
				row := []rune(rows[k])
				match = col+len(row) <= len(line) && string(line[col:col+len(row)]) == rows[k]
			}
			if match {
				return true
			}
		}
	}
	return false
}

// runeIndex is strings.Index counted in runes (screen columns, for the
// single-width characters that block digits and frames use).
func runeIndex(s, sub string) int {
	i := strings.Index(s, sub)
	if i < 0 {
		return -1
	}
	return len([]rune(s[:i]))
}

//go:build linux

package main

// Benchmarks of the real binary in an 80×24 pseudo-terminal: how long a
// screen takes from process start to its first frame, and what an idle
// screen costs (CPU, memory). They run with `make bench`, never with `make
// test`; docs/PERFORMANCE.md has the figures. Linux only: they read /proc.
//
// A start-up is one b.Loop iteration, so -benchtime 20x means 20 starts.
// The idle measurement takes 12 s and is made once per `go test` process;
// later calls of the same benchmark (the framework calls again with a
// bigger b.N) report the figures already measured.

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"

	"motcua/assets"
)

// Targets of the issue.
const (
	targetFirstFrame = 150 * time.Millisecond
	targetIdleCPU    = 1.0  // percent of one core
	targetIdleRSS    = 30.0 // MB
	settleTime       = 2 * time.Second
	idleWindow       = 10 * time.Second
	clockTicks       = 100 // USER_HZ: /proc/PID/stat counts CPU time in 1/100 s on Linux
)

// benchScreen is one screen to measure: its command line after the binary
// and a text its first real frame (data loaded) shows.
type benchScreen struct {
	name   string
	args   []string
	marker string
}

func benchScreens(tb testing.TB, db string) []benchScreen {
	demo, err := assets.DemoCommune()
	if err != nil {
		tb.Fatal(err)
	}
	return []benchScreen{
		{"board", []string{"board", "--db", db, "--no-bell"}, vi("board.counter", 1)},
		{"kiosk", []string{"kiosk", "--db", db, "--printer", "none"}, demo.Services[0].NameVI},
		{"counter", []string{"counter", "--db", db, "--number", "1"}, vi("counter.title", 1)},
	}
}

// benchDB is one seeded database for all benchmarks of the process: a
// morning's tickets, counters 1 and 2 serving.
var benchDB = sync.OnceValues(func() (string, error) { return sharedTempDir("motcua-bench-") })

func seededBenchDB(b *testing.B) string {
	dir, err := benchDB()
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, "station.db")
	if _, err := os.Stat(path); err != nil {
		seededDB(b, dir, true)
	}
	return path
}

// screenProcess is a motcua screen running in a pseudo-terminal.
type screenProcess struct {
	cmd   *exec.Cmd
	tty   *os.File
	start time.Time

	mu      sync.Mutex
	out     []byte    // output without escape sequences, up to the marker
	marker  string    // text to look for
	seen    time.Time // when the marker appeared
	found   chan struct{}
	written int64 // all output, escape sequences included
	readEnd chan struct{}
}

func startScreen(tb testing.TB, bin string, sc benchScreen) *screenProcess {
	tb.Helper()
	cmd := exec.Command(bin, sc.args...)
	cmd.Env = childEnv("TERM=xterm-256color")
	p := &screenProcess{cmd: cmd, marker: sc.marker, found: make(chan struct{}), readEnd: make(chan struct{})}
	p.start = time.Now()
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 80})
	if err != nil {
		tb.Fatalf("start %s: %v", sc.name, err)
	}
	p.tty = tty
	go p.read()
	return p
}

// read drains the terminal (a screen whose output is not read would block)
// and notes when the marker first appears.
func (p *screenProcess) read() {
	defer close(p.readEnd)
	buf := make([]byte, 64<<10)
	var raw []byte
	for {
		n, err := p.tty.Read(buf)
		now := time.Now()
		if n > 0 {
			p.mu.Lock()
			p.written += int64(n)
			if p.seen.IsZero() {
				raw = append(raw, buf[:n]...)
				p.out = []byte(ansi.Strip(string(raw)))
				if bytes.Contains(p.out, []byte(p.marker)) {
					p.seen = now
					close(p.found)
				}
			}
			p.mu.Unlock()
		}
		if err != nil {
			return
		}
	}
}

// firstFrame waits for the marker and returns the time since the start.
func (p *screenProcess) firstFrame(tb testing.TB) time.Duration {
	tb.Helper()
	select {
	case <-p.found:
	case <-time.After(10 * time.Second):
		p.mu.Lock()
		out := string(p.out)
		p.mu.Unlock()
		p.stop()
		tb.Fatalf("%s: no %q after 10 s; output:\n%s", p.cmd.Path, p.marker, out)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.seen.Sub(p.start)
}

func (p *screenProcess) outputBytes() int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.written
}

// stop ends the screen as a service manager would (SIGTERM), then kills it
// if it has not gone within a second. It reports whether SIGTERM was
// enough.
func (p *screenProcess) stop() bool {
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = p.cmd.Wait(); close(done) }()
	termed := true
	select {
	case <-done:
	case <-time.After(time.Second):
		termed = false
		_ = p.cmd.Process.Kill()
		<-done
	}
	p.tty.Close()
	<-p.readEnd
	return termed
}

func BenchmarkFirstFrame(b *testing.B) {
	bin := motcuaBinary(b)
	db := seededBenchDB(b)
	for _, sc := range benchScreens(b, db) {
		b.Run(sc.name, func(b *testing.B) {
			var samples []time.Duration
			hangs := 0
			for b.Loop() {
				p := startScreen(b, bin, sc)
				samples = append(samples, p.firstFrame(b))
				b.StopTimer()
				if !p.stop() {
					hangs++
				}
				b.StartTimer()
			}
			slices.Sort(samples)
			med := samples[len(samples)/2]
			p90 := samples[min(len(samples)-1, len(samples)*9/10)]
			b.ReportMetric(0, "ns/op")
			b.ReportMetric(ms(med), "ms/first-frame")
			b.ReportMetric(ms(p90), "p90-ms/first-frame")
			b.ReportMetric(ms(samples[0]), "min-ms/first-frame")
			b.ReportMetric(float64(len(samples)), "starts")
			// Screens must end on SIGTERM (a PC shutting down); those still
			// running after a second were killed.
			b.ReportMetric(float64(hangs), "sigterm-hangs")
			b.Logf("%s: first frame median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms over %d starts (target < %v: %s)",
				sc.name, ms(med), ms(p90), ms(samples[0]), ms(samples[len(samples)-1]), len(samples),
				targetFirstFrame, verdict(med < targetFirstFrame))
		})
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func verdict(ok bool) string {
	if ok {
		return "PASS"
	}
	return "FAIL"
}

// idleFigures is what one idle screen cost.
type idleFigures struct {
	cpuPercent float64 // of one core, over the idle window
	rssMB      float64 // VmRSS at the end
	hwmMB      float64 // VmHWM: the peak
	outPerSec  float64 // bytes written to the terminal per second while idle
	windowSecs float64
	idleTicks  int64
}

var (
	idleMu    sync.Mutex
	idleCache = map[string]idleFigures{}
)

func BenchmarkIdle(b *testing.B) {
	bin := motcuaBinary(b)
	db := seededBenchDB(b)
	for _, sc := range benchScreens(b, db) {
		b.Run(sc.name, func(b *testing.B) {
			idleMu.Lock()
			f, ok := idleCache[sc.name]
			idleMu.Unlock()
			if !ok {
				f = measureIdle(b, bin, sc)
				idleMu.Lock()
				idleCache[sc.name] = f
				idleMu.Unlock()
				b.Logf("%s idle: %.2f %% CPU over %.0f s (%d ticks; target < %.0f %%: %s), RSS %.1f MB, peak %.1f MB (target < %.0f MB: %s), %.0f bytes/s to the terminal",
					sc.name, f.cpuPercent, f.windowSecs, f.idleTicks, targetIdleCPU, verdict(f.cpuPercent < targetIdleCPU),
					f.rssMB, f.hwmMB, targetIdleRSS, verdict(f.rssMB < targetIdleRSS), f.outPerSec)
			}
			b.ReportMetric(0, "ns/op")
			b.ReportMetric(f.cpuPercent, "%cpu")
			b.ReportMetric(f.rssMB, "MB-rss")
			b.ReportMetric(f.hwmMB, "MB-peak")
			b.ReportMetric(f.outPerSec, "B/s-output")
		})
	}
}

func measureIdle(b *testing.B, bin string, sc benchScreen) idleFigures {
	p := startScreen(b, bin, sc)
	defer p.stop()
	p.firstFrame(b)
	time.Sleep(settleTime)
	pid := p.cmd.Process.Pid
	t0, err := cpuTicks(pid)
	if err != nil {
		b.Fatal(err)
	}
	out0, w0 := p.outputBytes(), time.Now()
	time.Sleep(idleWindow)
	t1, err := cpuTicks(pid)
	if err != nil {
		b.Fatal(err)
	}
	window := time.Since(w0).Seconds()
	out1 := p.outputBytes()
	rss, hwm, err := memory(pid)
	if err != nil {
		b.Fatal(err)
	}
	return idleFigures{
		cpuPercent: float64(t1-t0) / clockTicks / window * 100,
		rssMB:      rss,
		hwmMB:      hwm,
		outPerSec:  float64(out1-out0) / window,
		windowSecs: window,
		idleTicks:  t1 - t0,
	}
}

// cpuTicks is utime+stime of a process, in clock ticks.
func cpuTicks(pid int) (int64, error) {
	body, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// The command name (field 2) may hold spaces; fields count from the
	// last ")". utime and stime are fields 14 and 15.
	s := string(body)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) < 13 {
		return 0, fmt.Errorf("/proc/%d/stat: %q", pid, s)
	}
	utime, err1 := strconv.ParseInt(fields[11], 10, 64)
	stime, err2 := strconv.ParseInt(fields[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("/proc/%d/stat: %q", pid, s)
	}
	return utime + stime, nil
}

// memory is VmRSS and VmHWM of a process in MB (2^20 bytes).
func memory(pid int) (rss, hwm float64, err error) {
	body, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, err
	}
	for _, line := range strings.Split(string(body), "\n") {
		key, val, _ := strings.Cut(line, ":")
		f := strings.Fields(val)
		if len(f) != 2 || f[1] != "kB" {
			continue
		}
		kb, err := strconv.ParseFloat(f[0], 64)
		if err != nil {
			continue
		}
		switch key {
		case "VmRSS":
			rss = kb / 1024
		case "VmHWM":
			hwm = kb / 1024
		}
	}
	if rss == 0 {
		return 0, 0, fmt.Errorf("/proc/%d/status: no VmRSS", pid)
	}
	return rss, hwm, nil
}

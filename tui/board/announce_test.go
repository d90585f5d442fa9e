package board

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"motcua/assets/i18n"
	"motcua/queue"
)

// fakeSpeaker writes a shell script that appends its standard input to a
// file, as a speech engine would read it, and notes any announcement that
// started while another was still running. It returns the announce command
// and the file.
func fakeSpeaker(t *testing.T, delay string) (command, spoken string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the fake speaker is a POSIX shell script")
	}
	dir := t.TempDir()
	spoken = filepath.Join(dir, "spoken.txt")
	script := filepath.Join(dir, "say.sh")
	body := "#!/bin/sh\n" +
		"lock='" + filepath.Join(dir, "busy") + "'\n" +
		"[ -e \"$lock\" ] && echo OVERLAP >> '" + spoken + "'\n" +
		"touch \"$lock\"\n" +
		"sleep " + delay + "\n" +
		"cat >> '" + spoken + "'\n" +
		"rm -f \"$lock\"\n"
	if err := os.WriteFile(script, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	return "'" + script + "'", spoken
}

// waitForLines waits until the file has n lines and returns them.
func waitForLines(t *testing.T, path string, n int, d time.Duration) []string {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		b, _ := os.ReadFile(path)
		lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
		if len(b) > 0 && len(lines) >= n {
			return lines
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %s the speaker heard %q, want %d lines", d, b, n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestAnnouncement(t *testing.T) {
	cases := []struct {
		display string
		counter int
		want    string
	}{
		{"A012", 2, "Mời công dân có số thứ tự a, mười hai, đến quầy số hai."},
		{"B105", 2, "Mời công dân có số thứ tự bê, một trăm linh năm, đến quầy số hai."},
		{"C100", 11, "Mời công dân có số thứ tự xê, một trăm, đến quầy số mười một."},
	}
	for _, c := range cases {
		if got := Announcement(c.display, c.counter); got != c.want {
			t.Errorf("Announcement(%q, %d) = %q, want %q", c.display, c.counter, got, c.want)
		}
	}
}

// Calls are spoken through the announce command, with the exact sentence,
// one at a time and in the order they were made, while the board shows
// "A012 → Quầy 2".
func TestAnnounceCommand(t *testing.T) {
	st, _ := newStation(t)
	ctx := context.Background()
	var b105 queue.Ticket
	for range 105 {
		b105 = must(st.Issue(ctx, "chungthuc", ""))(t)
	}
	var a012 queue.Ticket
	for range 12 {
		a012 = must(st.Issue(ctx, "hotich", ""))(t)
	}
	// A012 reaches counter 2 (which does not serve civil status) by a
	// transfer from counter 1, before the board starts.
	must(st.CallTicket(ctx, 1, a012.ID, "hẹn trước"))(t)
	must(st.Transfer(ctx, 1, queue.Target{Counter: 2}))(t)

	command, spoken := fakeSpeaker(t, "0.2")
	r := start(t, quiet(Options{Station: st, Lang: i18n.VI, Announce: command}), 80, 24)

	must(st.CallTicket(ctx, 2, a012.ID, "chuyển từ quầy 1"))(t)
	r.WaitFor(t, time.Second, "A012 on the board", func(m Model) bool {
		return strings.Contains(m.View().Content, "A012 → Quầy 2")
	})
	// Two more calls while the first is still being spoken.
	must(st.Finish(ctx, 2, queue.Guided))(t)
	must(st.CallTicket(ctx, 2, b105.ID, "hẹn trước"))(t)
	must(st.Recall(ctx, 2))(t)

	got := waitForLines(t, spoken, 3, 5*time.Second)
	want := []string{
		"Mời công dân có số thứ tự a, mười hai, đến quầy số hai.",
		"Mời công dân có số thứ tự bê, một trăm linh năm, đến quầy số hai.",
		"Mời công dân có số thứ tự bê, một trăm linh năm, đến quầy số hai.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("speaker heard:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	m := r.WaitFor(t, time.Second, "speaker idle", func(m Model) bool { return !m.speaking && len(m.speech) == 0 })
	if m.sayErr != nil {
		t.Errorf("announcement failed: %v", m.sayErr.err)
	}
}

// A failing or hanging speaker is reported on the status line; the board
// goes on, and the next call is still announced.
func TestAnnounceFailure(t *testing.T) {
	st, _ := newStation(t)
	ctx := context.Background()
	for range 3 {
		must(st.Issue(ctx, "chungthuc", ""))(t)
	}
	r := start(t, quiet(Options{Station: st, Lang: i18n.EN, Announce: "echo 'no such voice' >&2; exit 3"}), 80, 24)
	must(st.CallNext(ctx, 2))(t)
	m := r.WaitFor(t, 2*time.Second, "failure on the status line", func(m Model) bool { return m.sayErr != nil && !m.speaking })
	if out := stripped(m.View().Content); !strings.Contains(out, "Could not announce B001") || !strings.Contains(out, "no such voice") {
		t.Errorf("failure not shown:\n%s", out)
	}

	hang := New(Options{Station: st, Announce: "sleep 5", AnnounceTimeout: 200 * time.Millisecond})
	start := time.Now()
	msg := speak(hang.opts.Announce, hang.opts.AnnounceTimeout, pending{display: "B002", text: "x"})().(announceDoneMsg)
	if msg.err == nil || !strings.Contains(msg.err.Error(), "timed out") {
		t.Errorf("hanging speaker: err %v, want a timeout", msg.err)
	}
	if d := time.Since(start); d > 1500*time.Millisecond {
		t.Errorf("timeout took %s", d)
	}
}

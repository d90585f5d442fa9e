package board

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"motcua/queue"
	"motcua/store"
	"motcua/tui/tuitest"
)

// busyMorning brings the demo station to a typical mid-morning: counter 1
// serving (its ticket recalled once), counter 2 idle after finishing,
// counter 3 paused for a meeting, six calls made and tickets waiting in
// several services, some of them priority.
func busyMorning(t *testing.T, st *queue.Station, clock *store.ManualClock) {
	t.Helper()
	ctx := context.Background()
	issue := func(service, group string) {
		must(st.Issue(ctx, service, group))(t)
		clock.Advance(30 * time.Second)
	}
	for _, s := range []struct{ service, group string }{
		{"hotich", ""}, {"chungthuc", ""}, {"hotich", "elderly"}, {"datdai", ""},
		{"xahoi", ""}, {"kinhdoanh", ""}, {"hotich", ""}, {"chungthuc", "pregnant"},
		{"chungthuc", ""}, {"datdai", ""}, {"hotich", ""}, {"xahoi", "disabled"},
		{"hotich", ""}, {"chungthuc", ""},
	} {
		issue(s.service, s.group)
	}
	step := func(f func() error) {
		t.Helper()
		if err := f(); err != nil {
			t.Fatal(err)
		}
		clock.Advance(3 * time.Minute)
	}
	call := func(n int) func() error {
		return func() error { _, err := st.CallNext(ctx, n); return err }
	}
	finish := func(n int) func() error {
		return func() error { _, err := st.Finish(ctx, n, queue.Guided); return err }
	}
	step(call(1))
	step(call(2))
	step(call(3))
	step(finish(1))
	step(finish(3))
	step(call(1))
	step(finish(2))
	step(call(2))
	step(finish(2))
	step(func() error { _, err := st.Recall(ctx, 1); return err })
	step(func() error { return st.Pause(ctx, 3, "Họp giao ban") })
	// Citizens keep coming: some priority tickets wait too.
	issue("hotich", "elderly")
	issue("datdai", "merit")
	issue("chungthuc", "")
}

func TestGolden(t *testing.T) {
	for _, lang := range tuitest.Langs {
		for _, size := range tuitest.Sizes {
			t.Run(fmt.Sprintf("%s_%s", lang.Code(), size), func(t *testing.T) {
				st, clock := newStation(t)
				busyMorning(t, st, clock)
				r := start(t, quiet(Options{Station: st, Lang: lang, Standalone: true}), size.W, size.H)
				m := r.final(t)
				tuitest.Golden(t, ansi.Strip(m.View().Content), size)
			})
		}
	}
}

func stripped(s string) string { return ansi.Strip(s) }

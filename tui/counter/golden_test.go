package counter

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"motcua/queue"
	"motcua/store"
	"motcua/tui/tuitest"
)

// scene prepares the station and the screen for one golden file, and says
// when the screen has reached the state to draw.
type scene struct {
	name    string
	prepare func(t *testing.T, st *queue.Station, clock *store.ManualClock)
	keys    func(tm *teatest.TestModel)
	ready   func(Model) bool
}

// serveOne opens counter 1, calls the first ticket and recalls it once, a
// few minutes ago.
func serveOne(t *testing.T, st *queue.Station, clock *store.ManualClock) {
	ctx := context.Background()
	issueMorning(t, st, clock)
	if err := st.OpenCounter(ctx, 1, ""); err != nil {
		t.Fatal(err)
	}
	must(st.CallNext(ctx, 1))(t)
	clock.Advance(70 * time.Second)
	must(st.Recall(ctx, 1))(t)
	clock.Advance(2*time.Minute + 15*time.Second)
}

func morning(t *testing.T, st *queue.Station, clock *store.ManualClock) {
	issueMorning(t, st, clock)
	clock.Advance(4 * time.Minute)
}

func serving(m Model) bool { return m.serving() != nil }

var scenes = []scene{
	{name: "idle", prepare: morning, ready: func(m Model) bool { return len(m.waiting) > 0 }},
	{name: "serving", prepare: serveOne, ready: serving},
	{name: "transfer", prepare: serveOne,
		keys:  func(tm *teatest.TestModel) { tm.Type("t") },
		ready: func(m Model) bool { return m.mode == modeTransfer }},
	{name: "outcome", prepare: serveOne,
		keys:  func(tm *teatest.TestModel) { tm.Type("f") },
		ready: func(m Model) bool { return m.mode == modeOutcome }},
	{name: "reason", prepare: morning,
		keys: func(tm *teatest.TestModel) {
			tm.Send(tuitest.Key("down"))
			tm.Send(tuitest.Key("down"))
			tm.Type("o")
			tm.Type("người cao tuổi")
		},
		ready: func(m Model) bool { return m.mode == modeReason && m.input.Value() == "người cao tuổi" }},
	{name: "paused", prepare: morning,
		keys: func(tm *teatest.TestModel) {
			tm.Type("p")
			tm.Type("Nghỉ trưa")
			tm.Send(tuitest.Key("enter"))
		},
		ready: func(m Model) bool { return m.counter.State == queue.Paused && !m.busy }},
}

// TestGolden draws each scene in both languages at 80×24 and on a TV-sized
// 160×48 terminal. Run with -update to rewrite testdata after checking the
// screens by eye (cat testdata/TestGolden/*.golden).
func TestGolden(t *testing.T) {
	for _, sc := range scenes {
		for _, lang := range tuitest.Langs {
			for _, size := range tuitest.Sizes {
				name := fmt.Sprintf("%s_%s_%s", sc.name, lang.Code(), size)
				t.Run(name, func(t *testing.T) {
					st, clock := newStation(t)
					sc.prepare(t, st, clock)
					r := tuitest.Record(New(Options{Station: st, Number: 1, Lang: lang, Standalone: true}))
					tm := teatest.NewTestModel(t, r, teatest.WithInitialTermSize(size.W, size.H))
					sized := func(m Model) bool { return m.loaded && m.Width == size.W && m.Height == size.H }
					r.WaitFor(t, 10*time.Second, "first snapshot", sized)
					if sc.keys != nil {
						sc.keys(tm)
					}
					m := r.WaitFor(t, 10*time.Second, sc.name, func(m Model) bool { return sized(m) && sc.ready(m) })
					if err := tm.Quit(); err != nil {
						t.Fatal(err)
					}
					tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
					golden.RequireEqual(t, m.View().Content)
				})
			}
		}
	}
}

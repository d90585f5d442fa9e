package kiosk

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/tui/tuitest"
)

// TestRatingGolden draws the rating question and its thanks in both
// languages at 80×24 and on a hall TV, through a real Bubble Tea program.
func TestRatingGolden(t *testing.T) {
	for _, lang := range tuitest.Langs {
		for _, size := range tuitest.Sizes {
			for _, pg := range []string{"rate", "rated"} {
				t.Run(fmt.Sprintf("%s_%s_%s", pg, lang.Code(), size), func(t *testing.T) {
					ctx := context.Background()
					st, clock := newStation(t)
					morning(t, st, clock)
					if err := st.SetSetting(ctx, queue.KeyRatingOnKiosk, "1"); err != nil {
						t.Fatal(err)
					}
					queuetest.Must(st.CallNext(ctx, 2))(t)
					clock.Advance(5 * time.Minute)
					queuetest.Must(st.Finish(ctx, 2, queue.Guided))(t)
					r := tuitest.Record(New(Options{Station: st, Lang: lang, Standalone: true}))
					tm := teatest.NewTestModel(t, r, teatest.WithInitialTermSize(size.W, size.H))
					r.WaitFor(t, 3*time.Second, "the question", func(m Model) bool { return m.page == pageRate && m.Width == size.W })
					if pg == "rated" {
						clock.Advance(pageGuard)
						tm.Send(tuitest.Key("1"))
						r.WaitFor(t, 3*time.Second, "the thanks", func(m Model) bool { return m.rate.thanked })
					}
					if err := tm.Quit(); err != nil {
						t.Fatal(err)
					}
					final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).(tuitest.Recorder[Model]).Model
					screen := ansi.Strip(final.View().Content)
					tuitest.CheckScreen(t, screen, size.W, size.H)
					tuitest.Golden(t, screen, size)
				})
			}
		}
	}
}

package settings

import (
	"context"
	"fmt"
	"testing"

	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/tui/tuitest"
)

// Each page in both languages at both sizes, on a station where a
// priority group was added (so the audit tab has an entry); a form open
// on the services page too.
func TestGolden(t *testing.T) {
	for _, lang := range tuitest.Langs {
		for _, size := range tuitest.Sizes {
			for _, p := range []string{"1", "2", "3", "4", "5", "6", "7", "8"} {
				t.Run(fmt.Sprintf("%s_%s_page%s", lang.Code(), size, p), func(t *testing.T) {
					st, _ := queuetest.NewStation(t)
					veteran := queue.PriorityGroup{Code: "veteran", NameVI: "Cựu chiến binh", NameEN: "Veteran"}
					if err := st.AddGroup(context.Background(), veteran); err != nil {
						t.Fatal(err)
					}
					m, d := driveOn(t, st, lang, size.W, size.H)
					d.Press(p)
					tuitest.Golden(t, screen(*m), size)
				})
			}
			t.Run(fmt.Sprintf("%s_%s_form", lang.Code(), size), func(t *testing.T) {
				m, d, _ := drive(t, lang, size.W, size.H)
				d.Press("2", "down", "enter")
				tuitest.Golden(t, screen(*m), size)
			})
		}
	}
}

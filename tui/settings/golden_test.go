package settings

import (
	"context"
	"fmt"
	"testing"

	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/tui/tuitest"
)

// Each page (page 9, the accounts, with an admin, a clerk, a disabled
// board and a kiosk with a key) in both languages at both sizes, on a station where a
// priority group was added (so the audit tab has an entry); a form open
// on the services page too.
func TestGolden(t *testing.T) {
	for _, lang := range tuitest.Langs {
		for _, size := range tuitest.Sizes {
			for _, p := range []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"} {
				t.Run(fmt.Sprintf("%s_%s_page%s", lang.Code(), size, p), func(t *testing.T) {
					st, _ := queuetest.NewStation(t)
					veteran := queue.PriorityGroup{Code: "veteran", NameVI: "Cựu chiến binh", NameEN: "Veteran"}
					if err := st.AddGroup(context.Background(), veteran); err != nil {
						t.Fatal(err)
					}
					if p == "9" {
						seedAccounts(t, st)
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
			t.Run(fmt.Sprintf("%s_%s_account_form", lang.Code(), size), func(t *testing.T) {
				m, d, _ := drive(t, lang, size.W, size.H)
				d.Press("9", "a")
				d.Type("hoa.nguyen")
				d.Press("tab")
				d.Type("Nguyễn Thị Hoa")
				d.Press("tab", "tab", "ctrl+u")
				d.Type("2")
				d.Press("tab")
				d.Type("bí-mật-lắm") // shown as dots only
				tuitest.Golden(t, screen(*m), size)
			})
		}
	}
}

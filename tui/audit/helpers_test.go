package audit

import (
	"context"
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/assets/i18n"
	"motcua/queue/queuetest"
	"motcua/store"
	"motcua/tui/tuitest"
)

// trail is a demo station's database with n audit entries a minute
// apart from Monday 08:00: logins of lan (counter 1) and minh (counter 2),
// calls, and one settings change at the PC.
func trail(t *testing.T, n int) *store.DB {
	t.Helper()
	st, clock := queuetest.NewStation(t, queuetest.OpenCounters()) // opening a counter is audited too
	db := st.DB()
	for i := 0; i < n; i++ {
		who, counter := "lan", 1
		if i%2 == 1 {
			who, counter = "minh", 2
		}
		action, detail := "ticket.call", fmt.Sprintf("A%03d", i+1)
		switch {
		case i%5 == 0:
			action, detail = "account.login", "password"
		case i == n-1:
			who, counter, action, detail = "", 0, "settings.change", "board.notice"
		}
		ctx := context.Background()
		if who != "" {
			ctx = store.WithActor(ctx, store.Actor{Account: who, Remote: "192.168.1.2" + fmt.Sprint(counter) + ":50000"})
		}
		if err := db.Audit(ctx, counter, action, detail); err != nil {
			t.Fatal(err)
		}
		clock.Advance(time.Minute)
	}
	return db
}

// drive opens the screen on db at w×h and waits for the first page.
func drive(t *testing.T, db *store.DB, lang i18n.Lang, w, h int) (*Model, *tuitest.Driver[Model]) {
	t.Helper()
	m := New(Options{DB: db, Lang: lang, Standalone: true})
	d := tuitest.Async(t, &m, tuitest.Concrete(Model.Update))
	d.Describe = func() string { return "screen:\n" + screen(m) }
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
	d.Run(m.Init())
	d.Until("the first page", func(m Model) bool { return m.loaded })
	return &m, d
}

func screen(m Model) string { return ansi.Strip(m.View().Content) }

// settle waits for the load a key started.
func settle(d *tuitest.Driver[Model]) {
	d.Test().Helper()
	seq := -1
	d.Until("the page to load", func(m Model) bool {
		if seq < 0 {
			seq = m.seq
		}
		return m.loaded && m.seq == seq
	})
	d.Settle()
}

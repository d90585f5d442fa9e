package settings

import (
	"context"
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/queue/accounts"
	"motcua/queue/queuetest"
	"motcua/store"
	"motcua/tui/tuitest"
)

// driveAs opens the screen as the SSH hall does for the account admin:
// every change carries the session's actor.
func driveAs(t *testing.T, lang i18n.Lang, account string) (*Model, *tuitest.Driver[Model], *accounts.Roster) {
	t.Helper()
	st, _ := queuetest.NewStation(t)
	r := seedAccounts(t, st)
	ctx := store.WithActor(context.Background(), store.Actor{Account: account, Remote: "192.0.2.7:50000"})
	m := New(Options{Station: st, Lang: lang, Standalone: true, Context: ctx})
	d := tuitest.Async(t, &m, tuitest.Concrete(Model.Update))
	d.Describe = func() string { return "screen:\n" + screen(m) }
	d.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.Run(m.Init())
	d.Until("the settings", func(m Model) bool { return m.loaded && !m.audit.Loading() })
	d.Press("9")
	return &m, d, r
}

// pick moves the cursor to the account name.
func pick(t *testing.T, m *Model, d *tuitest.Driver[Model], name string) {
	t.Helper()
	for range len(m.accounts) {
		if r, ok := m.selected(); ok && r.id == name {
			return
		}
		d.Press("down")
	}
	t.Fatalf("no row for %s:\n%s", name, screen(*m))
}

// refused waits for the open form's refusal and returns it.
func refused(d *tuitest.Driver[Model], m *Model) string {
	d.Test().Helper()
	d.Until("the refusal", func(m Model) bool { return m.form != nil && m.form.err != "" })
	return m.form.err
}

// An account added here logs in with the password typed twice; the
// password never shows on the screen; the change is audited under the
// admin who made it.
func TestAddAccountAndLogIn(t *testing.T) {
	m, d, r := driveAs(t, i18n.VI, "admin")
	d.Press("a")
	d.Type("hoa")
	d.Press("tab")
	d.Type("Nguyễn Thị Hoa")
	d.Press("tab", "ctrl+u")
	d.Type("clerk")
	d.Press("tab", "ctrl+u")
	d.Type("3")
	d.Press("tab")
	d.Type("hoa-mot-cua")
	d.Press("tab")
	d.Type("hoa-mot-cua")
	if s := screen(*m); strings.Contains(s, "hoa-mot-cua") {
		t.Fatalf("the password shows on the screen:\n%s", s)
	}
	d.Press("enter")
	saved(d)
	a, err := r.LoginPassword(context.Background(), "hoa", "hoa-mot-cua", "test")
	if err != nil {
		t.Fatalf("the new account cannot log in: %v", err)
	}
	if a.FullName != "Nguyễn Thị Hoa" || a.Role != accounts.RoleClerk || a.Counter != 3 {
		t.Errorf("added account reads %+v", a)
	}
	d.Until("the new account listed", func(m Model) bool { return strings.Contains(screen(m), "Nguyễn Thị Hoa") })
	tuitest.LineWith(t, screen(*m), "Cán bộ một cửa")
	trail, err := m.opts.Station.DB().AuditTrail(context.Background(), store.AuditFilter{Action: accounts.ActionChange})
	if err != nil {
		t.Fatal(err)
	}
	if len(trail) == 0 || trail[0].Account != "admin" || !strings.HasPrefix(trail[0].Detail, "add hoa") {
		t.Errorf("the newest account change is %+v", trail[0])
	}
	for _, e := range trail {
		if strings.Contains(e.Detail, "hoa-mot-cua") {
			t.Errorf("the password is in the audit trail: %q", e.Detail)
		}
	}
}

// Two different typings, an empty password and a weak one are refused
// with their sentences; nothing is added.
func TestAddAccountRefusals(t *testing.T) {
	m, d, r := driveAs(t, i18n.EN, "admin")
	d.Press("a")
	d.Type("minh")
	d.Press("tab", "tab", "tab", "tab")
	d.Type("mot-cua-minh")
	d.Press("tab")
	d.Type("mot-cua-minh!")
	d.Press("enter")
	if got := refused(d, m); got != "The two passwords differ." {
		t.Errorf("mismatch refused with %q", got)
	}
	tuitest.LineWith(t, screen(*m), "The two passwords differ.")
	d.Press("shift+tab", "ctrl+u", "tab", "ctrl+u", "enter")
	if got := refused(d, m); !strings.Contains(got, "A password is needed") {
		t.Errorf("no password refused with %q", got)
	}
	d.Press("shift+tab")
	d.Type("aaaaaaaa")
	d.Press("tab")
	d.Type("aaaaaaaa")
	d.Press("enter")
	want, _ := accounts.Message(i18n.EN, accounts.ErrWeakPassword)
	if got := refused(d, m); got != want {
		t.Errorf("weak password refused with %q, want %q", got, want)
	}
	tuitest.LineWith(t, screen(*m), "too weak")
	if _, err := r.Get(context.Background(), "minh"); !errors.Is(err, accounts.ErrUnknownAccount) {
		t.Errorf("a refused account was stored: %v", err)
	}
}

// enter edits the counter; x disables after a question and the account
// can no longer log in; x again enables it.
func TestEditCounterAndDisable(t *testing.T) {
	m, d, r := driveAs(t, i18n.VI, "admin")
	pick(t, m, d, "lan")
	d.Press("enter", "tab", "tab", "ctrl+u")
	d.Type("3\n")
	saved(d)
	if a, _ := r.Get(context.Background(), "lan"); a.Counter != 3 || a.FullName != "Nguyễn Thị Lan" || a.Role != accounts.RoleClerk {
		t.Errorf("lan reads %+v after the edit", a)
	}
	d.Until("counter 3 on lan's row", func(m Model) bool {
		return strings.Contains(screen(m), "Nguyễn Thị Lan   Cán bộ một cửa  3")
	})
	d.Press("x")
	tuitest.LineWith(t, screen(*m), "Vô hiệu hóa tài khoản lan?")
	d.Press("enter")
	saved(d)
	if _, err := r.LoginPassword(context.Background(), "lan", "mot-cua-lan", "test"); !errors.Is(err, accounts.ErrDisabled) {
		t.Errorf("a disabled account logs in: %v", err)
	}
	d.Until("lan disabled on the list", func(m Model) bool {
		return strings.Contains(tuitest.LineWith(t, screen(m), "Nguyễn Thị Lan"), "vô hiệu hóa")
	})
	d.Press("x")
	tuitest.LineWith(t, screen(*m), "Kích hoạt lại tài khoản lan?")
	d.Press("enter")
	saved(d)
	if _, err := r.LoginPassword(context.Background(), "lan", "mot-cua-lan", "test"); err != nil {
		t.Errorf("lan cannot log in after enable: %v", err)
	}
}

// p sets a new password (typed twice); the old one stops working.
func TestSetPassword(t *testing.T) {
	m, d, r := driveAs(t, i18n.EN, "admin")
	pick(t, m, d, "lan")
	d.Press("p")
	tuitest.LineWith(t, screen(*m), "New password for lan")
	d.Type("lan-moi-2026")
	d.Press("tab")
	d.Type("lan-moi-2027\n")
	if got := refused(d, m); got != "The two passwords differ." {
		t.Errorf("mismatch refused with %q", got)
	}
	d.Press("ctrl+u")
	d.Type("lan-moi-2026\n")
	saved(d)
	ctx := context.Background()
	if _, err := r.LoginPassword(ctx, "lan", "mot-cua-lan", "test"); !errors.Is(err, accounts.ErrWrongPassword) {
		t.Errorf("the old password still works: %v", err)
	}
	if _, err := r.LoginPassword(ctx, "lan", "lan-moi-2026", "test"); err != nil {
		t.Errorf("the new password does not work: %v", err)
	}
}

// An admin cannot disable their own account nor take away their own
// admin role here; another admin's can be changed.
func TestOwnAccountProtected(t *testing.T) {
	m, d, r := driveAs(t, i18n.VI, "admin")
	pick(t, m, d, "admin")
	d.Press("x", "enter")
	if got := refused(d, m); got != i18n.T(i18n.VI, "settings.account.err.own_disable") {
		t.Errorf("own disable refused with %q", got)
	}
	d.Press("esc", "enter", "tab", "ctrl+u")
	d.Type("clerk\n")
	if got := refused(d, m); got != i18n.T(i18n.VI, "settings.account.err.own_role") {
		t.Errorf("own role change refused with %q", got)
	}
	d.Press("esc")
	a, err := r.Get(context.Background(), "admin")
	if err != nil || a.Disabled || a.Role != accounts.RoleAdmin {
		t.Fatalf("own account reads %+v, %v", a, err)
	}
	// The same edit on someone else's account goes through.
	pick(t, m, d, "lan")
	d.Press("enter", "tab", "ctrl+u")
	d.Type("admin\n")
	saved(d)
	if a, _ := r.Get(context.Background(), "lan"); a.Role != accounts.RoleAdmin {
		t.Errorf("lan's role is %s", a.Role)
	}
}

// A full name with terminal escapes (the roster refuses them, but a
// database copied from elsewhere may hold one) is drawn harmlessly, and
// so is the edit form opened on it.
func TestAccountNameEscapes(t *testing.T) {
	st, _ := queuetest.NewStation(t)
	seedAccounts(t, st)
	evil := "Kẻ\x1b]0;pwned\x07\x1b[2J xấu"
	err := st.DB().Write(context.Background(), func(tx *store.Tx) error {
		_, err := tx.ExecContext(context.Background(), `UPDATE accounts SET full_name = ? WHERE name = 'lan'`, evil)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	m, d := driveOn(t, st, i18n.EN, 80, 24)
	d.Press("9")
	check := func(what string) {
		t.Helper()
		raw := m.View().Content
		if strings.Contains(raw, "\x1b]0;") || strings.Contains(raw, "\x07") || strings.Contains(raw, "\x1b[2J") {
			t.Errorf("%s: the escape reached the terminal: %q", what, raw)
		}
	}
	check("list")
	if line := tuitest.LineWith(t, screen(*m), "lan"); !strings.Contains(line, "xấu") {
		t.Errorf("lan's row reads %q", line)
	}
	pick(t, m, d, "lan")
	d.Press("enter")
	check("edit form")
}

// The form checks role and counter before the roster sees them.
func TestReadRoleCounter(t *testing.T) {
	for _, c := range []struct {
		role, counter string
		ok            bool
	}{{"clerk", "2", true}, {" Admin ", "0", true}, {"boss", "1", false}, {"clerk", "-1", false}, {"clerk", "1000", false}, {"clerk", "", false}} {
		_, _, err := readRoleCounter(c.role, c.counter)
		if (err == nil) != c.ok {
			t.Errorf("readRoleCounter(%q, %q) = %v", c.role, c.counter, err)
		}
	}
	var se *queue.SetupError
	if _, err := typedTwice("a", "b"); !errors.As(err, &se) || se.Key != "settings.account.err.password_differs" {
		t.Errorf("typedTwice(a, b) = %v", err)
	}
}

// Five wrong passwords lock an account: the list says until when, at
// once (the failures change the database), and a new password set with p
// lifts the lock.
func TestLockedAccountShown(t *testing.T) {
	m, d, r := driveAs(t, i18n.EN, "admin")
	ctx := context.Background()
	for range accounts.MaxFailures {
		if _, err := r.LoginPassword(ctx, "lan", "guess-guess", "test"); !errors.Is(err, accounts.ErrWrongPassword) {
			t.Fatalf("a wrong password: %v", err)
		}
	}
	a, err := r.Get(ctx, "lan")
	if err != nil || a.LockedUntil.IsZero() {
		t.Fatalf("lan is not locked: %+v, %v", a, err)
	}
	want := "locked until " + a.LockedUntil.Format("15:04")
	d.Until("lan locked on the list", func(m Model) bool {
		return strings.Contains(tuitest.LineWith(t, screen(m), "Nguyễn Thị Lan"), want)
	})
	pick(t, m, d, "lan")
	d.Press("p")
	d.Type("lan-moi-2026")
	d.Press("tab")
	d.Type("lan-moi-2026\n")
	saved(d)
	d.Until("lan active again", func(m Model) bool {
		return strings.Contains(tuitest.LineWith(t, screen(m), "Nguyễn Thị Lan"), "active")
	})
	if _, err := r.LoginPassword(ctx, "lan", "lan-moi-2026", "test"); err != nil {
		t.Errorf("lan cannot log in with the new password: %v", err)
	}
}

// At 80×24 a long refusal is wrapped, whole, above the six fields of the
// add form, and every field still shows.
func TestLongRefusalFits(t *testing.T) {
	m, d, _ := driveAs(t, i18n.VI, "admin")
	d.Press("a")
	d.Type("minh")
	d.Press("tab", "tab", "tab", "tab")
	d.Type("aaaaaaaa")
	d.Press("tab")
	d.Type("aaaaaaaa\n")
	want, _ := accounts.Message(i18n.VI, accounts.ErrWeakPassword)
	if got := refused(d, m); got != want {
		t.Fatalf("refused with %q", got)
	}
	s := screen(*m)
	flat := strings.Join(strings.Fields(s), " ")
	if !strings.Contains(flat, want) {
		t.Errorf("the refusal is not shown whole:\n%s", s)
	}
	tuitest.LineWith(t, s, "Nhập lại mật khẩu")
	tuitest.LineWith(t, s, "lưu")
	if testing.Verbose() {
		t.Log("\n" + s)
	}
}

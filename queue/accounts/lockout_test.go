package accounts_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"motcua/queue/accounts"
	"motcua/store"
)

func wrong(t *testing.T, r *accounts.Roster, n int) error {
	t.Helper()
	var err error
	for i := 0; i < n; i++ {
		_, err = r.LoginPassword(context.Background(), "lan", "sai mật khẩu", remote)
	}
	return err
}

func TestFiveWrongPasswordsLockForFiveMinutes(t *testing.T) {
	r, db, clock := newRoster(t)
	addClerk(t, r)
	if err := wrong(t, r, 4); !errors.Is(err, accounts.ErrWrongPassword) || errors.Is(err, accounts.ErrLocked) {
		t.Fatalf("4th wrong password = %v, want ErrWrongPassword only", err)
	}
	err := wrong(t, r, 1)
	if !errors.Is(err, accounts.ErrWrongPassword) || !errors.Is(err, accounts.ErrLocked) {
		t.Fatalf("5th wrong password = %v, want ErrWrongPassword and ErrLocked", err)
	}
	a, _ := r.Get(adminCtx, "lan")
	if !a.LockedUntil.Equal(morning.Add(5*time.Minute)) || !a.Locked(clock.Now()) {
		t.Fatalf("locked until %v, want %v", a.LockedUntil, morning.Add(5*time.Minute))
	}
	if es := trail(t, db); es[len(es)-1].Action != accounts.ActionLocked || !strings.Contains(es[len(es)-1].Detail, "5 min") {
		t.Fatalf("last audit = %+v, want account.locked", es[len(es)-1])
	}
	clock.Advance(4*time.Minute + 59*time.Second)
	if _, err := r.LoginPassword(context.Background(), "lan", clerkPassword, remote); !errors.Is(err, accounts.ErrLocked) {
		t.Fatalf("right password while locked = %v, want ErrLocked", err)
	}
	clock.Advance(time.Second)
	if _, err := r.LoginPassword(context.Background(), "lan", clerkPassword, remote); err != nil {
		t.Fatalf("right password after the lock = %v", err)
	}
	if a, _ := r.Get(adminCtx, "lan"); !a.LockedUntil.IsZero() {
		t.Fatalf("LockedUntil = %v after the lock ran out", a.LockedUntil)
	}
}

func TestRightPasswordResetsTheCount(t *testing.T) {
	r, _, _ := newRoster(t)
	addClerk(t, r)
	wrong(t, r, 4)
	if _, err := r.LoginPassword(context.Background(), "lan", clerkPassword, remote); err != nil {
		t.Fatal(err)
	}
	if err := wrong(t, r, 4); errors.Is(err, accounts.ErrLocked) {
		t.Fatalf("locked after 4+4 wrong passwords with a right one between")
	}
	if err := wrong(t, r, 1); !errors.Is(err, accounts.ErrLocked) {
		t.Fatalf("5 wrong in a row = %v, want locked", err)
	}
}

func TestFailuresWhileLockedDoNotExtendIt(t *testing.T) {
	r, _, clock := newRoster(t)
	addClerk(t, r)
	wrong(t, r, 5)
	clock.Advance(time.Minute)
	if err := wrong(t, r, 10); !errors.Is(err, accounts.ErrLocked) {
		t.Fatalf("wrong password while locked = %v, want ErrLocked", err)
	}
	clock.Advance(4 * time.Minute)
	if _, err := r.LoginPassword(context.Background(), "lan", clerkPassword, remote); err != nil {
		t.Fatalf("login once the first lock ran out = %v", err)
	}
}

func TestLockMinutesSetting(t *testing.T) {
	for _, c := range []struct {
		value string
		want  time.Duration
	}{{"10", 10 * time.Minute}, {"1", time.Minute}, {"zero", 5 * time.Minute}, {"0", 5 * time.Minute}} {
		t.Run(c.value, func(t *testing.T) {
			r, db, _ := newRoster(t)
			addClerk(t, r)
			if err := db.Write(adminCtx, func(tx *store.Tx) error {
				_, err := tx.Exec(`INSERT INTO settings (key, value) VALUES (?, ?)`, accounts.LockMinutesKey, c.value)
				return err
			}); err != nil {
				t.Fatal(err)
			}
			wrong(t, r, 5)
			if a, _ := r.Get(adminCtx, "lan"); !a.LockedUntil.Equal(morning.Add(c.want)) {
				t.Fatalf("locked until %v, want +%v", a.LockedUntil, c.want)
			}
		})
	}
}

func TestEnableAndNewPasswordLiftTheLock(t *testing.T) {
	r, _, _ := newRoster(t)
	addClerk(t, r)
	wrong(t, r, 5)
	if err := r.SetDisabled(adminCtx, "lan", false); err != nil {
		t.Fatal(err)
	}
	if _, err := r.LoginPassword(context.Background(), "lan", clerkPassword, remote); err != nil {
		t.Fatalf("login after enable = %v", err)
	}
	wrong(t, r, 5)
	if err := r.SetPassword(adminCtx, "lan", "mật khẩu mới 2027"); err != nil {
		t.Fatal(err)
	}
	if _, err := r.LoginPassword(context.Background(), "lan", "mật khẩu mới 2027", remote); err != nil {
		t.Fatalf("login with new password = %v", err)
	}
	if _, err := r.LoginPassword(context.Background(), "lan", clerkPassword, remote); !errors.Is(err, accounts.ErrWrongPassword) {
		t.Fatalf("old password = %v, want ErrWrongPassword", err)
	}
}

func TestParseLockMinutes(t *testing.T) {
	for in, want := range map[string]int{"5": 5, " 30 ": 30, "1440": 1440, "0": 0, "-3": 0, "1441": 0, "5m": 0, "": 0} {
		got, err := accounts.ParseLockMinutes(in)
		if (want == 0) != (err != nil) || got != want {
			t.Errorf("ParseLockMinutes(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
}

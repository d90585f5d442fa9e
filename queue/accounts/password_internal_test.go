package accounts

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"motcua/store"
)

func TestHashIsArgon2idPHCAndVerifies(t *testing.T) {
	ctx := context.Background()
	h, err := hashPassword(ctx, "mật khẩu 2026")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Fatalf("hash %q is not argon2id with 19 MiB and t=2", h)
	}
	p, err := parsePHC(h)
	if err != nil || len(p.salt) != argonSaltLen || len(p.key) != argonKeyLen {
		t.Fatalf("parsePHC = %+v, %v", p, err)
	}
	h2, _ := hashPassword(ctx, "mật khẩu 2026")
	if h2 == h {
		t.Fatal("two hashes of one password are equal: no fresh salt")
	}
	for pw, want := range map[string]bool{"mật khẩu 2026": true, "mat khau 2026": false, "": false,
		strings.Repeat("x", MaxPasswordLen+1): false} {
		if ok, err := verifyPassword(ctx, h, pw); err != nil || ok != want {
			t.Errorf("verify %q = %v, %v; want %v", pw, ok, err, want)
		}
	}
}

func TestParsePHCRefusesTamperedHashes(t *testing.T) {
	if _, err := parsePHC(dummyHash); err != nil {
		t.Fatalf("dummy hash: %v", err)
	}
	good, _ := hashPassword(context.Background(), "mật khẩu 2026")
	parts := strings.Split(good, "$")
	bad := []string{
		"", "plain", "$argon2i$v=19$m=19456,t=2,p=1$" + parts[4] + "$" + parts[5],
		"$argon2id$v=16$m=19456,t=2,p=1$" + parts[4] + "$" + parts[5],
		"$argon2id$v=19$m=4194304,t=2,p=1$" + parts[4] + "$" + parts[5], // 4 GiB
		"$argon2id$v=19$m=19456,t=1000,p=1$" + parts[4] + "$" + parts[5],
		"$argon2id$v=19$m=19456,t=2,p=0$" + parts[4] + "$" + parts[5],
		"$argon2id$v=19$m=19456,t=2,p=1$!!$" + parts[5],
		"$argon2id$v=19$m=19456,t=2,p=1$" + parts[4] + "$c2hvcnQ",
	}
	for _, s := range bad {
		if _, err := parsePHC(s); err == nil {
			t.Errorf("parsePHC(%q) accepted", s)
		}
	}
}

func TestAtMostTwoHashesAtOnce(t *testing.T) {
	peak := countHashesAtOnce(t, 2*time.Millisecond, func(password, salt []byte, keyLen uint32) []byte {
		return make([]byte, keyLen)
	})
	var wg sync.WaitGroup
	for range 100 {
		wg.Go(func() {
			if _, err := hashPassword(context.Background(), "mật khẩu 2026"); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if p := peak.Load(); p != hashSlotCount {
		t.Fatalf("at most %d hashes ran at once, want exactly %d in a burst of 100", p, hashSlotCount)
	}
}

func TestWaitingForAHashSlotHonoursCancel(t *testing.T) {
	for range hashSlotCount {
		hashSlots <- struct{}{}
	}
	t.Cleanup(func() {
		for range hashSlotCount {
			<-hashSlots
		}
	})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := hashPassword(ctx, "mật khẩu 2026"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("hash with every slot taken = %v, want deadline exceeded", err)
	}
}

func TestABurstOfLoginsHashesTwoAtATime(t *testing.T) {
	real := argonKey
	peak := countHashesAtOnce(t, time.Millisecond, func(password, salt []byte, keyLen uint32) []byte {
		return real(password, salt, 1, 64, 1, keyLen) // cheap, but a real hash
	})
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r := NewRoster(db)
	if err := r.Add(context.Background(), Account{Name: "lan", Role: RoleClerk}, "mật khẩu 2026"); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var ok, locked atomic.Int32
	for i := range 100 {
		wg.Go(func() {
			pw := "sai mật khẩu"
			if i%10 == 0 {
				pw = "mật khẩu 2026"
			}
			_, err := r.LoginPassword(context.Background(), "lan", pw, "10.0.0.1:1")
			switch {
			case err == nil:
				ok.Add(1)
			case errors.Is(err, ErrLocked):
				locked.Add(1)
			case !errors.Is(err, ErrWrongPassword):
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if p := peak.Load(); p > hashSlotCount || p < 1 {
		t.Fatalf("%d hashes ran at once in a burst of 100 logins, want at most %d", p, hashSlotCount)
	}
	if locked.Load() == 0 {
		t.Fatalf("90 wrong passwords in a burst never locked the account (%d logins passed)", ok.Load())
	}
	n, err := db.AuditCount(context.Background(), store.AuditFilter{Action: "account.log"})
	if err != nil || n != 100 {
		t.Fatalf("%d login entries for 100 attempts (%v)", n, err)
	}
}

// BenchmarkHashPassword is the cost of one argon2id hash with the
// station's parameters: one login or password change.
func BenchmarkHashPassword(b *testing.B) {
	for b.Loop() {
		if _, err := hashPassword(context.Background(), "mật khẩu 2026"); err != nil {
			b.Fatal(err)
		}
	}
}

// countHashesAtOnce replaces the argon2 key function, for the test, by
// hash (after a pause of d, so that hashes overlap when they may) and
// returns the most that ran at the same time.
func countHashesAtOnce(t *testing.T, d time.Duration, hash func(password, salt []byte, keyLen uint32) []byte) *atomic.Int32 {
	var running, peak atomic.Int32
	real := argonKey
	t.Cleanup(func() { argonKey = real })
	argonKey = func(password, salt []byte, _, _ uint32, _ uint8, keyLen uint32) []byte {
		n := running.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(d)
		running.Add(-1)
		return hash(password, salt, keyLen)
	}
	return &peak
}

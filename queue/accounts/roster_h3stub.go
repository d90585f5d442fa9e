package accounts

// TEMPORARY stand-in for H1's Roster so the hall builds before h1 is
// merged; removed in the merge commit.

import (
	"context"
	"slices"
	"sync"
	"time"

	"golang.org/x/crypto/ssh"

	"motcua/store"
)

type Roster struct {
	db    *store.DB
	mu    sync.Mutex
	acc   map[string]Account
	pw    map[string]string
	fails map[string]int
}

func NewRoster(db *store.DB) *Roster {
	return &Roster{db: db, acc: map[string]Account{}, pw: map[string]string{}, fails: map[string]int{}}
}

func (r *Roster) Add(ctx context.Context, a Account, password string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	a.HasPassword = password != ""
	r.acc[a.Name], r.pw[a.Name] = a, password
	return nil
}

func (r *Roster) AddKey(ctx context.Context, name, line string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	a := r.acc[name]
	a.Keys = append(a.Keys, line)
	r.acc[name] = a
	return nil
}

func (r *Roster) SetDisabled(ctx context.Context, name string, d bool) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	a := r.acc[name]
	a.Disabled = d
	r.acc[name] = a
	return nil
}

func (r *Roster) LoginPassword(ctx context.Context, name, password, remote string) (Account, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	a, ok := r.acc[name]
	switch {
	case !ok:
		return Account{}, ErrUnknownAccount
	case a.Disabled:
		return Account{}, ErrDisabled
	case a.Locked(time.Now()):
		return Account{}, ErrLocked
	case !a.HasPassword || r.pw[name] != password:
		r.fails[name]++
		if r.fails[name] >= 5 {
			a.LockedUntil = time.Now().Add(5 * time.Minute)
			r.acc[name] = a
		}
		return Account{}, ErrWrongPassword
	}
	r.fails[name] = 0
	return a, nil
}

func (r *Roster) LoginKey(ctx context.Context, name string, key ssh.PublicKey, remote string) (Account, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	a, ok := r.acc[name]
	switch {
	case !ok:
		return Account{}, ErrUnknownAccount
	case a.Disabled:
		return Account{}, ErrDisabled
	case a.Locked(time.Now()):
		return Account{}, ErrLocked
	}
	want := string(ssh.MarshalAuthorizedKey(key))
	if slices.ContainsFunc(a.Keys, func(l string) bool {
		k, _, _, _, err := ssh.ParseAuthorizedKey([]byte(l))
		return err == nil && string(ssh.MarshalAuthorizedKey(k)) == want
	}) {
		return a, nil
	}
	return Account{}, ErrKeyNotAllowed
}

package settings

import (
	"context"
	"testing"

	"motcua/queue"
	"motcua/queue/accounts"
)

// seedAccounts gives st an admin, a clerk at counter 2, a disabled board
// and a kiosk that logs in with a key only.
func seedAccounts(t *testing.T, st *queue.Station) *accounts.Roster {
	t.Helper()
	ctx := context.Background()
	r := accounts.NewRoster(st.DB())
	for _, a := range []struct {
		acc      accounts.Account
		password string
	}{
		{accounts.Account{Name: "admin", FullName: "Phạm Quản Trị", Role: accounts.RoleAdmin}, "quan-tri-2026"},
		{accounts.Account{Name: "lan", FullName: "Nguyễn Thị Lan", Role: accounts.RoleClerk, Counter: 2}, "mot-cua-lan"},
		{accounts.Account{Name: "bang", FullName: "Bảng hội trường", Role: accounts.RoleBoard}, "bang-hoi-truong"},
		{accounts.Account{Name: "kiosk1", FullName: "Ki-ốt cửa chính", Role: accounts.RoleKiosk}, ""},
	} {
		if err := r.Add(ctx, a.acc, a.password); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.SetDisabled(ctx, "bang", true); err != nil {
		t.Fatal(err)
	}
	key := "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl kiosk@hall"
	if err := r.AddKey(ctx, "kiosk1", key); err != nil {
		t.Fatal(err)
	}
	return r
}

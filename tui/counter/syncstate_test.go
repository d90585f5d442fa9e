package counter

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"motcua/assets/i18n"
	"motcua/tui/common"
)

// hubLink is the sync state a test changes as an uploader would.
type hubLink struct {
	mu sync.Mutex
	s  common.SyncState
}

func (h *hubLink) read(context.Context) (common.SyncState, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.s, nil
}

func (h *hubLink) set(s common.SyncState) {
	h.mu.Lock()
	h.s = s
	h.mu.Unlock()
}

func TestHeaderShowsTheLinkToTheHub(t *testing.T) {
	st, clock := newStation(t)
	link := &hubLink{}
	d := openDriver(t, Options{Station: st, Number: 1, Lang: i18n.VI, Standalone: true, Sync: link.read})
	header := func() string { return strings.Split(screenText(d), "\n")[0] }
	if h := header(); strings.Contains(h, "huyện") {
		t.Fatalf("a station without a hub shows a sync state: %q", h)
	}
	// Each change of the station re-reads the link, as the uploader in
	// another process writes its progress into the same file.
	change := func(s common.SyncState, want string) {
		t.Helper()
		link.set(s)
		if _, err := st.Issue(context.Background(), "hotich", ""); err != nil {
			t.Fatal(err)
		}
		d.Until(want, func(Model) bool { return strings.Contains(header(), want) })
	}
	last := clock.Now().Add(-20 * time.Minute)
	change(common.SyncState{Enrolled: true, Waiting: 12, LastSuccess: last}, "Chờ gửi huyện: 12 · 07:40")
	change(common.SyncState{Enrolled: true, Waiting: 14, LastSuccess: last, LastError: "dial tcp: refused"},
		"Mất mạng: 14 chờ gửi · 07:40")
	change(common.SyncState{Enrolled: true, LastSuccess: clock.Now()}, "Đã gửi huyện 08:00")
	change(common.SyncState{Enrolled: true, ClockOffset: 7 * time.Minute, ClockOff: true}, "Giờ máy nhanh 7 phút!")
	change(common.SyncState{Enrolled: true, ClockOffset: -6 * time.Minute, ClockOff: true}, "Giờ máy chậm 6 phút!")
	if h := header(); len([]rune(h)) > 80 || !strings.Contains(h, "08:00  23/11/2026") || !strings.Contains(h, "Quầy số 1") {
		t.Fatalf("the header at 80 columns lost its clock or title: %q", h)
	}
}

package common

import (
	"context"
	"testing"
	"time"

	"motcua/queue/queuetest"
)

// A screen over SSH works in its session's context: when the session
// ends, its database watch must end too, not wait for the next change of
// a hall that may stay quiet for hours.
func TestWaitForChangeEndsWithTheSession(t *testing.T) {
	st, _ := queuetest.NewStation(t, queuetest.OpenCounters(1))
	ctx, cancel := context.WithCancel(context.Background())
	rev, err := st.DB().Revision(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan any, 1)
	go func() { done <- WaitForChange(ctx, st, rev)() }()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case msg := <-done:
		if msg != nil {
			t.Fatalf("watch of an ended session sent %#v; want nothing", msg)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("the watch went on after its session ended")
	}
}

func TestWaitForChangeSeesAWrite(t *testing.T) {
	st, _ := queuetest.NewStation(t, queuetest.OpenCounters(1))
	rev, err := st.DB().Revision(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan any, 1)
	go func() { done <- WaitForChange(context.Background(), st, rev)() }()
	svc := queuetest.Must(st.Config(context.Background()))(t).Services[0].Code
	queuetest.Must(st.Issue(context.Background(), svc, ""))(t)
	select {
	case msg := <-done:
		rm, ok := msg.(RevisionMsg)
		if !ok || rm.Err != nil || rm.Revision <= rev {
			t.Fatalf("got %#v; want a later revision than %d", msg, rev)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("a write was not seen")
	}
}

func TestLoadSnapshotReadsInTheScreensContext(t *testing.T) {
	st, _ := queuetest.NewStation(t, queuetest.OpenCounters(1))
	msg := LoadSnapshot(context.Background(), st)().(SnapshotMsg)
	if msg.Err != nil || len(msg.Snapshot.Config.Services) == 0 {
		t.Fatalf("snapshot: %v, %d services", msg.Err, len(msg.Snapshot.Config.Services))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if msg := LoadSnapshot(ctx, st)().(SnapshotMsg); msg.Err == nil {
		t.Fatal("a snapshot read in an ended session did not fail")
	}
}

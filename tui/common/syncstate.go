package common

import (
	"context"
	"time"
)

// SyncState is what a counter shows of the link to the district hub: how
// much waits to be sent, when a batch last went through, and whether the
// hub's clock says this PC's clock is wrong.
type SyncState struct {
	Enrolled    bool          // the station has a hub; false: nothing to show
	Waiting     int64         // outbox records not yet acknowledged
	LastSuccess time.Time     // zero: never
	LastError   string        // the uploader's last error, "" after a success
	ClockOffset time.Duration // station clock minus hub clock
	ClockOff    bool          // the offset is over the warning threshold
}

// SyncStatus reads the station's SyncState; the program provides it (the
// screens do not know the sync package).
type SyncStatus func(ctx context.Context) (SyncState, error)

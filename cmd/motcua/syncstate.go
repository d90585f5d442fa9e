package main

import (
	"context"
	"errors"

	"motcua/store"
	"motcua/sync"
	"motcua/tui/common"
)

// syncStatus reads, for the counter header, the state the uploader
// (motcua sync, in this or another process) leaves in the database.
func syncStatus(db *store.DB) common.SyncStatus {
	return func(ctx context.Context) (common.SyncState, error) {
		e, err := sync.LoadEnrollment(ctx, db)
		if errors.Is(err, sync.ErrNotEnrolled) {
			return common.SyncState{}, nil
		}
		if err != nil {
			return common.SyncState{}, err
		}
		backlog, err := sync.NewOutbox(db, e, version).Backlog(ctx)
		if err != nil {
			return common.SyncState{}, err
		}
		link, err := sync.LoadLink(ctx, db)
		if err != nil {
			return common.SyncState{}, err
		}
		return common.SyncState{
			Enrolled: link.URL != "", Waiting: backlog.Records, LastSuccess: link.LastSuccess,
			LastError: link.LastError, ClockOffset: link.ClockOffset, ClockOff: link.ClockOff(),
		}, nil
	}
}

package queue

import (
	"context"

	"motcua/store"
)

// change runs one change of the configuration in a write transaction
// (the revision bump makes every screen re-read the configuration) and
// records it in the audit trail as "settings.change" with detail.
func (s *Station) change(ctx context.Context, detail string, fn func(tx *store.Tx) error) error {
	return s.db.Write(ctx, func(tx *store.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		return auditSetup(ctx, tx, ms(s.clock.Now()), detail)
	})
}

// auditSetup records a configuration change in the audit trail, as the
// account of ctx's actor (none at the station PC).
func auditSetup(ctx context.Context, tx *store.Tx, at int64, detail string) error {
	return store.Audit(ctx, tx, at, 0, ActionSettingsChange, detail)
}

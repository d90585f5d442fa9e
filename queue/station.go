package queue

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"

	"motcua/assets"
	"motcua/store"
)

// Station is the queue of one commune hall, backed by its database. It is
// safe for concurrent use; so is running several processes on one file.
type Station struct {
	db    *store.DB
	clock store.Clock
}

// NewStation returns the queue kept in db, using db's clock.
func NewStation(db *store.DB) *Station {
	return &Station{db: db, clock: db.Clock()}
}

// DB is the database the station lives in.
func (s *Station) DB() *store.DB { return s.db }

// Now is the station clock's time.
func (s *Station) Now() time.Time { return s.clock.Now() }

func ms(t time.Time) int64 { return t.UnixMilli() }

func fromMS(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.UnixMilli(v.Int64).In(store.Local)
}

// Seeded reports whether the station has been configured.
func (s *Station) Seeded(ctx context.Context) (bool, error) {
	var n int
	err := s.db.Read(ctx, func(tx *store.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT count(*) FROM services`).Scan(&n)
	})
	return n > 0, err
}

// Seed configures an empty station from a commune description (the demo
// commune on first run). A station that already has services is left as it
// is, so a restart never overwrites what an admin changed.
func (s *Station) Seed(ctx context.Context, c assets.Commune) error {
	return s.db.Write(ctx, func(tx *store.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM services`).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		settings := map[string]string{
			keyCommuneName: c.Name, keyAgencyID: c.AgencyID, keyPlace: c.Place,
			keyHubLabel: c.HubLabel, keyNotice: c.Notice, keyKioskPIN: c.KioskPIN,
			keyPolicyMode: c.Policy.Mode, keyMaxRun: strconv.Itoa(c.Policy.MaxPriorityRun),
			keyAgingMinutes: strconv.Itoa(c.Policy.AgingMinutes),
			keyRecalls:      strconv.Itoa(c.Policy.RecallsBeforeNoShow),
		}
		for k, v := range settings {
			if _, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)`, k, v); err != nil {
				return fmt.Errorf("seed setting %s: %w", k, err)
			}
		}
		for i, sv := range c.Services {
			if _, err := tx.ExecContext(ctx,
				`INSERT INTO services (code, prefix, name_vi, name_en, position, default_service_seconds) VALUES (?, ?, ?, ?, ?, ?)`,
				sv.Code, strings.ToUpper(sv.Prefix), sv.NameVI, sv.NameEN, i, sv.DefaultServiceMinutes*60); err != nil {
				return fmt.Errorf("seed service %s: %w", sv.Code, err)
			}
		}
		for i, g := range c.PriorityGroups {
			if _, err := tx.ExecContext(ctx,
				`INSERT INTO priority_groups (code, name_vi, name_en, position) VALUES (?, ?, ?, ?)`,
				g.Code, g.NameVI, g.NameEN, i); err != nil {
				return fmt.Errorf("seed priority group %s: %w", g.Code, err)
			}
		}
		for _, ct := range c.Counters {
			if _, err := tx.ExecContext(ctx, `INSERT INTO counters (number, clerk) VALUES (?, ?)`, ct.Number, ct.Clerk); err != nil {
				return fmt.Errorf("seed counter %d: %w", ct.Number, err)
			}
			for _, sv := range ct.Services {
				if _, err := tx.ExecContext(ctx, `INSERT INTO counter_services (counter, service) VALUES (?, ?)`, ct.Number, sv); err != nil {
					return fmt.Errorf("seed counter %d service %s: %w", ct.Number, sv, err)
				}
			}
		}
		return nil
	})
}

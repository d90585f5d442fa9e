package intake

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"motcua/store"
)

// Desk is the one-stop counter's dossier desk: receiving dossiers, moving
// them through their life, finding them. It is safe for concurrent use,
// and several processes may use the same database file.
type Desk struct {
	db    *store.DB
	clock store.Clock
}

// NewDesk returns the desk kept in db, using db's clock.
func NewDesk(db *store.DB) *Desk { return &Desk{db: db, clock: db.Clock()} }

// DB is the database the desk lives in.
func (k *Desk) DB() *store.DB { return k.db }

// Now is the station clock's time, in local time.
func (k *Desk) Now() time.Time { return k.clock.Now().In(store.Local) }

// Calendar is the station's holiday calendar as stored now.
func (k *Desk) Calendar(ctx context.Context) (*Calendar, error) { return LoadCalendar(ctx, k.db) }

// Catalog is the station's procedure catalog as stored now.
func (k *Desk) Catalog(ctx context.Context) (*Catalog, error) { return LoadCatalog(ctx, k.db) }

// SettingAgencyID is the setting that holds the agency identifier of
// dossier codes (written by queue.Seed from the commune description).
const SettingAgencyID = "commune.agency_id"

// agencyID reads the agency identifier inside a transaction.
func agencyID(ctx context.Context, tx *store.Tx) (string, error) {
	var v string
	err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, SettingAgencyID).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && strings.TrimSpace(v) == "") {
		return "", ErrNoAgency
	}
	if err != nil {
		return "", fmt.Errorf("read agency identifier: %w", err)
	}
	return strings.TrimSpace(v), nil
}

// step loads a dossier in a write transaction, checks the action fits its
// state, lets apply change it, then saves it and records the event.
func (k *Desk) step(ctx context.Context, ref string, action Action, by Actor, kind string,
	apply func(tx *store.Tx, d *Dossier, now time.Time) (reason string, det eventDetail, err error)) (Dossier, error) {
	now := k.Now()
	by.Clerk = Clean(by.Clerk, MaxClerk)
	var d Dossier
	err := k.db.Write(ctx, func(tx *store.Tx) error {
		var err error
		d, err = dossierByRef(ctx, tx, ref)
		if err != nil {
			return err
		}
		from := d.Status
		if !action.Allows(from) {
			return &TransitionError{Action: action, From: from}
		}
		reason, det, err := apply(tx, &d, now)
		if err != nil {
			return err
		}
		d.UpdatedAt = now
		if err := saveState(ctx, tx, d); err != nil {
			return err
		}
		return record(ctx, tx, d, now, kind, from, by, reason, det)
	})
	if err != nil {
		return Dossier{}, fmt.Errorf("%s dossier %s: %w", action, ref, err)
	}
	return d, nil
}

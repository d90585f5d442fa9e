package sync

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"

	"filippo.io/age"

	"motcua/store"
)

// Enrollment is who this station is to its hub, kept in sync_state.
type Enrollment struct {
	Station string
	Key     ed25519.PrivateKey
	Hub     *age.X25519Recipient
}

// ErrNotEnrolled: the station has no hub yet (run motcua sync enroll).
var ErrNotEnrolled = errors.New("station not enrolled with a hub")

// SaveEnrollment stores e, replacing any earlier one.
func SaveEnrollment(ctx context.Context, db *store.DB, e Enrollment) error {
	if !stationIDPattern.MatchString(e.Station) || len(e.Key) != ed25519.PrivateKeySize || e.Hub == nil {
		return fmt.Errorf("save enrollment of %q: station ID, key and hub are required", e.Station)
	}
	return db.Write(ctx, func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE sync_state SET station = ?, station_key = ?, hub_recipient = ? WHERE id = 1`,
			e.Station, FormatStationKey(e.Key), e.Hub.String())
		if err != nil {
			return fmt.Errorf("save enrollment: %w", err)
		}
		return nil
	})
}

// LoadEnrollment reads what SaveEnrollment stored, or ErrNotEnrolled.
func LoadEnrollment(ctx context.Context, db *store.DB) (Enrollment, error) {
	var station, key, hub string
	err := db.Read(ctx, func(tx *store.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT station, station_key, hub_recipient FROM sync_state WHERE id = 1`).Scan(&station, &key, &hub)
	})
	if err != nil {
		return Enrollment{}, fmt.Errorf("load enrollment: %w", err)
	}
	if station == "" {
		return Enrollment{}, ErrNotEnrolled
	}
	e := Enrollment{Station: station}
	if e.Key, err = ParseStationKey(key); err != nil {
		return Enrollment{}, fmt.Errorf("load enrollment: %w", err)
	}
	if e.Hub, err = age.ParseX25519Recipient(hub); err != nil {
		return Enrollment{}, fmt.Errorf("load enrollment: hub recipient: %w", err)
	}
	return e, nil
}

// NewOutbox is the Outbox of an enrolled station.
func NewOutbox(db *store.DB, e Enrollment, motcua string) *Outbox {
	return &Outbox{DB: db, Station: e.Station, Key: e.Key, Hub: e.Hub, Motcua: motcua}
}

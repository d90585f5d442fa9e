package hub

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base32"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
)

// KeyLookup finds the ed25519 key a station signs its batches with; the
// sync layer verifies signatures through it. Hub.StationKey is one.
type KeyLookup func(ctx context.Context, station string) (ed25519.PublicKey, error)

// secretEncoding is readable aloud and typed without case mistakes.
var secretEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

func hashSecret(secret string) string {
	sum := sha256.Sum256([]byte(strings.ToUpper(strings.TrimSpace(secret))))
	return hex.EncodeToString(sum[:])
}

// Enroll registers a commune station and returns its one-time enrollment
// secret. Only the secret's hash is kept, so the hub's database never holds
// a secret that could register a key.
func (h *Hub) Enroll(ctx context.Context, station, name string) (string, error) {
	if station == "" {
		return "", fmt.Errorf("enroll station: empty station ID")
	}
	var raw [20]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", fmt.Errorf("enroll station %s: %w", station, err)
	}
	secret := secretEncoding.EncodeToString(raw[:])
	err := h.write(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, h.rebind(`SELECT count(*) FROM stations WHERE id = ?`), station).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return ErrAlreadyEnrolled
		}
		now := h.now()
		if _, err := tx.ExecContext(ctx, h.rebind(
			`INSERT INTO stations (id, name, secret_hash, enrolled_at) VALUES (?, ?, ?, ?)`),
			station, name, hashSecret(secret), now); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, h.rebind(`INSERT INTO station_status (station) VALUES (?)`), station)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("enroll station %s: %w", station, err)
	}
	return secret, nil
}

// RegisterKey sets the station's ed25519 public key if secret is its
// enrollment secret, and spends the secret: it works once.
func (h *Hub) RegisterKey(ctx context.Context, station, secret string, key ed25519.PublicKey) error {
	if len(key) != ed25519.PublicKeySize {
		return fmt.Errorf("register key of %s: key is %d bytes, want %d", station, len(key), ed25519.PublicKeySize)
	}
	err := h.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, h.rebind(
			`UPDATE stations SET public_key = ?, secret_hash = NULL, key_at = ?
			 WHERE id = ? AND secret_hash = ? AND disabled = 0`),
			[]byte(key), h.now(), station, hashSecret(secret))
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 1 {
			return err
		}
		// Say why, for the enrolling clerk.
		var hash sql.NullString
		var disabled int
		err = tx.QueryRowContext(ctx, h.rebind(`SELECT secret_hash, disabled FROM stations WHERE id = ?`), station).Scan(&hash, &disabled)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return ErrUnknownStation
		case err != nil:
			return err
		case disabled != 0:
			return ErrStationDisabled
		case !hash.Valid:
			return ErrSecretUsed
		}
		return ErrBadSecret
	})
	if err != nil {
		return fmt.Errorf("register key of %s: %w", station, err)
	}
	return nil
}

// StationKey returns the key the station registered. It is a KeyLookup.
func (h *Hub) StationKey(ctx context.Context, station string) (ed25519.PublicKey, error) {
	var key []byte
	var disabled int
	err := h.db.QueryRowContext(ctx, h.rebind(`SELECT public_key, disabled FROM stations WHERE id = ?`), station).Scan(&key, &disabled)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, fmt.Errorf("key of %s: %w", station, ErrUnknownStation)
	case err != nil:
		return nil, fmt.Errorf("key of %s: %w", station, err)
	case disabled != 0:
		return nil, fmt.Errorf("key of %s: %w", station, ErrStationDisabled)
	case len(key) != ed25519.PublicKeySize:
		return nil, fmt.Errorf("key of %s: %w", station, ErrNotRegistered)
	}
	return ed25519.PublicKey(key), nil
}

// SetDisabled stops (or restarts) accepting batches from a station, e.g.
// for a stolen PC; what it sent before stays.
func (h *Hub) SetDisabled(ctx context.Context, station string, disabled bool) error {
	v := 0
	if disabled {
		v = 1
	}
	err := h.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, h.rebind(`UPDATE stations SET disabled = ? WHERE id = ?`), v, station)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err == nil && n == 0 {
			return ErrUnknownStation
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("disable station %s: %w", station, err)
	}
	return nil
}

package intake

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"motcua/store"
	"time"
	"unicode/utf8"
)

// Drafts keep a half-filled intake form per counter in the database, so
// that it survives a crash or a power cut. The form decides what the JSON
// holds (its own field values, the form key); the desk only stores it.
// Drafts hold personal data and stay on the station: no outbox event.
// Every save is a write that wakes the screens, so a form should save a
// draft when a field is left or after a pause in typing, not per key.

// MaxDraftBytes caps a draft.
const MaxDraftBytes = 64 << 10

// Draft is a saved form.
type Draft struct {
	Counter int
	Body    json.RawMessage
	SavedAt time.Time
}

// SaveDraft stores the counter's form, replacing its previous draft.
func (k *Desk) SaveDraft(ctx context.Context, counter int, body []byte) error {
	if len(body) > MaxDraftBytes {
		return fmt.Errorf("save draft of counter %d: %w", counter, ErrDraftTooLarge)
	}
	if !utf8.Valid(body) || !json.Valid(body) {
		return fmt.Errorf("save draft of counter %d: %w", counter, ErrDraftInvalid)
	}
	now := k.Now()
	err := k.db.Write(ctx, func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO drafts (counter, body, saved_at) VALUES (?, ?, ?)
			ON CONFLICT (counter) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at`,
			counter, string(body), ms(now))
		return err
	})
	if err != nil {
		return fmt.Errorf("save draft of counter %d: %w", counter, err)
	}
	return nil
}

// LoadDraft returns the counter's draft and whether there is one.
func (k *Desk) LoadDraft(ctx context.Context, counter int) (Draft, bool, error) {
	d := Draft{Counter: counter}
	var body string
	var at int64
	err := k.db.Read(ctx, func(tx *store.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT body, saved_at FROM drafts WHERE counter = ?`, counter).Scan(&body, &at)
	})
	if errors.Is(err, sql.ErrNoRows) {
		return Draft{}, false, nil
	}
	if err != nil {
		return Draft{}, false, fmt.Errorf("load draft of counter %d: %w", counter, err)
	}
	d.Body, d.SavedAt = json.RawMessage(body), fromMS(at)
	return d, true, nil
}

// DiscardDraft deletes the counter's draft (the form was saved or
// cancelled). Receive does it by itself for the counter it saves from.
func (k *Desk) DiscardDraft(ctx context.Context, counter int) error {
	err := k.db.Write(ctx, func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM drafts WHERE counter = ?`, counter)
		return err
	})
	if err != nil {
		return fmt.Errorf("discard draft of counter %d: %w", counter, err)
	}
	return nil
}

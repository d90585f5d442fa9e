package intake

import (
	"context"
	"fmt"
	"motcua/store"
)

// nextRegisterNo takes the next sequence number of the register book (one
// book per year: Sổ theo dõi hồ sơ, Mẫu 07).
func nextRegisterNo(ctx context.Context, tx *store.Tx, book int) (int, error) {
	var n int
	err := tx.QueryRowContext(ctx, `INSERT INTO register_numbers (book, last) VALUES (?, 1)
		ON CONFLICT (book) DO UPDATE SET last = last + 1 RETURNING last`, book).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("next register number: %w", err)
	}
	return n, nil
}

// Register lists the dossiers of a register book (a year) in the order of
// their numbers in it: the data of the tracking book (Sổ theo dõi hồ sơ).
func (k *Desk) Register(ctx context.Context, book int) ([]Dossier, error) {
	var out []Dossier
	err := k.db.Read(ctx, func(tx *store.Tx) error {
		var err error
		out, err = queryDossiers(ctx, tx, `WHERE book = ? ORDER BY book_seq`, book)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read register %d: %w", book, err)
	}
	return out, nil
}

package intake

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"motcua/assets"
	"motcua/store"
)

// Catalog is the commune's list of procedures, in catalog order, with
// the folded words that Search compares.
type Catalog struct {
	procs []Procedure
	byID  map[string]int
	index []searchEntry
}

// NewCatalog builds a catalog from procedures already checked (by
// ParseCatalog or the table).
func NewCatalog(procs []Procedure) *Catalog {
	c := &Catalog{procs: procs, byID: make(map[string]int, len(procs)), index: make([]searchEntry, len(procs))}
	for i, p := range procs {
		c.byID[p.ID] = i
		c.index[i] = newSearchEntry(p)
	}
	return c
}

// DemoCatalog is the catalog shipped in the binary.
func DemoCatalog() (*Catalog, error) {
	procs, err := ParseCatalog(bytes.NewReader(assets.DemoCatalogJSON()), "json")
	if err != nil {
		return nil, fmt.Errorf("embedded demo catalog: %w", err)
	}
	return NewCatalog(procs), nil
}

// Procedures lists the procedures in catalog order.
func (c *Catalog) Procedures() []Procedure { return append([]Procedure(nil), c.procs...) }

// Len is the number of procedures.
func (c *Catalog) Len() int { return len(c.procs) }

// Procedure returns the procedure with the catalog key id.
func (c *Catalog) Procedure(id string) (Procedure, bool) {
	i, ok := c.byID[id]
	if !ok {
		return Procedure{}, false
	}
	return c.procs[i], true
}

// LoadCatalog reads the station's catalog from the procedures table.
func LoadCatalog(ctx context.Context, db *store.DB) (*Catalog, error) {
	var procs []Procedure
	err := db.Read(ctx, func(tx *store.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT `+procedureColumns+` FROM procedures ORDER BY position`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			p, err := scanProcedure(rows)
			if err != nil {
				return err
			}
			procs = append(procs, p)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("read catalog: %w", err)
	}
	return NewCatalog(procs), nil
}

// SeedCatalog fills an empty procedures table with the demo catalog, on a
// station's first run. It reports whether it wrote anything; a catalog
// already there (demo or imported) is left alone.
func SeedCatalog(ctx context.Context, db *store.DB) (bool, error) {
	if filled, err := hasRows(ctx, db, "procedures"); err != nil || filled {
		return false, err
	}
	procs, err := ParseCatalog(bytes.NewReader(assets.DemoCatalogJSON()), "json")
	if err != nil {
		return false, fmt.Errorf("embedded demo catalog: %w", err)
	}
	seeded := false
	err = db.Write(ctx, func(tx *store.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM procedures`).Scan(&n); err != nil {
			return fmt.Errorf("count procedures: %w", err)
		}
		if n > 0 {
			return nil
		}
		seeded = true
		return writeProcedures(ctx, tx, procs)
	})
	return seeded, err
}

const procedureColumns = `id, code, name_vi, name_en, field, service, days, unit, fee_vnd, fee_note, documents, note, source`

type rowScanner interface{ Scan(dest ...any) error }

func scanProcedure(r rowScanner) (Procedure, error) {
	var p Procedure
	var fee sql.NullInt64
	var docs string
	err := r.Scan(&p.ID, &p.Code, &p.NameVI, &p.NameEN, &p.Field, &p.Service, &p.Days, &p.Unit,
		&fee, &p.FeeNote, &docs, &p.Note, &p.Source)
	if err != nil {
		return p, err
	}
	p.FeeVND, p.FeeKnown = fee.Int64, fee.Valid
	if err := json.Unmarshal([]byte(docs), &p.Documents); err != nil {
		return p, fmt.Errorf("procedure %s documents: %w", p.ID, err)
	}
	return p, nil
}

// procedureTx reads one procedure inside a transaction.
func procedureTx(ctx context.Context, tx *store.Tx, id string) (Procedure, error) {
	return scanProcedure(tx.QueryRowContext(ctx, `SELECT `+procedureColumns+` FROM procedures WHERE id = ?`, id))
}

func writeProcedures(ctx context.Context, tx *store.Tx, procs []Procedure) error {
	for i, p := range procs {
		docs, err := json.Marshal(nonNil(p.Documents))
		if err != nil {
			return err
		}
		var fee any
		if p.FeeKnown {
			fee = p.FeeVND
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO procedures (`+procedureColumns+`, position)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			p.ID, p.Code, p.NameVI, p.NameEN, p.Field, p.Service, p.Days, p.Unit, fee, p.FeeNote,
			string(docs), p.Note, p.Source, i); err != nil {
			return fmt.Errorf("write procedure %s: %w", p.ID, err)
		}
	}
	return nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// hasRows reports whether a table has rows, with a read: every screen
// starts by seeding, and a write there would parse the embedded data and
// wake every other screen for nothing. (The seeding write checks again,
// in case another process seeded meanwhile.)
func hasRows(ctx context.Context, db *store.DB, table string) (bool, error) {
	var n int
	err := db.Read(ctx, func(tx *store.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM `+table+`)`).Scan(&n)
	})
	if err != nil {
		return false, fmt.Errorf("look at %s: %w", table, err)
	}
	return n == 1, nil
}

package intake

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"motcua/store"
)

// FindLimit caps the dossiers Find returns.
const FindLimit = 50

// Find looks dossiers up by what a clerk types: a dossier code (any case;
// "261123-0007", the day and number, is enough), a lookup code (with or
// without its dash), a 12-digit ID number, or words of the applicant's
// name with or without diacritics, in any order. Exact matches of a code
// or number come first, then name matches, newest first.
func (k *Desk) Find(ctx context.Context, query string) ([]Dossier, error) {
	query = Clean(query, 200)
	if query == "" {
		return nil, nil
	}
	var out []Dossier
	err := k.db.Read(ctx, func(tx *store.Tx) error {
		seen := map[string]bool{}
		add := func(ds []Dossier) {
			for _, d := range ds {
				if !seen[d.ID] && len(out) < FindLimit {
					seen[d.ID] = true
					out = append(out, d)
				}
			}
		}
		upper := strings.ToUpper(strings.ReplaceAll(query, " ", ""))
		if code := FindDossierCode(query); code != "" {
			ds, err := queryDossiers(ctx, tx, `WHERE code = ?`, code)
			if err != nil {
				return err
			}
			add(ds)
		} else if isDaySeq(upper) {
			ds, err := queryDossiers(ctx, tx, `WHERE code LIKE ? ESCAPE '\' ORDER BY received_at DESC LIMIT ?`,
				"%-"+escapeLike(upper), FindLimit)
			if err != nil {
				return err
			}
			add(ds)
		}
		if lk := NormaliseLookup(query); lk != "" {
			ds, err := queryDossiers(ctx, tx, `WHERE lookup = ?`, lk)
			if err != nil {
				return err
			}
			add(ds)
		}
		if id, err := ParseIDNumber(query); err == nil {
			ds, err := queryDossiers(ctx, tx, `WHERE id_number = ? ORDER BY received_at DESC LIMIT ?`, id.Digits, FindLimit)
			if err != nil {
				return err
			}
			add(ds)
		}
		if words := foldWords(query); len(words) > 0 && strings.ContainsFunc(query, isLetter) {
			where := make([]string, len(words))
			args := make([]any, 0, len(words)+1)
			for i, w := range words {
				where[i] = `(' ' || name_fold || ' ') LIKE ? ESCAPE '\'`
				args = append(args, "% "+escapeLike(w)+"%")
			}
			ds, err := queryDossiers(ctx, tx, `WHERE `+strings.Join(where, " AND ")+` ORDER BY received_at DESC LIMIT ?`,
				append(args, FindLimit)...)
			if err != nil {
				return err
			}
			add(ds)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("find dossiers %q: %w", query, err)
	}
	return out, nil
}

// isDaySeq reports whether s is the end of a dossier code: yymmdd-NNNN.
func isDaySeq(s string) bool {
	day, seq, ok := strings.Cut(s, "-")
	return ok && len(day) == 6 && len(seq) >= 1 && strings.Trim(day+seq, "0123456789") == ""
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f }

// escapeLike escapes LIKE's wildcards.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// DueToday lists the open dossiers (received or processing) whose
// appointment is later today, soonest first: the counter panel's "due
// today".
func (k *Desk) DueToday(ctx context.Context) ([]Dossier, error) {
	now := k.Now()
	tomorrow := midnight(now).AddDate(0, 0, 1)
	return k.list(ctx, `WHERE status IN ('received', 'processing') AND due_at >= ? AND due_at < ? ORDER BY due_at, code`,
		ms(now), ms(tomorrow))
}

// Overdue lists the open dossiers (received or processing) whose
// appointment has passed, most overdue first. Dossiers awaiting a
// supplement are not listed: the time is the citizen's.
func (k *Desk) Overdue(ctx context.Context) ([]Dossier, error) {
	return k.list(ctx, `WHERE status IN ('received', 'processing') AND due_at < ? ORDER BY due_at, code`, ms(k.Now()))
}

func (k *Desk) list(ctx context.Context, where string, args ...any) ([]Dossier, error) {
	var out []Dossier
	err := k.db.Read(ctx, func(tx *store.Tx) error {
		var err error
		out, err = queryDossiers(ctx, tx, where, args...)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list dossiers: %w", err)
	}
	return out, nil
}

// PublicStatus answers the kiosk: given a dossier code, a lookup code, or
// the text of a receipt's QR code, it returns the dossier's state,
// procedure and appointment, and nothing about any person. Unknown or
// unreadable input gives ErrDossierNotFound; ID numbers and names are not
// accepted, so the kiosk cannot be used to look people up.
func (k *Desk) PublicStatus(ctx context.Context, input string) (PublicDossier, error) {
	code, lookup := FindDossierCode(input), NormaliseLookup(firstScanLine(input))
	if code == "" && lookup == "" {
		return PublicDossier{}, ErrDossierNotFound
	}
	var p PublicDossier
	err := k.db.Read(ctx, func(tx *store.Tx) error {
		var due int64
		err := tx.QueryRowContext(ctx, `SELECT code, status, procedure_name, procedure_name_en, due_at
			FROM dossiers WHERE code = ? OR lookup = ? LIMIT 1`, code, lookup).
			Scan(&p.Code, &p.Status, &p.ProcedureName, &p.ProcedureNameEN, &due)
		if err == sql.ErrNoRows {
			return ErrDossierNotFound
		}
		p.DueAt = time.UnixMilli(due).In(store.Local)
		return err
	})
	if err != nil {
		return PublicDossier{}, fmt.Errorf("public status: %w", err)
	}
	return p, nil
}

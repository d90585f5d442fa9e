package intake

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"motcua/store"
)

const dossierColumns = `id, code, lookup, COALESCE(idempotency_key, ''), agency, day, seq, book, book_seq, status,
	procedure_id, procedure_code, procedure_name, procedure_name_en, field, service, days, unit,
	citizen_name, id_number, birth_date, gender, phone, email, address,
	documents, sets, fee_vnd, return_method, postal_address, note, ticket_id, counter, clerk,
	received_at, due_at, first_due_at, supplements, apologies,
	COALESCE(resolved_at, 0), COALESCE(finished_at, 0), updated_at`

func scanDossier(r rowScanner) (Dossier, error) {
	var d Dossier
	var birth, docs string
	var received, due, firstDue, resolved, finished, updated int64
	err := r.Scan(&d.ID, &d.Code, &d.Lookup, &d.FormKey, &d.Agency, &d.Day, &d.Seq, &d.Book, &d.BookNo, &d.Status,
		&d.ProcedureID, &d.ProcedureCode, &d.ProcedureName, &d.ProcedureNameEN, &d.Field, &d.Service, &d.Days, &d.Unit,
		&d.Citizen.Name, &d.Citizen.IDNumber, &birth, &d.Citizen.Gender, &d.Citizen.Phone, &d.Citizen.Email, &d.Citizen.Address,
		&docs, &d.Sets, &d.FeeVND, &d.Return, &d.PostalAddress, &d.Note, &d.TicketID, &d.Counter, &d.Clerk,
		&received, &due, &firstDue, &d.Supplements, &d.Apologies, &resolved, &finished, &updated)
	if err != nil {
		return d, err
	}
	if birth != "" {
		d.Citizen.BirthDate, _ = time.ParseInLocation(time.DateOnly, birth, store.Local)
	}
	if err := json.Unmarshal([]byte(docs), &d.Documents); err != nil {
		return d, fmt.Errorf("dossier %s documents: %w", d.Code, err)
	}
	d.ReceivedAt, d.DueAt, d.FirstDueAt = fromMS(received), fromMS(due), fromMS(firstDue)
	d.ResolvedAt, d.FinishedAt, d.UpdatedAt = fromMS(resolved), fromMS(finished), fromMS(updated)
	return d, nil
}

// dossierByRef reads one dossier by its code (any case), its ID or its
// lookup code.
func dossierByRef(ctx context.Context, tx *store.Tx, ref string) (Dossier, error) {
	ref = Clean(ref, MaxScan)
	code := FindDossierCode(ref)
	if code == "" {
		code = ref
	}
	d, err := scanDossier(tx.QueryRowContext(ctx, `SELECT `+dossierColumns+` FROM dossiers
		WHERE code = ? OR id = ? OR lookup = ? LIMIT 1`, code, ref, NormaliseLookup(ref)))
	if errors.Is(err, sql.ErrNoRows) {
		return d, ErrDossierNotFound
	}
	if err != nil {
		return d, fmt.Errorf("read dossier %s: %w", ref, err)
	}
	return d, nil
}

// Dossier reads one dossier by its code, ID or lookup code.
func (k *Desk) Dossier(ctx context.Context, ref string) (Dossier, error) {
	var d Dossier
	err := k.db.Read(ctx, func(tx *store.Tx) error {
		var err error
		d, err = dossierByRef(ctx, tx, ref)
		return err
	})
	return d, err
}

// queryDossiers runs a SELECT of dossier columns.
func queryDossiers(ctx context.Context, tx *store.Tx, where string, args ...any) ([]Dossier, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+dossierColumns+` FROM dossiers `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("query dossiers: %w", err)
	}
	defer rows.Close()
	var out []Dossier
	for rows.Next() {
		d, err := scanDossier(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// saveState writes the fields a transition changes.
func saveState(ctx context.Context, tx *store.Tx, d Dossier) error {
	_, err := tx.ExecContext(ctx, `UPDATE dossiers SET status = ?, due_at = ?, supplements = ?, apologies = ?,
		resolved_at = ?, finished_at = ?, updated_at = ? WHERE id = ?`,
		d.Status, ms(d.DueAt), d.Supplements, d.Apologies, optMS(d.ResolvedAt), optMS(d.FinishedAt), ms(d.UpdatedAt), d.ID)
	if err != nil {
		return fmt.Errorf("update dossier %s: %w", d.Code, err)
	}
	return nil
}

// eventDetail is the JSON detail of a dossier event.
type eventDetail struct {
	Missing   []string `json:"missing,omitempty"`
	Nth       int      `json:"nth,omitempty"`
	Confirmed bool     `json:"confirmed,omitempty"`
	DueBefore int64    `json:"due_before,omitempty"`
	DueAfter  int64    `json:"due_after,omitempty"`
	Note      string   `json:"note,omitempty"`
}

// record writes a transition into dossier_events, the outbox and the audit
// trail, in the caller's transaction. The outbox carries the dossier as it is after the
// change; the hub needs the whole record (batches are encrypted).
func record(ctx context.Context, tx *store.Tx, d Dossier, at time.Time, kind string, from Status, by Actor, reason string, det eventDetail) error {
	body, err := json.Marshal(det)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO dossier_events (dossier, at, kind, from_status, to_status, counter, clerk, reason, detail)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, d.ID, ms(at), kind, from, d.Status, by.Counter, by.Clerk, reason, string(body)); err != nil {
		return fmt.Errorf("record %s of %s: %w", kind, d.Code, err)
	}
	if err := audit(ctx, tx, d, at, kind, by, reason); err != nil {
		return err
	}
	return store.AppendEvent(ctx, tx, ms(at), "dossier."+kind, d.ID, map[string]any{
		"event": kind, "at": ms(at), "counter": by.Counter, "clerk": by.Clerk, "reason": reason,
		"from": from, "detail": det, "dossier": dossierPayload(d),
	})
}

// dossierPayload is the dossier as the outbox carries it.
func dossierPayload(d Dossier) map[string]any {
	birth := ""
	if !d.Citizen.BirthDate.IsZero() {
		birth = d.Citizen.BirthDate.Format(time.DateOnly)
	}
	return map[string]any{
		"id": d.ID, "code": d.Code, "lookup": d.Lookup, "agency": d.Agency, "day": d.Day, "seq": d.Seq,
		"book": d.Book, "book_no": d.BookNo, "status": d.Status,
		"procedure": map[string]any{"id": d.ProcedureID, "code": d.ProcedureCode, "name": d.ProcedureName,
			"field": d.Field, "service": d.Service, "days": d.Days, "unit": d.Unit},
		"citizen": map[string]any{"name": d.Citizen.Name, "id_number": d.Citizen.IDNumber, "birth_date": birth,
			"gender": d.Citizen.Gender, "phone": d.Citizen.Phone, "email": d.Citizen.Email, "address": d.Citizen.Address},
		"documents": d.Documents, "sets": d.Sets, "fee_vnd": d.FeeVND, "return": d.Return,
		"postal_address": d.PostalAddress, "note": d.Note, "ticket_id": d.TicketID,
		"counter": d.Counter, "clerk": d.Clerk,
		"received_at": ms(d.ReceivedAt), "due_at": ms(d.DueAt), "first_due_at": ms(d.FirstDueAt),
		"supplements": d.Supplements, "apologies": d.Apologies,
		"resolved_at": optMS(d.ResolvedAt), "finished_at": optMS(d.FinishedAt),
	}
}

// History lists a dossier's transitions, oldest first.
func (k *Desk) History(ctx context.Context, ref string) ([]DossierEvent, error) {
	var out []DossierEvent
	err := k.db.Read(ctx, func(tx *store.Tx) error {
		d, err := dossierByRef(ctx, tx, ref)
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT at, kind, from_status, to_status, counter, clerk, reason, detail
			FROM dossier_events WHERE dossier = ? ORDER BY id`, d.ID)
		if err != nil {
			return fmt.Errorf("read history of %s: %w", d.Code, err)
		}
		defer rows.Close()
		for rows.Next() {
			var e DossierEvent
			var at int64
			var detail string
			if err := rows.Scan(&at, &e.Kind, &e.From, &e.To, &e.Counter, &e.Clerk, &e.Reason, &detail); err != nil {
				return err
			}
			var det eventDetail
			if err := json.Unmarshal([]byte(detail), &det); err != nil {
				return fmt.Errorf("history of %s: %w", d.Code, err)
			}
			e.At = fromMS(at)
			e.Missing, e.Nth, e.Confirmed, e.Note = det.Missing, det.Nth, det.Confirmed, det.Note
			e.DueBefore, e.DueAfter = fromMS(det.DueBefore), fromMS(det.DueAfter)
			out = append(out, e)
		}
		return rows.Err()
	})
	return out, err
}

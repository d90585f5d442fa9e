package intake

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"motcua/store"
)

// errUnchanged ends a write that found the dossier already saved, so that
// nothing is written and no revision is bumped.
var errUnchanged = errors.New("dossier already saved")

// Receive records a dossier from the intake form, in one transaction:
// it checks the form (CheckIntake; a *ValidationError lists every wrong
// field), takes the dossier code's sequence of the agency's local day and
// the register number of the year, draws a unique lookup code, computes
// the appointment from the procedure's processing time on the holiday
// calendar, stores the dossier, discards the counter's draft and appends
// dossier.received to the outbox.
//
// Saving the same form twice (same Intake.Key) returns the dossier saved
// the first time, and writes nothing; if the content differs it returns
// that dossier with ErrKeyConflict, so the screen can say the first
// version is the one on record.
func (k *Desk) Receive(ctx context.Context, in Intake) (Dossier, error) {
	now := k.Now()
	in, errs := CheckIntake(in, now)
	if len(errs) > 0 {
		return Dossier{}, &ValidationError{Fields: errs}
	}
	hash, err := contentHash(in)
	if err != nil {
		return Dossier{}, err
	}
	var d Dossier
	err = k.db.Write(ctx, func(tx *store.Tx) error {
		if in.Key != "" {
			old, oldHash, err := dossierByKey(ctx, tx, in.Key)
			if err == nil {
				d = old
				if oldHash != hash {
					return ErrKeyConflict
				}
				return errUnchanged
			}
			if !errors.Is(err, ErrDossierNotFound) {
				return err
			}
		}
		var err error
		d, err = newDossier(ctx, tx, in, now)
		if err != nil {
			return err
		}
		if err := insertDossier(ctx, tx, d, hash); err != nil {
			return err
		}
		if in.Counter != 0 {
			if _, err := tx.ExecContext(ctx, `DELETE FROM drafts WHERE counter = ?`, in.Counter); err != nil {
				return fmt.Errorf("discard draft: %w", err)
			}
		}
		return record(ctx, tx, d, now, "received", "", Actor{Counter: in.Counter, Clerk: in.Clerk}, "", eventDetail{})
	})
	switch {
	case errors.Is(err, errUnchanged):
		return d, nil
	case errors.Is(err, ErrKeyConflict):
		return d, fmt.Errorf("receive dossier: %w", err)
	case err != nil:
		return Dossier{}, fmt.Errorf("receive dossier: %w", err)
	}
	return d, nil
}

// newDossier builds the dossier: procedure copy, numbers, lookup code and
// appointment, inside the write transaction.
func newDossier(ctx context.Context, tx *store.Tx, in Intake, now time.Time) (Dossier, error) {
	agency, err := agencyID(ctx, tx)
	if err != nil {
		return Dossier{}, err
	}
	p, err := procedureTx(ctx, tx, in.Procedure)
	if errors.Is(err, sql.ErrNoRows) {
		return Dossier{}, &ValidationError{Fields: []FieldError{*fieldErr(FieldProcedure, "intake.err.procedure_unknown", in.Procedure)}}
	}
	if err != nil {
		return Dossier{}, fmt.Errorf("read procedure %s: %w", in.Procedure, err)
	}
	if in.TicketID != "" {
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM tickets WHERE id = ?`, in.TicketID).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return Dossier{}, &ValidationError{Fields: []FieldError{*fieldErr(FieldTicket, "intake.err.ticket_unknown")}}
		}
		if err != nil {
			return Dossier{}, fmt.Errorf("read ticket: %w", err)
		}
	}
	cal, err := calendarTx(ctx, tx)
	if err != nil {
		return Dossier{}, err
	}
	d := Dossier{
		ID: store.NewID(), Agency: agency, Day: store.Day(now), Book: now.Year(), Status: Received,
		ProcedureID: p.ID, ProcedureCode: p.Code, ProcedureName: p.NameVI, ProcedureNameEN: p.NameEN,
		Field: p.Field, Service: p.Service, Days: p.Days, Unit: p.Unit,
		Citizen: in.Citizen, Documents: in.Documents, Sets: in.Sets, FeeVND: in.FeeVND,
		Return: in.Return, PostalAddress: in.PostalAddress, Note: in.Note, TicketID: in.TicketID,
		Counter: in.Counter, Clerk: in.Clerk, ReceivedAt: now, UpdatedAt: now, FormKey: in.Key,
	}
	if d.Seq, err = nextDossierSeq(ctx, tx, agency, d.Day); err != nil {
		return Dossier{}, err
	}
	d.Code = DossierCode(agency, now, d.Seq)
	if d.BookNo, err = nextRegisterNo(ctx, tx, d.Book); err != nil {
		return Dossier{}, err
	}
	if d.Lookup, err = uniqueLookup(ctx, tx); err != nil {
		return Dossier{}, err
	}
	d.DueAt = cal.DueDate(now, p.Days, p.Unit)
	d.FirstDueAt = d.DueAt
	return d, nil
}

func insertDossier(ctx context.Context, tx *store.Tx, d Dossier, hash string) error {
	docs, err := json.Marshal(nonNil(d.Documents))
	if err != nil {
		return err
	}
	birth := ""
	if !d.Citizen.BirthDate.IsZero() {
		birth = d.Citizen.BirthDate.Format(time.DateOnly)
	}
	var key any
	if d.FormKey != "" {
		key = d.FormKey
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO dossiers (id, code, lookup, idempotency_key, content_hash, agency, day, seq,
		book, book_seq, status, procedure_id, procedure_code, procedure_name, procedure_name_en, field, service, days, unit,
		citizen_name, name_fold, id_number, birth_date, gender, phone, email, address,
		documents, sets, fee_vnd, return_method, postal_address, note, ticket_id, counter, clerk,
		received_at, due_at, first_due_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.ID, d.Code, d.Lookup, key, hash, d.Agency, d.Day, d.Seq,
		d.Book, d.BookNo, d.Status, d.ProcedureID, d.ProcedureCode, d.ProcedureName, d.ProcedureNameEN, d.Field, d.Service, d.Days, d.Unit,
		d.Citizen.Name, Fold(d.Citizen.Name), d.Citizen.IDNumber, birth, d.Citizen.Gender, d.Citizen.Phone, d.Citizen.Email, d.Citizen.Address,
		string(docs), d.Sets, d.FeeVND, d.Return, d.PostalAddress, d.Note, d.TicketID, d.Counter, d.Clerk,
		ms(d.ReceivedAt), ms(d.DueAt), ms(d.FirstDueAt), ms(d.UpdatedAt))
	if err != nil {
		return fmt.Errorf("insert dossier %s: %w", d.Code, err)
	}
	return nil
}

// dossierByKey reads the dossier saved with a form key, with the hash of
// the content it was saved with.
func dossierByKey(ctx context.Context, tx *store.Tx, key string) (Dossier, string, error) {
	var id, hash string
	err := tx.QueryRowContext(ctx, `SELECT id, content_hash FROM dossiers WHERE idempotency_key = ?`, key).Scan(&id, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return Dossier{}, "", ErrDossierNotFound
	}
	if err != nil {
		return Dossier{}, "", fmt.Errorf("read dossier by form key: %w", err)
	}
	ds, err := queryDossiers(ctx, tx, `WHERE id = ?`, id)
	if err != nil {
		return Dossier{}, "", err
	}
	if len(ds) != 1 {
		return Dossier{}, "", fmt.Errorf("dossier %s of a form key vanished: %w", id, store.ErrCorrupt)
	}
	return ds[0], hash, nil
}

// contentHash fingerprints a cleaned intake without its key, to tell a
// repeated save from a different form that reused a key.
func contentHash(in Intake) (string, error) {
	in.Key = ""
	body, err := json.Marshal(in)
	if err != nil {
		return "", fmt.Errorf("hash intake: %w", err)
	}
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:]), nil
}

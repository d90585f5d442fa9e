package intake

import (
	"context"
	"fmt"
	"time"

	"motcua/store"
)

// Audit actions of the desk, one per dossier transition a clerk makes
// (audit.action.<name> in the translation table), recorded with
// store.Audit in the transaction of the change.
const (
	ActionReceive            = "dossier.receive"
	ActionProcess            = "dossier.process"
	ActionSupplement         = "dossier.supplement"
	ActionSupplementReceived = "dossier.supplement_received"
	ActionRefuse             = "dossier.refuse"
	ActionApology            = "dossier.apology"
	ActionResolve            = "dossier.resolve"
	ActionReturn             = "dossier.return"
	ActionMail               = "dossier.mail"
)

// auditActions maps the event kinds of record to audit actions.
var auditActions = map[string]string{
	"received": ActionReceive, "processing": ActionProcess,
	"supplement_requested": ActionSupplement, "supplemented": ActionSupplementReceived,
	"refused": ActionRefuse, "apologised": ActionApology,
	"resolved": ActionResolve, "returned": ActionReturn, "mailed": ActionMail,
}

// audit records the clerk's step on the dossier: its code, then the reason
// when there is one. Nothing about the citizen goes into the trail.
func audit(ctx context.Context, tx *store.Tx, d Dossier, at time.Time, kind string, by Actor, reason string) error {
	action, ok := auditActions[kind]
	if !ok {
		action = "dossier." + kind
	}
	detail := d.Code
	if reason != "" {
		detail += " " + reason
	}
	return store.Audit(ctx, tx, ms(at), by.Counter, action, detail)
}

// ActionReprint is a form printed again for a dossier already recorded.
const ActionReprint = "form.reprint"

// Reprinted records in the audit trail that the clerk printed form (the
// form's name, e.g. "mau01") of the dossier ref again. A reprint changes
// nothing else; it is recorded because a second paper receipt is a
// document of the commune.
func (k *Desk) Reprinted(ctx context.Context, ref, form string, by Actor) error {
	err := k.db.Write(ctx, func(tx *store.Tx) error {
		d, err := dossierByRef(ctx, tx, ref)
		if err != nil {
			return err
		}
		return store.Audit(ctx, tx, ms(k.clock.Now()), by.Counter, ActionReprint, d.Code+" "+Clean(form, MaxReason))
	})
	if err != nil {
		return fmt.Errorf("record reprint of %s: %w", ref, err)
	}
	return nil
}

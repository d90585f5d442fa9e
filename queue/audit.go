package queue

import (
	"context"
	"strings"

	"motcua/store"
)

// Audit actions of the queue: what a clerk or an admin did, recorded with
// store.Audit in the transaction of the change (audit.action.<name> in the
// translation table). Issuing a ticket is the citizen's act, not audited.
const (
	ActionCall           = "ticket.call"
	ActionCallOutOfOrder = "ticket.call_out_of_order"
	ActionRecall         = "ticket.recall"
	ActionNoShow         = "ticket.no_show"
	ActionTransfer       = "ticket.transfer"
	ActionFinish         = "ticket.finish"
	ActionCounterOpen    = "counter.open"
	ActionCounterClose   = "counter.close"
	ActionCounterPause   = "counter.pause"
	ActionCounterResume  = "counter.resume"
	ActionSettingsChange = "settings.change"
)

// counterActions maps the counter events of setState to audit actions.
var counterActions = map[string]string{
	"opened": ActionCounterOpen, "closed": ActionCounterClose,
	"paused": ActionCounterPause, "resumed": ActionCounterResume,
}

// auditTicket records a clerk's action on a ticket: its number first, then
// what the action adds (a reason, an outcome, a destination).
func auditTicket(ctx context.Context, tx *store.Tx, at int64, counter int, action string, t Ticket, detail string) error {
	d := t.Display
	if detail != "" {
		d += " " + detail
	}
	return store.Audit(ctx, tx, at, counter, action, d)
}

// auditSetting records a settings change as key=value; secrets are not
// written down.
func auditSetting(ctx context.Context, tx *store.Tx, at int64, key, value string) error {
	if isSecretSetting(key) {
		value = "***"
	}
	return store.Audit(ctx, tx, at, 0, ActionSettingsChange, key+"="+value)
}

// isSecretSetting reports whether a setting's value must stay out of the
// audit trail (the kiosk PIN, any password or key).
func isSecretSetting(key string) bool {
	k := strings.ToLower(key)
	return key == keyKioskPIN || strings.Contains(k, "pin") || strings.Contains(k, "password") ||
		strings.Contains(k, "secret") || strings.HasSuffix(k, "_key")
}

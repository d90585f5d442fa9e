package accounts

// Audit actions this package records (audit.action.<name> in the
// translation table).
const (
	ActionChange      = "account.change"       // added, disabled, enabled, password or keys changed
	ActionLogin       = "account.login"        // a login succeeded
	ActionLoginFailed = "account.login_failed" // a login was refused; the detail says why
	ActionLocked      = "account.locked"       // too many wrong passwords in a row
)

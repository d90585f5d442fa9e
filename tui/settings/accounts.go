package settings

import (
	"context"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/textinput"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/queue/accounts"
	"motcua/store"
	"motcua/tui/common"
)

// The Tài khoản tab: who may log in to the station (the SSH hall), the
// same accounts `motcua users` manages at the station PC. Every change
// goes through accounts.Roster, which checks it and audits it under the
// session's actor. SSH keys stay with `motcua users keys` (a key is a
// file, not something typed into a form).

// maxPasswordLen bounds what a password input takes.
const maxPasswordLen = 128

// accountHeader is the column titles of the accounts list.
// On a narrow screen the password and keys share a column.
func (m Model) accountHeader() []string {
	head := []string{m.T("settings.account.col.name"), m.T("settings.account.col.full_name"),
		m.T("settings.account.col.role"), m.T("settings.account.col.counter")}
	if m.narrow() {
		head = append(head, m.T("settings.account.col.login"))
	} else {
		head = append(head, m.T("settings.account.col.password"), m.T("settings.account.col.keys"))
	}
	return append(head, m.T("settings.account.col.state"))
}

// narrow says the accounts list has to be short: below 120 columns.
func (m Model) narrow() bool { return m.Width < 120 }

// accountRows lists the accounts, every typed text made safe to draw.
func (m Model) accountRows() []row {
	out := make([]row, 0, len(m.accounts))
	for _, a := range m.accounts {
		cells := []string{common.Sanitize(a.Name), common.Sanitize(a.FullName), m.roleName(a.Role), m.accountCounter(a.Counter)}
		if m.narrow() {
			cells = append(cells, m.yesNo(a.HasPassword)+" · "+strconv.Itoa(len(a.Keys)))
		} else {
			cells = append(cells, m.yesNo(a.HasPassword), strconv.Itoa(len(a.Keys)))
		}
		out = append(out, row{a.Name, append(cells, m.accountState(a))})
	}
	return out
}

// roleName is the role in words (its code if the table has no words).
func (m Model) roleName(r accounts.Role) string {
	if i18n.Has(r.Key()) {
		return m.T(r.Key())
	}
	return common.Sanitize(string(r))
}

func (m Model) accountCounter(n int) string {
	switch {
	case n == 0 && m.narrow():
		return m.T("settings.account.any_counter_short")
	case n == 0:
		return m.T("settings.account.any_counter")
	}
	return strconv.Itoa(n)
}

func (m Model) yesNo(b bool) string {
	if b {
		return m.T("settings.account.yes")
	}
	return m.T("settings.account.no")
}

// accountState is active, disabled or locked until a time (wrong
// passwords), as the list was read.
func (m Model) accountState(a accounts.Account) string {
	switch {
	case a.Disabled:
		return m.T("settings.account.state.disabled")
	case !a.LockedUntil.IsZero():
		return m.T("settings.account.state.locked", a.LockedUntil.Format("15:04"))
	}
	return m.T("settings.account.state.active")
}

// account is the listed account name.
func (m Model) account(name string) (accounts.Account, bool) {
	for _, a := range m.accounts {
		if a.Name == name {
			return a, true
		}
	}
	return accounts.Account{}, false
}

// addAccountForm opens on a: name, full name, role, counter and the
// password typed twice.
func (m Model) addAccountForm() *form {
	fields := append([]field{
		newField(m.T("settings.account.field.name"), m.T("settings.account.hint.name", accounts.MaxNameLen), "", accounts.MaxNameLen),
	}, m.accountFields(accounts.Account{Role: accounts.RoleClerk})...)
	fields = append(fields, m.passwordFields()...)
	roster := m.roster
	return &form{title: m.T("settings.account.form.add"), fields: fields,
		save: func(ctx context.Context, v []string) error {
			role, counter, err := readRoleCounter(v[2], v[3])
			if err != nil {
				return err
			}
			password, err := typedTwice(v[4], v[5])
			if err != nil {
				return err
			}
			a := accounts.Account{Name: strings.TrimSpace(v[0]), FullName: v[1], Role: role, Counter: counter}
			return roster.Add(ctx, a, password)
		}}
}

// editAccountForm opens on enter: full name, role and counter. An admin
// cannot take the admin role from their own account here.
func (m Model) editAccountForm(name string) *form {
	a, ok := m.account(name)
	if !ok {
		return nil
	}
	roster := m.roster
	return &form{title: m.T("settings.account.form.edit", common.Sanitize(a.Name)), fields: m.accountFields(a),
		save: func(ctx context.Context, v []string) error {
			role, counter, err := readRoleCounter(v[1], v[2])
			if err != nil {
				return err
			}
			if self(ctx, a.Name) && role != accounts.RoleAdmin {
				return &queue.SetupError{Key: "settings.account.err.own_role"}
			}
			full := v[0]
			return roster.Update(ctx, a.Name, accounts.Change{FullName: &full, Role: &role, Counter: &counter})
		}}
}

// toggleAccountForm asks before x disables (or enables again) the
// account; an admin cannot disable their own account.
func (m Model) toggleAccountForm(name string) *form {
	a, ok := m.account(name)
	if !ok {
		return nil
	}
	title := m.T("settings.account.confirm.disable", common.Sanitize(a.Name))
	if a.Disabled {
		title = m.T("settings.account.confirm.enable", common.Sanitize(a.Name))
	}
	roster, disable := m.roster, !a.Disabled
	return &form{title: title, save: func(ctx context.Context, _ []string) error {
		if disable && self(ctx, a.Name) {
			return &queue.SetupError{Key: "settings.account.err.own_disable"}
		}
		return roster.SetDisabled(ctx, a.Name, disable)
	}}
}

// passwordForm opens on p: the new password, typed twice.
func (m Model) passwordForm(name string) *form {
	a, ok := m.account(name)
	if !ok {
		return nil
	}
	roster := m.roster
	return &form{title: m.T("settings.account.form.password", common.Sanitize(a.Name)), fields: m.passwordFields(),
		save: func(ctx context.Context, v []string) error {
			password, err := typedTwice(v[0], v[1])
			if err != nil {
				return err
			}
			return roster.SetPassword(ctx, a.Name, password)
		}}
}

// accountFields are full name, role and counter, filled from a.
func (m Model) accountFields(a accounts.Account) []field {
	roles := make([]string, 0, len(accounts.Roles()))
	for _, r := range accounts.Roles() {
		if m.narrow() {
			roles = append(roles, string(r)) // the list says them in words
			continue
		}
		roles = append(roles, string(r)+" = "+m.T(r.Key()))
	}
	return []field{
		newField(m.T("settings.account.field.full_name"), "", a.FullName, 200),
		newField(m.T("settings.account.field.role"), strings.Join(roles, " · "), string(a.Role), 10),
		newField(m.T("settings.account.field.counter"), m.T("settings.account.hint.counter"), strconv.Itoa(a.Counter), 3),
	}
}

// passwordFields are two inputs that never show what is typed.
func (m Model) passwordFields() []field {
	out := []field{
		newField(m.T("settings.account.field.password"), m.T("settings.account.hint.password", accounts.MinPasswordLen), "", maxPasswordLen),
		newField(m.T("settings.account.field.again"), "", "", maxPasswordLen),
	}
	for i := range out {
		out[i].in.EchoMode = textinput.EchoPassword
		out[i].in.EchoCharacter = '•'
	}
	return out
}

// readRoleCounter reads a typed role code and counter number.
func readRoleCounter(role, counter string) (accounts.Role, int, error) {
	r, err := accounts.ParseRole(strings.ToLower(strings.TrimSpace(role)))
	if err != nil {
		return "", 0, err
	}
	n, err := queue.CheckNumber(counter, 0, accounts.MaxCounter)
	if err != nil {
		return "", 0, err
	}
	return r, n, nil
}

// typedTwice is the password when both typings agree and it is not empty
// (an account made here has no key to log in with).
func typedTwice(first, second string) (string, error) {
	switch {
	case first == "":
		return "", &queue.SetupError{Key: "settings.account.err.password_needed"}
	case first != second:
		return "", &queue.SetupError{Key: "settings.account.err.password_differs"}
	}
	return first, nil
}

// self reports whether name is the account of the session making the
// change (never true at the station PC, where there is no account).
func self(ctx context.Context, name string) bool {
	a, ok := store.ActorFrom(ctx)
	return ok && a.Account != "" && a.Account == name
}

// errorText is the sentence of a refused change: the roster's own
// sentences first, then the screen's.
func (m Model) errorText(err error) string {
	if s, ok := accounts.Message(m.Lang, err); ok {
		return s
	}
	return m.ErrorText(err)
}

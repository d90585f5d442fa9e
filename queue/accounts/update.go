package accounts

import (
	"context"
	"fmt"
	"strings"

	"motcua/store"
)

// Change is what Update changes of an account; a nil field stays as it
// is. A clerk moves to another counter, an account changes role, a name
// was mistyped: none of it should mean deleting the account and its keys.
type Change struct {
	FullName *string
	Role     *Role
	Counter  *int // 0: chosen at login
}

// empty reports whether c changes nothing.
func (c Change) empty() bool { return c.FullName == nil && c.Role == nil && c.Counter == nil }

// Update applies c to the account name, checked as Add checks a new
// account, and audits it as account.change with what changed.
func (r *Roster) Update(ctx context.Context, name string, c Change) error {
	if c.empty() {
		return nil
	}
	var sets []string
	var args []any
	var detail []string
	if c.FullName != nil {
		full, err := CleanFullName(*c.FullName)
		if err != nil {
			return fmt.Errorf("update account %s: %w", name, err)
		}
		sets, args = append(sets, "full_name = ?"), append(args, full)
		detail = append(detail, "name")
	}
	if c.Role != nil {
		if !c.Role.Valid() {
			return fmt.Errorf("update account %s: role %q: %w", name, *c.Role, ErrInvalidRole)
		}
		sets, args = append(sets, "role = ?"), append(args, string(*c.Role))
		detail = append(detail, "role="+string(*c.Role))
	}
	if c.Counter != nil {
		if *c.Counter < 0 || *c.Counter > MaxCounter {
			return fmt.Errorf("update account %s: counter %d: must be 0 to %d: %w", name, *c.Counter, MaxCounter, ErrInvalidCounter)
		}
		sets, args = append(sets, "counter = ?"), append(args, *c.Counter)
		detail = append(detail, fmt.Sprintf("counter=%d", *c.Counter))
	}
	err := r.change(ctx, name, "update "+name+" "+strings.Join(detail, " "), func(tx *store.Tx) error {
		if c.Counter != nil {
			if err := counterExists(ctx, tx, *c.Counter); err != nil {
				return err
			}
		}
		_, err := tx.ExecContext(ctx, `UPDATE accounts SET `+strings.Join(sets, ", ")+` WHERE name = ?`,
			append(args, name)...)
		return err
	})
	if err != nil {
		return fmt.Errorf("update account %s: %w", name, err)
	}
	return nil
}

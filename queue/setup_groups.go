package queue

import (
	"context"
	"fmt"

	"motcua/store"
)

// checkGroup reads a priority group as an admin typed it.
func checkGroup(g PriorityGroup) (PriorityGroup, error) {
	var err error
	if g.Code, err = CheckCode(g.Code); err != nil {
		return g, err
	}
	if g.NameVI, err = CheckName(g.NameVI); err != nil {
		return g, err
	}
	if g.NameEN, err = checkText(g.NameEN, MaxNameLen, false); err != nil {
		return g, err
	}
	if g.NameEN == "" {
		g.NameEN = g.NameVI
	}
	return g, nil
}

// AddGroup adds a priority group, offered last at the kiosk.
func (s *Station) AddGroup(ctx context.Context, g PriorityGroup) error {
	g, err := checkGroup(g)
	if err != nil {
		return err
	}
	return s.change(ctx, "group.add "+g.Code+" "+g.NameVI, func(tx *store.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM priority_groups WHERE code = ?`, g.Code).Scan(&n); err != nil {
			return fmt.Errorf("add priority group %s: %w", g.Code, err)
		}
		if n > 0 {
			return setupErr("settings.err.code_taken", g.Code)
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO priority_groups (code, name_vi, name_en, position)
			VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM priority_groups))`, g.Code, g.NameVI, g.NameEN)
		if err != nil {
			return fmt.Errorf("add priority group %s: %w", g.Code, err)
		}
		return nil
	})
}

// UpdateGroup renames the priority group with g.Code.
func (s *Station) UpdateGroup(ctx context.Context, g PriorityGroup) error {
	g, err := checkGroup(g)
	if err != nil {
		return err
	}
	return s.change(ctx, "group.update "+g.Code+" "+g.NameVI, func(tx *store.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE priority_groups SET name_vi = ?, name_en = ? WHERE code = ?`, g.NameVI, g.NameEN, g.Code)
		if err != nil {
			return fmt.Errorf("update priority group %s: %w", g.Code, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("update priority group %s: %w", g.Code, ErrUnknownGroup)
		}
		return nil
	})
}

// RemoveGroup removes a priority group from the kiosk. While citizens of
// the group wait today it is refused: their tickets would lose the reason
// they are called first. Served tickets keep the code for the reports.
func (s *Station) RemoveGroup(ctx context.Context, code string) error {
	return s.change(ctx, "group.remove "+code, func(tx *store.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM tickets WHERE status IN ('waiting', 'serving') AND day = ? AND priority = ?`,
			store.Day(s.clock.Now()), code).Scan(&n); err != nil {
			return fmt.Errorf("remove priority group %s: %w", code, err)
		}
		if n > 0 {
			return setupErr("settings.err.group_in_use", n)
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM priority_groups WHERE code = ?`, code)
		if err != nil {
			return fmt.Errorf("remove priority group %s: %w", code, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("remove priority group %s: %w", code, ErrUnknownGroup)
		}
		return nil
	})
}

// MoveGroup moves a priority group by one place up (by < 0) or down.
func (s *Station) MoveGroup(ctx context.Context, code string, by int) error {
	return s.change(ctx, fmt.Sprintf("group.move %s %+d", code, by), func(tx *store.Tx) error {
		return move(ctx, tx, "priority_groups", code, by, ErrUnknownGroup)
	})
}

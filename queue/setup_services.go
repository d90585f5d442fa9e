package queue

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"motcua/store"
)

// checkService reads a service as an admin typed it: code, prefix letter,
// names (the English one falls back to the Vietnamese) and a default
// service time of whole minutes from 1 to MaxServiceMins.
func checkService(sv Service) (Service, error) {
	var err error
	if sv.Code, err = CheckCode(sv.Code); err != nil {
		return sv, err
	}
	if sv.Prefix, err = CheckPrefix(sv.Prefix); err != nil {
		return sv, err
	}
	if sv.NameVI, err = CheckName(sv.NameVI); err != nil {
		return sv, err
	}
	if sv.NameEN, err = checkText(sv.NameEN, MaxNameLen, false); err != nil {
		return sv, err
	}
	if sv.NameEN == "" {
		sv.NameEN = sv.NameVI
	}
	mins := int(sv.DefaultService / time.Minute)
	if sv.DefaultService%time.Minute != 0 || mins < 1 || mins > MaxServiceMins {
		return sv, setupErr("settings.err.number", fmt.Sprint(sv.DefaultService.Minutes()), 1, MaxServiceMins)
	}
	return sv, nil
}

// AddService adds a line to the queue, shown last at the kiosk. Its code
// and prefix letter must be new.
func (s *Station) AddService(ctx context.Context, sv Service) error {
	sv, err := checkService(sv)
	if err != nil {
		return err
	}
	return s.change(ctx, "service.add "+sv.Code+" "+sv.Prefix+" "+sv.NameVI, func(tx *store.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM services WHERE code = ?`, sv.Code).Scan(&n); err != nil {
			return fmt.Errorf("add service %s: %w", sv.Code, err)
		}
		if n > 0 {
			return setupErr("settings.err.code_taken", sv.Code)
		}
		if err := s.checkPrefixFree(ctx, tx, sv); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO services (code, prefix, name_vi, name_en, position, default_service_seconds)
			VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM services), ?)`,
			sv.Code, sv.Prefix, sv.NameVI, sv.NameEN, int64(sv.DefaultService/time.Second))
		if err != nil {
			return fmt.Errorf("add service %s: %w", sv.Code, err)
		}
		return nil
	})
}

// UpdateService changes the prefix letter, the names and the default
// service time of the service with sv.Code. Tickets already issued keep
// their numbers; new ones take the new letter.
func (s *Station) UpdateService(ctx context.Context, sv Service) error {
	sv, err := checkService(sv)
	if err != nil {
		return err
	}
	return s.change(ctx, "service.update "+sv.Code+" "+sv.Prefix+" "+sv.NameVI, func(tx *store.Tx) error {
		if err := s.checkPrefixFree(ctx, tx, sv); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE services SET prefix = ?, name_vi = ?, name_en = ?, default_service_seconds = ? WHERE code = ?`,
			sv.Prefix, sv.NameVI, sv.NameEN, int64(sv.DefaultService/time.Second), sv.Code)
		if err != nil {
			return fmt.Errorf("update service %s: %w", sv.Code, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("update service %s: %w", sv.Code, ErrUnknownService)
		}
		return nil
	})
}

// checkPrefixFree refuses a prefix letter another service has, or that
// numbered another service's tickets today: a ticket number must stay
// unique in its day.
func (s *Station) checkPrefixFree(ctx context.Context, tx *store.Tx, sv Service) error {
	var other string
	err := tx.QueryRowContext(ctx, `SELECT name_vi FROM services WHERE prefix = ? AND code <> ?`, sv.Prefix, sv.Code).Scan(&other)
	if err == nil {
		return setupErr("settings.err.prefix_taken", sv.Prefix, other)
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("check prefix %s: %w", sv.Prefix, err)
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM tickets WHERE day = ? AND service <> ? AND substr(display, 1, 1) = ?`,
		store.Day(s.clock.Now()), sv.Code, sv.Prefix).Scan(&n); err != nil {
		return fmt.Errorf("check prefix %s: %w", sv.Prefix, err)
	}
	if n > 0 {
		return setupErr("settings.err.prefix_used_today", sv.Prefix)
	}
	return nil
}

// MoveService moves a service by one place up (by < 0) or down (by > 0)
// in the kiosk's list; at either end it stays where it is.
func (s *Station) MoveService(ctx context.Context, code string, by int) error {
	return s.change(ctx, fmt.Sprintf("service.move %s %+d", code, by), func(tx *store.Tx) error {
		return move(ctx, tx, "services", code, by, ErrUnknownService)
	})
}

// move swaps a row of table (services or priority_groups) with its
// neighbour in position order, renumbering the positions 0…n-1.
func move(ctx context.Context, tx *store.Tx, table, code string, by int, unknown error) error {
	rows, err := tx.QueryContext(ctx, `SELECT code FROM `+table+` ORDER BY position, code`)
	if err != nil {
		return fmt.Errorf("move %s: %w", code, err)
	}
	var codes []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			rows.Close()
			return err
		}
		codes = append(codes, c)
	}
	rows.Close()
	at := -1
	for i, c := range codes {
		if c == code {
			at = i
		}
	}
	if at < 0 {
		return fmt.Errorf("move %s: %w", code, unknown)
	}
	to := at + sign(by)
	if to >= 0 && to < len(codes) {
		codes[at], codes[to] = codes[to], codes[at]
	}
	for i, c := range codes {
		if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET position = ? WHERE code = ?`, i, c); err != nil {
			return fmt.Errorf("move %s: %w", code, err)
		}
	}
	return nil
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

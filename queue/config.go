package queue

import (
	"context"
	"database/sql"
	"fmt"
	"motcua/store"
	"strconv"
	"time"
)

// Setting keys of the station, stored in the settings table.
const (
	keyCommuneName  = "commune.name"
	keyAgencyID     = "commune.agency_id"
	keyPlace        = "commune.place"
	keyHubLabel     = "commune.hub_label"
	keyNotice       = "board.notice"
	keyKioskPIN     = "kiosk.pin"
	keyPolicyMode   = "policy.mode"
	keyMaxRun       = "policy.max_priority_run"
	keyAgingMinutes = "policy.aging_minutes"
	keyRecalls      = "policy.recalls_before_no_show"
)

// Config is the station's configuration as the screens need it.
type Config struct {
	CommuneName string
	AgencyID    string
	Place       string
	HubLabel    string
	Notice      string
	KioskPIN    string
	Policy      Policy
	Services    []Service       // in display order
	Groups      []PriorityGroup // in display order
	Counters    []Counter       // numbers, clerks and services (no live state)
	Settings    map[string]string
}

// Service returns the service with the code.
func (c Config) Service(code string) (Service, bool) {
	for _, s := range c.Services {
		if s.Code == code {
			return s, true
		}
	}
	return Service{}, false
}

// Group returns the priority group with the code.
func (c Config) Group(code string) (PriorityGroup, bool) {
	for _, g := range c.Groups {
		if g.Code == code {
			return g, true
		}
	}
	return PriorityGroup{}, false
}

// Counter returns the counter with the number.
func (c Config) Counter(n int) (Counter, bool) {
	for _, ct := range c.Counters {
		if ct.Number == n {
			return ct, true
		}
	}
	return Counter{}, false
}

// Config reads the station's configuration.
func (s *Station) Config(ctx context.Context) (Config, error) {
	var c Config
	err := s.db.Read(ctx, func(tx *store.Tx) error {
		var err error
		c, err = readConfig(ctx, tx)
		return err
	})
	return c, err
}

// SetSetting checks a setting's value (CheckSetting: a sentence for the
// user when it is refused) and stores it as checked, audited; every screen
// sees it at its next refresh. The settings screen and `motcua settings
// set` both come here.
func (s *Station) SetSetting(ctx context.Context, key, value string) error {
	v, err := CheckSetting(key, value)
	if err != nil {
		return err
	}
	return s.db.Write(ctx, func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx,
			`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, v)
		if err != nil {
			return fmt.Errorf("set %s: %w", key, err)
		}
		return auditSetting(ctx, tx, ms(s.clock.Now()), key, v)
	})
}

func readConfig(ctx context.Context, tx *store.Tx) (Config, error) {
	c := Config{Settings: map[string]string{}}
	rows, err := tx.QueryContext(ctx, `SELECT key, value FROM settings`)
	if err != nil {
		return c, fmt.Errorf("read settings: %w", err)
	}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			rows.Close()
			return c, err
		}
		c.Settings[k] = v
	}
	rows.Close()
	c.CommuneName, c.AgencyID, c.Place = c.Settings[keyCommuneName], c.Settings[keyAgencyID], c.Settings[keyPlace]
	c.HubLabel, c.Notice, c.KioskPIN = c.Settings[keyHubLabel], c.Settings[keyNotice], c.Settings[keyKioskPIN]
	c.Policy = policyFrom(c.Settings)

	rows, err = tx.QueryContext(ctx, `SELECT code, prefix, name_vi, name_en, default_service_seconds FROM services ORDER BY position, code`)
	if err != nil {
		return c, fmt.Errorf("read services: %w", err)
	}
	for rows.Next() {
		var sv Service
		var secs int64
		if err := rows.Scan(&sv.Code, &sv.Prefix, &sv.NameVI, &sv.NameEN, &secs); err != nil {
			rows.Close()
			return c, err
		}
		sv.DefaultService = time.Duration(secs) * time.Second
		c.Services = append(c.Services, sv)
	}
	rows.Close()

	rows, err = tx.QueryContext(ctx, `SELECT code, name_vi, name_en FROM priority_groups ORDER BY position, code`)
	if err != nil {
		return c, fmt.Errorf("read priority groups: %w", err)
	}
	for rows.Next() {
		var g PriorityGroup
		if err := rows.Scan(&g.Code, &g.NameVI, &g.NameEN); err != nil {
			rows.Close()
			return c, err
		}
		c.Groups = append(c.Groups, g)
	}
	rows.Close()

	rows, err = tx.QueryContext(ctx, `SELECT c.number, c.clerk, cs.service FROM counters c
		LEFT JOIN counter_services cs ON cs.counter = c.number
		LEFT JOIN services s ON s.code = cs.service
		ORDER BY c.number, s.position`)
	if err != nil {
		return c, fmt.Errorf("read counters: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var n int
		var clerk string
		var svc sql.NullString
		if err := rows.Scan(&n, &clerk, &svc); err != nil {
			return c, err
		}
		if len(c.Counters) == 0 || c.Counters[len(c.Counters)-1].Number != n {
			c.Counters = append(c.Counters, Counter{Number: n, Clerk: clerk, State: Closed})
		}
		if svc.Valid {
			last := &c.Counters[len(c.Counters)-1]
			last.Services = append(last.Services, svc.String)
		}
	}
	return c, rows.Err()
}

// policyFrom reads the policy settings, falling back to DefaultPolicy for
// any value that is missing or malformed.
func policyFrom(set map[string]string) Policy {
	p := DefaultPolicy
	if m := Mode(set[keyPolicyMode]); m == Fair || m == Strict || m == FIFO {
		p.Mode = m
	}
	if v, err := strconv.Atoi(set[keyMaxRun]); err == nil && v >= 1 {
		p.MaxPriorityRun = v
	}
	if v, err := strconv.Atoi(set[keyAgingMinutes]); err == nil && v >= 0 {
		p.AgingAfter = time.Duration(v) * time.Minute
	}
	if v, err := strconv.Atoi(set[keyRecalls]); err == nil && v >= 0 {
		p.RecallsBeforeNoShow = v
	}
	return p
}

// SetPolicy stores new policy parameters after validating them.
func (s *Station) SetPolicy(ctx context.Context, p Policy) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return s.db.Write(ctx, func(tx *store.Tx) error {
		set := map[string]string{
			keyPolicyMode: string(p.Mode), keyMaxRun: strconv.Itoa(p.MaxPriorityRun),
			keyAgingMinutes: strconv.Itoa(int(p.AgingAfter / time.Minute)),
			keyRecalls:      strconv.Itoa(p.RecallsBeforeNoShow),
		}
		old, err := readPolicy(ctx, tx)
		if err != nil {
			return err
		}
		for _, k := range []string{keyPolicyMode, keyMaxRun, keyAgingMinutes, keyRecalls} {
			if _, err := tx.ExecContext(ctx,
				`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, k, set[k]); err != nil {
				return fmt.Errorf("set %s: %w", k, err)
			}
		}
		// one entry per value that changed, as SetSetting would record it
		was := map[string]string{keyPolicyMode: string(old.Mode), keyMaxRun: strconv.Itoa(old.MaxPriorityRun),
			keyAgingMinutes: strconv.Itoa(int(old.AgingAfter / time.Minute)), keyRecalls: strconv.Itoa(old.RecallsBeforeNoShow)}
		for _, k := range []string{keyPolicyMode, keyMaxRun, keyAgingMinutes, keyRecalls} {
			if was[k] != set[k] {
				if err := auditSetting(ctx, tx, ms(s.clock.Now()), k, set[k]); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// readPolicy reads only the policy settings: the hot path of every call
// needs nothing else of the configuration.
func readPolicy(ctx context.Context, tx *store.Tx) (Policy, error) {
	rows, err := tx.QueryContext(ctx, `SELECT key, value FROM settings WHERE key LIKE 'policy.%'`)
	if err != nil {
		return Policy{}, fmt.Errorf("read policy: %w", err)
	}
	defer rows.Close()
	set := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return Policy{}, err
		}
		set[k] = v
	}
	return policyFrom(set), rows.Err()
}

// Package assets holds what motcua ships inside its binary: the demo
// commune, fonts (with their licence) and the translation table (package
// assets/i18n). The binary and its tests never read files outside it.
package assets

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

//go:embed demo/commune.json
var demoCommune []byte

// Commune is the configuration a station is seeded with on first run.
type Commune struct {
	Name           string          `json:"name"`
	AgencyID       string          `json:"agency_id"`
	Place          string          `json:"place"`
	HubLabel       string          `json:"hub_label"`
	Notice         string          `json:"notice"`
	KioskPIN       string          `json:"kiosk_pin"`
	Services       []Service       `json:"services"`
	Counters       []Counter       `json:"counters"`
	PriorityGroups []PriorityGroup `json:"priority_groups"`
	Policy         Policy          `json:"policy"`
}

// Service is a line of the queue: one prefix letter per service.
type Service struct {
	Code                  string `json:"code"`
	Prefix                string `json:"prefix"`
	NameVI                string `json:"name_vi"`
	NameEN                string `json:"name_en"`
	DefaultServiceMinutes int    `json:"default_service_minutes"`
}

// Counter is a desk and the services its clerk handles.
type Counter struct {
	Number   int      `json:"number"`
	Clerk    string   `json:"clerk"`
	Services []string `json:"services"`
}

// PriorityGroup is a group of citizens called ahead of regular tickets.
type PriorityGroup struct {
	Code   string `json:"code"`
	NameVI string `json:"name_vi"`
	NameEN string `json:"name_en"`
}

// Policy holds the queue policy parameters (see docs/QUEUE.md).
type Policy struct {
	Mode                string `json:"mode"`
	MaxPriorityRun      int    `json:"max_priority_run"`
	AgingMinutes        int    `json:"aging_minutes"`
	RecallsBeforeNoShow int    `json:"recalls_before_no_show"`
}

// DemoCommune returns the embedded demo commune.
func DemoCommune() (Commune, error) {
	var c Commune
	if err := json.Unmarshal(demoCommune, &c); err != nil {
		return Commune{}, fmt.Errorf("read demo commune: %w", err)
	}
	return c, nil
}

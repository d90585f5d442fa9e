package intake

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"motcua/store"
)

// Catalog files (motcua catalog import FILE).
//
// JSON (format_version 1), as assets/catalog/demo.json:
//
//	{"format_version": 1, "_note": "…", "procedures": [
//	  {"id": "1.001193", "code": "1.001193", "name_vi": "Thủ tục đăng ký khai sinh",
//	   "name_en": "Birth registration", "field": "Hộ tịch", "service": "hotich",
//	   "days": 0, "unit": "working_days", "fee_vnd": 0, "fee_note": "…",
//	   "documents": ["Tờ khai…", "Giấy chứng sinh…"], "note": "…", "source": "…"}]}
//
// CSV: a header line naming the columns, in any order, then one procedure a
// line; ',' or ';' separates fields; documents are separated by '|'.
// Columns: id, code, name_vi (required), name_en, field, service
// (required), days (required), unit, fee_vnd, fee_note, documents, note,
// source.
//
// Rules: name_vi is required; service is the code of one of the station's
// queue services; days is a whole number 0–365 (0 = the same day); unit is
// working_days (default) or calendar_days ("ngày làm việc" / "ngày" are
// accepted); fee_vnd is a whole number of đồng, empty (CSV) or null (JSON)
// when the province sets it; code is the national code (digits and dots)
// or empty when not known; id is the catalog key, by default the code, or
// "local-NNN" from the position when both are empty; ids are unique.

// Caps of the catalog's text fields.
const (
	maxProcName   = 500
	maxProcField  = 200
	maxProcNote   = 2000
	maxProcSource = 1000
	maxProcID     = 40
	maxProcDays   = 365
)

// procJSON is one procedure in the JSON file format.
type procJSON struct {
	ID        string          `json:"id,omitempty"`
	Code      string          `json:"code"`
	NameVI    string          `json:"name_vi"`
	NameEN    string          `json:"name_en,omitempty"`
	Field     string          `json:"field,omitempty"`
	Service   string          `json:"service"`
	Days      *int            `json:"days"`
	Unit      string          `json:"unit,omitempty"`
	FeeVND    *int64          `json:"fee_vnd"`
	FeeNote   string          `json:"fee_note,omitempty"`
	Documents []string        `json:"documents"`
	Note      string          `json:"note,omitempty"`
	Source    string          `json:"source,omitempty"`
	Comment   json.RawMessage `json:"_note,omitempty"`
}

// ParseCatalog reads and checks a catalog file without importing it
// (format "json", "csv" or "" to guess). Services are not checked against
// a station here; ImportCatalog does that.
func ParseCatalog(r io.Reader, format string) ([]Procedure, error) {
	procs, _, err := parseCatalog(r, format)
	return procs, err
}

// ImportCatalog replaces the station's catalog with a JSON or CSV file in
// one transaction and records catalog.imported in the outbox. It returns
// the number of procedures. A file with any problem imports nothing and
// returns ImportErrors naming each line. Dossiers already received keep
// their own copy of their procedure.
func ImportCatalog(ctx context.Context, db *store.DB, r io.Reader, format string) (int, error) {
	procs, lines, err := parseCatalog(r, format)
	if err != nil {
		return 0, err
	}
	err = db.Write(ctx, func(tx *store.Tx) error {
		services, err := serviceCodes(ctx, tx)
		if err != nil {
			return err
		}
		if len(services) == 0 {
			return ImportErrors{importErr(0, "intake.err.import.no_services")}
		}
		var problems ImportErrors
		for i, p := range procs {
			if !services[p.Service] {
				problems = append(problems, importErr(lines[i], "intake.err.import.service_unknown", p.Service, strings.Join(sortedKeys(services), ", ")))
			}
		}
		if len(problems) > 0 {
			return problems
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM procedures`); err != nil {
			return fmt.Errorf("clear catalog: %w", err)
		}
		if err := writeProcedures(ctx, tx, procs); err != nil {
			return err
		}
		ids := make([]string, len(procs))
		for i, p := range procs {
			ids[i] = p.ID
		}
		at := db.Clock().Now().UnixMilli()
		return store.AppendEvent(ctx, tx, at, "catalog.imported", "procedures", map[string]any{"count": len(procs), "ids": ids})
	})
	if err != nil {
		return 0, fmt.Errorf("import catalog: %w", err)
	}
	return len(procs), nil
}

func serviceCodes(ctx context.Context, tx *store.Tx) (map[string]bool, error) {
	rows, err := tx.QueryContext(ctx, `SELECT code FROM services`)
	if err != nil {
		return nil, fmt.Errorf("read services: %w", err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		out[c] = true
	}
	return out, rows.Err()
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// parseCatalog is ParseCatalog with the line of each procedure.
func parseCatalog(r io.Reader, format string) ([]Procedure, []int, error) {
	data, format, err := readImport(r, format)
	if err != nil {
		return nil, nil, err
	}
	var raw []procJSON
	var lines []int
	var problems ImportErrors
	if format == "json" {
		raw, lines, err = decodeJSONList[procJSON](data, "procedures")
		if err != nil {
			return nil, nil, err
		}
	} else {
		raw, lines, problems, err = catalogCSV(data)
		if err != nil {
			return nil, nil, err
		}
	}
	var procs []Procedure
	var okLines []int
	seen := map[string]int{}
	for i, rp := range raw {
		p, errs := checkProcedure(rp, len(procs)+1, lines[i])
		problems = append(problems, errs...)
		if len(errs) > 0 {
			continue
		}
		if first, dup := seen[p.ID]; dup {
			problems = append(problems, importErr(lines[i], "intake.err.import.duplicate", p.ID, first))
			continue
		}
		seen[p.ID] = lines[i]
		procs, okLines = append(procs, p), append(okLines, lines[i])
	}
	if len(problems) > 0 {
		return nil, nil, problems
	}
	if len(procs) == 0 {
		return nil, nil, ImportErrors{importErr(0, "intake.err.import.no_entries", "procedures")}
	}
	return procs, okLines, nil
}

// checkProcedure cleans one entry and says what is wrong with it.
func checkProcedure(rp procJSON, position, line int) (Procedure, ImportErrors) {
	p := Procedure{
		ID: Clean(rp.ID, maxProcID), Code: Clean(rp.Code, maxProcID),
		NameVI: Clean(rp.NameVI, maxProcName), NameEN: Clean(rp.NameEN, maxProcName),
		Field: Clean(rp.Field, maxProcField), Service: Clean(rp.Service, maxProcID),
		FeeNote: Clean(rp.FeeNote, maxProcNote), Note: CleanText(rp.Note, maxProcNote),
		Source: Clean(rp.Source, maxProcSource),
	}
	var errs ImportErrors
	bad := func(key string, args ...any) { errs = append(errs, importErr(line, key, args...)) }
	if p.NameVI == "" {
		bad("intake.err.import.name_vi_required")
	}
	if p.Service == "" {
		bad("intake.err.import.service_required")
	}
	switch {
	case rp.Days == nil:
		bad("intake.err.import.days", "")
	case *rp.Days < 0 || *rp.Days > maxProcDays:
		bad("intake.err.import.days", strconv.Itoa(*rp.Days))
	default:
		p.Days = *rp.Days
	}
	switch Fold(rp.Unit) {
	case "", "working days", "ngay lam viec":
		p.Unit = WorkingDays
	case "calendar days", "ngay":
		p.Unit = CalendarDays
	default:
		bad("intake.err.import.unit", Clean(rp.Unit, 40))
	}
	if rp.FeeVND != nil {
		if *rp.FeeVND < 0 {
			bad("intake.err.import.fee", strconv.FormatInt(*rp.FeeVND, 10))
		}
		p.FeeVND, p.FeeKnown = *rp.FeeVND, true
	}
	if strings.Trim(p.Code, "0123456789.") != "" {
		bad("intake.err.import.code", p.Code)
	}
	if p.ID == "" {
		p.ID = p.Code
	}
	if p.ID == "" {
		p.ID = fmt.Sprintf("local-%03d", position)
	}
	if strings.IndexFunc(p.ID, func(r rune) bool {
		return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '.' || r == '-' || r == '_')
	}) >= 0 {
		bad("intake.err.import.id", p.ID)
	}
	for _, d := range rp.Documents {
		if d = Clean(d, MaxDocumentName); d != "" {
			p.Documents = append(p.Documents, d)
		}
	}
	return p, errs
}

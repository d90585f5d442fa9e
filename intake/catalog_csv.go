package intake

import (
	"strconv"
	"strings"
)

// csvColumns are the columns a catalog CSV may have.
var csvColumns = []string{"id", "code", "name_vi", "name_en", "field", "service", "days", "unit",
	"fee_vnd", "fee_note", "documents", "note", "source"}

// catalogCSV reads the CSV form into procJSON values; cell problems that
// JSON would have caught as types (days, fee) are reported here.
func catalogCSV(data []byte) ([]procJSON, []int, ImportErrors, error) {
	recs, err := readCSV(data)
	if err != nil {
		return nil, nil, nil, err
	}
	if len(recs) == 0 {
		return nil, nil, nil, ImportErrors{importErr(0, "intake.err.import.empty")}
	}
	col := map[string]int{}
	for i, h := range recs[0].fields {
		h = strings.ToLower(strings.TrimSpace(h))
		known := false
		for _, c := range csvColumns {
			known = known || c == h
		}
		if !known {
			return nil, nil, nil, ImportErrors{importErr(recs[0].line, "intake.err.import.unknown_column", h, strings.Join(csvColumns, ", "))}
		}
		col[h] = i
	}
	for _, need := range []string{"name_vi", "service", "days"} {
		if _, ok := col[need]; !ok {
			return nil, nil, nil, ImportErrors{importErr(recs[0].line, "intake.err.import.missing_column", need)}
		}
	}
	var out []procJSON
	var lines []int
	var problems ImportErrors
	for _, rec := range recs[1:] {
		if len(rec.fields) == 1 && strings.TrimSpace(rec.fields[0]) == "" {
			continue
		}
		cell := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec.fields) {
				return rec.fields[i]
			}
			return ""
		}
		p := procJSON{ID: cell("id"), Code: cell("code"), NameVI: cell("name_vi"), NameEN: cell("name_en"),
			Field: cell("field"), Service: cell("service"), Unit: cell("unit"), FeeNote: cell("fee_note"),
			Note: cell("note"), Source: cell("source"), Documents: strings.Split(cell("documents"), "|")}
		if d, err := strconv.Atoi(strings.TrimSpace(cell("days"))); err == nil {
			p.Days = &d
		} else if strings.TrimSpace(cell("days")) != "" {
			problems = append(problems, importErr(rec.line, "intake.err.import.days", cell("days")))
			continue
		}
		if fee := strings.NewReplacer(".", "", ",", "", " ", "").Replace(strings.TrimSpace(cell("fee_vnd"))); fee != "" {
			v, err := strconv.ParseInt(fee, 10, 64)
			if err != nil {
				problems = append(problems, importErr(rec.line, "intake.err.import.fee", cell("fee_vnd")))
				continue
			}
			p.FeeVND = &v
		}
		out, lines = append(out, p), append(lines, rec.line)
	}
	return out, lines, problems, nil
}

package audit

import (
	"strconv"
	"strings"
	"time"

	"motcua/store"
)

// filterError says which filter field is wrong, as a translation key.
type filterError struct {
	key string
	arg string
}

func (e *filterError) Error() string { return e.key + ": " + e.arg }

// parseFilter reads the filter form: account, counter, action prefix,
// first and last day (dd/mm/yyyy or yyyy-mm-dd, both days included).
// Empty fields select everything; the account "-" selects what was done
// at the station PC itself, where nobody logs in.
func parseFilter(account, counter, action, from, to string) (store.AuditFilter, error) {
	f := store.AuditFilter{Account: strings.TrimSpace(account), Action: strings.ToLower(strings.TrimSpace(action))}
	if f.Account == atThisPC {
		f.Account, f.AtThisPC = "", true
	}
	if c := strings.TrimSpace(counter); c != "" {
		n, err := strconv.Atoi(c)
		if err != nil || n < 1 || n > 99 {
			return f, &filterError{"auditscreen.err.counter", c}
		}
		f.Counter = n
	}
	var err error
	if f.From, err = parseDay(from); err != nil {
		return f, err
	}
	if f.To, err = parseDay(to); err != nil {
		return f, err
	}
	if !f.To.IsZero() {
		f.To = f.To.AddDate(0, 0, 1) // the last day is included
	}
	if !f.From.IsZero() && !f.To.IsZero() && !f.From.Before(f.To) {
		return f, &filterError{"auditscreen.err.range", strings.TrimSpace(from)}
	}
	return f, nil
}

// atThisPC is what the account field takes for the station PC's entries.
const atThisPC = "-"

// parseDay reads a day as local midnight; "" is the zero time.
func parseDay(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"02/01/2006", "2/1/2006", time.DateOnly} {
		if t, err := time.ParseInLocation(layout, s, store.Local); err == nil && t.Year() >= 2000 && t.Year() <= 2100 {
			return t, nil
		}
	}
	return time.Time{}, &filterError{"auditscreen.err.date", s}
}

// dayText writes a filter day back as dd/mm/yyyy ("" for none); last
// says the day is a To bound, one past the last day shown.
func dayText(t time.Time, last bool) string {
	if t.IsZero() {
		return ""
	}
	if last {
		t = t.AddDate(0, 0, -1)
	}
	return t.In(store.Local).Format("02/01/2006")
}

package settings

import (
	"context"
	"strconv"
	"strings"
	"time"

	"motcua/intake"
	"motcua/queue"
)

// The forms of each page: what enter (edit), a (add) and x (remove) open
// on the row under the cursor. Every save goes through the queue's or
// the desk's checks; the form only splits the typed text.

// selected is the row under the cursor, if the page has one.
func (m Model) selected() (row, bool) {
	rows := m.rows()
	i := m.cursor[m.page]
	if i < 0 || i >= len(rows) {
		return row{}, false
	}
	return rows[i], true
}

// editForm is the form of enter on the selected row.
func (m Model) editForm() *form {
	r, ok := m.selected()
	if !ok {
		return nil
	}
	st := m.opts.Station
	switch m.page {
	case pageCounters:
		n, _ := strconv.Atoi(r.id)
		c, _ := m.cfg.Counter(n)
		return &form{title: m.T("settings.form.counter", n), fields: []field{
			newField(m.T("settings.field.clerk"), m.T("settings.hint.clerk"), c.Clerk, queue.MaxNameLen),
			newField(m.T("settings.field.letters"), m.T("settings.hint.letters", m.allLetters()), m.letters(c.Services), 60),
		}, save: func(ctx context.Context, v []string) error {
			codes, err := m.codesOf(v[1])
			if err != nil {
				return err
			}
			return st.UpdateCounter(ctx, queue.Counter{Number: n, Clerk: v[0], Services: codes})
		}}
	case pageServices:
		s, _ := m.cfg.Service(r.id)
		return &form{title: m.T("settings.form.service", s.Code), fields: m.serviceFields(s)[1:],
			save: func(ctx context.Context, v []string) error {
				return saveService(ctx, st.UpdateService, append([]string{s.Code}, v...))
			}}
	case pageGroups:
		g, _ := m.cfg.Group(r.id)
		return &form{title: m.T("settings.form.group", g.Code), fields: m.groupFields(g)[1:],
			save: func(ctx context.Context, v []string) error {
				return st.UpdateGroup(ctx, queue.PriorityGroup{Code: g.Code, NameVI: v[0], NameEN: v[1]})
			}}
	case pageHolidays:
		d := m.day(r.id)
		return &form{title: m.T("settings.form.day", m.date(d.Date)), fields: m.dayFields(d)[1:],
			save: func(ctx context.Context, v []string) error {
				return m.desk.SetSpecialDay(ctx, intake.SpecialDay{Date: d.Date, Kind: intake.DayKind(v[0]), Name: v[1], Source: d.Source})
			}}
	case pageAccounts:
		return m.editAccountForm(r.id)
	case pagePolicy, pageNotice, pagePrinters:
		key := r.id
		base := key
		if strings.HasPrefix(key, "counter.") {
			base = key[strings.Index(key, "printer."):]
		}
		return &form{title: r.cells[0], fields: []field{
			newField(m.T("settings.field.value"), m.T("settings.hint."+base), m.cfg.Settings[key], queue.MaxSettingLen),
		}, save: func(ctx context.Context, v []string) error { return st.SetSetting(ctx, key, v[0]) }}
	}
	return nil
}

// addForm is the form of a on the current page.
func (m Model) addForm() *form {
	st := m.opts.Station
	switch m.page {
	case pageCounters:
		next := 1
		for _, c := range m.cfg.Counters {
			next = max(next, c.Number+1)
		}
		return &form{title: m.T("settings.form.add_counter"), fields: []field{
			newField(m.T("settings.field.number"), m.T("settings.hint.number", queue.MaxCounter), strconv.Itoa(next), 2),
			newField(m.T("settings.field.clerk"), m.T("settings.hint.clerk"), "", queue.MaxNameLen),
			newField(m.T("settings.field.letters"), m.T("settings.hint.letters", m.allLetters()), "", 60),
		}, save: func(ctx context.Context, v []string) error {
			n, err := queue.CheckNumber(v[0], 1, queue.MaxCounter)
			if err != nil {
				return err
			}
			codes, err := m.codesOf(v[2])
			if err != nil {
				return err
			}
			return st.AddCounter(ctx, queue.Counter{Number: n, Clerk: v[1], Services: codes})
		}}
	case pageServices:
		return &form{title: m.T("settings.form.add_service"), fields: m.serviceFields(queue.Service{DefaultService: 5 * time.Minute}),
			save: func(ctx context.Context, v []string) error { return saveService(ctx, st.AddService, v) }}
	case pageGroups:
		return &form{title: m.T("settings.form.add_group"), fields: m.groupFields(queue.PriorityGroup{}),
			save: func(ctx context.Context, v []string) error {
				return st.AddGroup(ctx, queue.PriorityGroup{Code: v[0], NameVI: v[1], NameEN: v[2]})
			}}
	case pageHolidays:
		return &form{title: m.T("settings.form.add_day"), fields: m.dayFields(intake.SpecialDay{Kind: intake.DayOff}),
			save: func(ctx context.Context, v []string) error {
				return m.desk.SetSpecialDay(ctx, intake.SpecialDay{Date: v[0], Kind: intake.DayKind(v[1]), Name: v[2]})
			}}
	case pageAccounts:
		return m.addAccountForm()
	}
	return nil
}

// removeForm asks before x removes the selected counter, group or day.
func (m Model) removeForm() *form {
	r, ok := m.selected()
	if !ok {
		return nil
	}
	switch m.page {
	case pageCounters:
		n, _ := strconv.Atoi(r.id)
		return &form{title: m.T("settings.confirm.counter", n),
			save: func(ctx context.Context, _ []string) error { return m.opts.Station.RemoveCounter(ctx, n) }}
	case pageGroups:
		return &form{title: m.T("settings.confirm.group", r.cells[0]),
			save: func(ctx context.Context, _ []string) error { return m.opts.Station.RemoveGroup(ctx, r.id) }}
	case pageHolidays:
		return &form{title: m.T("settings.confirm.day", m.date(r.id)),
			save: func(ctx context.Context, _ []string) error { return m.desk.RemoveSpecialDay(ctx, r.id) }}
	case pageAccounts:
		return m.toggleAccountForm(r.id)
	}
	return nil
}

// moveFn moves the selected service or group by one place.
func (m Model) moveFn(by int) func(ctx context.Context) error {
	r, ok := m.selected()
	if !ok {
		return nil
	}
	switch m.page {
	case pageServices:
		return func(ctx context.Context) error { return m.opts.Station.MoveService(ctx, r.id, by) }
	case pageGroups:
		return func(ctx context.Context) error { return m.opts.Station.MoveGroup(ctx, r.id, by) }
	}
	return nil
}

func (m Model) serviceFields(s queue.Service) []field {
	return []field{
		newField(m.T("settings.field.code"), m.T("settings.hint.code"), s.Code, queue.MaxCodeLen),
		newField(m.T("settings.field.prefix"), m.T("settings.hint.prefix"), s.Prefix, 1),
		newField(m.T("settings.field.name_vi"), "", s.NameVI, queue.MaxNameLen),
		newField(m.T("settings.field.name_en"), m.T("settings.hint.name_en"), s.NameEN, queue.MaxNameLen),
		newField(m.T("settings.field.minutes"), m.T("settings.hint.minutes", queue.MaxServiceMins),
			strconv.Itoa(int(s.DefaultService/time.Minute)), 3),
	}
}

// saveService stores code, prefix, names and minutes with add or update.
func saveService(ctx context.Context, store func(context.Context, queue.Service) error, v []string) error {
	mins, err := queue.CheckNumber(v[4], 1, queue.MaxServiceMins)
	if err != nil {
		return err
	}
	return store(ctx, queue.Service{Code: v[0], Prefix: v[1], NameVI: v[2], NameEN: v[3], DefaultService: time.Duration(mins) * time.Minute})
}

func (m Model) groupFields(g queue.PriorityGroup) []field {
	return []field{
		newField(m.T("settings.field.code"), m.T("settings.hint.code"), g.Code, queue.MaxCodeLen),
		newField(m.T("settings.field.name_vi"), "", g.NameVI, queue.MaxNameLen),
		newField(m.T("settings.field.name_en"), m.T("settings.hint.name_en"), g.NameEN, queue.MaxNameLen),
	}
}

func (m Model) dayFields(d intake.SpecialDay) []field {
	return []field{
		newField(m.T("settings.field.date"), m.T("settings.hint.date"), d.Date, 10),
		newField(m.T("settings.field.kind"), m.T("settings.hint.kind"), string(d.Kind), 10),
		newField(m.T("settings.field.day_name"), m.T("settings.hint.day_name"), d.Name, 200),
	}
}

// day is the calendar's day on date.
func (m Model) day(date string) intake.SpecialDay {
	for _, d := range m.days {
		if d.Date == date {
			return d
		}
	}
	return intake.SpecialDay{Date: date}
}

// letters writes service codes as their prefix letters: "A B".
func (m Model) letters(codes []string) string {
	var out []string
	for _, c := range codes {
		if s, ok := m.cfg.Service(c); ok {
			out = append(out, s.Prefix)
		}
	}
	return strings.Join(out, " ")
}

// allLetters lists every service's letter for the hint: "A B C D E".
func (m Model) allLetters() string {
	var out []string
	for _, s := range m.cfg.Services {
		out = append(out, s.Prefix)
	}
	return strings.Join(out, " ")
}

// codesOf reads typed prefix letters ("AB", "a, c") as service codes.
func (m Model) codesOf(typed string) ([]string, error) {
	var codes []string
	for _, r := range strings.ToUpper(typed) {
		if r == ' ' || r == ',' || r == ';' {
			continue
		}
		found := false
		for _, s := range m.cfg.Services {
			if s.Prefix == string(r) {
				codes, found = append(codes, s.Code), true
			}
		}
		if !found {
			return nil, &queue.SetupError{Key: "settings.err.letter_unknown", Args: []any{string(r)}}
		}
	}
	return codes, nil
}

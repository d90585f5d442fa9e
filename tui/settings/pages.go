package settings

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/tui/common"
)

// page is one tab of the screen.
type page int

// The pages, in tab order.
const (
	pageCounters page = iota
	pageServices
	pageGroups
	pagePolicy
	pageNotice
	pagePrinters
	pageHolidays
	pageAudit
	pageAccounts
	numPages
)

// tabKeys are the translation keys of the tab labels.
var tabKeys = [numPages]string{
	"settings.tab.counters", "settings.tab.services", "settings.tab.groups", "settings.tab.policy",
	"settings.tab.notice", "settings.tab.printers", "settings.tab.holidays", "settings.tab.audit",
	"settings.tab.accounts",
}

// row is one line of a page's list: its cells and what it stands for (a
// counter number, a code, a setting key, a date).
type row struct {
	id    string
	cells []string
}

// The settings of the policy, notice and printer pages, in list order.
var (
	policyKeys  = []string{queue.SettingPolicyMode, queue.SettingMaxRun, queue.SettingAgingMinutes, queue.SettingRecalls}
	noticeKeys  = []string{queue.SettingNotice}
	printerKeys = []string{"printer.kind", "printer.queue", "printer.device", "printer.width", "printer.spool_dir", "forms.page_size"}
	// counterPrinterKeys are the ones a counter may set for itself.
	counterPrinterKeys = []string{"printer.kind", "printer.queue", "printer.device", "printer.width"}
)

// header is the column titles of a page's list.
func (m Model) header() []string {
	switch m.page {
	case pageCounters:
		return []string{m.T("settings.col.counter"), m.T("settings.col.clerk"), m.T("settings.col.services")}
	case pageServices:
		return []string{m.T("settings.col.prefix"), m.T("settings.col.name"), m.T("settings.col.minutes"), m.T("settings.col.code")}
	case pageGroups:
		return []string{m.T("settings.col.name"), m.T("settings.col.code")}
	case pageHolidays:
		return []string{m.T("settings.col.date"), m.T("settings.col.kind"), m.T("settings.col.name")}
	case pageAccounts:
		return m.accountHeader()
	}
	return []string{m.T("settings.col.setting"), m.T("settings.col.value")}
}

// rows lists what the current page shows.
func (m Model) rows() []row {
	var out []row
	switch m.page {
	case pageCounters:
		for _, c := range m.cfg.Counters {
			out = append(out, row{strconv.Itoa(c.Number), []string{
				strconv.Itoa(c.Number), common.Sanitize(c.Clerk), m.serviceLetters(c.Services)}})
		}
	case pageServices:
		for _, s := range m.cfg.Services {
			out = append(out, row{s.Code, []string{
				s.Prefix, m.name(s.NameVI, s.NameEN), strconv.Itoa(int(s.DefaultService / time.Minute)), s.Code}})
		}
	case pageGroups:
		for _, g := range m.cfg.Groups {
			out = append(out, row{g.Code, []string{m.name(g.NameVI, g.NameEN), g.Code}})
		}
	case pagePolicy:
		out = m.settingRows(policyKeys, "")
	case pageNotice:
		out = m.settingRows(noticeKeys, "")
	case pagePrinters:
		out = m.settingRows(printerKeys, "")
		for _, c := range m.cfg.Counters {
			out = append(out, m.settingRows(counterPrinterKeys, fmt.Sprintf("counter.%d.", c.Number))...)
		}
	case pageHolidays:
		for _, d := range m.days {
			name := common.Sanitize(d.Name)
			if unconfirmed(d.Status) {
				name = m.T("settings.day.unconfirmed", name)
			}
			out = append(out, row{d.Date, []string{m.date(d.Date), m.T("settings.day." + string(d.Kind)), name}})
		}
	case pageAccounts:
		out = m.accountRows()
	}
	return out
}

// settingRows are the rows of settings keys, each key after prefix.
func (m Model) settingRows(keys []string, prefix string) []row {
	out := make([]row, 0, len(keys))
	for _, k := range keys {
		label := m.T("settings.name." + k)
		value := common.Sanitize(m.cfg.Settings[prefix+k])
		if prefix != "" {
			n, _ := strconv.Atoi(strings.Split(prefix, ".")[1])
			label = m.T("settings.counter_label", n, label)
		}
		if k == queue.SettingPolicyMode && i18n.Has("settings.mode."+value) {
			value += " — " + m.T("settings.mode."+value)
		}
		if value == "" {
			value = m.T("settings.value.default")
			if prefix != "" {
				value = m.T("settings.value.station")
			}
		}
		out = append(out, row{prefix + k, []string{label, value}})
	}
	return out
}

// serviceLetters writes a counter's services as their prefix letters.
func (m Model) serviceLetters(codes []string) string {
	var b strings.Builder
	for _, code := range codes {
		if s, ok := m.cfg.Service(code); ok {
			if b.Len() > 0 {
				b.WriteString(" ")
			}
			b.WriteString(s.Prefix + " " + m.name(s.NameVI, s.NameEN))
			continue
		}
		b.WriteString(" " + code)
	}
	return b.String()
}

// name is a configured name in the screen's language, made safe to draw.
func (m Model) name(vi, en string) string {
	if m.Lang == i18n.EN && en != "" {
		return common.Sanitize(en)
	}
	return common.Sanitize(vi)
}

// date writes YYYY-MM-DD as dd/mm/yyyy with the weekday.
func (m Model) date(s string) string {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return m.T("settings.weekday."+strconv.Itoa(int(t.Weekday()))) + " " + t.Format("02/01/2006")
}

// unconfirmed says a day's status (from the shipped data) is not an
// official one: a proposal or a projection the admin should check. Days
// an admin entered are "admin".
func unconfirmed(status string) bool {
	s := strings.ToLower(status)
	return s != "" && s != "admin" && !strings.HasPrefix(s, "official")
}

package i18n

// Sentences of the audit trail viewer (tui/audit), read by the commune's
// admin. The names of the actions are audit.action.* (messages_audit.go).
func init() {
	register(map[string][2]string{
		"auditscreen.title":       {"Nhật ký thao tác", "Audit trail"},
		"auditscreen.loading":     {"Đang đọc nhật ký…", "Reading the trail…"},
		"auditscreen.empty":       {"Không có thao tác nào khớp bộ lọc.", "No action matches the filter."},
		"auditscreen.all":         {"Mọi thao tác", "Every action"},
		"auditscreen.page":        {"trang %d/%d · %d mục", "page %d of %d · %d entries"},
		"auditscreen.local":       {"tại máy này", "at this PC"},
		"auditscreen.from_remote": {"từ %s", "from %s"},

		"auditscreen.f.account": {"tài khoản %s", "account %s"},
		"auditscreen.f.counter": {"quầy %d", "counter %d"},
		"auditscreen.f.action":  {"thao tác %s…", "action %s…"},
		"auditscreen.f.from":    {"từ %s", "from %s"},
		"auditscreen.f.to":      {"đến %s", "to %s"},

		"auditscreen.col.at":      {"Lúc", "At"},
		"auditscreen.col.account": {"Tài khoản", "Account"},
		"auditscreen.col.counter": {"Quầy", "Counter"},
		"auditscreen.col.action":  {"Thao tác", "Action"},
		"auditscreen.col.detail":  {"Chi tiết", "Detail"},

		"auditscreen.filter_title":  {"Lọc nhật ký", "Filter the trail"},
		"auditscreen.filter_hint":   {"Để trống ô nào thì không lọc theo ô đó. Tài khoản: - là tại máy trạm. Thao tác: phần đầu của mã, ví dụ ticket. hoặc account.login", "Leave a field empty not to filter by it. Account: - is at this PC. Action: the start of its code, e.g. ticket. or account.login"},
		"auditscreen.field.account": {"Tài khoản", "Account"},
		"auditscreen.field.counter": {"Quầy số", "Counter"},
		"auditscreen.field.action":  {"Thao tác", "Action"},
		"auditscreen.field.from":    {"Từ ngày (dd/mm/yyyy)", "From day (dd/mm/yyyy)"},
		"auditscreen.field.to":      {"Đến ngày (dd/mm/yyyy)", "To day (dd/mm/yyyy)"},

		"auditscreen.err.counter": {"Số quầy “%s” không hợp lệ: cần số từ 1 đến 99.", "The counter “%s” is not valid: it must be a number from 1 to 99."},
		"auditscreen.err.date":    {"Ngày “%s” không hợp lệ: viết dd/mm/yyyy, ví dụ 01/11/2026.", "The day “%s” is not valid: write dd/mm/yyyy, e.g. 01/11/2026."},
		"auditscreen.err.range":   {"Ngày bắt đầu %s ở sau ngày kết thúc.", "The first day %s is after the last day."},

		"auditscreen.key.page":   {"trang", "page"},
		"auditscreen.key.filter": {"lọc", "filter"},
		"auditscreen.key.clear":  {"bỏ lọc", "clear filter"},
		"auditscreen.key.apply":  {"lọc", "apply"},
		"auditscreen.key.cancel": {"hủy", "cancel"},
		"auditscreen.key.field":  {"ô khác", "field"},
	})
}

package i18n

// Sentences of the report screen (tui/report, `motcua report --screen`):
// the period heading, the loading line, the charts' empty states and the
// key help. The figures' own names are the report area's (report.*).
func init() {
	register(map[string][2]string{
		"reportscreen.flag_screen": {"hiện báo cáo trên màn hình (biểu đồ, cuộn, ←/→ đổi kỳ)", "show the report on the screen (charts, scrolling, ←/→ to change the period)"},

		"reportscreen.day":       {"Ngày %s", "Day %s"},
		"reportscreen.month":     {"Tháng %s", "Month %s"},
		"reportscreen.range":     {"Từ ngày %s đến ngày %s", "From %s to %s"},
		"reportscreen.at":        {"lập lúc %s", "made at %s"},
		"reportscreen.loading":   {"Đang lập báo cáo…", "Making the report…"},
		"reportscreen.no_data":   {"Không có số liệu", "No data"},
		"reportscreen.satisfied": {"%s%% hài lòng", "%s%% satisfied"},
		"reportscreen.failed":    {"Không lập được báo cáo: %s", "Could not make the report: %s"},

		"reportscreen.waiting":    {"Thời gian chờ", "Waiting"},
		"reportscreen.service":    {"Thời gian phục vụ", "Service"},
		"reportscreen.times":      {"Thời gian chờ và phục vụ (phút)", "Waiting and service times (minutes)"},
		"reportscreen.col.mean":   {"Trung bình", "Mean"},
		"reportscreen.col.median": {"Trung vị", "Median"},
		"reportscreen.col.p90":    {"Phân vị 90", "90th pct."},

		"reportscreen.key.scroll": {"cuộn", "scroll"},
		"reportscreen.key.period": {"kỳ trước/sau", "previous/next period"},
	})
}

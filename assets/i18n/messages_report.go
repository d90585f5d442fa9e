package i18n

// Sentences of the activity report (queue/report): the CSV export's
// section titles and column headers, read by commune and district staff
// in a spreadsheet.
func init() {
	register(map[string][2]string{
		"report.title": {"Báo cáo hoạt động Bộ phận Một cửa", "One-stop counter activity report"},
		"report.from":  {"Từ ngày", "From"},
		"report.to":    {"Đến ngày", "To"},
		"report.at":    {"Lập lúc", "Made at"},

		"report.col.figure":  {"Chỉ tiêu", "Figure"},
		"report.col.value":   {"Giá trị", "Value"},
		"report.col.count":   {"Số lượt", "Count"},
		"report.col.mean":    {"Trung bình (phút)", "Mean (minutes)"},
		"report.col.median":  {"Trung vị (phút)", "Median (minutes)"},
		"report.col.p90":     {"Phân vị 90 (phút)", "90th percentile (minutes)"},
		"report.col.service": {"Lĩnh vực", "Service"},
		"report.col.group":   {"Đối tượng ưu tiên", "Priority group"},
		"report.col.tickets": {"Số phiếu", "Tickets"},
		"report.col.counter": {"Quầy", "Counter"},
		"report.col.clerk":   {"Cán bộ", "Clerk"},
		"report.col.served":  {"Đã phục vụ", "Served"},
		"report.col.no_show": {"Vắng mặt", "No-shows"},
		"report.col.level":   {"Mức độ hài lòng", "Satisfaction level"},
		"report.col.total":   {"Tổng số", "Total"},
		"report.col.percent": {"Tỷ lệ hài lòng (phần trăm)", "Satisfied (percent)"},

		"report.section.tickets":      {"Phiếu thứ tự", "Queue tickets"},
		"report.section.by_service":   {"Phiếu theo lĩnh vực", "Tickets by service"},
		"report.section.by_priority":  {"Phiếu theo đối tượng ưu tiên", "Tickets by priority group"},
		"report.section.times":        {"Thời gian chờ và phục vụ", "Waiting and service times"},
		"report.section.counters":     {"Theo quầy", "By counter"},
		"report.section.clerks":       {"Theo cán bộ", "By clerk"},
		"report.section.dossiers":     {"Hồ sơ", "Dossiers"},
		"report.section.satisfaction": {"Mức độ hài lòng của người dân", "Citizen satisfaction"},
		"report.section.sat_counters": {"Mức độ hài lòng theo quầy", "Satisfaction by counter"},

		"report.tickets.issued":      {"Số phiếu đã cấp", "Tickets issued"},
		"report.tickets.served":      {"Đã phục vụ", "Served"},
		"report.tickets.no_shows":    {"Gọi không có mặt", "No-shows"},
		"report.tickets.expired":     {"Hết ngày chưa được gọi", "Not called by closing time"},
		"report.tickets.transferred": {"Được chuyển quầy/lĩnh vực", "Transferred"},
		"report.times.waiting":       {"Thời gian chờ (từ lấy số đến khi được gọi)", "Waiting (ticket to first call)"},
		"report.times.service":       {"Thời gian phục vụ (từ khi gọi đến khi xong)", "Service (call to finish)"},
		"report.priority.none":       {"Không ưu tiên", "No priority"},
		"report.clerk.unknown":       {"(không rõ)", "(unknown)"},
		"report.other":               {"Khác (gộp lại để giữ ẩn danh người đánh giá)", "Other (merged to keep raters anonymous)"},
		"report.all":                 {"Tất cả", "All"},

		"report.dossiers.received":           {"Hồ sơ tiếp nhận", "Dossiers received"},
		"report.dossiers.resolved_on_time":   {"Giải quyết đúng hạn", "Resolved on time"},
		"report.dossiers.resolved_late":      {"Giải quyết quá hạn", "Resolved late"},
		"report.dossiers.overdue_now":        {"Đang quá hạn", "Overdue now"},
		"report.dossiers.returned":           {"Đã trả kết quả tại quầy", "Results returned at the counter"},
		"report.dossiers.mailed":             {"Đã trả kết quả qua bưu chính", "Results sent by post"},
		"report.dossiers.supplements":        {"Lượt yêu cầu bổ sung", "Supplement requests"},
		"report.dossiers.supplemented_again": {"Hồ sơ yêu cầu bổ sung từ lần thứ hai", "Dossiers asked to supplement again"},
		"report.dossiers.refused":            {"Từ chối giải quyết", "Refused"},
		"report.dossiers.apologies":          {"Thư xin lỗi", "Apology letters"},
	})
}

package i18n

// Sentences of the rating screen at a counter (tui/rating), read by the
// citizen who was just served: short, polite ("quý vị"), big buttons.
func init() {
	register(map[string][2]string{
		"cli.rate":              {"màn hình đánh giá mức độ hài lòng của người dân tại quầy (rate --counter N)", "the citizen satisfaction screen at a counter (rate --counter N)"},
		"cli.flag.rate_timeout": {"câu hỏi tự đóng sau thời gian này nếu không có trả lời", "how long a question waits for an answer before closing quietly"},
		"cli.flag.rate_counter": {"số quầy có màn hình đánh giá này", "number of the counter this rating screen stands at"},

		"rating.title":                {"Đánh giá mức độ hài lòng · Quầy %d", "Satisfaction survey · Counter %d"},
		"rating.idle":                 {"Cảm ơn quý vị", "Thank you"},
		"rating.idle_hint":            {"Sau khi được phục vụ, mời quý vị đánh giá tại đây.", "After being served, please rate our service here."},
		"rating.question":             {"Quý vị có hài lòng với việc phục vụ không?", "Were you satisfied with our service?"},
		"rating.ticket":               {"Số thứ tự %s", "Ticket %s"},
		"rating.press_hint":           {"Nhấn phím số hoặc chạm vào ô", "Press a number or touch a button"},
		"rating.reasons":              {"Điều gì chưa tốt? (có thể bỏ qua)", "What was not good? (you may skip)"},
		"rating.skip":                 {"Bỏ qua", "Skip"},
		"rating.thanks":               {"Xin cảm ơn quý vị đã đánh giá!", "Thank you for your answer!"},
		"rating.thanks_hint":          {"Ý kiến của quý vị được ghi nhận ẩn danh.", "Your answer is recorded anonymously."},
		"rating.error":                {"Chưa ghi được đánh giá: %s", "The rating was not recorded: %s"},
		"rating.help.choose":          {"chọn", "choose"},
		"rating.help.skip":            {"bỏ qua", "skip"},
		"rating.help.lang":            {"English", "Tiếng Việt"},
		"rating.help.quit":            {"thoát", "quit"},
		"rating.level.very_satisfied": {"Rất hài lòng", "Very satisfied"},
		"rating.level.satisfied":      {"Hài lòng", "Satisfied"},
		"rating.level.unsatisfied":    {"Không hài lòng", "Not satisfied"},

		// Reasons by their code in the rating_reasons table.
		"rating.reason.long_wait": {"Chờ lâu", "Long wait"},
		"rating.reason.attitude":  {"Thái độ chưa tốt", "Unfriendly attitude"},
		"rating.reason.unclear":   {"Hướng dẫn chưa rõ", "Unclear guidance"},
		"rating.reason.other":     {"Khác", "Other"},
	})
}

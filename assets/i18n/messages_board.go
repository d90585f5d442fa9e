package i18n

// Sentences of the hall board (tui/board).
func init() {
	register(map[string][2]string{
		"board.title":           {"Bảng gọi số", "Queue board"},
		"board.counter":         {"Quầy %d", "Counter %d"},
		"board.idle":            {"Chưa gọi số", "Not serving"},
		"board.paused":          {"TẠM DỪNG", "PAUSED"},
		"board.paused_reason":   {"Tạm dừng: %s", "Paused: %s"},
		"board.none_open":       {"Chưa có quầy nào mở.", "No counter is open."},
		"board.recent":          {"Vừa gọi", "Recent calls"},
		"board.no_calls":        {"Chưa gọi số nào hôm nay.", "No calls yet today."},
		"board.call_row":        {"%s → Quầy %d", "%s → Counter %d"},
		"board.recall":          {"gọi lại", "recall"},
		"board.waiting":         {"Đang chờ", "Waiting"},
		"board.waiting_regular": {"Thường", "Regular"},
		"board.waiting_prio":    {"Ưu tiên", "Priority"},
		"board.loading":         {"Đang tải…", "Loading…"},
		"board.announce_error":  {"Không phát được thông báo %s: %s", "Could not announce %s: %s"},
		"board.date":            {"%s, %02d/%02d/%d", "%s, %02d/%02d/%d"},

		// The loudspeaker sentence: the ticket and the counter number are
		// written out in words (i18n.SpokenTicket, i18n.NumberWords) so a
		// speech engine (espeak-ng -v vi) reads them as a caller would. It is
		// always spoken in Vietnamese; the English column is its meaning.
		"board.announce": {"Mời công dân có số thứ tự %s, đến quầy số %s.", "Citizen with ticket %s, please come to counter %s."},

		"board.weekday.0": {"Chủ Nhật", "Sunday"},
		"board.weekday.1": {"Thứ Hai", "Monday"},
		"board.weekday.2": {"Thứ Ba", "Tuesday"},
		"board.weekday.3": {"Thứ Tư", "Wednesday"},
		"board.weekday.4": {"Thứ Năm", "Thursday"},
		"board.weekday.5": {"Thứ Sáu", "Friday"},
		"board.weekday.6": {"Thứ Bảy", "Saturday"},
	})
}

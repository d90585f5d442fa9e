package i18n

// Sentences of the counter screen (tui/counter), read by the clerk.
func init() {
	register(map[string][2]string{
		// Header.
		"counter.title":       {"Quầy số %d", "Counter %d"},
		"counter.services":    {"Lĩnh vực: %s", "Services: %s"},
		"counter.state.open":  {"Đang mở", "Open"},
		"counter.state.pause": {"Tạm dừng: %s (từ %s)", "Paused: %s (since %s)"},
		"counter.state.close": {"Đã đóng", "Closed"},
		"counter.opening":     {"Đang mở quầy…", "Opening the counter…"},
		"counter.open_failed": {"Không mở được quầy số %d: %s", "Could not open counter %d: %s"},

		// Waiting counts and list.
		"counter.waiting":         {"Đang chờ", "Waiting"},
		"counter.count":           {"%s: %d", "%s: %d"},
		"counter.count_priority":  {"%s: %d (%d ưu tiên)", "%s: %d (%d priority)"},
		"counter.list_title":      {"Hàng chờ của quầy (%d)", "Waiting for this counter (%d)"},
		"counter.list_empty":      {"Không có ai đang chờ.", "Nobody is waiting."},
		"counter.list_more_above": {"▲ còn %d số phía trên", "▲ %d more above"},
		"counter.list_more_below": {"▼ còn %d số phía dưới", "▼ %d more below"},
		"counter.priority_mark":   {"ƯT", "PRI"},
		"counter.waited":          {"chờ %d phút", "waited %d min"},
		"counter.transferred_in":  {"chuyển đến", "sent here"},

		// Current ticket.
		"counter.current":     {"Đang phục vụ", "Now serving"},
		"counter.idle":        {"Chưa phục vụ số nào. Nhấn N để gọi số tiếp theo.", "Not serving anyone. Press N to call the next ticket."},
		"counter.idle_paused": {"Quầy đang tạm dừng. Nhấn P để mở lại.", "The counter is paused. Press P to resume."},
		"counter.timer":       {"Thời gian phục vụ %s", "Serving for %s"},
		"counter.called_at":   {"gọi lúc %s", "called at %s"},
		"counter.recalls":     {"Đã gọi lại %d/%d lần", "Recalled %d/%d times"},
		"counter.no_priority": {"Không ưu tiên", "No priority"},

		// Help bar.
		"counter.key.next":             {"gọi số tiếp", "call next"},
		"counter.key.recall":           {"gọi lại", "recall"},
		"counter.key.noshow":           {"vắng mặt", "no-show"},
		"counter.key.transfer":         {"chuyển", "transfer"},
		"counter.key.choose":           {"gọi số đã chọn", "call chosen"},
		"counter.key.intake":           {"nhận hồ sơ", "new dossier"},
		"counter.key.dossiers":         {"danh sách hồ sơ", "dossiers"},
		"counter.key.reprint":          {"in lại bản chờ", "print waiting"},
		"counter.print.waiting":        {"Máy in chưa in được %d giấy tờ; chúng được giữ lại. Kiểm tra máy in rồi nhấn I để in lại.", "The printer did not print %d documents; they are kept. Check the printer, then press I to print them."},
		"counter.print.retried":        {"Đã in lại %d giấy tờ đang chờ.", "Printed %d waiting documents."},
		"counter.err.print_retry":      {"Máy in vẫn chưa in được (đã in %d). Các giấy tờ còn lại vẫn được giữ.", "The printer still fails (%d printed). The rest are kept."},
		"counter.print.none_waiting":   {"Không có giấy tờ nào đang chờ in.", "No documents are waiting to print."},
		"counter.sync.done":            {"Đã gửi huyện %s", "Sent to hub %s"},
		"counter.sync.waiting":         {"Chờ gửi huyện: %d · %s", "To hub: %d · %s"},
		"counter.sync.waiting_offline": {"Mất mạng: %d chờ gửi · %s", "Offline: %d to send · %s"},
		"counter.sync.clock_ahead":     {"Giờ máy nhanh %d phút!", "Clock %d min fast!"},
		"counter.sync.clock_behind":    {"Giờ máy chậm %d phút!", "Clock %d min slow!"},
		"counter.no_desk":              {"Quầy này chưa được cấu hình để nhận hồ sơ.", "This counter is not set up to receive dossiers."},
		"counter.key.finish":           {"kết thúc", "finish"},
		"counter.key.pause":            {"tạm dừng", "pause"},
		"counter.key.resume":           {"mở lại", "resume"},
		"counter.key.confirm":          {"xác nhận", "confirm"},
		"counter.key.cancel":           {"hủy", "cancel"},

		// Pickers and prompts.
		"counter.transfer.title":    {"Chuyển số %s đến:", "Transfer %s to:"},
		"counter.transfer.services": {"Lĩnh vực khác", "Another service"},
		"counter.transfer.counters": {"Quầy khác (giữ lĩnh vực)", "Another counter (same service)"},
		"counter.transfer.counter":  {"Quầy số %d – %s", "Counter %d – %s"},
		"counter.outcome.title":     {"Kết thúc số %s với kết quả:", "Finish %s with the outcome:"},
		"counter.outcome.guided":    {"Chỉ hướng dẫn", "Guidance only"},
		"counter.outcome.received":  {"Đã tiếp nhận hồ sơ", "Dossier received"},
		"counter.outcome.referred":  {"Chuyển nơi khác", "Referred elsewhere"},
		"counter.reason.call":       {"Lý do gọi số %s trước lượt (bắt buộc):", "Reason for calling %s out of turn (required):"},
		"counter.reason.pause":      {"Lý do tạm dừng quầy (bắt buộc):", "Reason for pausing the counter (required):"},
		"counter.reason.hint":       {"Enter để xác nhận, Esc để hủy", "Enter to confirm, Esc to cancel"},
		"counter.reason.placeholder": {
			"ví dụ: người cao tuổi đứng không lâu được", "e.g. an elderly citizen cannot stand long"},
		"counter.pause.placeholder": {"ví dụ: nghỉ trưa, họp", "e.g. lunch break, meeting"},

		// Results of actions, one line under the screen.
		"counter.done.called":      {"Đã gọi số %s.", "Called %s."},
		"counter.done.recalled":    {"Đã gọi lại số %s (lần %d).", "Recalled %s (time %d)."},
		"counter.done.noshow":      {"Số %s: ghi vắng mặt.", "%s: recorded as no-show."},
		"counter.done.transferred": {"Đã chuyển số %s.", "Transferred %s."},
		"counter.done.finished":    {"Đã kết thúc số %s (%s).", "Finished %s (%s)."},
		"counter.done.paused":      {"Quầy đã tạm dừng.", "The counter is paused."},
		"counter.done.resumed":     {"Quầy đã mở lại.", "The counter is open again."},
		"counter.err.none_chosen":  {"Chưa chọn số nào trong hàng chờ.", "No ticket is chosen in the waiting list."},
		"counter.err.quit_busy": {
			"Quầy đang phục vụ số %s: hãy kết thúc (F) hoặc chuyển (T) trước khi thoát.",
			"The counter is serving %s: finish (F) or transfer (T) it before quitting."},
		"counter.err.ctrlc_again": {
			"Nhấn Ctrl+C lần nữa trong 2 giây để thoát ngay; quầy vẫn mở và giữ số %s.",
			"Press Ctrl+C again within 2 seconds to quit now; the counter stays open with %s."},
	})
}

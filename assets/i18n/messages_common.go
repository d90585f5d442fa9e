package i18n

func init() {
	register(map[string][2]string{
		"app.name": {"motcua — Bộ phận Một cửa", "motcua — One-stop counter"},

		// Database problems: shown instead of a stack trace, with an exit code.
		"db.locked":      {"Cơ sở dữ liệu %s đang bị một chương trình khác khóa. Hãy đóng chương trình đó rồi thử lại.", "The database %s is locked by another program. Close that program and try again."},
		"db.readonly":    {"Không ghi được vào cơ sở dữ liệu %s (chỉ đọc). Hãy kiểm tra quyền ghi của thư mục và tệp.", "Cannot write to the database %s (read-only). Check that the folder and file are writable."},
		"db.corrupt":     {"Tệp %s bị hỏng hoặc không phải cơ sở dữ liệu motcua. Không sửa hay tạo lại tệp này; hãy liên hệ cán bộ kỹ thuật và dùng bản sao lưu.", "The file %s is damaged or is not a motcua database. It was not changed or re-created; contact technical staff and use a backup."},
		"db.toonew":      {"Cơ sở dữ liệu %s do phiên bản motcua mới hơn tạo ra. Hãy cập nhật motcua trên máy này.", "The database %s was written by a newer motcua. Update motcua on this computer."},
		"db.cannot_open": {"Không mở được cơ sở dữ liệu %s. Hãy kiểm tra đường dẫn và quyền truy cập.", "Cannot open the database %s. Check the path and access rights."},
		"db.other":       {"Lỗi cơ sở dữ liệu %s: %s", "Database error %s: %s"},

		// Screen-size guard shared by every screen.
		"screen.too_small": {"Cửa sổ quá nhỏ: cần ít nhất %d×%d ký tự (hiện %d×%d). Hãy phóng to cửa sổ.", "The window is too small: it needs at least %d×%d characters (now %d×%d). Please enlarge it."},

		"lang.toggle": {"English", "Tiếng Việt"},
		"key.quit":    {"thoát", "quit"},
		"key.back":    {"quay lại", "back"},
		"key.lang":    {"ngôn ngữ", "language"},
		"key.select":  {"chọn", "select"},
		"key.move":    {"di chuyển", "move"},

		"minutes":       {"%d phút", "%d min"},
		"priority.none": {"Không thuộc nhóm ưu tiên", "No priority"},
		"priority.tag":  {"Ưu tiên", "Priority"},

		// Queue errors a clerk can meet.
		"queue.err.none_waiting":    {"Không có ai đang chờ ở quầy này.", "Nobody is waiting for this counter."},
		"queue.err.counter_paused":  {"Quầy đang tạm dừng. Nhấn P để mở lại trước khi gọi số.", "The counter is paused. Press P to resume before calling."},
		"queue.err.counter_closed":  {"Quầy chưa mở.", "The counter is not open."},
		"queue.err.busy":            {"Quầy đang phục vụ một số. Hãy kết thúc hoặc chuyển số đó trước.", "The counter is serving a ticket. Finish or transfer it first."},
		"queue.err.no_current":      {"Quầy chưa gọi số nào.", "The counter is not serving anyone."},
		"queue.err.too_few_recalls": {"Hãy gọi lại ít nhất %d lần trước khi ghi vắng mặt.", "Recall at least %d times before marking a no-show."},
		"queue.err.reason_required": {"Cần nhập lý do.", "A reason is required."},
		"queue.err.not_waiting":     {"Số này không còn trong hàng chờ.", "This ticket is no longer waiting."},
		"queue.err.not_eligible":    {"Quầy này không phục vụ lĩnh vực của số đó.", "This counter does not serve that ticket's service."},
		"queue.err.unknown_service": {"Không có lĩnh vực này.", "No such service."},
		"queue.err.unknown_counter": {"Không có quầy này.", "No such counter."},
		"queue.err.unknown_group":   {"Không có nhóm ưu tiên này.", "No such priority group."},
		"queue.err.same_place":      {"Số này đã ở đúng nơi đó.", "The ticket is already there."},
		"queue.err.unknown_outcome": {"Kết quả phục vụ không hợp lệ.", "Unknown outcome."},
		"queue.err.not_found":       {"Không tìm thấy số này.", "Ticket not found."},
		"queue.err.settings":        {"Cài đặt không hợp lệ: %s", "Invalid settings: %s"},
		"queue.err.already_rated":   {"Lượt phục vụ này đã được đánh giá.", "This service has already been rated."},
		"queue.err.not_ratable":     {"Chỉ đánh giá được lượt phục vụ đã kết thúc trong hôm nay.", "Only a service finished today can be rated."},
		"queue.err.unknown_level":   {"Mức đánh giá không hợp lệ.", "Unknown rating."},
		"queue.err.unknown_reason":  {"Lý do không hợp lệ (chỉ chọn lý do khi không hài lòng).", "Unknown reason (a reason goes only with 'unsatisfied')."},
		"queue.err.other":           {"Không thực hiện được: %s", "Could not do that: %s"},
	})
}

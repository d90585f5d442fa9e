package i18n

// Sentences of the kiosk, read by walk-in citizens, many of them elderly:
// short, polite ("quý vị"), no jargon.
func init() {
	register(map[string][2]string{
		"kiosk.loading":     {"Đang tải…", "Loading…"},
		"kiosk.no_services": {"Chưa có lĩnh vực nào được cấu hình. Xin quý vị hỏi cán bộ.", "No services are configured. Please ask the staff."},
		"kiosk.back":        {"← Quay lại", "← Back"},

		// Start page.
		"kiosk.pick_service":  {"Mời chọn lĩnh vực", "Please choose a service"},
		"kiosk.pick_hint":     {"Chạm vào lĩnh vực hoặc nhấn phím số", "Touch a service or press its number"},
		"kiosk.status.wait":   {"Đang chờ: %d · chờ khoảng %s", "Waiting: %d · about %s"},
		"kiosk.status.now":    {"Đang chờ: %d · gần như không phải chờ", "Waiting: %d · almost no wait"},
		"kiosk.status.closed": {"Đang chờ: %d · chưa có quầy nào mở", "Waiting: %d · no counter open now"},
		"kiosk.wait.hours":    {"%d giờ %d phút", "%d h %d min"},
		"kiosk.issuing":       {"Đang lấy số…", "Issuing your ticket…"},
		"kiosk.issue_failed":  {"Chưa lấy được số. Xin quý vị thử lại hoặc hỏi cán bộ.", "Could not issue a ticket. Please try again or ask the staff."},

		// Priority question.
		"kiosk.ask_priority":   {"Quý vị có thuộc nhóm ưu tiên không?", "Do you belong to a priority group?"},
		"kiosk.chosen_service": {"Lĩnh vực: %s", "Service: %s"},
		"kiosk.priority_no":    {"Không", "No"},

		// Ticket page.
		"kiosk.ticket.your_number": {"Số thứ tự của quý vị", "Your number"},
		"kiosk.ticket.service":     {"Lĩnh vực: %s", "Service: %s"},
		"kiosk.ticket.priority":    {"Nhóm ưu tiên: %s", "Priority group: %s"},
		"kiosk.ticket.ahead":       {"Số người chờ trước quý vị: %d", "People ahead of you: %d"},
		"kiosk.ticket.wait":        {"Thời gian chờ ước tính: khoảng %s", "Estimated wait: about %s"},
		"kiosk.ticket.wait_now":    {"Quý vị sắp được gọi.", "You will be called shortly."},
		"kiosk.ticket.no_counter":  {"Hiện chưa có quầy nào mở cho lĩnh vực này. Xin quý vị chờ cán bộ hướng dẫn.", "No counter is open for this service now. Please wait for the staff."},
		"kiosk.ticket.called":      {"Mời quý vị đến quầy số %d", "Please go to counter %d"},
		"kiosk.ticket.issued_at":   {"Lấy số lúc %s", "Issued at %s"},
		"kiosk.ticket.keep":        {"Xin quý vị giữ phiếu và chờ gọi số.", "Please keep your ticket and wait for your number."},
		"kiosk.print.printing":     {"Đang in phiếu…", "Printing your ticket…"},
		"kiosk.print.failed":       {"Máy in đang gặp sự cố. Xin ghi nhớ số của quý vị; cán bộ sẽ in lại phiếu.", "The printer has a problem. Please remember your number; the staff will reprint your ticket."},

		// Admin exit (ctrl+q); never advertised on the citizen screen.
		"kiosk.pin.title": {"Nhập mã PIN quản trị để thoát kiosk", "Enter the admin PIN to close the kiosk"},
		"kiosk.pin.hint":  {"Enter: xác nhận · Esc: hủy", "Enter: confirm · Esc: cancel"},
		"kiosk.pin.wrong": {"Mã PIN không đúng.", "Wrong PIN."},
	})
}

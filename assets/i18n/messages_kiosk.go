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
		// Dossier lookup (only with a dossier desk). Never a person's data.
		"kiosk.lookup.button":       {"Tra cứu hồ sơ", "Look up a dossier"},
		"kiosk.lookup.button_hint":  {"Quét mã QR trên giấy hẹn", "Scan the QR code on your receipt"},
		"kiosk.lookup.title":        {"Tra cứu tình trạng hồ sơ", "Dossier status"},
		"kiosk.lookup.hint":         {"Quét mã QR trên giấy hẹn trả kết quả, hoặc nhập mã hồ sơ hay mã tra cứu rồi nhấn Tra cứu.", "Scan the QR code on your receipt, or type the dossier code or the lookup code and press Look up."},
		"kiosk.lookup.placeholder":  {"Mã hồ sơ hoặc mã tra cứu", "Dossier code or lookup code"},
		"kiosk.lookup.go":           {"Tra cứu", "Look up"},
		"kiosk.lookup.delete":       {"Xóa", "Delete"},
		"kiosk.lookup.looking":      {"Đang tra cứu…", "Looking up…"},
		"kiosk.lookup.not_found":    {"Không tìm thấy hồ sơ có mã này. Xin quý vị kiểm tra lại mã trên giấy hẹn, hoặc hỏi cán bộ Bộ phận Một cửa.", "No dossier has this code. Please check the code on your receipt, or ask the staff at the counter."},
		"kiosk.lookup.failed":       {"Chưa tra cứu được. Xin quý vị thử lại hoặc hỏi cán bộ.", "The lookup did not work. Please try again or ask the staff."},
		"kiosk.lookup.result_title": {"Tình trạng hồ sơ của quý vị", "The status of your dossier"},
		"kiosk.lookup.code":         {"Mã hồ sơ: %s", "Dossier code: %s"},
		"kiosk.lookup.due":          {"Hẹn trả kết quả: %s", "Result due: %s"},
		"kiosk.lookup.due_at":       {"%s, %s %s", "%s, %s %s"},
		"kiosk.lookup.late":         {"Hồ sơ đang chậm so với ngày hẹn. Xin lỗi quý vị; mời quý vị hỏi cán bộ Bộ phận Một cửa.", "The dossier is later than its due date. We apologise; please ask the staff at the counter."},
		"kiosk.lookup.dismiss":      {"Chạm vào màn hình hoặc nhấn phím bất kỳ để quay lại.", "Touch the screen or press any key to go back."},

		// A dossier's state in plain words, and what to do.
		"kiosk.lookup.st.received":     {"Đã tiếp nhận, đang chờ giải quyết", "Received, waiting to be processed"},
		"kiosk.lookup.st.processing":   {"Đang giải quyết", "Being processed"},
		"kiosk.lookup.st.supplement":   {"Cần bổ sung hồ sơ", "Documents are missing"},
		"kiosk.lookup.st.resolved":     {"Đã có kết quả, mời nhận tại Bộ phận Một cửa", "The result is ready: please collect it at the one-stop counter"},
		"kiosk.lookup.st.returned":     {"Đã trả kết quả", "The result has been handed over"},
		"kiosk.lookup.st.mailed":       {"Đã gửi kết quả qua bưu điện", "The result has been sent by post"},
		"kiosk.lookup.st.refused":      {"Hồ sơ không được tiếp nhận giải quyết", "The dossier was not accepted"},
		"kiosk.lookup.more.supplement": {"Xin quý vị mang giấy tờ còn thiếu, theo Phiếu yêu cầu bổ sung hồ sơ, đến Bộ phận Một cửa.", "Please bring the missing documents listed on the request slip to the one-stop counter."},
		"kiosk.lookup.more.resolved":   {"Xin mang theo giấy hẹn và giấy tờ tùy thân. Nếu đã đăng ký nhận qua bưu điện, kết quả sẽ được gửi đến địa chỉ đã đăng ký.", "Please bring your receipt and an ID. If you chose delivery by post, the result will be sent to the address you gave."},
		"kiosk.lookup.more.mailed":     {"Kết quả được gửi đến địa chỉ quý vị đã đăng ký.", "The result is on its way to the address you gave."},
		"kiosk.lookup.more.refused":    {"Xin quý vị liên hệ Bộ phận Một cửa để biết lý do.", "Please ask the staff at the one-stop counter for the reason."},

		// Days of the week, Sunday first (time.Weekday).
		"kiosk.weekday.0": {"Chủ nhật", "Sunday"},
		"kiosk.weekday.1": {"thứ Hai", "Monday"},
		"kiosk.weekday.2": {"thứ Ba", "Tuesday"},
		"kiosk.weekday.3": {"thứ Tư", "Wednesday"},
		"kiosk.weekday.4": {"thứ Năm", "Thursday"},
		"kiosk.weekday.5": {"thứ Sáu", "Friday"},
		"kiosk.weekday.6": {"thứ Bảy", "Saturday"},

		// The rating question on the kiosk (setting rating.on_kiosk).
		"kiosk.rate.about": {"Phiếu %s · Quầy %d vừa phục vụ xong", "Ticket %s · counter %d has just been served"},
		"kiosk.rate.skip":  {"Bỏ qua · lấy số thứ tự", "Skip · take a ticket"},
	})
}

package i18n

func init() {
	register(map[string][2]string{
		// The queue ticket printed at the kiosk. Short lines: the slip is
		// 72 mm (or 48 mm) wide and read by elderly citizens.
		"receipts.ticket.title":        {"PHIẾU SỐ THỨ TỰ", "QUEUE TICKET"},
		"receipts.ticket.agency":       {"Bộ phận Một cửa", "One-stop counter"},
		"receipts.ticket.priority":     {"Ưu tiên: %s", "Priority: %s"},
		"receipts.ticket.ahead":        {"Số người chờ trước quý vị:\u00a0%d", "People ahead of you:\u00a0%d"},
		"receipts.ticket.ahead_none":   {"Không có ai chờ trước quý vị", "Nobody is ahead of you"},
		"receipts.ticket.wait":         {"Thời gian chờ dự kiến: khoảng\u00a0%s", "Estimated wait: about\u00a0%s"},
		"receipts.ticket.wait_unknown": {"Thời gian chờ dự kiến: chưa xác định", "Estimated wait: not known yet"},
		"receipts.ticket.issued":       {"Giờ lấy số: %s", "Issued: %s"},
		"receipts.ticket.instruction":  {"Vui lòng ngồi chờ. Số của quý vị sẽ hiện trên màn hình và được đọc trên loa.", "Please take a seat. Your number will be shown on the screen and called out."},
		"receipts.ticket.id":           {"Mã phiếu: %s", "Ticket ID: %s"},

		// Durations on printed documents. The no-break spaces (\u00a0)
		// keep a number on the same line as its unit.
		"receipts.duration.minutes":       {"%d\u00a0phút", "%d\u00a0min"},
		"receipts.duration.hours":         {"%d\u00a0giờ", "%d\u00a0h"},
		"receipts.duration.hours_minutes": {"%d\u00a0giờ %d\u00a0phút", "%d\u00a0h %d\u00a0min"},

		// Printing problems, in words for the person at the kiosk or counter.
		"receipts.err.job_pending":         {"Máy in chưa in được. Bản in đã được lưu lại và sẽ in khi máy in hoạt động trở lại.", "The printer could not print. The document is kept and will be printed when the printer works again."},
		"receipts.err.printer_unavailable": {"Máy in đang không in được. Hãy kiểm tra máy in đã bật, còn giấy và đã nối cáp.", "The printer cannot print right now. Check that it is switched on, has paper and is connected."},
		"receipts.err.spool":               {"Không lưu được bản in vào thư mục in. Hãy kiểm tra ổ đĩa còn chỗ trống và có quyền ghi.", "Could not save the document in the print folder. Check that the disk has free space and can be written."},
		"receipts.err.config":              {"Cài đặt máy in chưa đúng. Hãy liên hệ cán bộ kỹ thuật.", "The printer settings are not correct. Contact technical staff."},
		"receipts.err.empty_job":           {"Không có nội dung để in.", "There is nothing to print."},
		"receipts.err.invalid_document":    {"Không tạo được bản in từ dữ liệu này.", "Could not make a printable document from this data."},
		"receipts.err.other":               {"Không in được. Hãy liên hệ cán bộ kỹ thuật.", "Could not print. Contact technical staff."},
	})
}

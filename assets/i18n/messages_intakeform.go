package i18n

// Sentences of the intake form (tui/intake), where a clerk records a
// dossier while serving a ticket, and of the forms printer (tui/forms).
func init() {
	register(map[string][2]string{
		// Printed forms (always Vietnamese on paper).
		"forms.fee.exempt": {"Miễn lệ phí", "No fee"},

		// Frame of the form.
		"intakeform.title":       {"Tiếp nhận hồ sơ · Quầy %d", "Dossier intake · Counter %d"},
		"intakeform.ticket":      {"Số %s", "Ticket %s"},
		"intakeform.loading":     {"Đang mở biểu mẫu tiếp nhận…", "Opening the intake form…"},
		"intakeform.load_failed": {"Không mở được biểu mẫu tiếp nhận: %s", "The intake form cannot open: %s"},
		"intakeform.dong":        {"đ", "VND"},

		// Hints in empty fields.
		"intakeform.hint.scan": {"gõ tên, hoặc quét mã QR thẻ căn cước", "type the name, or scan the ID card"},
		"intakeform.hint.scan_long": {
			"Có thẻ căn cước gắn chip: quét mã QR trên thẻ bằng máy quét (ở bất kỳ ô nào) để điền họ tên, số định danh, ngày sinh và địa chỉ.",
			"With a chip ID card: scan its QR code with the scanner (in any field) to fill the name, ID number, date of birth and address.",
		},
		"intakeform.hint.date":      {"ngày/tháng/năm", "dd/mm/yyyy"},
		"intakeform.hint.optional":  {"không bắt buộc", "optional"},
		"intakeform.hint.procedure": {"gõ tên (có dấu hoặc không) hoặc mã thủ tục", "name, with or without accents, or code"},

		// Procedure search and the checklist of papers.
		"intakeform.choose_first": {"Chọn thủ tục để hiện thành phần hồ sơ.", "Choose a procedure to list its documents."},
		"intakeform.no_match":     {"Không có thủ tục nào khớp “%s”; gõ ít chữ hơn hoặc gõ mã thủ tục.", "No procedure matches “%s”; type fewer words or the procedure's code."},
		"intakeform.more_results": {"%d/%d thủ tục · ↑/↓ để xem thêm", "%d of %d procedures · ↑/↓ for more"},
		"intakeform.no_procedure": {"Chưa có thủ tục nào để chọn; sửa lại chữ đã gõ.", "There is no procedure to choose; change what you typed."},
		"intakeform.documents":    {"Thành phần hồ sơ: đã nhận %d/%d", "Documents: %d of %d received"},
		"intakeform.no_documents": {"Danh mục chưa ghi giấy tờ của thủ tục này.", "The catalog lists no documents for this procedure."},
		"intakeform.days":         {"giải quyết trong %d %s", "processed in %d %s"},

		// Keys.
		"intakeform.key.move":    {"lên/xuống", "move"},
		"intakeform.key.pick":    {"chọn", "choose"},
		"intakeform.key.tick":    {"nhận", "tick"},
		"intakeform.key.kind":    {"loại", "kind"},
		"intakeform.key.count":   {"số bản", "count"},
		"intakeform.key.switch":  {"đổi", "switch"},
		"intakeform.key.next":    {"ô tiếp", "next field"},
		"intakeform.key.save":    {"lưu", "save"},
		"intakeform.key.clear":   {"xóa biểu mẫu", "clear form"},
		"intakeform.key.another": {"hồ sơ khác", "another dossier"},
		"intakeform.key.reprint": {"in lại", "reprint"},

		// Notices.
		"intakeform.draft_restored": {"Đã khôi phục bản nháp.", "The draft was restored."},
		"intakeform.draft_failed":   {"Chưa lưu được bản nháp: %s", "The draft could not be kept: %s"},
		"intakeform.scanned":        {"Đã đọc thẻ căn cước của %s; kiểm tra lại rồi nhập số điện thoại.", "Read the ID card of %s; check it, then enter the phone number."},
		"intakeform.scan_reading":   {"Đang nhận mã quét… (Enter để nhập, Esc để bỏ)", "Reading a scan… (Enter to take it, Esc to drop it)"},
		"intakeform.saving":         {"Đang lưu hồ sơ…", "Saving the dossier…"},
		"intakeform.fix_errors":     {"Có %d chỗ cần sửa (ghi đỏ bên dưới từng ô); những gì đã nhập vẫn giữ nguyên.", "%d things to correct (in red under each field); everything typed is kept."},
		"intakeform.save_failed":    {"Chưa lưu được hồ sơ: %s Những gì đã nhập vẫn giữ nguyên; thử lưu lại.", "The dossier was not saved: %s Everything typed is kept; try saving again."},
		"intakeform.another":        {"Hồ sơ mới cho cùng người nộp: chọn thủ tục.", "New dossier for the same applicant: choose the procedure."},
		"intakeform.cleared":        {"Đã xóa biểu mẫu và bản nháp.", "The form and its draft were cleared."},
		"intakeform.clear_confirm":  {"Nhấn Ctrl+X lần nữa để xóa toàn bộ biểu mẫu.", "Press Ctrl+X again to clear the whole form."},

		// Errors of what the form itself reads.
		"intakeform.err.birth_format": {"Ngày sinh “%s” không đọc được; nhập theo dạng ngày/tháng/năm, ví dụ 15/08/1990, hoặc để trống.", "The date of birth “%s” cannot be read; enter it as day/month/year, e.g. 15/08/1990, or leave it empty."},
		"intakeform.err.fee_format":   {"Phí, lệ phí chỉ gồm chữ số (được có dấu chấm), ví dụ 8.000.", "The fee has digits only (dots are fine), e.g. 8.000."},

		// After saving.
		"intakeform.saved.title":     {"Đã lưu hồ sơ", "Dossier saved"},
		"intakeform.saved.code":      {"Mã hồ sơ", "Dossier code"},
		"intakeform.saved.lookup":    {"Mã tra cứu", "Lookup code"},
		"intakeform.saved.applicant": {"Người nộp", "Applicant"},
		"intakeform.saved.procedure": {"Thủ tục", "Procedure"},
		"intakeform.saved.documents": {"Hồ sơ", "Dossier"},
		"intakeform.saved.return":    {"Nhận kết quả", "Result"},
		"intakeform.saved.counts":    {"%d giấy tờ · %d bộ · phí %s", "documents: %d · sets: %d · fee: %s"},
		"intakeform.saved.due":       {"Hẹn trả kết quả: %s", "Result due: %s"},
		"intakeform.time":            {"%02d giờ %02d phút, ngày %02d tháng %d năm %d", "%02d:%02d on %02d/%02d/%d"},
		"intakeform.print.none":      {"Quầy này chưa có máy in: giấy tiếp nhận (Mẫu 01) chưa được in. Hồ sơ đã được lưu.", "This counter has no printer: the receipt (Mẫu 01) was not printed. The dossier is saved."},
		"intakeform.print.printing":  {"Đang in giấy tiếp nhận (Mẫu 01)…", "Printing the receipt (Mẫu 01)…"},
		"intakeform.print.failed":    {"Chưa in được giấy tiếp nhận: %s Hồ sơ đã được lưu; nhấn P để in lại.", "The receipt was not printed: %s The dossier is saved; press P to print it again."},
		"intakeform.print.done":      {"Đã in giấy tiếp nhận (Mẫu 01), 2 liên: liên 1 lưu, liên 2 giao người nộp.", "The receipt (Mẫu 01) was printed in 2 copies: one to keep, one for the applicant."},
	})
}

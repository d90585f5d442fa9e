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

// The legal forms of Circular 03/2025/TT-VPCP (Mẫu 01–04), in the wording
// of the same forms of Circular 01/2018/TT-VPCP. They are always printed
// in Vietnamese; the English column explains them (a preview, a foreign
// applicant). Labels that a value follows end with a space.
func init() {
	register(map[string][2]string{
		"receipts.form.motto1":              {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"},
		"receipts.form.motto2":              {"Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"},
		"receipts.form.unit":                {"BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", "RECEPTION AND RESULTS DESK"},
		"receipts.form.unit_of":             {"Bộ phận tiếp nhận và trả kết quả, %s", "the reception and results desk of %s"},
		"receipts.form.number":              {"Số: %s", "No.: %s"},
		"receipts.form.date":                {"ngày %s tháng %s năm %d", "day %s month %s year %d"},
		"receipts.form.place_date":          {"%s, %s", "%s, %s"},
		"receipts.form.time":                {"%02d giờ %02d phút, ngày %02d tháng %02d năm %d", "%02d:%02d, %02d/%02d/%d"},
		"receipts.form.dossier_code":        {"Mã hồ sơ: ", "Dossier code: "},
		"receipts.form.lookup_code":         {"Mã tra cứu: ", "Lookup code: "},
		"receipts.form.continued":           {"Mã hồ sơ %s – %s (tiếp theo)", "Dossier %s – %s (continued)"},
		"receipts.form.continued_single":    {"Mã hồ sơ %s (tiếp theo)", "Dossier %s (continued)"},
		"receipts.form.received_from":       {"Tiếp nhận hồ sơ của: ", "Dossier received from: "},
		"receipts.form.id_number":           {"Số định danh cá nhân: ", "Personal ID number: "},
		"receipts.form.address":             {"Địa chỉ: ", "Address: "},
		"receipts.form.phone":               {"Số điện thoại: ", "Phone: "},
		"receipts.form.email":               {"Email: ", "Email: "},
		"receipts.form.request":             {"Nội dung yêu cầu giải quyết: ", "Request: "},
		"receipts.form.reason":              {"Lý do: ", "Reason: "},
		"receipts.form.applicant_sign":      {"NGƯỜI NỘP HỒ SƠ", "APPLICANT"},
		"receipts.form.clerk_sign":          {"NGƯỜI TIẾP NHẬN HỒ SƠ", "RECEIVING CLERK"},
		"receipts.form.sign_hint":           {"(Ký và ghi rõ họ tên)", "(Signature and full name)"},
		"receipts.form.recipients":          {"Nơi nhận:", "Recipients:"},
		"receipts.form.recipient_applicant": {"- Như trên;", "- As above;"},
		"receipts.form.recipient_archive":   {"- Lưu: VT.", "- Archive."},

		"receipts.mau01.title":          {"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "DOSSIER RECEIPT AND APPOINTMENT FOR THE RESULT"},
		"receipts.mau01.copy1":          {"Liên 1: Lưu", "Copy 1: kept on file"},
		"receipts.mau01.copy2":          {"Liên 2: Giao người nộp", "Copy 2: for the applicant"},
		"receipts.mau01.documents":      {"1. Thành phần hồ sơ nộp gồm:", "1. Papers submitted:"},
		"receipts.mau01.col_no":         {"TT", "No."},
		"receipts.mau01.col_name":       {"Tên giấy tờ", "Paper"},
		"receipts.mau01.col_kind":       {"Hình thức", "Form"},
		"receipts.mau01.col_count":      {"Số lượng", "Count"},
		"receipts.mau01.sets":           {"2. Số lượng hồ sơ: %s (bộ)", "2. Number of sets: %s"},
		"receipts.mau01.processing":     {"3. Thời gian giải quyết hồ sơ theo quy định là: ", "3. Processing time set by law: "},
		"receipts.mau01.received":       {"4. Thời gian nhận hồ sơ: ", "4. Received: "},
		"receipts.mau01.due":            {"5. Thời gian trả kết quả giải quyết hồ sơ: ", "5. Result due: "},
		"receipts.mau01.return_counter": {"6. Đăng ký nhận kết quả tại: ", "6. Result to be collected at: "},
		"receipts.mau01.return_post":    {"6. Đăng ký nhận kết quả qua dịch vụ bưu chính công ích, tại địa chỉ: ", "6. Result sent by the public postal service to: "},
		"receipts.mau01.fee":            {"7. Phí, lệ phí: ", "7. Fees and charges: "},
		"receipts.mau01.register":       {"Vào Sổ theo dõi hồ sơ, Quyển số: %s, Số thứ tự: %s", "Entered in the dossier register, book %s, entry %s"},
		"receipts.doc.original":         {"Bản chính", "Original"},
		"receipts.doc.certified":        {"Bản sao chứng thực", "Certified copy"},
		"receipts.doc.photocopy":        {"Bản chụp", "Photocopy"},
		"receipts.days.working":         {"%d ngày làm việc", "%d working days"},
		"receipts.days.calendar":        {"%d ngày", "%d days"},
		"receipts.days.same_day":        {"trong ngày", "the same day"},
		"receipts.fee.vnd":              {"%s đồng", "%s dong"},
		"receipts.fee.none":             {"Không", "None"},

		"receipts.mau02.title":  {"PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "REQUEST TO SUPPLEMENT OR COMPLETE A DOSSIER"},
		"receipts.mau02.items":  {"Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:", "Please complete the dossier with the following:"},
		"receipts.mau02.help":   {"Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với %s, số điện thoại %s để được hướng dẫn./.", "If anything is unclear while completing the dossier, contact %s, phone %s, for guidance."},
		"receipts.mau02.signer": {"NGƯỜI HƯỚNG DẪN", "GUIDING CLERK"},

		"receipts.mau03.title": {"PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "REFUSAL TO ACCEPT A DOSSIER"},
		"receipts.mau03.intro": {"Qua xem xét, Bộ phận tiếp nhận và trả kết quả thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:", "Having examined it, the reception desk does not accept this dossier, for the following reasons:"},
		"receipts.mau03.outro": {"Xin thông báo cho Ông/Bà được biết và thực hiện./.", "We inform you of this for your information and action."},

		"receipts.mau04.title":          {"VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", "APOLOGY AND PROPOSED EXTENSION OF THE PROCESSING TIME"},
		"receipts.mau04.to":             {"Kính gửi: Ông/Bà ", "To: "},
		"receipts.mau04.received":       {"Ngày %s, %s tiếp nhận giải quyết hồ sơ của Ông/Bà %s (Mã hồ sơ: %s), nội dung yêu cầu giải quyết: %s.", "On %s, %s received the dossier of %s (code %s) with the request: %s."},
		"receipts.mau04.due":            {"Thời hạn trả kết quả giải quyết hồ sơ: ", "The result was due: "},
		"receipts.mau04.late":           {"Tuy nhiên đến nay, %s chưa trả kết quả giải quyết hồ sơ cho Ông/Bà đúng hạn.", "However, %s has not returned the result on time."},
		"receipts.mau04.apology":        {"Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại cho Ông/Bà. %s xin lỗi Ông/Bà và đề nghị gia hạn thời gian giải quyết hồ sơ như sau:", "This delay has caused you trouble and travel costs. %s apologises and proposes to extend the processing time as follows:"},
		"receipts.mau04.new_due":        {"Thời gian hẹn trả kết quả mới: ", "New appointment for the result: "},
		"receipts.mau04.thanks":         {"Xin trân trọng cảm ơn Ông/Bà./.", "Thank you."},
		"receipts.mau04.signer_default": {"THỦ TRƯỞNG CƠ QUAN", "HEAD OF THE AGENCY"},
		"receipts.mau04.sign_hint":      {"(Ký, ghi rõ họ tên và đóng dấu)", "(Signature, full name and seal)"},
	})
}

// Receipt printers (ESC/POS) and the test page of `motcua print-test`.
func init() {
	register(map[string][2]string{
		"receipts.err.wrong_printer": {"Máy in hóa đơn (ESC/POS) chỉ in được phiếu số thứ tự. Hãy in biểu mẫu trên máy in khổ A5/A4.", "The receipt printer (ESC/POS) prints queue tickets only. Print forms on an A5/A4 printer."},

		"receipts.test.title":   {"TRANG IN THỬ", "TEST PAGE"},
		"receipts.test.printer": {"Máy in: %s", "Printer: %s"},
		"receipts.test.time":    {"Thời gian in: %s", "Printed: %s"},
		"receipts.test.sample":  {"Chữ tiếng Việt có dấu:", "Vietnamese letters with their marks:"},
		"receipts.test.check":   {"Nếu mọi dấu thanh nằm đúng trên chữ và các dòng đọc rõ, máy in đã sẵn sàng.", "If every tone mark sits on its letter and every line is clear, the printer is ready."},
		// The sample lines are Vietnamese in both languages: they test the
		// printing of Vietnamese. A verse of Truyện Kiều, then every vowel
		// with each of the five tone marks, and đ.
		"receipts.test.verse":  {"Trăm năm trong cõi người ta, chữ tài chữ mệnh khéo là ghét nhau.", "Trăm năm trong cõi người ta, chữ tài chữ mệnh khéo là ghét nhau."},
		"receipts.test.vowels": {"à á ả ã ạ ằ ắ ẳ ẵ ặ ầ ấ ẩ ẫ ậ è é ẻ ẽ ẹ ề ế ể ễ ệ ì í ỉ ĩ ị ò ó ỏ õ ọ ồ ố ổ ỗ ộ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ đ Đ Ơ Ư", "à á ả ã ạ ằ ắ ẳ ẵ ặ ầ ấ ẩ ẫ ậ è é ẻ ẽ ẹ ề ế ể ễ ệ ì í ỉ ĩ ị ò ó ỏ õ ọ ồ ố ổ ỗ ộ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ đ Đ Ơ Ư"},
		"receipts.test.digits": {"0123456789", "0123456789"},
	})
}

// The register of dossiers (Sổ theo dõi hồ sơ, Mẫu 07), printed A4
// landscape; the notes are written by tui/forms from a dossier's state.
func init() {
	register(map[string][2]string{
		"receipts.mau07.title":     {"SỔ THEO DÕI HỒ SƠ", "DOSSIER REGISTER"},
		"receipts.mau07.period":    {"Từ ngày %s đến ngày %s", "From %s to %s"},
		"receipts.mau07.book":      {"Quyển số: %s", "Book no.: %s"},
		"receipts.mau07.continued": {"Sổ theo dõi hồ sơ từ ngày %s đến ngày %s (tiếp theo)", "Dossier register from %s to %s (continued)"},
		"receipts.mau07.page":      {"Trang %d/%d", "Page %d/%d"},
		"receipts.mau07.empty":     {"Không có hồ sơ nào được tiếp nhận trong thời gian này.", "No dossier was received in this period."},
		"receipts.mau07.total":     {"Tổng số hồ sơ: %d", "Dossiers in total: %d"},

		"receipts.mau07.col.seq":          {"STT", "No."},
		"receipts.mau07.col.code":         {"Mã hồ sơ", "Dossier code"},
		"receipts.mau07.col.procedure":    {"Tên thủ tục hành chính", "Administrative procedure"},
		"receipts.mau07.col.sets":         {"Số lượng hồ sơ (bộ)", "Sets"},
		"receipts.mau07.col.applicant":    {"Tên cá nhân, tổ chức", "Individual or organisation"},
		"receipts.mau07.col.contact":      {"Địa chỉ, số điện thoại", "Address, phone"},
		"receipts.mau07.col.sent_to":      {"Cơ quan chủ trì giải quyết", "Lead agency"},
		"receipts.mau07.col.received":     {"Nhận hồ sơ (giờ, ngày)", "Received (time, day)"},
		"receipts.mau07.col.due":          {"Hẹn trả kết quả", "Result due"},
		"receipts.mau07.col.sent":         {"Chuyển hồ sơ đến cơ quan giải quyết", "Sent to the resolving agency"},
		"receipts.mau07.col.result":       {"Nhận kết quả từ cơ quan giải quyết", "Result received from the agency"},
		"receipts.mau07.col.return_group": {"Trả kết quả", "Result returned"},
		"receipts.mau07.col.returned":     {"Giờ, ngày", "Time, day"},
		"receipts.mau07.col.signed":       {"Ký nhận", "Signature"},
		"receipts.mau07.col.note":         {"Ghi chú", "Notes"},

		"receipts.mau07.note.late":        {"Trễ hạn %d ngày", "%d days late"},
		"receipts.mau07.note.late_hours":  {"Trễ hạn dưới 1 ngày", "Less than a day late"},
		"receipts.mau07.note.overdue":     {"Quá hạn %d ngày", "Overdue by %d days"},
		"receipts.mau07.note.overdue_now": {"Quá hạn", "Overdue"},
		"receipts.mau07.note.apologised":  {"Đã xin lỗi, hẹn lại (%d lần)", "Apologised, new appointment (%d times)"},
		"receipts.mau07.note.supplements": {"Yêu cầu bổ sung %d lần", "Supplement requested %d times"},
		"receipts.mau07.note.awaiting":    {"Chờ bổ sung", "Awaiting supplement"},
		"receipts.mau07.note.refused":     {"Từ chối", "Refused"},
		"receipts.mau07.note.mailed":      {"Trả qua bưu chính", "Returned by post"},
	})
}

// The activity report's PDF (receipts.ReportDoc, built by cmd/motcua from
// queue/report): the lines the PDF adds around the caller's tables and
// charts.
func init() {
	register(map[string][2]string{
		"receipts.report.generated":     {"Lập lúc %s", "Made at %s"},
		"receipts.report.page":          {"Trang %d/%d", "Page %d of %d"},
		"receipts.report.no_data":       {"Không có số liệu trong thời gian này.", "No figures in this period."},
		"receipts.report.period":        {"Từ ngày %s đến ngày %s", "From %s to %s"},
		"receipts.report.day":           {"Ngày %s", "Day %s"},
		"receipts.report.unit.tickets":  {"phiếu", "tickets"},
		"receipts.report.unit.ratings":  {"lượt", "ratings"},
		"receipts.report.sat_chart":     {"Mức độ hài lòng của người dân (%s%% hài lòng)", "Citizen satisfaction (%s%% satisfied)"},
		"receipts.report.summary":       {"Tổng hợp phiếu thứ tự", "Queue tickets in summary"},
		"receipts.report.times_section": {"Thời gian chờ và thời gian phục vụ (phút)", "Waiting and service times (minutes)"},
		"receipts.report.flag_pdf":      {"ghi báo cáo ra tệp PDF khổ A4 (có biểu đồ)", "write the report as an A4 PDF file (with charts)"},
	})
}

package i18n

// Sentences of dossier intake (package intake): names of states, steps and
// kinds, and every error a clerk or an admin may see, saying what is wrong
// and how to fix it.
func init() {
	register(map[string][2]string{
		// Dossier states.
		"intake.status.received":   {"Đã tiếp nhận", "Received"},
		"intake.status.processing": {"Đang giải quyết", "Being processed"},
		"intake.status.supplement": {"Chờ bổ sung hồ sơ", "Awaiting documents"},
		"intake.status.resolved":   {"Đã có kết quả, mời nhận", "Result ready for collection"},
		"intake.status.returned":   {"Đã trả kết quả", "Result handed over"},
		"intake.status.mailed":     {"Đã gửi kết quả qua bưu điện", "Result sent by post"},
		"intake.status.refused":    {"Từ chối giải quyết", "Refused"},

		// Lifecycle steps.
		"intake.action.process":            {"chuyển xử lý", "start processing"},
		"intake.action.resolve":            {"ghi nhận có kết quả", "record the result"},
		"intake.action.return":             {"trả kết quả tại quầy", "hand over at the counter"},
		"intake.action.mail":               {"gửi kết quả qua bưu điện", "send the result by post"},
		"intake.action.request_supplement": {"yêu cầu bổ sung hồ sơ", "request missing documents"},
		"intake.action.receive_supplement": {"nhận hồ sơ bổ sung", "receive the missing documents"},
		"intake.action.refuse":             {"từ chối hồ sơ", "refuse the dossier"},
		"intake.action.apologise":          {"xin lỗi và hẹn lại", "apologise and set a new date"},

		// Kinds of papers, return methods, units, calendar days.
		"intake.kind.original":      {"Bản chính", "Original"},
		"intake.kind.certified":     {"Bản sao chứng thực", "Certified copy"},
		"intake.kind.photocopy":     {"Bản chụp", "Photocopy"},
		"intake.return.counter":     {"Nhận tại Bộ phận Một cửa", "Collect at the one-stop counter"},
		"intake.return.post":        {"Nhận qua dịch vụ bưu chính công ích", "By public postal service"},
		"intake.unit.working_days":  {"ngày làm việc", "working days"},
		"intake.unit.calendar_days": {"ngày", "days"},
		"intake.same_day":           {"Trong ngày", "Same day"},
		"intake.day.off":            {"Ngày nghỉ", "Day off"},
		"intake.day.workday":        {"Ngày làm việc bù", "Make-up working day"},
		"intake.fee.province":       {"Theo mức HĐND tỉnh quy định", "As set by the province"},
		"intake.warn.calendar_year": {
			"Lịch nghỉ lễ năm %d chưa có: hạn trả chỉ tính thứ Hai đến thứ Sáu. Nhập lịch bằng lệnh: motcua holidays import TỆP",
			"The holiday calendar has no days for %d: deadlines count Monday to Friday only. Import it with: motcua holidays import FILE",
		},

		// Field labels of the intake form.
		"intake.field.name":           {"Họ và tên", "Full name"},
		"intake.field.id_number":      {"Số định danh cá nhân", "Personal ID number"},
		"intake.field.birth_date":     {"Ngày sinh", "Date of birth"},
		"intake.field.gender":         {"Giới tính", "Gender"},
		"intake.field.phone":          {"Số điện thoại", "Phone"},
		"intake.field.email":          {"Thư điện tử", "E-mail"},
		"intake.field.address":        {"Địa chỉ", "Address"},
		"intake.field.scan":           {"Quét mã QR thẻ căn cước", "Scan of the ID card's QR code"},
		"intake.field.procedure":      {"Thủ tục", "Procedure"},
		"intake.field.documents":      {"Thành phần hồ sơ", "Documents"},
		"intake.field.sets":           {"Số bộ hồ sơ", "Number of sets"},
		"intake.field.fee":            {"Phí, lệ phí", "Fee"},
		"intake.field.return_method":  {"Nơi nhận kết quả", "How the result is returned"},
		"intake.field.postal_address": {"Địa chỉ nhận qua bưu điện", "Postal address"},
		"intake.field.note":           {"Ghi chú", "Note"},
		"intake.field.ticket":         {"Số thứ tự", "Queue ticket"},

		// Citizen fields.
		"intake.err.name_required": {"Chưa nhập họ và tên người nộp hồ sơ.", "Enter the applicant's full name."},
		"intake.err.name_digits":   {"Họ và tên không được có chữ số; kiểm tra lại, có thể số định danh đã bị nhập nhầm vào ô này.", "The name must not contain digits; check it, the ID number may have been typed into this field."},
		"intake.err.name_letters":  {"Họ và tên phải có chữ cái.", "The name must contain letters."},
		"intake.err.id_required":   {"Chưa nhập số định danh cá nhân (12 chữ số trên thẻ căn cước).", "Enter the personal ID number (the 12 digits on the ID card)."},
		"intake.err.id_chars":      {"Số định danh chỉ gồm chữ số; hãy bỏ ký tự “%s”.", "The ID number has digits only; remove “%s”."},
		"intake.err.id_length":     {"Số định danh phải có đúng 12 chữ số; bạn đã nhập %d.", "The personal ID number must have exactly 12 digits; you entered %d."},
		"intake.err.id_province": {
			"Ba chữ số đầu “%s” không phải mã tỉnh, thành phố nơi đăng ký khai sinh; kiểm tra lại số trên thẻ căn cước.",
			"The first three digits “%s” are not the code of a province of birth registration; check the number on the ID card.",
		},
		"intake.err.id_year_future": {
			"Chữ số thứ tư (%s) và hai chữ số năm sinh (%s) cho năm sinh %d, chưa tới; kiểm tra lại số định danh.",
			"The fourth digit (%s) and the year digits (%s) give a birth year of %d, which has not come yet; check the ID number.",
		},
		"intake.err.id_birth_mismatch": {
			"Số định danh cho năm sinh %d nhưng ngày sinh đã nhập là năm %d; sửa số định danh hoặc ngày sinh cho khớp với thẻ.",
			"The ID number gives birth year %d but the date of birth is in %d; correct the ID number or the date to match the card.",
		},
		"intake.err.id_gender_mismatch": {
			"Chữ số thứ tư của số định danh (%s) không khớp với giới tính “%s”; kiểm tra lại số hoặc giới tính.",
			"The fourth digit of the ID number (%s) does not match the gender “%s”; check the number or the gender.",
		},
		"intake.err.birth_future":  {"Ngày sinh %s chưa tới; nhập lại theo dạng ngày/tháng/năm.", "The date of birth %s is in the future; enter it as day/month/year."},
		"intake.err.birth_too_old": {"Ngày sinh %s trước năm 1900; kiểm tra lại năm sinh.", "The date of birth %s is before 1900; check the year."},
		"intake.err.phone_chars": {
			"Số điện thoại chỉ gồm chữ số (được có dấu cách, dấu chấm, gạch ngang, +84 ở đầu); hãy bỏ ký tự “%s”.",
			"The phone number has digits only (spaces, dots, dashes and a leading +84 are fine); remove “%s”.",
		},
		"intake.err.phone_country": {"Chỉ nhận số điện thoại Việt Nam (+84 hoặc bắt đầu bằng 0).", "Only Vietnamese phone numbers are accepted (+84 or starting with 0)."},
		"intake.err.phone_prefix": {
			"Số điện thoại phải bắt đầu bằng 03, 05, 07, 08, 09 (di động, 10 chữ số) hoặc 02 (máy bàn, 11 chữ số).",
			"The phone number must start with 03, 05, 07, 08, 09 (mobile, 10 digits) or 02 (landline, 11 digits).",
		},
		"intake.err.phone_mobile_length": {
			"Số di động phải có đúng 10 chữ số; bạn đã nhập %d.",
			"A mobile number must have exactly 10 digits; you entered %d.",
		},
		"intake.err.phone_landline_length": {
			"Số máy bàn (bắt đầu bằng 02) phải có đúng 11 chữ số; bạn đã nhập %d.",
			"A landline number (starting with 02) must have exactly 11 digits; you entered %d.",
		},
		"intake.err.email":       {"Địa chỉ thư điện tử “%s” không đúng dạng ten@mien.vn; sửa lại hoặc để trống.", "The e-mail address “%s” is not of the form name@domain.vn; correct it or leave it empty."},
		"intake.err.scan_format": {"Mã vừa quét không phải mã QR của thẻ căn cước; quét lại mặt trước của thẻ hoặc nhập tay.", "What was scanned is not the QR code of an ID card; scan the front of the card again or type the details."},
		"intake.err.scan_date":   {"Ngày sinh “%s” trong mã QR không đọc được; nhập tay ngày sinh.", "The date of birth “%s” in the QR code cannot be read; type the date in."},

		// Dossier fields.
		"intake.err.procedure_required":      {"Chưa chọn thủ tục; gõ tên hoặc mã thủ tục để tìm.", "Choose a procedure; type its name or code to find it."},
		"intake.err.procedure_unknown":       {"Thủ tục “%s” không có trong danh mục của xã; chọn lại từ danh sách.", "The procedure “%s” is not in the commune's catalog; choose it again from the list."},
		"intake.err.documents_required":      {"Chưa có giấy tờ nào trong thành phần hồ sơ; đánh dấu các giấy tờ đã nhận.", "No document is listed; tick the documents received."},
		"intake.err.documents_too_many":      {"Tối đa %d giấy tờ trong một hồ sơ.", "A dossier can list at most %d documents."},
		"intake.err.document_name":           {"Giấy tờ thứ %d chưa có tên.", "Document %d has no name."},
		"intake.err.document_kind":           {"Giấy tờ thứ %d (%s): chọn bản chính, bản sao chứng thực hoặc bản chụp.", "Document %d (%s): choose original, certified copy or photocopy."},
		"intake.err.document_count":          {"Giấy tờ thứ %d (%s): số lượng phải từ 1 đến %d.", "Document %d (%s): the count must be from 1 to %d."},
		"intake.err.sets":                    {"Số bộ hồ sơ phải từ 1 đến %d.", "The number of sets must be from 1 to %d."},
		"intake.err.fee_negative":            {"Phí, lệ phí không được âm.", "The fee cannot be negative."},
		"intake.err.return_method":           {"Chọn nơi nhận kết quả: tại Bộ phận Một cửa hoặc qua bưu điện.", "Choose how the result is returned: at the counter or by post."},
		"intake.err.postal_address_required": {"Nhận kết quả qua bưu điện cần địa chỉ nhận; nhập địa chỉ.", "Returning the result by post needs a postal address; enter it."},
		"intake.err.ticket_unknown":          {"Không tìm thấy số thứ tự đang phục vụ; lưu hồ sơ không gắn số thứ tự.", "The queue ticket being served was not found; save the dossier without it."},

		// Desk and lifecycle.
		"intake.err.not_found":                 {"Không tìm thấy hồ sơ; kiểm tra lại mã hồ sơ hoặc mã tra cứu trên giấy hẹn.", "No dossier found; check the dossier code or the lookup code on the receipt."},
		"intake.err.transition":                {"Không thể %s khi hồ sơ ở trạng thái “%s”.", "Cannot %s while the dossier is “%s”."},
		"intake.err.reason_required":           {"Cần ghi rõ lý do.", "A reason is required."},
		"intake.err.missing_required":          {"Ghi rõ giấy tờ cần bổ sung.", "List the documents that are missing."},
		"intake.err.confirm_second_supplement": {"Hồ sơ này đã được yêu cầu bổ sung một lần. Yêu cầu bổ sung lần nữa bị tính vào chỉ số cải cách hành chính: ghi rõ lý do và xác nhận.", "This dossier was already sent back for missing documents once. Another request counts against the reform index: give the reason and confirm."},
		"intake.err.due_not_later":             {"Ngày hẹn mới phải sau ngày hẹn hiện tại.", "The new appointment must be after the current one."},
		"intake.err.due_in_past":               {"Ngày hẹn mới đã qua; chọn một ngày sắp tới.", "The new appointment has already passed; choose a coming day."},
		"intake.err.due_not_working_day":       {"Ngày hẹn mới rơi vào ngày nghỉ; chọn một ngày làm việc.", "The new appointment falls on a day off; choose a working day."},
		"intake.err.no_agency":                 {"Chưa cấu hình mã định danh cơ quan (commune.agency_id) nên chưa tạo được mã hồ sơ.", "The agency identifier (commune.agency_id) is not set, so no dossier code can be made."},
		"intake.err.key_conflict":              {"Biểu mẫu này đã được lưu thành hồ sơ; nội dung vừa sửa chưa được lưu. Mở hồ sơ đã lưu để xem.", "This form was already saved as a dossier; the latest changes were not saved. Open the saved dossier to check it."},
		"intake.err.draft_too_large":           {"Bản nháp quá lớn để lưu.", "The draft is too large to keep."},
		"intake.err.draft_invalid":             {"Bản nháp không hợp lệ nên không lưu được.", "The draft is not valid and cannot be kept."},

		// Importing a catalog or a holiday calendar.
		"intake.import.at_line":              {"Dòng %d: %s", "Line %d: %s"},
		"intake.import.more":                 {"… và %d lỗi khác.", "… and %d more problems."},
		"intake.err.import.too_large":        {"Tệp lớn hơn %d MB.", "The file is larger than %d MB."},
		"intake.err.import.encoding":         {"Tệp không phải văn bản UTF-8; lưu lại tệp với mã hóa UTF-8.", "The file is not UTF-8 text; save it again as UTF-8."},
		"intake.err.import.empty":            {"Tệp trống.", "The file is empty."},
		"intake.err.import.format":           {"Định dạng “%s” không được hỗ trợ; dùng tệp .json hoặc .csv.", "The format “%s” is not supported; use a .json or .csv file."},
		"intake.err.import.version":          {"format_version là %d; phiên bản này chỉ đọc format_version %d.", "format_version is %d; this version reads format_version %d only."},
		"intake.err.import.no_entries":       {"Tệp không có mục nào trong “%s”.", "The file has no entries in “%s”."},
		"intake.err.import.unknown_field":    {"Trường “%s” không có trong định dạng; kiểm tra chính tả.", "The field “%s” is not part of the format; check its spelling."},
		"intake.err.import.json_syntax":      {"Lỗi cú pháp JSON (%s).", "JSON syntax error (%s)."},
		"intake.err.import.json_type":        {"Trường “%s” có giá trị sai kiểu (%s).", "The field “%s” has a value of the wrong type (%s)."},
		"intake.err.import.csv_syntax":       {"Lỗi cú pháp CSV (%s); kiểm tra dấu ngoặc kép.", "CSV syntax error (%s); check the quotes."},
		"intake.err.import.unknown_column":   {"Cột “%s” không có trong định dạng; các cột được dùng: %s.", "The column “%s” is not part of the format; the columns are: %s."},
		"intake.err.import.missing_column":   {"Thiếu cột bắt buộc “%s” ở dòng tiêu đề.", "The header line lacks the required column “%s”."},
		"intake.err.import.duplicate":        {"“%s” đã có ở dòng %d.", "“%s” is already at line %d."},
		"intake.err.import.date":             {"Ngày “%s” không hợp lệ; viết theo dạng NNNN-TT-NN, ví dụ 2026-01-01.", "The date “%s” is not valid; write it as YYYY-MM-DD, e.g. 2026-01-01."},
		"intake.err.import.kind":             {"Loại ngày “%s” không hợp lệ; dùng off (ngày nghỉ) hoặc workday (ngày làm bù).", "The day kind “%s” is not valid; use off (day off) or workday (make-up day)."},
		"intake.err.import.name_required":    {"Ngày nghỉ %s chưa có tên.", "The day off %s has no name."},
		"intake.err.import.workday_weekday":  {"Ngày %s là ngày thường; ngày làm bù phải là thứ Bảy hoặc Chủ nhật.", "%s is a weekday; a make-up working day must be a Saturday or Sunday."},
		"intake.err.import.holiday_columns":  {"Cần các cột date,kind,name (và có thể status,source); dòng này có %d cột.", "Expected the columns date,kind,name (optionally status,source); this line has %d."},
		"intake.err.import.name_vi_required": {"Thủ tục chưa có tên tiếng Việt (name_vi).", "The procedure has no Vietnamese name (name_vi)."},
		"intake.err.import.service_required": {"Thủ tục chưa có lĩnh vực tiếp nhận (service).", "The procedure has no receiving service (service)."},
		"intake.err.import.service_unknown":  {"Lĩnh vực “%s” không có ở điểm một cửa này; dùng một trong: %s.", "The service “%s” does not exist at this station; use one of: %s."},
		"intake.err.import.no_services":      {"Điểm một cửa chưa có lĩnh vực nào; cấu hình điểm trước khi nhập danh mục.", "The station has no services yet; configure it before importing a catalog."},
		"intake.err.import.days":             {"Thời hạn giải quyết “%s” không hợp lệ; ghi số ngày từ 0 (trong ngày) đến 365.", "The processing time “%s” is not valid; write a number of days from 0 (same day) to 365."},
		"intake.err.import.unit":             {"Đơn vị “%s” không hợp lệ; dùng working_days (ngày làm việc) hoặc calendar_days (ngày).", "The unit “%s” is not valid; use working_days or calendar_days."},
		"intake.err.import.fee":              {"Lệ phí “%s” không hợp lệ; ghi số đồng, hoặc để trống nếu do tỉnh quy định.", "The fee “%s” is not valid; write a whole number of đồng, or leave it empty when the province sets it."},
		"intake.err.import.code":             {"Mã thủ tục “%s” không hợp lệ; mã quốc gia chỉ gồm chữ số và dấu chấm, ví dụ 1.001193; để trống nếu chưa biết.", "The procedure code “%s” is not valid; a national code has digits and dots only, e.g. 1.001193; leave it empty when not known."},
		"intake.err.import.id":               {"Khóa thủ tục “%s” chỉ được gồm chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.", "The procedure key “%s” may only contain ASCII letters, digits, dots, dashes and underscores."},
	})
}

package i18n

// Sentences of the settings screen (`motcua admin`, the admin's SSH
// session) and of the checks behind it, read by the commune's admin.
func init() {
	register(map[string][2]string{
		// What is wrong with a value (queue.SetupError, intake holidays).
		"settings.err.prefix":                {"Chữ cái đầu số “%s” không hợp lệ: cần đúng một chữ cái từ A đến Z.", "The prefix “%s” is not valid: it must be one letter from A to Z."},
		"settings.err.prefix_taken":          {"Chữ cái %s đã dùng cho lĩnh vực “%s”; hãy chọn chữ khác.", "The letter %s is already used by “%s”; choose another one."},
		"settings.err.prefix_used_today":     {"Hôm nay đã có số thứ tự bắt đầu bằng chữ %s của lĩnh vực khác; hãy chọn chữ khác hoặc đổi vào ngày mai.", "Tickets starting with %s were issued today for another service; choose another letter or change it tomorrow."},
		"settings.err.code":                  {"Mã “%s” không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch dưới, tối đa 32 ký tự.", "The code “%s” is not valid: use lower-case letters without accents, digits and underscores, at most 32 characters."},
		"settings.err.code_taken":            {"Mã “%s” đã có; hãy chọn mã khác.", "The code “%s” already exists; choose another one."},
		"settings.err.name_required":         {"Cần nhập tên.", "A name is required."},
		"settings.err.text_chars":            {"Nội dung có ký tự điều khiển hoặc ký tự ẩn; hãy gõ lại bằng chữ thường.", "The text has control or invisible characters; please type it again."},
		"settings.err.text_long":             {"Nội dung dài quá: tối đa %d ký tự (đang có %d).", "The text is too long: at most %d characters (it has %d)."},
		"settings.err.number":                {"“%s” không hợp lệ: cần một số nguyên từ %d đến %d.", "“%s” is not valid: it must be a whole number from %d to %d."},
		"settings.err.mode":                  {"Chế độ “%s” không hợp lệ: chọn fair (công bằng), strict (ưu tiên tuyệt đối) hoặc fifo (theo thứ tự).", "The mode “%s” is not valid: choose fair, strict or fifo."},
		"settings.err.choice":                {"Giá trị “%s” không hợp lệ; chọn một trong: %s (hoặc để trống).", "The value “%s” is not valid; choose one of: %s (or leave it empty)."},
		"settings.err.pin":                   {"Mã PIN cần từ 4 đến 6 chữ số.", "The PIN must have 4 to 6 digits."},
		"settings.err.counter_taken":         {"Quầy số %d đã có.", "Counter %d already exists."},
		"settings.err.counter_open":          {"Quầy số %d đang mở hoặc đang phục vụ; cán bộ cần đóng quầy trước khi xóa.", "Counter %d is open or serving; the clerk must close it before it is removed."},
		"settings.err.counter_has_transfers": {"Có %[2]d số đang chờ được chuyển riêng đến quầy số %[1]d; hãy gọi hoặc chuyển các số đó trước.", "%[2]d waiting tickets were transferred to counter %[1]d alone; call or transfer them first."},
		"settings.err.service_unserved":      {"Không thể đổi: lĩnh vực “%s” còn %d số đang chờ mà sẽ không còn quầy nào phục vụ.", "Not possible: %[2]d tickets wait for “%[1]s”, and no counter would serve it any more."},
		"settings.err.group_in_use":          {"Còn %d công dân của nhóm này đang chờ hoặc đang được phục vụ hôm nay; hãy xóa nhóm sau khi họ đã được phục vụ.", "%d citizens of this group are waiting or being served today; remove the group once they have been served."},
		"settings.err.day_unknown":           {"Ngày %s không có trong lịch nghỉ.", "%s is not in the holiday calendar."},
	})
}

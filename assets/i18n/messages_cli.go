package i18n

func init() {
	register(map[string][2]string{
		"cli.usage":           {"Cách dùng: motcua [lệnh] [tùy chọn]", "Usage: motcua [command] [options]"},
		"cli.launcher":        {"(không có lệnh) mở màn hình chọn: Ki-ốt, Quầy 1…N, Bảng hiển thị", "(no command) opens the launcher: Kiosk, Counter 1…N, Board"},
		"cli.kiosk":           {"ki-ốt lấy số thứ tự cho công dân", "the kiosk where citizens take a queue ticket"},
		"cli.counter":         {"màn hình quầy cho cán bộ: gọi số, gọi lại, chuyển, kết thúc", "the clerk's counter screen: call, recall, transfer, finish"},
		"cli.board":           {"bảng hiển thị số đang phục vụ (TV trong sảnh)", "the hall board (TV) showing the numbers being served"},
		"cli.version":         {"in phiên bản", "print the version"},
		"cli.version_line":    {"motcua %s (lược đồ dữ liệu %d)", "motcua %s (database schema %d)"},
		"cli.common_flags":    {"Tùy chọn chung: --db ĐƯỜNG_DẪN (hoặc biến MOTCUA_DB) chọn tệp dữ liệu; --lang vi|en chọn ngôn ngữ.", "Common options: --db PATH (or MOTCUA_DB) chooses the database file; --lang vi|en chooses the language."},
		"cli.more_help":       {"Xem tùy chọn của từng lệnh: motcua LỆNH -h", "Options of a command: motcua COMMAND -h"},
		"cli.unknown_command": {"Không có lệnh %q.", "There is no command %q."},
		"cli.extra_args":      {"Thừa tham số: %s", "Unexpected arguments: %s"},
		"cli.bad_lang":        {"ngôn ngữ %q không có; dùng vi hoặc en", "language %q is not available; use vi or en"},
		"cli.flag.db":         {"tệp cơ sở dữ liệu (mặc định: thư mục dữ liệu của người dùng)", "database file (default: the user's data folder)"},
		"cli.flag.lang":       {"ngôn ngữ: vi hoặc en", "language: vi or en"},
		"cli.flag.number":     {"số quầy", "counter number"},
		"cli.flag.clerk":      {"tên cán bộ (mặc định: theo cấu hình quầy)", "clerk name (default: from the counter's settings)"},
		"cli.flag.announce":   {"lệnh đọc lời gọi, nhận câu gọi qua đầu vào chuẩn, ví dụ 'espeak-ng -v vi'", "command that speaks each call, given the sentence on standard input, e.g. 'espeak-ng -v vi'"},
		"cli.flag.no_bell":    {"không rung chuông khi có lượt gọi mới", "do not ring the bell on a new call"},
		"cli.flag.printer":    {"máy in phiếu: file (lưu PDF vào thư mục spool), cups (in qua lp), none (không in); mặc định theo cài đặt printer.kind, hoặc file", "ticket printer: file (PDF into the spool folder), cups (print with lp), none; default: setting printer.kind, else file"},
		"cli.flag.cups_queue": {"tên hàng đợi CUPS (lp -d); mặc định máy in mặc định của hệ thống", "CUPS queue name (lp -d); default: the system's default printer"},
		"cli.flag.spool":      {"thư mục lưu phiếu PDF (mặc định: thư mục spool cạnh tệp dữ liệu)", "folder for ticket PDFs (default: spool beside the database)"},
		"cli.flag.paper":      {"khổ giấy phiếu: 80 hoặc 58 (mm)", "ticket paper width: 80 or 58 (mm)"},
		"cli.bad_paper":       {"Khổ giấy %q không có; dùng 80 hoặc 58.", "Paper width %q is not available; use 80 or 58."},
		"cli.no_such_counter": {"Không có quầy số %d. Các quầy hiện có: %s.", "There is no counter %d. Counters: %s."},
		"cli.detail":          {"Chi tiết kỹ thuật: %s", "Technical detail: %s"},
		"cli.failed":          {"Không thực hiện được: %s", "Could not complete: %s"},
	})
}

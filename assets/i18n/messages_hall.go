package i18n

// Sentences of the SSH hall (motcua serve, tui/hall): what a session is
// told when it cannot go on, and the counter picker of a clerk.
func init() {
	register(map[string][2]string{
		"cli.serve":                 {"mở sảnh SSH: các máy khác trong sảnh kết nối bằng ssh -p 2222 tên@máy-trạm", "serve the SSH hall: other PCs connect with ssh -p 2222 name@station"},
		"cli.flag.listen":           {"địa chỉ lắng nghe của máy chủ SSH", "address the SSH server listens on"},
		"cli.flag.host_key":         {"tệp khóa máy chủ SSH (tạo ở lần chạy đầu; mặc định cạnh cơ sở dữ liệu)", "SSH host key file (created on first start; default beside the database)"},
		"cli.flag.idle":             {"kết thúc phiên của cán bộ sau thời gian không thao tác này (0: không bao giờ)", "end a clerk's or admin's session after this long without input (0: never)"},
		"cli.flag.max_sessions":     {"số phiên SSH tối đa cùng lúc", "most SSH sessions at once"},
		"serve.listening":           {"Sảnh SSH đang mở tại %s (khóa máy chủ %s, vân tay %s). Nhấn Ctrl+C để dừng.", "SSH hall open on %s (host key %s, fingerprint %s). Press Ctrl+C to stop."},
		"serve.sync_running":        {"Đang gửi dữ liệu lên %s trong nền.", "Sending data to %s in the background."},
		"serve.stopped":             {"Đã đóng sảnh SSH.", "SSH hall closed."},
		"hall.not_logged_in":        {"Phiên này chưa đăng nhập.", "This session is not logged in."},
		"hall.bad_command":          {"Không hiểu yêu cầu %q. Có thể dùng: kiosk, board, counter [số], rating [số], admin, settings.", "Unknown request %q. Possible: kiosk, board, counter [number], rating [number], admin, settings."},
		"hall.not_permitted":        {"Tài khoản có vai trò %s không được mở màn hình %s.", "An account with role %s may not open the %s screen."},
		"hall.not_available":        {"Màn hình %s chưa có trên máy trạm này.", "The %s screen is not available on this station."},
		"hall.need_pty":             {"Cần một cửa sổ dòng lệnh: hãy kết nối bằng ssh -t.", "A terminal is needed: connect with ssh -t."},
		"hall.full":                 {"Xin lỗi, sảnh đã đủ %d phiên. Vui lòng thử lại sau ít phút.", "Sorry, the hall already has %d sessions. Please try again in a few minutes."},
		"hall.idle_ended":           {"Phiên đã kết thúc vì không có thao tác trong %s.", "The session ended after %s without input."},
		"hall.not_your_counter":     {"Tài khoản này làm việc ở quầy %[2]d, không mở được quầy %[1]d.", "This account works at counter %[2]d and cannot open counter %[1]d."},
		"hall.rating_needs_counter": {"Tài khoản đánh giá cần số quầy: ssh ... rating SỐ.", "A rating account needs a counter number: ssh ... rating NUMBER."},
		"hall.no_such_counter":      {"Trạm không có quầy %d.", "The station has no counter %d."},
		"hall.counter_taken":        {"Quầy %d đang được dùng ở một phiên khác.", "Counter %d is in use in another session."},
		"hall.failed":               {"Không mở được màn hình: %s", "The screen could not open: %s"},
		"hall.pick.title":           {"Chọn quầy làm việc", "Choose your counter"},
		"hall.pick.hint":            {"Chọn một quầy còn trống bằng phím số hoặc mũi tên và Enter.", "Pick a free counter with its number, or the arrows and Enter."},
		"hall.pick.held":            {"Quầy %d — đang dùng: %s", "Counter %d — in use: %s"},
		"hall.pick.free_open":       {"Quầy %d — trống (đang mở: %s)", "Counter %d — free (open: %s)"},
		"hall.pick.free":            {"Quầy %d — trống", "Counter %d — free"},
		"hall.pick.taken":           {"Quầy %d vừa có người nhận. Hãy chọn quầy khác.", "Counter %d was just taken. Please choose another."},
	})
}

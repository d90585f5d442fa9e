package i18n

// Names of the actions in the audit trail (store.Audit), as the admin's
// audit screen and the CLI show them: audit.action.<action>.
func init() {
	register(map[string][2]string{
		"audit.at_this_pc": {"tại máy trạm", "at this PC"},

		// Tickets (queue)
		"audit.action.ticket.call":              {"Gọi số", "Call"},
		"audit.action.ticket.call_out_of_order": {"Gọi số không theo thứ tự", "Out-of-order call"},
		"audit.action.ticket.recall":            {"Gọi lại", "Recall"},
		"audit.action.ticket.no_show":           {"Vắng mặt", "No-show"},
		"audit.action.ticket.transfer":          {"Chuyển quầy/lĩnh vực", "Transfer"},
		"audit.action.ticket.finish":            {"Kết thúc phục vụ", "Finish"},
		"audit.action.counter.open":             {"Mở quầy", "Open counter"},
		"audit.action.counter.close":            {"Đóng quầy", "Close counter"},
		"audit.action.counter.pause":            {"Tạm dừng quầy", "Pause counter"},
		"audit.action.counter.resume":           {"Tiếp tục quầy", "Resume counter"},
		"audit.action.settings.change":          {"Thay đổi cài đặt", "Settings change"},

		// Dossiers (intake)
		"audit.action.dossier.receive":             {"Tiếp nhận hồ sơ", "Receive dossier"},
		"audit.action.dossier.process":             {"Chuyển xử lý", "Start processing"},
		"audit.action.dossier.supplement":          {"Yêu cầu bổ sung (Mẫu 02)", "Request supplement (form 02)"},
		"audit.action.dossier.supplement_received": {"Nhận bổ sung", "Supplement received"},
		"audit.action.dossier.refuse":              {"Từ chối hồ sơ (Mẫu 03)", "Refuse dossier (form 03)"},
		"audit.action.dossier.apology":             {"Xin lỗi, hẹn lại (Mẫu 04)", "Apology, new date (form 04)"},
		"audit.action.dossier.resolve":             {"Có kết quả", "Result ready"},
		"audit.action.dossier.return":              {"Trả kết quả", "Result returned"},
		"audit.action.dossier.mail":                {"Gửi kết quả qua bưu điện", "Result mailed"},
		"audit.action.form.reprint":                {"In lại mẫu", "Reprint form"},

		// Accounts (queue/accounts)
		"audit.action.account.login":        {"Đăng nhập", "Login"},
		"audit.action.account.login_failed": {"Đăng nhập không thành công", "Failed login"},
		"audit.action.account.locked":       {"Khóa tài khoản tạm thời", "Account locked"},
		"audit.action.account.change":       {"Thay đổi tài khoản", "Account change"},
	})
}

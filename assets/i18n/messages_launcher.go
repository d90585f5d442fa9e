package i18n

func init() {
	register(map[string][2]string{
		"launcher.hint":         {"Chọn màn hình cho máy này (phím số, mũi tên và Enter, hoặc bấm chuột):", "Choose the screen for this computer (number keys, arrows and Enter, or click):"},
		"launcher.kiosk":        {"Ki-ốt lấy số", "Ticket kiosk"},
		"launcher.counter":      {"Quầy số %d", "Counter %d"},
		"launcher.counter_held": {"Quầy số %d — đang dùng: %s", "Counter %d — in use: %s"},
		"launcher.board":        {"Bảng hiển thị", "Hall board"},
	})
}

package i18n

// Sentences of the settings screen's Tài khoản tab (tui/settings/accounts.go):
// the station's accounts, managed from the admin's screen as with
// `motcua users`.
func init() {
	register(map[string][2]string{
		"settings.tab.accounts":   {"Tài khoản", "Accounts"},
		"settings.about.accounts": {"Ai được đăng nhập; khóa SSH thêm bằng lệnh motcua users keys.", "Who may log in; SSH keys are added with motcua users keys."},

		"settings.account.col.name":      {"Tài khoản", "Account"},
		"settings.account.col.full_name": {"Họ và tên", "Full name"},
		"settings.account.col.role":      {"Vai trò", "Role"},
		"settings.account.col.counter":   {"Quầy", "Counter"},
		"settings.account.col.password":  {"Mật khẩu", "Password"},
		"settings.account.col.keys":      {"Khóa", "Keys"},
		"settings.account.col.login":     {"MK · khóa", "Pwd · keys"},
		"settings.account.col.state":     {"Trạng thái", "State"},

		"settings.account.any_counter":       {"chọn khi đăng nhập", "chosen at login"},
		"settings.account.any_counter_short": {"khi vào", "at login"},
		"settings.account.yes":               {"có", "yes"},
		"settings.account.no":                {"không", "no"},
		"settings.account.state.active":      {"hoạt động", "active"},
		"settings.account.state.disabled":    {"vô hiệu hóa", "disabled"},
		"settings.account.state.locked":      {"tạm khóa đến %s", "locked until %s"},

		"settings.account.form.add":        {"Thêm tài khoản", "Add an account"},
		"settings.account.form.edit":       {"Sửa tài khoản %s", "Edit account %s"},
		"settings.account.form.password":   {"Đặt mật khẩu mới cho %s", "New password for %s"},
		"settings.account.confirm.disable": {"Vô hiệu hóa tài khoản %s? Tài khoản sẽ không đăng nhập được nữa.", "Disable account %s? It will no longer be able to log in."},
		"settings.account.confirm.enable":  {"Kích hoạt lại tài khoản %s?", "Enable account %s again?"},

		"settings.account.field.name":      {"Tên đăng nhập", "Login name"},
		"settings.account.field.full_name": {"Họ và tên", "Full name"},
		"settings.account.field.role":      {"Vai trò", "Role"},
		"settings.account.field.counter":   {"Quầy", "Counter"},
		"settings.account.field.password":  {"Mật khẩu", "Password"},
		"settings.account.field.again":     {"Nhập lại mật khẩu", "Type the password again"},
		"settings.account.hint.name":       {"chữ a-z, số, dấu . _ -, tối đa %d ký tự; không đổi được sau này", "a-z, digits, . _ -, at most %d characters; cannot be changed later"},
		"settings.account.hint.counter":    {"số quầy; 0 = chọn khi đăng nhập", "counter number; 0 = chosen at login"},
		"settings.account.hint.password":   {"ít nhất %d ký tự; không hiện trên màn hình", "at least %d characters; never shown"},

		"settings.account.err.password_needed":  {"Cần nhập mật khẩu (khóa SSH thêm sau bằng lệnh motcua users keys).", "A password is needed (SSH keys are added later with motcua users keys)."},
		"settings.account.err.password_differs": {"Hai lần nhập mật khẩu không giống nhau.", "The two passwords differ."},
		"settings.account.err.own_role":         {"Không thể bỏ vai trò quản trị của chính tài khoản đang dùng.", "You cannot take the admin role from your own account."},
		"settings.account.err.own_disable":      {"Không thể vô hiệu hóa chính tài khoản đang dùng.", "You cannot disable your own account."},

		"settings.key.toggle":   {"khóa/mở", "disable/enable"},
		"settings.key.password": {"mật khẩu", "password"},
	})
}

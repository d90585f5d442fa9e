package i18n

// Sentences of station accounts: the users command (cmd/motcua/users.go)
// and the refusals of queue/accounts that the SSH hall shows at login.
func init() {
	register(map[string][2]string{
		"cli.users": {"quản lý tài khoản đăng nhập vào hệ thống (users add|list|set|disable|enable|passwd|keys)",
			"manage the accounts that log in to the station (users add|list|set|disable|enable|passwd|keys)"},
		"cli.flag.users_role":           {"vai trò: kiosk, board, clerk, admin, rating", "role: kiosk, board, clerk, admin, rating"},
		"cli.flag.users_counter":        {"quầy của cán bộ (0 = chọn khi đăng nhập)", "the clerk's counter (0 = chosen at login)"},
		"cli.flag.users_name":           {"họ và tên đầy đủ", "full name"},
		"cli.flag.users_password_stdin": {"đọc mật khẩu từ dòng đầu của đầu vào chuẩn", "read the password from the first line of standard input"},
		"cli.flag.users_key":            {"tệp khóa công khai SSH (authorized_keys) cho phép đăng nhập bằng khóa", "SSH public key file (authorized_keys) allowed to log in"},
		"users.usage": {`Cách dùng:
  motcua users list
  motcua users add TÊN --role clerk [--counter N] [--name "Họ và tên"] [--password-stdin] [--key TỆP]
  motcua users set TÊN [--role VAI_TRÒ] [--counter N] [--name "Họ và tên"]
  motcua users disable TÊN | enable TÊN
  motcua users passwd TÊN [--password-stdin]
  motcua users keys TÊN [list | add TỆP | remove DẤU_VÂN_TAY]`, `Usage:
  motcua users list
  motcua users add NAME --role clerk [--counter N] [--name "Full Name"] [--password-stdin] [--key FILE]
  motcua users set NAME [--role ROLE] [--counter N] [--name "Full Name"]
  motcua users disable NAME | enable NAME
  motcua users passwd NAME [--password-stdin]
  motcua users keys NAME [list | add FILE | remove FINGERPRINT]`},

		"users.added":            {"Đã tạo tài khoản %s (%s).", "Account %s (%s) added."},
		"users.disabled":         {"Đã vô hiệu hóa tài khoản %s: tài khoản không đăng nhập được nữa.", "Account %s disabled: it can no longer log in."},
		"users.enabled":          {"Đã kích hoạt lại tài khoản %s.", "Account %s enabled again."},
		"users.updated":          {"Đã sửa tài khoản %s.", "Account %s changed."},
		"users.nothing_to_set":   {"Không có gì để sửa: cho biết --role, --counter hoặc --name.", "Nothing to change: give --role, --counter or --name."},
		"users.password_set":     {"Đã đổi mật khẩu của %s.", "Password of %s changed."},
		"users.key_added":        {"Đã thêm khóa %s cho %s.", "Key %s added to %s."},
		"users.key_removed":      {"Đã gỡ khóa %s của %s.", "Key %s removed from %s."},
		"users.no_keys":          {"Tài khoản %s chưa có khóa nào.", "Account %s has no keys."},
		"users.none":             {"Chưa có tài khoản nào. Tạo bằng: motcua users add TÊN --role admin", "No accounts yet. Add one with: motcua users add NAME --role admin"},
		"users.prompt_password":  {"Mật khẩu mới cho %s: ", "New password for %s: "},
		"users.prompt_again":     {"Nhập lại mật khẩu: ", "Type it again: "},
		"users.password_differs": {"Hai lần nhập mật khẩu không giống nhau.", "The two passwords differ."},
		"users.password_needed": {"Cần mật khẩu: chạy lệnh trên cửa sổ dòng lệnh để nhập, hoặc dùng --password-stdin, hoặc --key TỆP cho tài khoản chỉ dùng khóa.",
			"A password is needed: run this in a terminal to type it, or use --password-stdin, or --key FILE for a key-only account."},
		"users.key_file": {"Không đọc được tệp khóa %s: %s", "Cannot read the key file %s: %s"},
		"users.key_line": {"Dòng %d của tệp khóa: %s", "Line %d of the key file: %s"},

		"users.col.name":       {"Tài khoản", "Account"},
		"users.col.full_name":  {"Họ và tên", "Full name"},
		"users.col.role":       {"Vai trò", "Role"},
		"users.col.counter":    {"Quầy", "Counter"},
		"users.col.password":   {"Mật khẩu", "Password"},
		"users.col.keys":       {"Khóa", "Keys"},
		"users.col.state":      {"Trạng thái", "State"},
		"users.yes":            {"có", "yes"},
		"users.no":             {"không", "no"},
		"users.any_counter":    {"chọn khi vào", "at login"},
		"users.state.active":   {"hoạt động", "active"},
		"users.state.disabled": {"vô hiệu hóa", "disabled"},
		"users.state.locked":   {"tạm khóa đến %s", "locked until %s"},

		"accounts.role.kiosk":  {"Máy lấy số", "Kiosk"},
		"accounts.role.board":  {"Bảng hiển thị", "Board"},
		"accounts.role.clerk":  {"Cán bộ một cửa", "Clerk"},
		"accounts.role.admin":  {"Quản trị", "Admin"},
		"accounts.role.rating": {"Màn hình đánh giá", "Rating screen"},

		"accounts.err.unknown":           {"Không có tài khoản này.", "There is no such account."},
		"accounts.err.exists":            {"Đã có tài khoản với tên này.", "An account with this name already exists."},
		"accounts.err.wrong_password":    {"Sai mật khẩu.", "Wrong password."},
		"accounts.err.key_not_allowed":   {"Khóa này không được phép đăng nhập vào tài khoản.", "This key may not log in to the account."},
		"accounts.err.no_credentials":    {"Tài khoản chưa có mật khẩu; hãy nhờ quản trị đặt mật khẩu.", "The account has no password; ask the admin to set one."},
		"accounts.err.disabled":          {"Tài khoản đã bị vô hiệu hóa.", "The account is disabled."},
		"accounts.err.locked":            {"Tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần; hãy thử lại sau ít phút.", "The account is locked after too many wrong passwords; try again in a few minutes."},
		"accounts.err.invalid_name":      {"Tên tài khoản chỉ gồm a-z, 0-9, dấu . _ -, bắt đầu bằng chữ, tối đa %d ký tự.", "An account name has only a-z, 0-9, . _ -, starts with a letter, at most %d characters."},
		"accounts.err.invalid_full_name": {"Họ và tên không hợp lệ (quá dài hoặc có ký tự điều khiển).", "The full name is not valid (too long or with control characters)."},
		"accounts.err.invalid_role":      {"Vai trò không hợp lệ; chọn một trong: %s.", "Not a role; choose one of: %s."},
		"accounts.err.invalid_counter":   {"Số quầy phải từ 0 đến %d.", "The counter must be 0 to %d."},
		"accounts.err.unknown_counter":   {"Trạm không có quầy này; xem các quầy trong cài đặt.", "The station has no such counter; see the counters in the settings."},
		"accounts.err.weak_password":     {"Mật khẩu quá yếu: cần ít nhất %d ký tự, không trùng tên tài khoản, không lặp một ký tự.", "The password is too weak: at least %d characters, not the account name, not one character repeated."},
		"accounts.err.invalid_key":       {"Khóa công khai không hợp lệ hoặc quá yếu (cần ed25519, ecdsa hoặc RSA từ 2048 bit, một khóa mỗi dòng).", "Not a usable public key (ed25519, ecdsa or RSA of 2048 bits or more, one key per line)."},
		"accounts.err.unknown_key":       {"Tài khoản không có khóa với dấu vân tay này.", "The account has no key with this fingerprint."},
	})
}

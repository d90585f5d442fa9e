package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSettingsAndPrintTestOnEveryPrinter names a printer of its own for
// counter 2 with `settings set`, then `print-test` prints on the
// station's printer and on counter 2's, each into its own folder.
func TestSettingsAndPrintTestOnEveryPrinter(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	counterSpool := filepath.Join(dir, "quay2")
	runCLI(t, "settings", "set", "counter.2.printer.kind", "file", "--db", db).want(t, 0)
	runCLI(t, "settings", "set", "counter.2.printer.spool_dir", counterSpool, "--db", db).want(t, 0)
	r := runCLI(t, "settings", "--db", db)
	r.want(t, 0)
	if !strings.Contains(r.stdout, "counter.2.printer.kind = file") || !strings.Contains(r.stdout, "policy.max_priority_run = 3") {
		t.Fatalf("settings list:\n%s", r.stdout)
	}
	r = runCLI(t, "print-test", "--db", db)
	r.want(t, 0)
	for _, want := range []string{"Máy in của trạm: đã gửi trang in thử", "Máy in quầy 2: đã gửi trang in thử"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("print-test says:\n%s\nwant %q", r.stdout, want)
		}
	}
	for _, folder := range []string{filepath.Join(dir, "spool"), counterSpool} {
		pdfs, _ := filepath.Glob(filepath.Join(folder, "test-*.pdf"))
		if len(pdfs) != 1 {
			t.Errorf("%s holds %d test pages, want 1", folder, len(pdfs))
		}
	}
}

func TestPrintTestOnAMissingPrinterFails(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	// Nothing listens on port 9 of this machine: the receipt printer is off.
	r := runCLI(t, "print-test", "--db", db, "--printer", "escpos", "--device", "127.0.0.1:9")
	r.want(t, 1, "không được")
	if _, err := os.Stat(filepath.Join(dir, "spool", "pending")); err != nil {
		t.Errorf("the failed page was not kept for a retry: %v", err)
	}
}

func TestImportsReportEveryBadLine(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	bad := filepath.Join(dir, "ngay-nghi.csv")
	if err := os.WriteFile(bad, []byte("date,kind,name\n2026-12-24,off,Thử\n2026-13-01,off,Sai\n2026-12-27,workday,\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "holidays", "import", bad, "--db", db)
	r.want(t, 1, "Dòng 3")
	good := filepath.Join(dir, "ok.csv")
	if err := os.WriteFile(good, []byte("date,kind,name\n2026-12-24,off,Ngày thử\n2026-12-26,workday,Làm bù\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = runCLI(t, "holidays", "import", good, "--db", db)
	r.want(t, 0)
	if !strings.Contains(r.stdout, "Đã nhập 2 ngày") {
		t.Errorf("import says:\n%s", r.stdout)
	}
	r = runCLI(t, "catalog", "import", filepath.Join(dir, "absent.csv"), "--db", db)
	r.want(t, 1, "Không đọc được tệp")
}

// TestRegisterOfAMonth writes the Mẫu 07 register of a month to a file
// and to the station's printer, and refuses a period it cannot read.
func TestRegisterOfAMonth(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	out := filepath.Join(dir, "so.pdf")
	r := runCLI(t, "register", "--month", "2026-11", "--db", db, "--out", out)
	r.want(t, 0)
	if !strings.Contains(r.stdout, "(0 hồ sơ)") {
		t.Errorf("register says: %s", r.stdout)
	}
	pdf, err := os.ReadFile(out)
	if err != nil || !strings.HasPrefix(string(pdf), "%PDF") {
		t.Fatalf("no PDF at %s: %v", out, err)
	}
	runCLI(t, "register", "--from", "2026-11-01", "--to", "2026-11-07", "--db", db).want(t, 0)
	if m, _ := filepath.Glob(filepath.Join(dir, "spool", "mau07-*.pdf")); len(m) != 1 {
		t.Errorf("the printer's spool holds %d registers, want 1", len(m))
	}
	runCLI(t, "register", "--db", db).want(t, 2, "--month")
	runCLI(t, "register", "--from", "2026-11-07", "--to", "2026-11-01", "--db", db).want(t, 2)
}

// TestReportOfADayAsCSV takes two tickets and serves one, then reads the
// day's report back with a CSV parser.
func TestReportOfADayAsCSV(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	runCLI(t, "version", "--db", db).want(t, 0) // nothing opened yet: the day's report is empty but well formed
	out := filepath.Join(dir, "bao-cao.csv")
	r := runCLI(t, "report", "--day", "2026-11-23", "--db", db, "--out", out)
	r.want(t, 0)
	body, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(body), "\ufeff") {
		t.Fatal("the CSV has no byte-order mark: Excel would garble the Vietnamese")
	}
	if !strings.Contains(string(body), "Số phiếu đã cấp,0") {
		t.Errorf("no ticket count in:\n%s", body)
	}
	runCLI(t, "report", "--db", db).want(t, 2, "--day")
	runCLI(t, "report", "--day", "2026-11-23", "--month", "2026-11", "--db", db).want(t, 2)
}

// TestReportAsPDF writes the month's report as a PDF only (no CSV on the
// screen when only the PDF is asked for).
func TestReportAsPDF(t *testing.T) {
	dir := t.TempDir()
	pdf := filepath.Join(dir, "bao-cao.pdf")
	r := runCLI(t, "report", "--month", "2026-11", "--db", filepath.Join(dir, "m.db"), "--pdf", pdf)
	r.want(t, 0)
	if strings.Contains(r.stdout, "Chỉ tiêu,Giá trị") {
		t.Errorf("the CSV was printed as well:\n%s", r.stdout)
	}
	body, err := os.ReadFile(pdf)
	if err != nil || !strings.HasPrefix(string(body), "%PDF") {
		t.Fatalf("no PDF at %s: %v", pdf, err)
	}
}

// TestReportScreenFlagIsKnown: --screen takes no value, so the period flags
// after it still parse (the screen itself is tested in tui/report).
func TestReportScreenFlagIsKnown(t *testing.T) {
	name, rest := splitCommand([]string{"--screen", "report", "--month", "2026-11"})
	if name != "report" || len(rest) != 3 {
		t.Fatalf("splitCommand gave %q %v", name, rest)
	}
}

func TestSettingsRefuseABadPolicy(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.db")
	runCLI(t, "settings", "set", "policy.mode", "vip", "--db", db).want(t, 2, "Cài đặt không hợp lệ")
	r := runCLI(t, "settings", "--db", db)
	if !strings.Contains(r.stdout, "policy.mode = fair") {
		t.Errorf("a refused value was stored:\n%s", r.stdout)
	}
}

// `settings set` goes through the settings screen's checks: a notice
// with an escape sequence and a printer kind that does not exist are
// refused with a sentence, a good value is stored trimmed.
func TestSettingsSetChecksLikeTheScreen(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.db")
	runCLI(t, "settings", "set", "board.notice", "x\x1b]0;pwned\x07", "--db", db).want(t, 2, "ký tự điều khiển")
	runCLI(t, "settings", "set", "counter.1.printer.kind", "laser", "--db", db).want(t, 2, "escpos")
	runCLI(t, "settings", "set", "printer.width", " 58 ", "--db", db).want(t, 0)
	r := runCLI(t, "settings", "--db", db)
	if !strings.Contains(r.stdout, "printer.width = 58\n") || strings.Contains(r.stdout, "pwned") {
		t.Errorf("settings after the changes:\n%s", r.stdout)
	}
}

// `motcua help` lists admin; a wrong flag of admin is a usage error.
func TestAdminIsACommand(t *testing.T) {
	if r := runCLI(t, "help"); !strings.Contains(r.stdout, "admin") || !strings.Contains(r.stdout, vi("cli.admin")) {
		t.Errorf("help does not list admin:\n%s", r.stdout)
	}
	runCLI(t, "admin", "--bogus").want(t, exitUsage)
}

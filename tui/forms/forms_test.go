package forms

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"motcua/intake"
	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/receipts"
	"motcua/store"
)

// station is a seeded demo station with the catalog and the holidays.
func station(t *testing.T) (*queue.Station, *store.ManualClock, *intake.Desk) {
	t.Helper()
	st, clock := queuetest.NewStation(t)
	return st, clock, queuetest.NewDesk(t, st)
}

// receive saves a birth registration (free, same day) or another
// procedure for a citizen typed with NFD marks.
func receive(t *testing.T, desk *intake.Desk, procedure string, fee int64, ret intake.ReturnMethod) intake.Dossier {
	t.Helper()
	in := intake.Intake{
		Key: "k-" + procedure + string(ret),
		Citizen: intake.Citizen{
			Name: norm.NFD.String("Trần Thị Bích Ngọc"), IDNumber: "001305012345",
			BirthDate: time.Date(2005, 3, 2, 0, 0, 0, 0, store.Local), Phone: "0912345678",
			Email: "ngoc@example.vn", Address: "Thôn Đông, xã Tân Hòa",
		},
		Procedure: procedure,
		Documents: []intake.ReceivedDocument{
			{Name: "Tờ khai đăng ký khai sinh", Kind: intake.Original, Count: 1},
			{Name: "Giấy chứng sinh", Kind: intake.CertifiedCopy, Count: 2},
			{Name: "Giấy tờ chứng minh nơi cư trú", Kind: intake.Photocopy, Count: 1},
		},
		Sets: 1, FeeVND: fee, Return: ret, Counter: 1, Clerk: "Nguyễn Thị Lan",
	}
	if ret == intake.ByPost {
		in.PostalAddress = "Số 5 đường Lê Lợi, xã Tân Hòa"
	}
	d, err := desk.Receive(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// needTool finds pdftotext: missing, the test is skipped, except in CI.
func needTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is required in CI: %v", name, err)
		}
		t.Skipf("%s not installed", name)
	}
	return path
}

// spooled returns the text of the only PDF in dir whose name starts with
// prefix.
func spooled(t *testing.T, dir, prefix string) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, prefix+"*.pdf"))
	if err != nil || len(files) != 1 {
		t.Fatalf("want one %s PDF in the spool, found %v (%v)", prefix, files, err)
	}
	out, err := exec.Command(needTool(t, "pdftotext"), "-enc", "UTF-8", files[0], "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", files[0], err)
	}
	// pdftotext breaks lines where the form wraps them; compare words.
	return strings.Join(strings.Fields(string(out)), " ")
}

func wantAll(t *testing.T, text string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(text, w) {
			t.Errorf("the PDF lacks %q:\n%s", w, text)
		}
	}
}

func TestPrintReceipt(t *testing.T) {
	needTool(t, "pdftotext")
	st, _, desk := station(t)
	ctx := context.Background()
	if err := st.SetSetting(ctx, SettingPageSize, "a4"); err != nil {
		t.Fatal(err)
	}
	d := receive(t, desk, "1.001193", 0, intake.AtCounter)
	dir := t.TempDir()
	p := Printer{Printer: receipts.FileSpool{Dir: dir}, Station: st}
	if err := p.PrintReceipt(ctx, d); err != nil {
		t.Fatal(err)
	}
	text := spooled(t, dir, "mau01-"+d.Code)
	wantAll(t, text,
		"UBND XÃ TÂN HÒA", "Tân Hòa, ngày 23 tháng 11 năm 2026",
		d.Code, intake.FormatLookup(d.Lookup), "Trần Thị Bích Ngọc", "001305012345",
		"Thôn Đông, xã Tân Hòa", "0912345678", "ngoc@example.vn", "Thủ tục đăng ký khai sinh",
		"Giấy chứng sinh", "Bản sao chứng thực", "Bản chụp", "Miễn lệ phí",
		"08 giờ 00 phút, ngày 23 tháng 11 năm 2026", // received
		"16 giờ 00 phút, ngày 23 tháng 11 năm 2026", // same-day appointment
		"Liên 1: Lưu", "Liên 2: Giao người nộp", "Nguyễn Thị Lan", "2026",
	)
	if strings.Count(text, d.Code) < 2 {
		t.Errorf("the dossier code should be on both copies")
	}
	if !norm.NFC.IsNormalString(text) {
		t.Errorf("the PDF text is not NFC")
	}
}

func TestPrintReceiptFeesAndPost(t *testing.T) {
	needTool(t, "pdftotext")
	st, _, desk := station(t)
	ctx := context.Background()
	// 1.004873 (marital status): the province sets the fee; 3 working days.
	d := receive(t, desk, "1.004873", 0, intake.ByPost)
	dir := t.TempDir()
	p := Printer{Printer: receipts.FileSpool{Dir: dir}, Station: st}
	if err := p.PrintReceipt(ctx, d); err != nil {
		t.Fatal(err)
	}
	text := spooled(t, dir, "mau01-")
	wantAll(t, text, "Theo mức HĐND tỉnh quy định", "Số 5 đường Lê Lợi, xã Tân Hòa", "3 ngày làm việc",
		receipts.FormatLegalTime(d.DueAt))
	if d.DueAt.Day() != 27 {
		t.Errorf("3 working days from Monday 23/11 should end on Friday 27/11, got %s", d.DueAt)
	}

	// 2.000635 (copy of a birth certificate): 8.000 đồng collected.
	d = receive(t, desk, "2.000635", 8000, intake.AtCounter)
	dir = t.TempDir()
	p.Printer = receipts.FileSpool{Dir: dir}
	if err := p.PrintReceipt(ctx, d); err != nil {
		t.Fatal(err)
	}
	wantAll(t, spooled(t, dir, "mau01-"), "8.000 đồng")
}

func TestPrintSupplementRefusalApology(t *testing.T) {
	needTool(t, "pdftotext")
	st, clock, desk := station(t)
	ctx := context.Background()
	for k, v := range map[string]string{
		SettingContactPhone: "0274 3812 345", SettingSigner: "Phạm Văn Bình", SettingSignerTitle: `KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH`,
	} {
		if err := st.SetSetting(ctx, k, v); err != nil {
			t.Fatal(err)
		}
	}
	d := receive(t, desk, "1.004873", 0, intake.AtCounter)
	clock.Advance(24 * time.Hour)
	dir := t.TempDir()
	p := Printer{Printer: receipts.FileSpool{Dir: dir}, Station: st, Clerk: "Lê Thị Hồng"}

	if err := p.PrintSupplement(ctx, d, []string{"Bản sao Giấy khai sinh"}, "Tờ khai thiếu chữ ký"); err != nil {
		t.Fatal(err)
	}
	wantAll(t, spooled(t, dir, "mau02-"), d.Code, "Trần Thị Bích Ngọc", "Bản sao Giấy khai sinh",
		"Tờ khai thiếu chữ ký", "0274 3812 345", "Lê Thị Hồng", "ngày 24 tháng 11 năm 2026")

	if err := p.PrintRefusal(ctx, d, "Không thuộc thẩm quyền của xã"); err != nil {
		t.Fatal(err)
	}
	wantAll(t, spooled(t, dir, "mau03-"), d.Code, "Không thuộc thẩm quyền của xã", "Lê Thị Hồng")

	old := d.DueAt
	d.DueAt = old.AddDate(0, 0, 7)
	if err := p.PrintApology(ctx, d, "Cần xác minh thêm", old); err != nil {
		t.Fatal(err)
	}
	wantAll(t, spooled(t, dir, "mau04-"), d.Code, "Cần xác minh thêm", "Phạm Văn Bình", "PHÓ CHỦ TỊCH",
		receipts.FormatLegalTime(old), receipts.FormatLegalTime(d.DueAt))
}

// failing is a printer that is off.
type failing struct{}

func (failing) Print(context.Context, receipts.Job) error {
	return receipts.ErrPrinterUnavailable
}

func TestPrintErrors(t *testing.T) {
	st, _, desk := station(t)
	ctx := context.Background()
	d := receive(t, desk, "1.001193", 0, intake.AtCounter)
	err := Printer{Printer: failing{}, Station: st}.PrintReceipt(ctx, d)
	if !errors.Is(err, receipts.ErrPrinterUnavailable) {
		t.Fatalf("a printer that is off: %v", err)
	}
	queuetest.StoreSetting(t, st, SettingPageSize, "Letter") // settings set refuses it now
	err = Printer{Printer: receipts.FileSpool{Dir: t.TempDir()}, Station: st}.PrintReceipt(ctx, d)
	if !errors.Is(err, receipts.ErrConfig) {
		t.Fatalf("an unknown page size: %v", err)
	}
	if err := (Printer{}).PrintReceipt(ctx, d); !errors.Is(err, receipts.ErrConfig) {
		t.Fatalf("no printer: %v", err)
	}
	if err := (Printer{}).PrintRefusal(ctx, d, "x"); !errors.Is(err, receipts.ErrConfig) {
		t.Fatalf("no station: %v", err)
	}
}

func TestMau01Mapping(t *testing.T) {
	d := intake.Dossier{
		Code: "H99.99.01.01-261123-0007", Lookup: "K7M4P2QX", Book: 2026, BookNo: 42, Unit: intake.CalendarDays,
		Documents: []intake.ReceivedDocument{{Name: "A", Kind: intake.CertifiedCopy, Count: 2}},
		Return:    intake.ByPost, PostalAddress: "x",
	}
	m := Mau01(d, receipts.FormHeader{}, "")
	switch {
	case m.DossierCode != d.Code, m.LookupCode != "K7M4-P2QX":
		t.Errorf("codes: %q %q", m.DossierCode, m.LookupCode)
	case m.RegisterBook != "2026" || m.RegisterSeq != "42":
		t.Errorf("register: %q %q", m.RegisterBook, m.RegisterSeq)
	case m.Documents[0].Kind != receipts.DocCertifiedCopy || m.Documents[0].Count != 2:
		t.Errorf("document: %+v", m.Documents[0])
	case m.ProcessingUnit != receipts.CalendarDays || m.ReturnBy != receipts.ReturnByPost:
		t.Errorf("unit %q return %q", m.ProcessingUnit, m.ReturnBy)
	}
	if got := SignerTitle(" KT. CHỦ TỊCH | PHÓ CHỦ TỊCH "); got != "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" {
		t.Errorf("signer title %q", got)
	}
}

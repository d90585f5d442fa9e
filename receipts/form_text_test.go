package receipts

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"motcua/store"
)

// pageText extracts one page of pdf with `pdftotext -layout`.
func pageText(t *testing.T, pdf []byte, page int) string {
	t.Helper()
	p := strconv.Itoa(page)
	return run(t, "pdftotext", "-layout", "-enc", "UTF-8", "-f", p, "-l", p, writePDF(t, pdf), "-")
}

// mustContain checks every phrase against the flattened text. The
// phrases are written out here, not taken from the translation table, so
// that a wrong table entry cannot pass by comparing with itself.
func mustContain(t *testing.T, what, text string, phrases ...string) {
	t.Helper()
	if !isNFC(text) {
		t.Errorf("%s: extracted text is not NFC", what)
	}
	got := flat(text)
	for _, p := range phrases {
		if !strings.Contains(got, p) {
			t.Errorf("%s: %q missing from the PDF text:\n%s", what, p, text)
		}
	}
}

// The header every form shares.
var headerPhrases = []string{
	"UBND XÃ TÂN HÒA", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
	"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
}

// mau01Phrases is what each copy of the sample Mẫu 01 must say.
var mau01Phrases = append([]string{
	"Tân Hòa, ngày 23 tháng 11 năm 2026",
	"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
	"Mã hồ sơ: H99.99.01.01-261123-0001", "Mã tra cứu: K7M2QX",
	"Tiếp nhận hồ sơ của: Nguyễn Thị Hương", "Số định danh cá nhân: 001186012345",
	"Địa chỉ: Thôn Đông, xã Tân Hòa, tỉnh Phú Thọ", "Số điện thoại: 0912345678",
	"Email: huong.nt@example.vn", "Nội dung yêu cầu giải quyết: Đăng ký khai sinh",
	"1. Thành phần hồ sơ nộp gồm:", "TT Tên giấy tờ Hình thức Số lượng",
	"1 Tờ khai đăng ký khai sinh Bản chính 1", "2 Giấy chứng sinh Bản chính 1",
	"3 Giấy chứng nhận kết hôn của cha, mẹ Bản sao chứng thực 1",
	"4 Căn cước của người đi đăng ký Bản chụp 2",
	"2. Số lượng hồ sơ: 01 (bộ)",
	"3. Thời gian giải quyết hồ sơ theo quy định là: 3 ngày làm việc",
	"4. Thời gian nhận hồ sơ: 08 giờ 05 phút, ngày 23 tháng 11 năm 2026",
	"5. Thời gian trả kết quả giải quyết hồ sơ: 14 giờ 00 phút, ngày 26 tháng 11 năm 2026",
	"6. Đăng ký nhận kết quả tại: Bộ phận tiếp nhận và trả kết quả, UBND xã Tân Hòa",
	"7. Phí, lệ phí: 8.000 đồng",
	"Vào Sổ theo dõi hồ sơ, Quyển số: 03, Số thứ tự: 125",
	"NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)",
	"Nguyễn Thị Hương", "Trần Văn Đức",
}, headerPhrases...)

// Mẫu 01 comes back letter for letter, one copy per page: "Liên 1: Lưu"
// on the first and "Liên 2: Giao người nộp" on the second, on A5 and A4.
func TestMau01TextRoundTrips(t *testing.T) {
	for _, size := range []PageSize{A5, A4} {
		pdf := mustForm(t, sampleMau01(), size)
		keepPDF(t, "mau01-"+size.String()+".pdf", pdf)
		p1, p2 := pageText(t, pdf, 1), pageText(t, pdf, 2)
		mustContain(t, size.String()+" page 1", p1, append(mau01Phrases, "(Liên 1: Lưu)")...)
		mustContain(t, size.String()+" page 2", p2, append(mau01Phrases, "(Liên 2: Giao người nộp)")...)
		if strings.Contains(p1, "Liên 2") || strings.Contains(p2, "Liên 1") {
			t.Errorf("%s: each page must carry only its own copy label", size)
		}
		// No "Số:" line on Mẫu 01, no leftover dots when every value is given.
		if all := flat(p1 + p2); strings.Contains(all, "Số: ") || strings.Contains(all, dots) {
			t.Errorf("%s: unexpected number or blank to fill:\n%s", size, p1)
		}
	}
}

// The other values of Mẫu 01: result by post, a same-day procedure, a fee
// text, calendar days, blanks for the register.
func TestMau01Variants(t *testing.T) {
	m := sampleMau01()
	m.ReturnBy, m.PostalAddress = ReturnByPost, "Số 12 ngõ 3, thôn Đoài, xã Tân Hòa"
	m.ProcessingDays, m.FeeText, m.RegisterBook, m.RegisterSeq = 0, "Miễn lệ phí", "", ""
	m.Sets = 0
	m.DueAt = m.ReceivedAt.Add(6 * time.Hour)
	text := pageText(t, mustForm(t, m, A5), 1)
	mustContain(t, "variants", text,
		"6. Đăng ký nhận kết quả qua dịch vụ bưu chính công ích, tại địa chỉ: Số 12 ngõ 3, thôn Đoài, xã Tân Hòa",
		"3. Thời gian giải quyết hồ sơ theo quy định là: trong ngày",
		"7. Phí, lệ phí: Miễn lệ phí", "2. Số lượng hồ sơ: 01 (bộ)",
		"Vào Sổ theo dõi hồ sơ, Quyển số: ……, Số thứ tự: ……")
	m.ProcessingDays, m.ProcessingUnit, m.FeeText, m.FeeVND = 15, CalendarDays, "", 0
	text = pageText(t, mustForm(t, m, A5), 1)
	mustContain(t, "calendar days", text, "theo quy định là: 15 ngày", "7. Phí, lệ phí: Không")
	if strings.Contains(text, "15 ngày làm việc") {
		t.Error("calendar days printed as working days")
	}
}

func TestMau02To04TextRoundTrips(t *testing.T) {
	cases := []struct {
		form    Form
		phrases []string
	}{
		{sampleMau02(), []string{
			"Số: 15/PYCBS", "Tân Hòa, ngày 23 tháng 11 năm 2026",
			"PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Mã hồ sơ: H99.99.01.01-261123-0001",
			"Tiếp nhận hồ sơ của: Nguyễn Thị Hương", "Nội dung yêu cầu giải quyết: Đăng ký khai sinh",
			"Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:",
			"1. Bản sao chứng thực Giấy chứng nhận kết hôn của cha, mẹ",
			"2. Văn bản ủy quyền có chứng thực của người được ủy quyền đi đăng ký",
			"Lý do: Giấy chứng nhận kết hôn nộp kèm là bản chụp không có chứng thực; người đi đăng ký không phải cha, mẹ của trẻ.",
			"Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với Trần Văn Đức, số điện thoại 02103 855 123 để được hướng dẫn./.",
			"NGƯỜI HƯỚNG DẪN", "(Ký và ghi rõ họ tên)", "Trần Văn Đức",
		}},
		{sampleMau03(), []string{
			"Số: ……", "Tân Hòa, ngày 23 tháng 11 năm 2026",
			"PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Mã hồ sơ: H99.99.01.01-261123-0002",
			"Tiếp nhận hồ sơ của: Nguyễn Thị Hương", "Nội dung yêu cầu giải quyết: Chứng thực bản sao từ bản chính",
			"Qua xem xét, Bộ phận tiếp nhận và trả kết quả thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:",
			"Bản chính giấy tờ bị tẩy xóa, sửa chữa, không bảo đảm tính hợp pháp.",
			"Xin thông báo cho Ông/Bà được biết và thực hiện./.",
			"NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Trần Văn Đức",
		}},
		{sampleMau04(), []string{
			"Số: 07/XL-UBND", "Tân Hòa, ngày 25 tháng 11 năm 2026",
			"VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
			"Kính gửi: Ông/Bà Nguyễn Thị Hương",
			"Ngày 23 tháng 11 năm 2026, UBND xã Tân Hòa tiếp nhận giải quyết hồ sơ của Ông/Bà Nguyễn Thị Hương (Mã hồ sơ: H99.99.01.01-261123-0001), nội dung yêu cầu giải quyết: Đăng ký khai sinh.",
			"Thời hạn trả kết quả giải quyết hồ sơ: 14 giờ 00 phút, ngày 26 tháng 11 năm 2026",
			"Tuy nhiên đến nay, UBND xã Tân Hòa chưa trả kết quả giải quyết hồ sơ cho Ông/Bà đúng hạn.",
			"Lý do: Cần xác minh thông tin về nơi sinh của trẻ với Ủy ban nhân dân xã nơi cư trú trước đây của người mẹ.",
			"Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại cho Ông/Bà. UBND xã Tân Hòa xin lỗi Ông/Bà và đề nghị gia hạn thời gian giải quyết hồ sơ như sau:",
			"Thời gian hẹn trả kết quả mới: 09 giờ 30 phút, ngày 03 tháng 12 năm 2026",
			"Xin trân trọng cảm ơn Ông/Bà./.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
			"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Ký, ghi rõ họ tên và đóng dấu)", "Lê Minh Tuấn",
		}},
	}
	for _, c := range cases {
		for _, size := range []PageSize{A5, A4} {
			pdf := mustForm(t, c.form, size)
			keepPDF(t, c.form.kind()+"-"+size.String()+".pdf", pdf)
			if n := pageCount(t, pdf); n != 1 {
				t.Errorf("%s %s: %d pages, want 1", c.form.kind(), size, n)
			}
			mustContain(t, c.form.kind()+" "+size.String(), pageText(t, pdf, 1), append(c.phrases, headerPhrases...)...)
		}
	}
}

// nfdCopy decomposes every string of a Mẫu 01, as some IMEs and pastes
// deliver them.
func nfdCopy(m Mau01) Mau01 {
	d := norm.NFD.String
	m.Header.Agency, m.Header.Place = d(m.Header.Agency), d(m.Header.Place)
	a := &m.Applicant
	a.Name, a.Address = d(a.Name), d(a.Address)
	m.Procedure, m.Clerk = d(m.Procedure), d(m.Clerk)
	docs := make([]FormDocument, len(m.Documents))
	for i, doc := range m.Documents {
		doc.Name = d(doc.Name)
		docs[i] = doc
	}
	m.Documents = docs
	return m
}

// NFD input prints exactly as NFC input: the same PDF, byte for byte, and
// the extracted text is NFC with the marks on their letters.
func TestFormsNormaliseNFDInput(t *testing.T) {
	nfd := nfdCopy(sampleMau01())
	if nfd.Applicant.Name == sampleMau01().Applicant.Name {
		t.Fatal("the test input is not decomposed")
	}
	a, b := mustForm(t, sampleMau01(), A5), mustForm(t, nfd, A5)
	if !bytes.Equal(a, b) {
		t.Error("NFD input gives a different PDF from NFC input")
	}
	mustContain(t, "NFD", pageText(t, b, 1), mau01Phrases...)

	m4 := sampleMau04()
	m4.Reason, m4.Applicant.Name = norm.NFD.String(m4.Reason), norm.NFD.String(m4.Applicant.Name)
	mustContain(t, "NFD Mẫu 04", pageText(t, mustForm(t, m4, A5), 1),
		"Kính gửi: Ông/Bà Nguyễn Thị Hương", "Lý do: Cần xác minh thông tin về nơi sinh của trẻ")
}

// Control characters and terminal escapes (a scanner, a paste from a
// terminal) never reach the paper.
func TestFormsStripControlCharacters(t *testing.T) {
	m := sampleMau01()
	m.Applicant.Name = "Nguyễn\x1b[31m Thị\x07  Hương\x1b]0;title\x07"
	m.Procedure = "Đăng ký\tkhai sinh\r\n"
	text := pageText(t, mustForm(t, m, A5), 1)
	mustContain(t, "controls", text, "Tiếp nhận hồ sơ của: Nguyễn Thị Hương", "Nội dung yêu cầu giải quyết: Đăng ký khai sinh")
	if strings.ContainsAny(text, "\x1b\x07") || strings.Contains(text, "[31m") || strings.Contains(text, "title") {
		t.Errorf("control characters printed:\n%q", text)
	}
}

// A form that would mislead is refused, not printed.
func TestFormsRefuseIncompleteData(t *testing.T) {
	bad := map[string]Form{}
	m := sampleMau01()
	m.Applicant.Name = " \u200b"
	bad["no name"] = m
	m = sampleMau01()
	m.DossierCode = ""
	bad["no code"] = m
	m = sampleMau01()
	m.DueAt = m.ReceivedAt.Add(-time.Hour)
	bad["due before received"] = m
	m = sampleMau01()
	m.ReturnBy = ReturnByPost
	bad["post without address"] = m
	m = sampleMau01()
	m.Header.Date = time.Time{}
	bad["no date"] = m
	m2 := sampleMau02()
	m2.Items = []string{" ", "\n"}
	bad["nothing to supplement"] = m2
	m3 := sampleMau03()
	m3.Reason = ""
	bad["refusal without reason"] = m3
	m4 := sampleMau04()
	m4.NewDueAt = m4.DueAt
	bad["new appointment not later"] = m4
	for what, f := range bad {
		if _, err := f.Render(A5); !errors.Is(err, ErrInvalidDocument) {
			t.Errorf("%s: err = %v, want ErrInvalidDocument", what, err)
		}
	}
	if _, err := sampleMau01().Render(PageSize(7)); !errors.Is(err, ErrInvalidDocument) {
		t.Errorf("unknown page size: %v", err)
	}
}

func TestLegalDateFormats(t *testing.T) {
	cases := []struct {
		got, want string
	}{
		{FormatLegalDate(time.Date(2026, 1, 5, 0, 0, 0, 0, store.Local)), "ngày 05 tháng 01 năm 2026"},
		{FormatLegalDate(time.Date(2026, 2, 14, 0, 0, 0, 0, store.Local)), "ngày 14 tháng 02 năm 2026"},
		{FormatLegalDate(time.Date(2026, 3, 9, 0, 0, 0, 0, store.Local)), "ngày 09 tháng 3 năm 2026"},
		{FormatLegalDate(time.Date(2026, 11, 23, 0, 0, 0, 0, store.Local)), "ngày 23 tháng 11 năm 2026"},
		// 23:30 UTC on the 31st is already New Year's Day in Vietnam.
		{FormatLegalDate(time.Date(2026, 12, 31, 23, 30, 0, 0, time.UTC)), "ngày 01 tháng 01 năm 2027"},
		{FormatPlaceDate("Tân Hòa", time.Date(2026, 11, 23, 8, 0, 0, 0, store.Local)), "Tân Hòa, ngày 23 tháng 11 năm 2026"},
		{FormatLegalTime(time.Date(2026, 3, 9, 7, 5, 0, 0, store.Local)), "07 giờ 05 phút, ngày 09 tháng 03 năm 2026"},
		{FormatLegalTime(time.Date(2026, 11, 23, 1, 5, 0, 0, time.UTC)), "08 giờ 05 phút, ngày 23 tháng 11 năm 2026"},
		{FormatVND(0), "0"}, {FormatVND(8000), "8.000"}, {FormatVND(1250000), "1.250.000"}, {FormatVND(-45000), "-45.000"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestCleanFields(t *testing.T) {
	cases := map[string]string{
		"  Nguyễn   Văn\tAn  ":           "Nguyễn Văn An",
		"Trần\x00Thị\u200b\u200eB\ufeff": "TrầnThịB",
		"a\x1b[1;31mb\x1b[0m":            "ab",
		"\x1b]8;;http://x\x07link":       "link",
		norm.NFD.String("Đặng Thị Ngọc"): "Đặng Thị Ngọc",
	}
	for in, want := range cases {
		if got := clean(in, false); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
	if got := clean("dòng 1\r\n  dòng 2 \n", true); got != "dòng 1\ndòng 2" {
		t.Errorf("multi-line: %q", got)
	}
	long := clean(strings.Repeat("ữ", maxField), false)
	if len(long) > maxField+len("…") || !strings.HasSuffix(long, "…") || !norm.NFC.IsNormalString(long) {
		t.Errorf("cap: %d bytes, suffix %q", len(long), long[len(long)-6:])
	}
}

package receipts

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"motcua/store"
)

// The sample dossier of the form tests: a birth registration received on
// a Monday morning in a commune, with Vietnamese names in every field.
var (
	formDate   = time.Date(2026, 11, 23, 8, 5, 0, 0, store.Local)
	formDue    = time.Date(2026, 11, 26, 14, 0, 0, 0, store.Local)
	formNewDue = time.Date(2026, 12, 3, 9, 30, 0, 0, store.Local)
)

func sampleHeader() FormHeader {
	return FormHeader{Agency: "UBND xã Tân Hòa", Place: "Tân Hòa", Date: formDate}
}

func sampleApplicant() Applicant {
	return Applicant{
		Name:     "Nguyễn Thị Hương",
		IDNumber: "001186012345",
		Address:  "Thôn Đông, xã Tân Hòa, tỉnh Phú Thọ",
		Phone:    "0912345678",
		Email:    "huong.nt@example.vn",
	}
}

func sampleMau01() Mau01 {
	return Mau01{
		Header:      sampleHeader(),
		DossierCode: "H99.99.01.01-261123-0001",
		LookupCode:  "K7M2QX",
		Applicant:   sampleApplicant(),
		Procedure:   "Đăng ký khai sinh",
		Documents: []FormDocument{
			{Name: "Tờ khai đăng ký khai sinh", Kind: DocOriginal, Count: 1},
			{Name: "Giấy chứng sinh", Kind: DocOriginal, Count: 1},
			{Name: "Giấy chứng nhận kết hôn của cha, mẹ", Kind: DocCertifiedCopy, Count: 1},
			{Name: "Căn cước của người đi đăng ký", Kind: DocPhotocopy, Count: 2},
		},
		Sets:           1,
		ProcessingDays: 3,
		ProcessingUnit: WorkingDays,
		FeeVND:         8000,
		ReceivedAt:     formDate,
		DueAt:          formDue,
		ReturnBy:       ReturnAtCounter,
		RegisterBook:   "03",
		RegisterSeq:    "125",
		Clerk:          "Trần Văn Đức",
	}
}

func sampleMau02() Mau02 {
	h := sampleHeader()
	h.Number = "15/PYCBS"
	return Mau02{
		Header:      h,
		DossierCode: "H99.99.01.01-261123-0001",
		Applicant:   sampleApplicant(),
		Procedure:   "Đăng ký khai sinh",
		Items: []string{
			"Bản sao chứng thực Giấy chứng nhận kết hôn của cha, mẹ",
			"Văn bản ủy quyền có chứng thực của người được ủy quyền đi đăng ký",
		},
		Reason:       "Giấy chứng nhận kết hôn nộp kèm là bản chụp không có chứng thực; người đi đăng ký không phải cha, mẹ của trẻ.",
		Clerk:        "Trần Văn Đức",
		ContactPhone: "02103 855 123",
	}
}

func sampleMau03() Mau03 {
	return Mau03{
		Header:      sampleHeader(),
		DossierCode: "H99.99.01.01-261123-0002",
		Applicant:   sampleApplicant(),
		Procedure:   "Chứng thực bản sao từ bản chính",
		Reason:      "Bản chính giấy tờ bị tẩy xóa, sửa chữa, không bảo đảm tính hợp pháp.",
		Clerk:       "Trần Văn Đức",
	}
}

func sampleMau04() Mau04 {
	h := sampleHeader()
	h.Date = time.Date(2026, 11, 25, 10, 0, 0, 0, store.Local)
	h.Number = "07/XL-UBND"
	return Mau04{
		Header:      h,
		DossierCode: "H99.99.01.01-261123-0001",
		Applicant:   sampleApplicant(),
		Procedure:   "Đăng ký khai sinh",
		ReceivedAt:  formDate,
		DueAt:       formDue,
		NewDueAt:    formNewDue,
		Reason:      "Cần xác minh thông tin về nơi sinh của trẻ với Ủy ban nhân dân xã nơi cư trú trước đây của người mẹ.",
		Signer:      "Lê Minh Tuấn",
		SignerTitle: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
	}
}

// keepPDF writes pdf to $MOTCUA_KEEP_PDF/name when that folder is set, so
// a developer can look at the forms the tests render.
func keepPDF(t testing.TB, name string, pdf []byte) {
	t.Helper()
	dir := os.Getenv("MOTCUA_KEEP_PDF")
	if dir == "" {
		return
	}
	if err := os.WriteFile(filepath.Join(dir, name), pdf, 0o644); err != nil {
		t.Fatal(err)
	}
}

// mustForm renders a form or fails.
func mustForm(t testing.TB, f Form, size PageSize) []byte {
	t.Helper()
	pdf, err := f.Render(size)
	if err != nil {
		t.Fatalf("render %s %s: %v", f.kind(), size, err)
	}
	return pdf
}

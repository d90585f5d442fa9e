package intake_test

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"motcua/assets/i18n"
	"motcua/intake"
)

// today is the station's day in the validation tests.

var today = local(2026, 10, 19, 9, 0)

// messages runs CheckCitizen and returns the Vietnamese sentences per field.

func messages(t *testing.T, c intake.Citizen) (intake.Citizen, map[string]string) {
	t.Helper()
	out, errs := intake.CheckCitizen(c, today)
	got := map[string]string{}
	for _, e := range errs {
		if strings.HasPrefix(e.Message(i18n.VI), "!") || strings.HasPrefix(e.Message(i18n.EN), "!") {
			t.Fatalf("key %s has no sentence", e.Key)
		}
		got[e.Field] += e.Message(i18n.VI)
	}
	return out, got
}

func TestValidCitizenIsStoredNormalised(t *testing.T) {
	c := citizen()
	c.Name = norm.NFD.String("  Nguyễn   Văn An ")
	c.IDNumber = "001 090 012345"
	c.Phone = "+84 912.345.678"
	c.Email = " an@example.vn "
	out, errs := messages(t, c)
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	if out.Name != "Nguyễn Văn An" || out.IDNumber != "001090012345" || out.Phone != "0912345678" || out.Email != "an@example.vn" {
		t.Fatalf("normalised: %+v", out)
	}
}

func TestCitizenMessages(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(*intake.Citizen)
		field string
		want  string
	}{
		{"empty name", func(c *intake.Citizen) { c.Name = " \x1b[0m " }, intake.FieldName, "Chưa nhập họ và tên người nộp hồ sơ."},
		{"digits in name", func(c *intake.Citizen) { c.Name = "Nguyễn Văn 001090012345" }, intake.FieldName, "Họ và tên không được có chữ số"},
		{"no ID", func(c *intake.Citizen) { c.IDNumber = "" }, intake.FieldIDNumber, "Chưa nhập số định danh cá nhân"},
		{"11 digits", func(c *intake.Citizen) { c.IDNumber = "00109001234" }, intake.FieldIDNumber, "Số định danh phải có đúng 12 chữ số; bạn đã nhập 11."},
		{"13 digits", func(c *intake.Citizen) { c.IDNumber = "0010900123456" }, intake.FieldIDNumber, "bạn đã nhập 13."},
		{"letter", func(c *intake.Citizen) { c.IDNumber = "00109001234O" }, intake.FieldIDNumber, "Số định danh chỉ gồm chữ số; hãy bỏ ký tự “O”."},
		{"province", func(c *intake.Citizen) { c.IDNumber = "003090012345" }, intake.FieldIDNumber, "Ba chữ số đầu “003” không phải mã tỉnh"},
		{"province 097", func(c *intake.Citizen) { c.IDNumber = "097090012345" }, intake.FieldIDNumber, "“097”"},
		{"birth year differs", func(c *intake.Citizen) { c.IDNumber = "001091012345" }, intake.FieldIDNumber,
			"Số định danh cho năm sinh 1991 nhưng ngày sinh đã nhập là năm 1990"},
		{"century differs", func(c *intake.Citizen) { c.IDNumber = "001290012345" }, intake.FieldIDNumber, "năm sinh 2090"},
		{"future year", func(c *intake.Citizen) { c.IDNumber = "001230012345"; c.BirthDate = zeroTime }, intake.FieldIDNumber, "cho năm sinh 2030, chưa tới"},
		{"gender", func(c *intake.Citizen) { c.Gender = "Nữ" }, intake.FieldIDNumber, "không khớp với giới tính “Nữ”"},
		{"birth in future", func(c *intake.Citizen) { c.BirthDate = local(2027, 1, 1, 0, 0) }, intake.FieldBirthDate, "Ngày sinh 01/01/2027 chưa tới"},
		{"birth before 1900", func(c *intake.Citizen) { c.BirthDate = local(1899, 12, 31, 0, 0) }, intake.FieldBirthDate, "trước năm 1900"},
		{"mobile length", func(c *intake.Citizen) { c.Phone = "091 234 567" }, intake.FieldPhone, "Số di động phải có đúng 10 chữ số; bạn đã nhập 9."},
		{"landline length", func(c *intake.Citizen) { c.Phone = "024 3825 456" }, intake.FieldPhone, "Số máy bàn (bắt đầu bằng 02) phải có đúng 11 chữ số; bạn đã nhập 10."},
		{"prefix", func(c *intake.Citizen) { c.Phone = "0612345678" }, intake.FieldPhone, "phải bắt đầu bằng 03, 05, 07, 08, 09"},
		{"missing 0", func(c *intake.Citizen) { c.Phone = "912345678" }, intake.FieldPhone, "phải bắt đầu bằng 03"},
		{"foreign", func(c *intake.Citizen) { c.Phone = "+1 202 555 0100" }, intake.FieldPhone, "Chỉ nhận số điện thoại Việt Nam"},
		{"phone letter", func(c *intake.Citizen) { c.Phone = "09l2345678" }, intake.FieldPhone, "hãy bỏ ký tự “l”"},
		{"email", func(c *intake.Citizen) { c.Email = "an@localhost" }, intake.FieldEmail, "“an@localhost” không đúng dạng"},
		{"email with name", func(c *intake.Citizen) { c.Email = "An <an@example.vn>" }, intake.FieldEmail, "không đúng dạng"},
	}
	for _, c := range cases {
		in := citizen()
		c.edit(&in)
		out, got := messages(t, in)
		if !strings.Contains(got[c.field], c.want) {
			t.Errorf("%s: %s says %q, want %q (all: %v)", c.name, c.field, got[c.field], c.want, got)
		}
		if len(got) != 1 {
			t.Errorf("%s: one mistake should give one message, got %v", c.name, got)
		}
		// Nothing typed is lost: the wrong value comes back (cleaned).
		if c.field == intake.FieldPhone && out.Phone != intake.Clean(in.Phone, intake.MaxPhoneInput) {
			t.Errorf("%s: phone %q came back as %q", c.name, in.Phone, out.Phone)
		}
	}
}

var zeroTime time.Time

package intake_test

import (
	"strings"
	"testing"

	"motcua/assets/i18n"
	"motcua/intake"
)

func TestCheckIntakeMessages(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(*intake.Intake)
		field string
		want  string
	}{
		{"no procedure", func(in *intake.Intake) { in.Procedure = "" }, intake.FieldProcedure, "Chưa chọn thủ tục"},
		{"no documents", func(in *intake.Intake) { in.Documents = nil }, intake.FieldDocuments, "Chưa có giấy tờ nào"},
		{"only blank document lines", func(in *intake.Intake) { in.Documents = []intake.ReceivedDocument{{}, {}} }, intake.FieldDocuments, "Chưa có giấy tờ nào"},
		{"document without name", func(in *intake.Intake) { in.Documents[1].Name = " " }, intake.FieldDocuments, "Giấy tờ thứ 2 chưa có tên."},
		{"document kind", func(in *intake.Intake) { in.Documents[0].Kind = "" }, intake.FieldDocuments, "Giấy tờ thứ 1 (Tờ khai đăng ký khai sinh): chọn bản chính"},
		{"document count", func(in *intake.Intake) { in.Documents[1].Count = 0 }, intake.FieldDocuments, "số lượng phải từ 1 đến 99"},
		{"sets", func(in *intake.Intake) { in.Sets = 100 }, intake.FieldSets, "Số bộ hồ sơ phải từ 1 đến 99."},
		{"fee", func(in *intake.Intake) { in.FeeVND = -1 }, intake.FieldFee, "không được âm"},
		{"post without address", func(in *intake.Intake) { in.Return = intake.ByPost }, intake.FieldPostalAddress, "cần địa chỉ nhận"},
		{"return method", func(in *intake.Intake) { in.Return = "drone" }, intake.FieldReturn, "Chọn nơi nhận kết quả"},
	}
	for _, c := range cases {
		in := form("k", birthReg)
		c.edit(&in)
		_, errs := intake.CheckIntake(in, today)
		if len(errs) != 1 || errs[0].Field != c.field || !strings.Contains(errs[0].Message(i18n.VI), c.want) {
			t.Errorf("%s: %+v, want one %s error saying %q", c.name, errs, c.field, c.want)
		}
	}
}

func TestCheckIntakeDefaultsAndCleaning(t *testing.T) {
	in := form(" key\x1b[0m ", " "+birthReg+" ")
	in.Sets, in.Return = 0, ""
	in.Documents = append(in.Documents, intake.ReceivedDocument{})
	in.Note = "  Ghi chú\x07 \r\n dòng hai "
	out, errs := intake.CheckIntake(in, today)
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	if out.Key != "key" || out.Procedure != birthReg || out.Sets != 1 || out.Return != intake.AtCounter ||
		len(out.Documents) != 2 || out.Note != "Ghi chú\ndòng hai" {
		t.Fatalf("%+v", out)
	}
}

func TestEveryWrongFieldIsReportedInFormOrder(t *testing.T) {
	in := form("k", "")
	in.Citizen.Name, in.Citizen.IDNumber, in.Citizen.Phone = "", "123", "12"
	in.Documents = nil
	_, errs := intake.CheckIntake(in, today)
	var fields []string
	for _, e := range errs {
		fields = append(fields, e.Field)
	}
	want := "name id_number phone procedure documents"
	if got := strings.Join(fields, " "); got != want {
		t.Fatalf("fields %q, want %q", got, want)
	}
	ve := &intake.ValidationError{Fields: errs}
	if ve.For(intake.FieldPhone) == nil || ve.For(intake.FieldEmail) != nil {
		t.Fatal("ValidationError.For")
	}
	msg := intake.Message(i18n.EN, ve)
	if !strings.Contains(msg, "exactly 12 digits; you entered 3.") || !strings.Contains(msg, "Enter the applicant's full name.") {
		t.Fatalf("English message: %s", msg)
	}
}

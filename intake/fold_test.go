package intake_test

import (
	"testing"

	"golang.org/x/text/unicode/norm"

	"motcua/intake"
)

func TestFold(t *testing.T) {
	cases := map[string]string{
		"Đăng ký  KHAI-SINH":              "dang ky khai sinh",
		norm.NFD.String("Nguyễn Thị Ánh"): "nguyen thi anh",
		"  Lê   Đức, Thọ. ":               "le duc tho",
		"Hòa / Hoà":                       "hoa hoa",
		"1.001193":                        "1 001193",
		"":                                "",
	}
	for in, want := range cases {
		if got := intake.Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

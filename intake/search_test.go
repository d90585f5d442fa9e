package intake_test

import (
	"testing"

	"golang.org/x/text/unicode/norm"

	"motcua/intake"
)

func ids(ps []intake.Procedure) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

func TestSearchFirstResult(t *testing.T) {
	cat := must(intake.DemoCatalog())(t)
	cases := []struct{ query, first string }{
		{"Đăng ký khai sinh", birthReg},
		{"dang ky khai sinh", birthReg},
		{"DANG KY KHAI SINH", birthReg},
		{norm.NFD.String("đăng ký khai sinh"), birthReg},
		{"khai sinh dang ky", birthReg},
		{"dang ky khai", birthReg},
		{"khai sinh", birthReg},
		{"kết hôn", "1.000894"},
		{"ket hon", "1.000894"},
		{"khai tu", "1.000656"},
		{"tinh trang hon nhan", maritalCert},
		{"dk lai khai sinh", ""}, // "dk" is not a word start of any name word
		{"dang ky lai khai sinh", "1.004884"},
		{"chung thuc chu ky", "2.000884"},
		{"chứng thực chữ k", "2.000884"},
		{"ban sao", "2.000635"},
		{"hoa giai dat", landMediate},
		{"giay phep xay dung", "1.013225"},
		{"thanh lap ho kinh doanh", "1.001612"},
		{"1.001193", birthReg},
		{"1.0011", birthReg},
		{"001193", birthReg},
		{"2.000", "2.000635"},
		{"marriage", "1.000894"}, // English name, ranked after Vietnamese matches
		{"zzz", ""},
	}
	for _, c := range cases {
		got := cat.Search(c.query)
		switch {
		case c.first == "" && len(got) != 0:
			t.Errorf("Search(%q) = %v, want nothing", c.query, ids(got))
		case c.first != "" && (len(got) == 0 || got[0].ID != c.first):
			t.Errorf("Search(%q) = %v, want %s first", c.query, ids(got), c.first)
		}
	}
}

func TestSearchFindsEveryMatchRanked(t *testing.T) {
	cat := must(intake.DemoCatalog())(t)
	got := ids(cat.Search("khai sinh"))
	want := map[string]bool{birthReg: true, "1.004884": true, "2.000635": true, "2.000986": true}
	for _, id := range got {
		delete(want, id)
	}
	if len(want) > 0 {
		t.Fatalf("Search(khai sinh) = %v, missing %v", got, want)
	}
	pos := map[string]int{}
	for i, id := range got {
		pos[id] = i
	}
	// The plain registration comes before re-registration and the bundle
	// that mentions it in a long name.
	if pos[birthReg] > pos["1.004884"] || pos["1.004884"] > pos["2.000986"] {
		t.Fatalf("ranking: %v", got)
	}
	if n := len(cat.Search("")); n != cat.Len() {
		t.Fatalf("empty query lists %d of %d", n, cat.Len())
	}
	if n := len(cat.Search("   \x1b[31m ")); n != cat.Len() {
		t.Fatalf("blank query lists %d of %d", n, cat.Len())
	}
	// Words in the field match too: "ho tich" lists the civil status ones.
	if n := len(cat.Search("ho tich")); n < 9 {
		t.Fatalf("Search(ho tich) = %d results", n)
	}
}

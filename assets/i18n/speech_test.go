package i18n

import "testing"

func TestNumberWords(t *testing.T) {
	cases := []struct {
		n    int
		want string
	}{
		{0, "không"},
		{5, "năm"},
		{10, "mười"},
		{11, "mười một"},
		{15, "mười lăm"},
		{21, "hai mươi mốt"},
		{24, "hai mươi tư"},
		{25, "hai mươi lăm"},
		{100, "một trăm"},
		{101, "một trăm linh một"},
		{105, "một trăm linh năm"},
		{110, "một trăm mười"},
		{115, "một trăm mười lăm"},
		{999, "chín trăm chín mươi chín"},
		{1000, "một nghìn"},
		{1005, "một nghìn không trăm linh năm"},
		{2024, "hai nghìn không trăm hai mươi tư"},
	}
	for _, c := range cases {
		if got := NumberWords(c.n); got != c.want {
			t.Errorf("NumberWords(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}

func TestSpokenTicket(t *testing.T) {
	cases := map[string]string{
		"A012": "a, mười hai",
		"B105": "bê, một trăm linh năm",
		"C100": "xê, một trăm",
		"a001": "a, một", // lower case and a single digit after the zeros
		"D":    "dê",     // no number at all
	}
	for in, want := range cases {
		if got := SpokenTicket(in); got != want {
			t.Errorf("SpokenTicket(%q) = %q, want %q", in, got, want)
		}
	}
}

package intake_test

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"motcua/intake"
)

func TestClean(t *testing.T) {
	cases := []struct {
		in   string
		max  int
		want string
	}{
		{norm.NFD.String("Nguyễn Thị Ánh"), 0, "Nguyễn Thị Ánh"},
		{"  Lê\t\tVăn \n Tám  ", 0, "Lê Văn Tám"},
		{"An\x1b[31mh\x1b[0m", 0, "Anh"},                        // colour
		{"\x1b]0;pwned\x07Bình", 0, "Bình"},                     // window title (OSC … BEL)
		{"\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", 0, "link"}, // hyperlink (OSC … ST)
		{"\x1bPqpayload\x1b\\Chi", 0, "Chi"},                    // DCS
		{"\u009b2JDung", 0, "Dung"},                             // C1 CSI
		{"\x1b(BHà", 0, "Hà"},                                   // charset designation
		{"\x1b7Hà\x1b8", 0, "Hà"},                               // save/restore cursor
		{"Hà\x1b", 0, "Hà"},                                     // lone ESC at the end
		{"a\x00b\x07c\x7fd", 0, "abcd"},
		{"Tr\u202eần\u200b", 0, "Trần"}, // bidi override, zero-width space
		{"Ph\xffạm", 0, "Phạm"},         // invalid UTF-8
		{"Nguyễn Văn An", 6, "Nguyễn"},
		{"Nguyễn Văn An", 7, "Nguyễn"},        // trailing space trimmed
		{"e\u0301\u0323x", 2, "\u1eb9\u0301"}, // ẹ + acute: two characters in NFC
		{"e\u0301\u0323x", 1, ""},             // a letter is never split from its marks
		{"", 5, ""},
	}
	for _, c := range cases {
		if got := intake.Clean(c.in, c.max); got != c.want {
			t.Errorf("Clean(%q, %d) = %q, want %q", c.in, c.max, got, c.want)
		}
	}
}

func TestCleanText(t *testing.T) {
	in := "\r\n  Dòng một  \r\nDòng\thai\r\r\n\n\nDòng \x1b[1mba\x1b[0m\n\n"
	want := "Dòng một\nDòng hai\n\nDòng ba"
	if got := intake.CleanText(in, 0); got != want {
		t.Fatalf("CleanText = %q, want %q", got, want)
	}
	if got := intake.CleanText(strings.Repeat("ab\n", 10), 5); got != "ab\nab" {
		t.Fatalf("capped: %q", got)
	}
}

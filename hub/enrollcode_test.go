package hub

import (
	"errors"
	"strings"
	"testing"
)

func TestEnrollCodeRoundTripAndMistypes(t *testing.T) {
	c := EnrollCode{URL: "https://huyen.example:8443", Fingerprint: strings.Repeat("ab", 32),
		Recipient: "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq", Station: "XA-TAN-LAP", Secret: "MP2WXRUKGLKX2QJ6QB4PQ5A2FMJETT6X"}
	s := c.String()
	if !strings.HasPrefix(s, EnrollCodePrefix) {
		t.Fatalf("code %q", s)
	}
	// pasted with line breaks and spaces from a terminal
	got, err := ParseEnrollCode(" " + s[:20] + "\n" + s[20:] + " ")
	if err != nil || got != c {
		t.Fatalf("round trip: %+v %v", got, err)
	}
	body := s[len(EnrollCodePrefix):]
	for i := 0; i < len(body); i += 7 {
		b := []byte(body)
		if b[i] == 'A' {
			b[i] = 'B'
		} else {
			b[i] = 'A'
		}
		if _, err := ParseEnrollCode(EnrollCodePrefix + string(b)); !errors.Is(err, ErrBadEnrollCode) {
			t.Errorf("character %d changed: %v, want ErrBadEnrollCode", i, err)
		}
	}
	for _, bad := range []string{"", "motcua1:", "motcua2:" + body, s[:len(s)-3], "hello"} {
		if _, err := ParseEnrollCode(bad); !errors.Is(err, ErrBadEnrollCode) {
			t.Errorf("%q: %v, want ErrBadEnrollCode", bad, err)
		}
	}
}

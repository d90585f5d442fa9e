package intake_test

import (
	"testing"

	"motcua/intake"
)

func TestEmailForms(t *testing.T) {
	for _, good := range []string{"", "an@example.vn", "nguyen.van.an+hs@xa-tanhoa.gov.vn"} {
		if _, err := intake.CheckEmail(good); err != nil {
			t.Errorf("CheckEmail(%q): %v", good, err)
		}
	}
	for _, bad := range []string{"an", "an@", "@example.vn", "an@example", "an@example.vn.", "an @example.vn", "a@b@c.vn", "<an@example.vn>"} {
		if _, err := intake.CheckEmail(bad); err == nil {
			t.Errorf("CheckEmail(%q) accepted", bad)
		}
	}
}

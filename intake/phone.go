package intake

import "strings"

// NormalisePhone turns a Vietnamese phone number as typed into its
// national form: a 10-digit mobile 0[35789]xxxxxxxx or an 11-digit
// landline 02xxxxxxxxx. Spaces, dots, dashes and brackets are ignored;
// the international forms +84…, 0084… and 84… become 0…. The error is a
// *FieldError for FieldPhone that says what to fix. An empty input is
// returned as "" without error: the phone is optional.
func NormalisePhone(s string) (string, error) {
	s = Clean(s, MaxPhoneInput)
	if s == "" {
		return "", nil
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '.' || r == '-' || r == '(' || r == ')':
		case r == '+' && i == 0:
			b.WriteRune(r)
		default:
			return "", fieldErr(FieldPhone, "intake.err.phone_chars", string(r))
		}
	}
	d := b.String()
	switch {
	case strings.HasPrefix(d, "+84"):
		d = "0" + d[3:]
	case strings.HasPrefix(d, "+"):
		return "", fieldErr(FieldPhone, "intake.err.phone_country")
	case strings.HasPrefix(d, "0084"):
		d = "0" + d[4:]
	case strings.HasPrefix(d, "84") && len(d) >= 11:
		d = "0" + d[2:]
	}
	if len(d) < 2 || d[0] != '0' {
		return "", fieldErr(FieldPhone, "intake.err.phone_prefix")
	}
	switch d[1] {
	case '2':
		if len(d) != 11 {
			return "", fieldErr(FieldPhone, "intake.err.phone_landline_length", len(d))
		}
	case '3', '5', '7', '8', '9':
		if len(d) != 10 {
			return "", fieldErr(FieldPhone, "intake.err.phone_mobile_length", len(d))
		}
	default:
		return "", fieldErr(FieldPhone, "intake.err.phone_prefix")
	}
	return d, nil
}

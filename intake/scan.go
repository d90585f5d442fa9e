package intake

import (
	"strings"
	"time"

	"motcua/store"
)

// ChipScan is what the QR code of a chip-based ID card holds. A USB
// scanner types it like a keyboard, followed by Enter:
//
//	ID|OldID|Name|DOBddmmyyyy|Gender|Address|IssueDateddmmyyyy
//
// e.g. "001203012345|123456789|Nguyễn Văn An|15081990|Nam|Thôn 3, xã Tân
// Hòa|20042021". OldID (the 9-digit number of the old card) may be empty.
type ChipScan struct {
	IDNumber  string
	OldID     string
	Name      string
	BirthDate time.Time // zero when the card gave none
	Gender    string
	Address   string
	IssueDate time.Time // zero when absent or unreadable
}

// LooksLikeChipQR reports whether text typed into any field of the form is
// a chip-card scan rather than typing, so the form can take it whole.
func LooksLikeChipQR(s string) bool {
	first, _, ok := strings.Cut(firstScanLine(s), "|")
	if !ok {
		return false
	}
	first = strings.TrimSpace(first)
	if len(first) != 12 {
		return false
	}
	for i := 0; i < len(first); i++ {
		if first[i] < '0' || first[i] > '9' {
			return false
		}
	}
	return true
}

// ParseChipQR reads a chip-card scan. It is tolerant of what scanners and
// newer cards add: surrounding spaces, CR/LF, a second scan on the next
// line (ignored), fields after the seventh (ignored), and missing trailing
// fields after the date of birth. Every field is cleaned (NFC, no control
// characters). The error is a *FieldError for FieldScan; the ID number and
// dates are checked for form here and for meaning by CheckCitizen.
func ParseChipQR(s string) (ChipScan, error) {
	line := firstScanLine(s)
	f := strings.Split(line, "|")
	if len(f) < 4 {
		return ChipScan{}, fieldErr(FieldScan, "intake.err.scan_format")
	}
	field := func(i, max int) string {
		if i >= len(f) {
			return ""
		}
		return Clean(f[i], max)
	}
	sc := ChipScan{
		IDNumber: field(0, MaxIDInput),
		OldID:    field(1, MaxIDInput),
		Name:     field(2, MaxName),
		Gender:   field(4, 10),
		Address:  field(5, MaxAddress),
	}
	if len(sc.IDNumber) != 12 || strings.Trim(sc.IDNumber, "0123456789") != "" || sc.Name == "" {
		return ChipScan{}, fieldErr(FieldScan, "intake.err.scan_format")
	}
	if dob := field(3, 8); dob != "" {
		t, ok := parseDDMMYYYY(dob)
		if !ok {
			return ChipScan{}, fieldErr(FieldScan, "intake.err.scan_date", dob)
		}
		sc.BirthDate = t
	}
	sc.IssueDate, _ = parseDDMMYYYY(field(6, 8)) // not used for checks: tolerate
	return sc, nil
}

// Citizen is the applicant the scan describes; phone and e-mail are not on
// the card.
func (sc ChipScan) Citizen() Citizen {
	return Citizen{
		Name: sc.Name, IDNumber: sc.IDNumber, BirthDate: sc.BirthDate,
		Gender: sc.Gender, Address: sc.Address,
	}
}

// firstScanLine is the first non-empty line of a scan, without the
// control characters a scanner may send around it.
func firstScanLine(s string) string {
	if len(s) > 4*MaxScan {
		s = s[:4*MaxScan]
	}
	for _, l := range strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' }) {
		if l = Clean(l, MaxScan); l != "" {
			return l
		}
	}
	return ""
}

// parseDDMMYYYY reads a date written ddmmyyyy, as a local calendar day.
func parseDDMMYYYY(s string) (time.Time, bool) {
	if len(s) != 8 {
		return time.Time{}, false
	}
	t, err := time.ParseInLocation("02012006", s, store.Local)
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

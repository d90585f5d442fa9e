package intake

import (
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	hoso "motcua/intake"
)

// A USB QR scanner is a keyboard: reading a chip card, it types
// "ID|OldID|Name|DOB|Gender|Address|IssueDate" and Enter into whatever
// field has the focus. In a text field the scan lands in the field and is
// recognised when Enter comes; on the checklist or the return method,
// where letters are commands, a digit starts a scan buffer that takes the
// keys until Enter (or Esc). A paste of a scan is recognised at once.

// scanStart is where a chip-card scan starts in a field's text (after
// whatever the field held before the scanner typed), or -1.
func scanStart(v string) int {
	for i := 0; i < len(v); {
		if v[i] >= '0' && v[i] <= '9' && hoso.LooksLikeChipQR(v[i:]) {
			return i
		}
		_, n := utf8.DecodeRuneInString(v[i:])
		i += n
	}
	return -1
}

// takeScanFromField recognises a scan at the end of the focused text
// field: the field gets back what it held before, and the scan fills the
// applicant. ok is false when the field holds no scan.
func (m Model) takeScanFromField() (Model, tea.Cmd, bool) {
	f := m.focus
	v := m.value(f)
	at := scanStart(v)
	if at < 0 {
		return m, nil, false
	}
	m.setValue(f, v[:at])
	m, cmd := m.applyScan(v[at:])
	return m, cmd, true
}

// applyScan fills the applicant from a scan, or says why it cannot.
func (m Model) applyScan(text string) (Model, tea.Cmd) {
	sc, err := hoso.ParseChipQR(text)
	if err != nil {
		m.note = notice{err: err, bad: true}
		return m, m.edited()
	}
	m.setValue(fName, sc.Name)
	m.setValue(fID, sc.IDNumber)
	if sc.BirthDate.IsZero() {
		m.setValue(fBirth, "")
	} else {
		m.setValue(fBirth, sc.BirthDate.Format("02/01/2006"))
	}
	if sc.Address != "" {
		m.setValue(fAddress, sc.Address)
	}
	m.gender = sc.Gender
	m.dropErrors(fName, fID, fBirth, fAddress)
	m.note = notice{key: "intakeform.scanned", args: []any{sc.Name}}
	if m.focus <= fAddress {
		m.setFocus(fPhone) // the card has no phone: that is what comes next
	}
	return m, m.edited()
}

// bufferScan takes a key on a field without text while a scan may be
// coming: true when the key was taken.
func (m *Model) bufferScan(k tea.KeyPressMsg) bool {
	if k.Text == "" || k.Mod&^tea.ModShift != 0 { // shift is typing; ctrl and alt are not
		return false
	}
	if len(m.scanBuf) == 0 {
		if r := []rune(k.Text); len(r) != 1 || r[0] < '0' || r[0] > '9' {
			return false
		}
	}
	if len(m.scanBuf) < 4*hoso.MaxScan {
		m.scanBuf = append(m.scanBuf, []rune(k.Text)...)
	}
	return true
}

// endScanBuffer handles Enter after a buffered scan.
func (m Model) endScanBuffer() (Model, tea.Cmd) {
	text := string(m.scanBuf)
	m.scanBuf = nil
	if !hoso.LooksLikeChipQR(text) {
		m.note = notice{key: "intake.err.scan_format", bad: true}
		return m, nil
	}
	return m.applyScan(text)
}

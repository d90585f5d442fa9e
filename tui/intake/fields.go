package intake

import (
	"charm.land/bubbles/v2/textinput"

	hoso "motcua/intake"
	"motcua/tui/common"
)

// field is a stop of the focus, in form order.
type field int

const (
	fName field = iota
	fID
	fBirth
	fPhone
	fEmail
	fAddress
	fProcedure
	fDocuments
	fSets
	fFee
	fReturn
	fPostal
	fNote
	numFields
)

// applicantFields are the fields of the left column on a wide screen.
var applicantFields = []field{fName, fID, fBirth, fPhone, fEmail, fAddress}

// textField reports whether the field is a text input.
func textField(f field) bool { return f != fDocuments && f != fReturn }

// domainField is the name intake's FieldErrors use for the field.
var domainField = map[field]string{
	fName: hoso.FieldName, fID: hoso.FieldIDNumber, fBirth: hoso.FieldBirthDate, fPhone: hoso.FieldPhone,
	fEmail: hoso.FieldEmail, fAddress: hoso.FieldAddress, fProcedure: hoso.FieldProcedure,
	fDocuments: hoso.FieldDocuments, fSets: hoso.FieldSets, fFee: hoso.FieldFee, fReturn: hoso.FieldReturn,
	fPostal: hoso.FieldPostalAddress, fNote: "note",
}

// fieldOf is the form field an intake FieldError belongs to; ok is false
// for errors that belong to no field (the ticket, a scan).
func fieldOf(name string) (field, bool) {
	switch name {
	case hoso.FieldGender:
		return fID, true // the gender comes from the card; the number is what to check
	}
	for f, n := range domainField {
		if n == name {
			return f, true
		}
	}
	return 0, false
}

// labelKey is the translation key of the field's label.
func labelKey(f field) string { return hoso.FieldKey(domainField[f]) }

// limits caps what each field keeps once the clerk leaves it; while
// typing, a field takes up to a whole chip-card scan, so the scan is not
// cut before it is recognised.
var limits = map[field]int{
	fName: hoso.MaxName, fID: hoso.MaxIDInput, fBirth: 20, fPhone: hoso.MaxPhoneInput, fEmail: hoso.MaxEmail,
	fAddress: hoso.MaxAddress, fProcedure: 200, fSets: 6, fFee: 20, fPostal: hoso.MaxAddress, fNote: hoso.MaxNote,
}

// newInput makes a text input that does not blink: no timer runs while
// the clerk listens to the citizen.
func newInput() textinput.Model {
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = hoso.MaxScan
	s := in.Styles()
	s.Cursor.Blink = false
	in.SetStyles(s)
	return in
}

// visible reports whether the field is shown and can take the focus: the
// postal address only when the result goes by post.
func (m Model) visible(f field) bool {
	return f != fPostal || m.ret == hoso.ByPost
}

// nextField is the field after f (or before it, back), wrapping around.
func (m Model) nextField(f field, back bool) field {
	for range numFields {
		if back {
			f = (f + numFields - 1) % numFields
		} else {
			f = (f + 1) % numFields
		}
		if m.visible(f) {
			return f
		}
	}
	return f
}

// lastField is the last field of the form, where Enter saves.
func (m Model) lastField() field { return fNote }

// setFocus moves the focus, capping the field it leaves.
func (m *Model) setFocus(f field) {
	if textField(m.focus) {
		in := &m.inputs[m.focus]
		in.Blur()
		if v := []rune(in.Value()); limits[m.focus] > 0 && len(v) > limits[m.focus] {
			in.SetValue(string(v[:limits[m.focus]]))
		}
		showStart(in) // a field without the focus shows its beginning
	}
	m.focus = f
	if textField(f) {
		m.inputs[f].Focus()
		m.inputs[f].CursorEnd()
	}
	m.scanBuf = nil
}

// value is a text field's content.
func (m Model) value(f field) string { return m.inputs[f].Value() }

// setValue replaces a text field's content; the cursor goes to the end
// of the field with the focus and to the start of the others, so a long
// value shows its beginning.
func (m *Model) setValue(f field, s string) {
	m.inputs[f].SetValue(s)
	m.inputs[f].CursorEnd()
	if f != m.focus {
		showStart(&m.inputs[f])
	}
}

// showStart scrolls a text input back to its beginning. The input only
// recomputes its visible window when the cursor leaves it, so the cursor
// goes to the end first: that window is then measured on the current text
// and width.
func showStart(in *textinput.Model) {
	in.CursorEnd()
	in.CursorStart()
}

// cleanInput keeps a text input clean as the clerk types: NFC (some
// input methods and scanners send a letter and its marks as separate
// characters, and the cursor would then step between them) and without
// the invisible characters common.Sanitize removes (bidi overrides), so
// what is drawn is what will be stored.
func cleanInput(in *textinput.Model) {
	v := in.Value()
	clean := common.Sanitize(v)
	if clean == v {
		return
	}
	runes := []rune(v)
	pos := min(in.Position(), len(runes))
	before := []rune(common.Sanitize(string(runes[:pos])))
	in.SetValue(clean)
	in.SetCursor(min(len(before), len([]rune(clean))))
}

package intake

import (
	"strconv"
	"strings"

	hoso "motcua/intake"
)

// searching reports whether the procedure list is open under the field:
// the field has the focus and its text is not the procedure chosen.
func (m Model) searching() bool {
	return m.focus == fProcedure && (m.procID == "" || m.value(fProcedure) != m.procLabel)
}

// procedure is the chosen procedure.
func (m Model) procedure() (hoso.Procedure, bool) {
	if m.procID == "" || m.catalog == nil {
		return hoso.Procedure{}, false
	}
	return m.catalog.Procedure(m.procID)
}

// research runs the search again for the procedure field's text.
func (m *Model) research() {
	if m.catalog == nil {
		return
	}
	m.results = m.catalog.Search(m.value(fProcedure))
	m.resIdx = 0
}

// choose takes a procedure from the list: its papers become the
// checklist and its fee the fee, unless it is the one already chosen
// (then what was ticked stays).
func (m *Model) choose(p hoso.Procedure) {
	m.procLabel = p.NameVI
	m.setValue(fProcedure, m.procLabel)
	m.dropErrors(fProcedure)
	if p.ID == m.procID && len(m.docs) > 0 {
		return
	}
	m.procID = p.ID
	m.docs = make([]docLine, len(p.Documents))
	for i, name := range p.Documents {
		m.docs[i] = docLine{Name: name, Kind: hoso.Original, Count: 1}
	}
	m.docIdx = 0
	fee := ""
	if p.FeeKnown {
		fee = strconv.FormatInt(p.FeeVND, 10)
	}
	m.setValue(fFee, fee)
	m.dropErrors(fDocuments, fFee)
}

// toggleDoc ticks or unticks the highlighted paper.
func (m *Model) toggleDoc() {
	if m.docIdx < len(m.docs) {
		m.docs[m.docIdx].Received = !m.docs[m.docIdx].Received
		m.dropErrors(fDocuments)
	}
}

// cycleKind changes the kind of the highlighted paper (bản chính → bản
// sao chứng thực → bản chụp), and ticks it: a clerk who says what form
// a paper is in has it in hand.
func (m *Model) cycleKind(step int) {
	if m.docIdx >= len(m.docs) {
		return
	}
	d := &m.docs[m.docIdx]
	i := 0
	for k, kind := range hoso.DocumentKinds {
		if kind == d.Kind {
			i = k
		}
	}
	n := len(hoso.DocumentKinds)
	d.Kind = hoso.DocumentKinds[(i+step+n)%n]
	d.Received = true
	m.dropErrors(fDocuments)
}

// addCount changes the number of copies of the highlighted paper, 1–99.
func (m *Model) addCount(step int) {
	if m.docIdx >= len(m.docs) {
		return
	}
	d := &m.docs[m.docIdx]
	d.Count = min(max(d.Count+step, 1), hoso.MaxDocumentCount)
	d.Received = true
	m.dropErrors(fDocuments)
}

// received lists the papers ticked, for the intake.
func (m Model) received() []hoso.ReceivedDocument {
	var out []hoso.ReceivedDocument
	for _, d := range m.docs {
		if d.Received {
			out = append(out, hoso.ReceivedDocument{Name: d.Name, Kind: d.Kind, Count: d.Count})
		}
	}
	return out
}

// parseMoney reads a fee as typed: "8000", "8.000", "8 000 đ".
func parseMoney(s string) (int64, bool) {
	s = strings.NewReplacer(".", "", ",", "", " ", "", "đ", "", "Đ", "", "d", "", "VND", "", "vnd", "").Replace(s)
	if s == "" {
		return 0, true
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil // a negative fee gets intake's own message
}

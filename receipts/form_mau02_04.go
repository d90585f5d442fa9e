package receipts

import (
	"fmt"
	"strings"
	"time"
)

// Mau02 is the Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: what the citizen
// must add or correct, and why.
type Mau02 struct {
	Header       FormHeader
	DossierCode  string
	Applicant    Applicant
	Procedure    string
	Items        []string // what to add or complete, one entry per item
	Reason       string   // why; may hold several lines
	Clerk        string   // the clerk who guides (người hướng dẫn)
	ContactPhone string   // number to call with questions; "" for dots
}

// Mau03 is the Phiếu từ chối tiếp nhận giải quyết hồ sơ: the dossier is
// not accepted, with the reason.
type Mau03 struct {
	Header      FormHeader
	DossierCode string // "" when the refused dossier got no code
	Applicant   Applicant
	Procedure   string
	Reason      string
	Clerk       string
}

// Mau04 is the Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết:
// the agency apologises for a late result and proposes a new appointment.
type Mau04 struct {
	Header      FormHeader
	DossierCode string
	Applicant   Applicant
	Procedure   string
	ReceivedAt  time.Time // when the dossier was received
	DueAt       time.Time // the appointment that will be missed
	NewDueAt    time.Time // the new appointment
	Reason      string    // why it is late
	Signer      string    // who signs for the agency
	SignerTitle string    // e.g. "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"; "" for "THỦ TRƯỞNG CƠ QUAN"
}

func (m Mau02) kind() string { return KindMau02 }
func (m Mau02) code() string { return m.DossierCode }
func (m Mau03) kind() string { return KindMau03 }
func (m Mau03) code() string { return m.DossierCode }
func (m Mau04) kind() string { return KindMau04 }
func (m Mau04) code() string { return m.DossierCode }

// Render lays Mẫu 02 out; a long list flows onto more pages.
func (m Mau02) Render(size PageSize) ([]byte, error) {
	m.Header, m.Applicant = m.Header.normalised(), m.Applicant.normalised()
	for _, p := range []*string{&m.DossierCode, &m.Procedure, &m.Clerk, &m.ContactPhone} {
		*p = clean(*p, false)
	}
	m.Reason = clean(m.Reason, true)
	var items []string
	for _, it := range m.Items {
		items = append(items, multiline(clean(it, true))...)
	}
	if err := checkCommon("Mẫu 02", m.Header, m.Applicant, m.Procedure); err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("%w: Mẫu 02 %s without anything to supplement", ErrInvalidDocument, m.DossierCode)
	}
	title := vi("receipts.mau02.title")
	texts := append(m.Applicant.texts(), m.Header.Agency, m.Header.Unit, m.Header.Place, m.Header.Number,
		m.DossierCode, m.Procedure, m.Reason, m.Clerk, m.ContactPhone)
	f, s, err := formDoc(size, title+" "+m.DossierCode, m.Header.Date, append(texts, items...))
	if err != nil {
		return nil, err
	}
	s.start(m.Header, title, m.DossierCode)
	s.applicantLines(m.Applicant, m.Procedure, false)
	s.gap(1)
	s.para(paraStyle{size: 9}, plain(vi("receipts.mau02.items")))
	s.numbered(items)
	s.reason(m.Reason)
	s.gap(1)
	s.para(paraStyle{size: 9, indent: 6, after: 0.8}, plain(vi("receipts.mau02.help", orDots(m.Clerk), orDots(m.ContactPhone))))
	s.signatures(signBlock{title: []string{vi("receipts.mau02.signer")}, hint: vi("receipts.form.sign_hint"), name: m.Clerk})
	return finish(f, "Mẫu 02 "+m.DossierCode)
}

// Render lays Mẫu 03 out.
func (m Mau03) Render(size PageSize) ([]byte, error) {
	m.Header, m.Applicant = m.Header.normalised(), m.Applicant.normalised()
	for _, p := range []*string{&m.DossierCode, &m.Procedure, &m.Clerk} {
		*p = clean(*p, false)
	}
	m.Reason = clean(m.Reason, true)
	if err := checkCommon("Mẫu 03", m.Header, m.Applicant, m.Procedure); err != nil {
		return nil, err
	}
	if m.Reason == "" {
		return nil, fmt.Errorf("%w: Mẫu 03 for %s without a reason", ErrInvalidDocument, m.Applicant.Name)
	}
	title := vi("receipts.mau03.title")
	texts := append(m.Applicant.texts(), m.Header.Agency, m.Header.Unit, m.Header.Place, m.Header.Number,
		m.DossierCode, m.Procedure, m.Reason, m.Clerk)
	f, s, err := formDoc(size, title+" "+m.DossierCode, m.Header.Date, texts)
	if err != nil {
		return nil, err
	}
	s.start(m.Header, title, m.DossierCode)
	s.applicantLines(m.Applicant, m.Procedure, false)
	s.gap(1)
	s.para(paraStyle{size: 9, indent: 6, after: 0.8}, plain(vi("receipts.mau03.intro")))
	for _, l := range multiline(m.Reason) {
		s.para(paraStyle{size: 9, indent: 6, after: 0.8}, plain(l))
	}
	s.para(paraStyle{size: 9, indent: 6, after: 0.8}, plain(vi("receipts.mau03.outro")))
	hint := vi("receipts.form.sign_hint")
	s.signatures(
		signBlock{title: []string{vi("receipts.form.applicant_sign")}, hint: hint, name: m.Applicant.Name},
		signBlock{title: []string{vi("receipts.form.clerk_sign")}, hint: hint, name: m.Clerk},
	)
	return finish(f, "Mẫu 03 "+m.DossierCode)
}

// Render lays Mẫu 04 out as a letter: to the citizen, what was received
// and promised, why it is late, the apology and the new appointment, then
// the recipients and the signature of the head of the agency.
func (m Mau04) Render(size PageSize) ([]byte, error) {
	m.Header, m.Applicant = m.Header.normalised(), m.Applicant.normalised()
	for _, p := range []*string{&m.DossierCode, &m.Procedure, &m.Signer} {
		*p = clean(*p, false)
	}
	m.Reason, m.SignerTitle = clean(m.Reason, true), clean(m.SignerTitle, true)
	if err := checkCommon("Mẫu 04", m.Header, m.Applicant, m.Procedure); err != nil {
		return nil, err
	}
	switch {
	case m.DossierCode == "":
		return nil, fmt.Errorf("%w: Mẫu 04 without a dossier code", ErrInvalidDocument)
	case m.Reason == "":
		return nil, fmt.Errorf("%w: Mẫu 04 %s without a reason", ErrInvalidDocument, m.DossierCode)
	case m.ReceivedAt.IsZero() || m.DueAt.IsZero() || m.NewDueAt.IsZero():
		return nil, fmt.Errorf("%w: Mẫu 04 %s needs the reception, the appointment and the new appointment", ErrInvalidDocument, m.DossierCode)
	case !m.NewDueAt.After(m.DueAt):
		return nil, fmt.Errorf("%w: Mẫu 04 %s: new appointment %s is not after %s", ErrInvalidDocument, m.DossierCode, m.NewDueAt, m.DueAt)
	}
	signer := multiline(m.SignerTitle)
	if len(signer) == 0 {
		signer = []string{vi("receipts.mau04.signer_default")}
	}
	title := vi("receipts.mau04.title")
	texts := append(m.Applicant.texts(), m.Header.Agency, m.Header.Unit, m.Header.Place, m.Header.Number,
		m.DossierCode, m.Procedure, m.Reason, m.Signer)
	f, s, err := formDoc(size, title+" "+m.DossierCode, m.Header.Date, append(texts, signer...))
	if err != nil {
		return nil, err
	}
	s.start(m.Header, title, "")
	s.para(paraStyle{size: 9.5, align: "C"}, plain(vi("receipts.mau04.to")), bold(m.Applicant.Name))
	s.gap(2)
	body := paraStyle{size: 9, indent: 6, after: 0.8}
	agency := m.Header.Agency
	s.para(body, plain(vi("receipts.mau04.received", strings.TrimPrefix(FormatLegalDate(m.ReceivedAt), "ngày "),
		agency, m.Applicant.Name, m.DossierCode, m.Procedure)))
	s.para(body, plain(vi("receipts.mau04.due")), bold(timeUnbroken(m.DueAt)))
	s.para(body, plain(vi("receipts.mau04.late", agency)))
	s.reason(m.Reason)
	s.para(body, plain(vi("receipts.mau04.apology", agency)))
	s.para(body, plain(vi("receipts.mau04.new_due")), bold(timeUnbroken(m.NewDueAt)))
	s.para(body, plain(vi("receipts.mau04.thanks")))
	s.recipientsAndSigner(signBlock{title: signer, hint: vi("receipts.mau04.sign_hint"), name: m.Signer})
	return finish(f, "Mẫu 04 "+m.DossierCode)
}

// checkCommon refuses a form without its issuer, applicant or request.
func checkCommon(form string, h FormHeader, a Applicant, procedure string) error {
	if err := h.validate(form); err != nil {
		return err
	}
	switch {
	case a.Name == "":
		return fmt.Errorf("%w: %s without the applicant's name", ErrInvalidDocument, form)
	case procedure == "":
		return fmt.Errorf("%w: %s without a procedure", ErrInvalidDocument, form)
	}
	return nil
}

// start opens the single-copy forms: page, header with the document
// number, title, dossier code.
func (s *formSheet) start(h FormHeader, title, code string) {
	s.cont = nil
	s.newPage()
	if code != "" {
		s.cont = func() {
			s.para(paraStyle{size: 7.5, align: "R"}, italic(vi("receipts.form.continued_single", code)))
			s.gap(1.5)
		}
	}
	s.header(h, true)
	s.title(title)
	s.gap(1)
	if code != "" {
		s.para(paraStyle{size: 9, align: "C"}, plain(vi("receipts.form.dossier_code")), bold(code))
		s.gap(2)
	}
}

// reason writes "Lý do: …", one paragraph per line of the reason.
func (s *formSheet) reason(reason string) {
	lines := multiline(reason)
	if len(lines) == 0 {
		lines = []string{dots}
	}
	s.para(paraStyle{size: 9, indent: 6, after: 0.8}, plain(vi("receipts.form.reason")), plain(lines[0]))
	for _, l := range lines[1:] {
		s.para(paraStyle{size: 9, indent: 6, after: 0.8}, plain(l))
	}
}

// recipientsAndSigner ends a letter: "Nơi nhận:" at the left, the signer
// at the right, kept together on one page.
func (s *formSheet) recipientsAndSigner(sig signBlock) {
	s.clearSide()
	pt := s.size(8.5)
	lh := lineHeight(pt)
	room := 16 * s.g.k
	s.need(float64(len(sig.title)+3)*lh + room + 3)
	s.gap(3)
	half := s.width / 2
	top := s.y
	yl := top
	s.drawText("BI", pt, s.left, yl, s.measure("B", pt, vi("receipts.form.recipients")), lh, vi("receipts.form.recipients"))
	yl += lh
	for _, l := range []string{vi("receipts.form.recipient_applicant"), vi("receipts.form.recipient_archive")} {
		s.drawText("", s.size(7.5), s.left, yl, s.measure("", s.size(7.5), l), lineHeight(s.size(7.5)), l)
		yl += lineHeight(s.size(7.5))
	}
	yr := s.centred(s.left+half, half, top, "B", pt, sig.title...)
	yr = s.centred(s.left+half, half, yr, "I", pt, sig.hint)
	yr += room
	if sig.name != "" {
		yr = s.centred(s.left+half, half, yr, "B", pt, sig.name)
	}
	s.y = max(yl, yr)
}

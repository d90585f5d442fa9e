package receipts

import (
	"fmt"
	"strconv"
	"time"
)

// Mau01 is the Giấy tiếp nhận hồ sơ và hẹn trả kết quả: the receipt a
// citizen takes home, with the appointment for the result.
type Mau01 struct {
	Header         FormHeader
	DossierCode    string // mã hồ sơ, e.g. "H99.99.01.01-261123-0001"; also the QR code
	LookupCode     string // short code for the kiosk, printed beside the QR code
	Applicant      Applicant
	Procedure      string         // the request: the procedure's name
	Documents      []FormDocument // papers received, in order
	Sets           int            // number of sets (bộ); 0 counts as 1
	ProcessingDays int            // processing time; 0 = the same day
	ProcessingUnit string         // WorkingDays (default) or CalendarDays
	FeeVND         int64          // fee in đồng, when FeeText is empty
	FeeText        string         // overrides FeeVND, e.g. "Miễn lệ phí"
	ReceivedAt     time.Time      // when the dossier was received
	DueAt          time.Time      // appointment for the result
	ReturnBy       string         // ReturnAtCounter (default) or ReturnByPost
	PostalAddress  string         // where the post delivers, for ReturnByPost
	RegisterBook   string         // Sổ theo dõi hồ sơ: book number; "" for dots
	RegisterSeq    string         // and entry number; "" for dots
	Clerk          string         // the receiving clerk's full name
}

// FormDocument is one line of the list of papers received.
type FormDocument struct {
	Name  string
	Kind  string // DocOriginal, DocCertifiedCopy, DocPhotocopy, or a description
	Count int    // 0 counts as 1
}

func (m Mau01) kind() string { return KindMau01 }
func (m Mau01) code() string { return m.DossierCode }

// normalised cleans every field.
func (m Mau01) normalised() Mau01 {
	m.Header = m.Header.normalised()
	m.Applicant = m.Applicant.normalised()
	for _, p := range []*string{&m.DossierCode, &m.LookupCode, &m.Procedure, &m.ProcessingUnit, &m.FeeText,
		&m.ReturnBy, &m.PostalAddress, &m.RegisterBook, &m.RegisterSeq, &m.Clerk} {
		*p = clean(*p, false)
	}
	docs := make([]FormDocument, 0, len(m.Documents))
	for _, d := range m.Documents {
		d.Name, d.Kind = clean(d.Name, false), clean(d.Kind, false)
		if d.Name != "" {
			docs = append(docs, d)
		}
	}
	m.Documents = docs
	return m
}

func (m Mau01) validate() error {
	if err := m.Header.validate("Mẫu 01"); err != nil {
		return err
	}
	switch {
	case m.DossierCode == "":
		return fmt.Errorf("%w: Mẫu 01 without a dossier code", ErrInvalidDocument)
	case m.Applicant.Name == "":
		return fmt.Errorf("%w: Mẫu 01 %s without the applicant's name", ErrInvalidDocument, m.DossierCode)
	case m.Procedure == "":
		return fmt.Errorf("%w: Mẫu 01 %s without a procedure", ErrInvalidDocument, m.DossierCode)
	case m.ReceivedAt.IsZero() || m.DueAt.IsZero():
		return fmt.Errorf("%w: Mẫu 01 %s without the time received or the appointment", ErrInvalidDocument, m.DossierCode)
	case m.DueAt.Before(m.ReceivedAt):
		return fmt.Errorf("%w: Mẫu 01 %s: appointment %s before reception %s", ErrInvalidDocument, m.DossierCode, m.DueAt, m.ReceivedAt)
	case m.ProcessingDays < 0 || m.Sets < 0:
		return fmt.Errorf("%w: Mẫu 01 %s: negative processing time or number of sets", ErrInvalidDocument, m.DossierCode)
	case m.ReturnBy == ReturnByPost && m.PostalAddress == "":
		return fmt.Errorf("%w: Mẫu 01 %s: result by post without a postal address", ErrInvalidDocument, m.DossierCode)
	}
	return nil
}

// texts lists every string printed, for the font check.
func (m Mau01) texts() []string {
	out := append(m.Applicant.texts(), m.Header.Agency, m.Header.Unit, m.Header.Place, m.DossierCode, m.LookupCode,
		m.Procedure, m.FeeText, m.PostalAddress, m.RegisterBook, m.RegisterSeq, m.Clerk)
	for _, d := range m.Documents {
		out = append(out, d.Name, d.Kind)
	}
	return out
}

// Render lays Mẫu 01 out in two copies, each starting on a new page:
// "Liên 1: Lưu" kept with the dossier and "Liên 2: Giao người nộp" for the
// citizen. A long list of papers flows onto further pages of its copy.
func (m Mau01) Render(size PageSize) ([]byte, error) {
	m = m.normalised()
	if err := m.validate(); err != nil {
		return nil, err
	}
	title := vi("receipts.mau01.title")
	f, s, err := formDoc(size, title+" "+m.DossierCode, m.Header.Date, m.texts())
	if err != nil {
		return nil, err
	}
	for _, copyKey := range []string{"receipts.mau01.copy1", "receipts.mau01.copy2"} {
		if err := m.layout(s, vi(copyKey)); err != nil {
			return nil, err
		}
	}
	return finish(f, "Mẫu 01 "+m.DossierCode)
}

// layout draws one copy.
func (m Mau01) layout(s *formSheet, copyLabel string) error {
	s.cont = nil
	s.newPage()
	s.cont = func() {
		s.para(paraStyle{size: 7.5, align: "R"}, italic(vi("receipts.form.continued", m.DossierCode, copyLabel)))
		s.gap(1.5)
	}
	s.header(m.Header, false)
	s.title(vi("receipts.mau01.title"))
	s.para(paraStyle{size: 8.5, align: "C"}, italic("("+copyLabel+")"))
	s.gap(2)

	// The QR code of the dossier code sits at the right; the codes and
	// the applicant's lines wrap beside it.
	side := 18 * s.g.k
	if err := drawQR(s.pdf, m.DossierCode, s.left+s.width-side, s.y, side); err != nil {
		return err
	}
	s.sideWidth, s.sideBottom = side+3, s.y+side+1
	ps := paraStyle{size: 9, hang: 4, after: 0.4}
	s.para(ps, plain(vi("receipts.form.dossier_code")), bold(m.DossierCode))
	if m.LookupCode != "" {
		s.para(ps, plain(vi("receipts.form.lookup_code")), bold(m.LookupCode))
	}
	s.applicantLines(m.Applicant, m.Procedure, true)

	s.para(ps, plain(vi("receipts.mau01.documents")))
	s.gap(0.8)
	rows := make([][]string, len(m.Documents))
	for i, d := range m.Documents {
		rows[i] = []string{strconv.Itoa(i + 1), d.Name, docKind(d.Kind), strconv.Itoa(max(d.Count, 1))}
	}
	s.table([]column{
		{vi("receipts.mau01.col_no"), 0.08, "C"},
		{vi("receipts.mau01.col_name"), 0.53, "L"},
		{vi("receipts.mau01.col_kind"), 0.26, "C"},
		{vi("receipts.mau01.col_count"), 0.13, "C"},
	}, rows)
	s.gap(1)

	s.para(ps, plain(vi("receipts.mau01.sets", fmt.Sprintf("%02d", max(m.Sets, 1)))))
	s.para(ps, plain(vi("receipts.mau01.processing")), plain(processingTime(m.ProcessingDays, m.ProcessingUnit)))
	s.para(ps, plain(vi("receipts.mau01.received")), plain(timeUnbroken(m.ReceivedAt)))
	s.para(ps, plain(vi("receipts.mau01.due")), bold(timeUnbroken(m.DueAt)))
	if m.ReturnBy == ReturnByPost {
		s.para(ps, plain(vi("receipts.mau01.return_post")), plain(m.PostalAddress))
	} else {
		s.para(ps, plain(vi("receipts.mau01.return_counter")), plain(vi("receipts.form.unit_of", nobreak(m.Header.Agency))))
	}
	s.para(ps, plain(vi("receipts.mau01.fee")), plain(feeText(m.FeeVND, m.FeeText)))
	s.gap(1)
	s.para(ps, plain(vi("receipts.mau01.register", orDots(m.RegisterBook), orDots(m.RegisterSeq))))

	s.signatures(
		signBlock{title: []string{vi("receipts.form.applicant_sign")}, hint: vi("receipts.form.sign_hint"), name: m.Applicant.Name},
		signBlock{title: []string{vi("receipts.form.clerk_sign")}, hint: vi("receipts.form.sign_hint"), name: m.Clerk},
	)
	return nil
}

// docKind names the kind of a paper as the form does.
func docKind(kind string) string {
	switch kind {
	case DocOriginal:
		return vi("receipts.doc.original")
	case DocCertifiedCopy:
		return vi("receipts.doc.certified")
	case DocPhotocopy:
		return vi("receipts.doc.photocopy")
	}
	return kind
}

// processingTime writes "5 ngày làm việc", "10 ngày" or "trong ngày".
func processingTime(days int, unit string) string {
	switch {
	case days == 0:
		return vi("receipts.days.same_day")
	case unit == CalendarDays:
		return vi("receipts.days.calendar", days)
	}
	return vi("receipts.days.working", days)
}

// feeText writes the fee line: the text given, an amount, or "Không".
func feeText(vnd int64, text string) string {
	switch {
	case text != "":
		return text
	case vnd > 0:
		return vi("receipts.fee.vnd", FormatVND(vnd))
	}
	return vi("receipts.fee.none")
}

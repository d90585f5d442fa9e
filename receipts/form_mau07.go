package receipts

import (
	"fmt"
	"strconv"
	"time"

	"motcua/store"
)

// KindMau07 is the job kind of the register.
const KindMau07 = "mau07"

// Mau07 is the Sổ theo dõi hồ sơ: the register of the dossiers the
// one-stop counter received in a period, one ruled row per dossier. It is
// the A4 register of Circular 01/2018/TT-VPCP (Mẫu 06 there, Mẫu 07 in
// Circular 03/2025/TT-VPCP) and, having fourteen columns, it is printed
// landscape. The caller fills it (tui/forms builds it from intake); this
// package only prints it.
type Mau07 struct {
	Header FormHeader // agency, unit and the date the register is printed
	From   time.Time  // first day of the period
	To     time.Time  // last day of the period (inclusive)
	Book   string     // Quyển số, e.g. "2026"; "" prints no book line
	Rows   []RegisterRow
}

// RegisterRow is one dossier in the register. A zero time leaves its cell
// empty, to be written by hand or because the step has not happened.
type RegisterRow struct {
	Seq         int    // number in the book; 0 numbers the rows 1, 2, …
	DossierCode string // mã hồ sơ
	Procedure   string // tên thủ tục hành chính
	Sets        int    // số lượng hồ sơ (bộ); 0 counts as 1
	Applicant   string // tên cá nhân, tổ chức
	Address     string
	Phone       string
	SentTo      string    // cơ quan chủ trì giải quyết; "" when not recorded
	ReceivedAt  time.Time // nhận hồ sơ
	DueAt       time.Time // hẹn trả kết quả
	SentAt      time.Time // chuyển hồ sơ đến cơ quan giải quyết
	ResultAt    time.Time // nhận kết quả từ cơ quan giải quyết
	ReturnedAt  time.Time // trả kết quả
	Note        string    // ghi chú: "Trễ hạn 2 ngày; Đã xin lỗi", "Từ chối"…
}

func (m Mau07) kind() string { return KindMau07 }

// code names the print job after the period, "2026-11-01_2026-11-30".
func (m Mau07) code() string {
	if m.From.IsZero() || m.To.IsZero() {
		return ""
	}
	return store.Day(m.From) + "_" + store.Day(m.To)
}

// normalised cleans every field and numbers unnumbered rows.
func (m Mau07) normalised() Mau07 {
	m.Header = m.Header.normalised()
	m.Book = clean(m.Book, false)
	rows := make([]RegisterRow, len(m.Rows))
	for i, r := range m.Rows {
		for _, p := range []*string{&r.DossierCode, &r.Procedure, &r.Applicant, &r.Address, &r.Phone, &r.SentTo} {
			*p = clean(*p, false)
		}
		r.Note = clean(r.Note, true)
		if r.Seq <= 0 {
			r.Seq = i + 1
		}
		if r.Sets <= 0 {
			r.Sets = 1
		}
		rows[i] = r
	}
	m.Rows = rows
	return m
}

func (m Mau07) validate() error {
	if err := m.Header.validate("Mẫu 07"); err != nil {
		return err
	}
	switch {
	case m.From.IsZero() || m.To.IsZero():
		return fmt.Errorf("%w: Mẫu 07 without its period", ErrInvalidDocument)
	case store.Day(m.To) < store.Day(m.From):
		return fmt.Errorf("%w: Mẫu 07 period ends %s before it starts %s", ErrInvalidDocument, store.Day(m.To), store.Day(m.From))
	}
	for i, r := range m.Rows {
		if r.DossierCode == "" {
			return fmt.Errorf("%w: Mẫu 07 row %d without a dossier code", ErrInvalidDocument, i+1)
		}
	}
	return nil
}

// texts is every string printed, to choose the fonts.
func (m Mau07) texts() []string {
	out := []string{m.Header.Agency, m.Header.Unit, m.Book}
	for _, r := range m.Rows {
		out = append(out, r.DossierCode, r.Procedure, r.Applicant, r.Address, r.Phone, r.SentTo, r.Note)
	}
	return out
}

// Render lays the register out on A4 landscape, the only paper it is
// printed on (the circular designs it for A4; fourteen columns do not fit
// an A5 slip): any other size is refused rather than silently changed,
// so that the print job's media always says what the PDF is.
func (m Mau07) Render(size PageSize) ([]byte, error) {
	if size != A4 {
		return nil, fmt.Errorf("%w: Mẫu 07 is printed on A4, not %s", ErrInvalidDocument, size)
	}
	m = m.normalised()
	if err := m.validate(); err != nil {
		return nil, err
	}
	title := vi("receipts.mau07.title")
	f := newPDF(fontsFor(m.texts()...), docInfo{Title: title + " " + m.code(), Lang: "vi", Created: m.Header.Date.UTC()})
	s := newFormSheet(f, registerGeometry)
	period := vi("receipts.mau07.period", shortDate(m.From), shortDate(m.To))
	t := newRegisterTable(s)
	cells := make([][]string, len(m.Rows))
	for i, r := range m.Rows {
		cells[i] = registerCells(r)
	}
	t.fitUnbroken(cells)
	s.newPage()
	s.cont = func() {
		s.para(paraStyle{size: 7.5, align: "R"}, italic(vi("receipts.mau07.continued", shortDate(m.From), shortDate(m.To))))
		s.gap(1)
		t.head()
	}
	m.top(s, title, period)
	t.head()
	for _, c := range cells {
		t.row(c)
	}
	if len(m.Rows) == 0 {
		t.empty(vi("receipts.mau07.empty"))
	}
	s.gap(2)
	s.para(paraStyle{size: 8, after: 0}, plain(vi("receipts.mau07.total", len(m.Rows))))
	pageNumbers(s)
	return finish(f, "Mẫu 07 "+m.code())
}

// registerGeometry is A4 turned landscape, with narrower margins than a
// letter: the register is bound at the left and filled in by hand.
var registerGeometry = geometry{w: 297, h: 210, left: 20, right: 10, top: 10, bottom: 12, k: 1}

// top draws the first page's head: the agency and its unit at the left,
// then the title, the period and the book number centred.
func (m Mau07) top(s *formSheet, title, period string) {
	leftW := s.width * 0.4
	pt := 9.0
	y := s.centred(s.left, leftW, s.y, "", pt, upper(m.Header.Agency))
	y = s.centred(s.left, leftW, y, "B", pt, m.Header.Unit)
	y += 1.2
	s.hrule(s.left+leftW/2, y, s.measure("B", pt, m.Header.Unit)*0.4)
	s.y = y + 4
	s.y = s.centred(s.left, s.width, s.y, "B", 14, title)
	s.y = s.centred(s.left, s.width, s.y+0.5, "I", 10, period)
	if m.Book != "" {
		s.y = s.centred(s.left, s.width, s.y, "", 10, vi("receipts.mau07.book", m.Book))
	}
	s.gap(3)
}

// pageNumbers writes "Trang x/y" at the foot of every page, once the
// number of pages is known.
func pageNumbers(s *formSheet) {
	n := s.pdf.PageCount()
	pt := 7.5
	for i := 1; i <= n; i++ {
		s.pdf.SetPage(i)
		txt := vi("receipts.mau07.page", i, n)
		w := s.measure("", pt, txt)
		s.drawText("", pt, s.left+s.width-w, s.g.h-s.g.bottom+3, w, lineHeight(pt), txt)
	}
}

// shortDate is a day as registers write it, "23/11/2026".
func shortDate(t time.Time) string { return t.In(store.Local).Format("02/01/2006") }

// cellTime is a moment in a cell: the time above the day.
func cellTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(store.Local).Format("15:04") + "\n" + shortDate(t)
}

// registerCells is a row's text, column by column (registerColumns).
func registerCells(r RegisterRow) []string {
	contact := r.Address
	if r.Phone != "" {
		if contact != "" {
			contact += "\n"
		}
		contact += r.Phone
	}
	return []string{
		strconv.Itoa(r.Seq), r.DossierCode, r.Procedure, strconv.Itoa(r.Sets), r.Applicant, contact, r.SentTo,
		cellTime(r.ReceivedAt), cellTime(r.DueAt), cellTime(r.SentAt), cellTime(r.ResultAt), cellTime(r.ReturnedAt), "",
		r.Note,
	}
}

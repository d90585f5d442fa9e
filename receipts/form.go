package receipts

import (
	"fmt"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// The legal forms of the one-stop counter, Appendix I of Circular
// 03/2025/TT-VPCP: Mẫu 01 (form_mau01.go), 02, 03 and 04
// (form_mau02_04.go). Their wording follows the same forms of Circular
// 01/2018/TT-VPCP, which the 2025 circular replaced keeping their
// structure, under the 2025 titles. Each is a plain struct filled by the
// caller (intake knows dossiers; this package only prints them) and
// rendered to PDF by its Render method, on A5 unless A4 is asked for.

// Job kinds of the forms.
const (
	KindMau01 = "mau01"
	KindMau02 = "mau02"
	KindMau03 = "mau03"
	KindMau04 = "mau04"
)

// How the result of a dossier is returned (Mau01.ReturnBy).
const (
	ReturnAtCounter = "counter" // at the one-stop counter
	ReturnByPost    = "post"    // by the public postal service (bưu chính công ích)
)

// Units of a processing time (Mau01.ProcessingUnit), the values intake
// uses for procedures.
const (
	WorkingDays  = "working_days"  // ngày làm việc
	CalendarDays = "calendar_days" // ngày
)

// Kinds of a paper handed in (FormDocument.Kind), the values intake uses.
const (
	DocOriginal      = "original"  // bản chính
	DocCertifiedCopy = "certified" // bản sao chứng thực
	DocPhotocopy     = "photocopy" // bản chụp
)

// Applicant is the person who hands in the dossier (người nộp hồ sơ).
type Applicant struct {
	Name     string // full name as on the ID card
	IDNumber string // số định danh cá nhân, 12 digits
	Address  string
	Phone    string
	Email    string // optional
}

func (a Applicant) normalised() Applicant {
	for _, p := range []*string{&a.Name, &a.IDNumber, &a.Address, &a.Phone, &a.Email} {
		*p = clean(*p, false)
	}
	return a
}

func (a Applicant) texts() []string { return []string{a.Name, a.IDNumber, a.Address, a.Phone, a.Email} }

// Form is one of the legal forms.
type Form interface {
	// Render lays the form out as a PDF on paper of the given size.
	Render(size PageSize) ([]byte, error)
	// kind is the Job.Kind; code the dossier code that names the job.
	kind() string
	code() string
}

// NewFormJob renders form and names the job after the form and the
// dossier, e.g. "mau01-H99.99.01.01-261123-0001", so that the spool folder
// says which slip belongs to which dossier. Forms exist only as PDF: a
// receipt printer (ESC/POS) refuses them with ErrWrongPrinter.
func NewFormJob(form Form, size PageSize) (Job, error) {
	pdf, err := form.Render(size)
	if err != nil {
		return Job{}, err
	}
	name := form.kind()
	if c := clean(form.code(), false); c != "" {
		name += "-" + c
	}
	return Job{Name: name, PDF: pdf, Kind: form.kind(), Media: size.media()}, nil
}

// media is the CUPS media name of the page size.
func (s PageSize) media() string {
	if s == A4 {
		return "A4"
	}
	return "A5"
}

// formDoc starts the PDF of a form: the fonts that cover every text of
// it, its title and date as metadata, and a sheet on the page size.
func formDoc(size PageSize, title string, created time.Time, texts []string) (*fpdf.Fpdf, *formSheet, error) {
	g, err := size.geometry()
	if err != nil {
		return nil, nil, err
	}
	f := newPDF(fontsFor(texts...), docInfo{Title: title, Lang: "vi", Created: created.UTC()})
	return f, newFormSheet(f, g), nil
}

// finish checks the document for a layout error and writes it.
func finish(f *fpdf.Fpdf, what string) ([]byte, error) {
	if err := f.Error(); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalidDocument, what, err)
	}
	return output(f)
}

// applicantLines writes who handed the dossier in and what they ask for,
// as the forms of the circular list them.
func (s *formSheet) applicantLines(a Applicant, procedure string, withID bool) {
	ps := paraStyle{size: 9, hang: 4, after: 0.4}
	s.para(ps, plain(vi("receipts.form.received_from")), bold(a.Name))
	if withID && a.IDNumber != "" {
		s.para(ps, plain(vi("receipts.form.id_number")), plain(a.IDNumber))
	}
	s.para(ps, plain(vi("receipts.form.address")), plain(orDots(a.Address)))
	s.para(ps, plain(vi("receipts.form.phone")), plain(orDots(a.Phone)))
	if a.Email != "" {
		s.para(ps, plain(vi("receipts.form.email")), plain(a.Email))
	}
	s.para(ps, plain(vi("receipts.form.request")), bold(procedure))
}

// numbered writes items as "1. …", "2. …" with the lines of each item
// hanging under its text.
func (s *formSheet) numbered(items []string) {
	for i, it := range items {
		s.para(paraStyle{size: 9, indent: 3, hang: 8, after: 0.4}, plain(fmt.Sprintf("%d.\u00a0%s", i+1, it)))
	}
}

// multiline splits a cleaned multi-line field into its non-empty lines.
func multiline(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

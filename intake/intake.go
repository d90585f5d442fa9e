// Package intake is the dossier (hồ sơ) side of the one-stop counter: the
// catalog of administrative procedures, checking what a citizen gives
// (name, personal ID number, phone, the chip card's QR scan), dossier codes
// and lookup codes, appointments counted in working days over the holiday
// calendar, and the life of a dossier (received, processing, supplement,
// refusal, apology, resolved, returned). It knows no terminal and no
// printer; every change is one store.DB.Write that appends its outbox event.
package intake

import "time"

// DayUnit is how a procedure's processing time is counted.
type DayUnit string

// Processing time units; the unit belongs to the procedure.
const (
	WorkingDays  DayUnit = "working_days"  // ngày làm việc
	CalendarDays DayUnit = "calendar_days" // ngày
)

// Procedure is one administrative procedure (thủ tục hành chính) of the
// commune's catalog.
type Procedure struct {
	ID        string   // catalog key: the national code when known, else the catalog's own
	Code      string   // national code, e.g. "1.001193"; "" when not known
	NameVI    string   // e.g. "Thủ tục đăng ký khai sinh"
	NameEN    string   // optional
	Field     string   // lĩnh vực, e.g. "Hộ tịch"
	Service   string   // queue service that receives it, e.g. "hotich"
	Days      int      // processing time; 0 = the same day
	Unit      DayUnit  // working or calendar days
	FeeVND    int64    // fee in đồng; see FeeKnown
	FeeKnown  bool     // false when the province sets the fee
	FeeNote   string   // e.g. "Mức thu do HĐND tỉnh quy định"
	Documents []string // what the citizen submits, in the catalog's order
	Note      string   // processing notes for the clerk (conditions, extensions)
	Source    string   // where the record comes from (admin-facing)
}

// Citizen is the applicant (người nộp hồ sơ).
type Citizen struct {
	Name      string
	IDNumber  string    // số định danh cá nhân, 12 digits
	BirthDate time.Time // zero when not given
	Gender    string    // as scanned from the chip card ("Nam"/"Nữ"), optional
	Phone     string
	Email     string
	Address   string
}

// DocumentKind is the form in which a paper was handed in.
type DocumentKind string

// Kinds of papers in Mẫu 01.
const (
	Original      DocumentKind = "original"  // bản chính
	CertifiedCopy DocumentKind = "certified" // bản sao chứng thực
	Photocopy     DocumentKind = "photocopy" // bản chụp
)

// ReceivedDocument is one line of the list of papers received.
type ReceivedDocument struct {
	Name  string
	Kind  DocumentKind
	Count int
}

// ReturnMethod is how the result reaches the citizen.
type ReturnMethod string

// Where results are returned.
const (
	AtCounter ReturnMethod = "counter" // tại Bộ phận Một cửa
	ByPost    ReturnMethod = "post"    // qua dịch vụ bưu chính công ích
)

// Translation keys of the domain's words, for screens and printed forms
// (sentences in assets/i18n/messages_intake.go).

// Key is the translation key of the kind of paper ("Bản chính"…).
func (k DocumentKind) Key() string { return "intake.kind." + string(k) }

// Key is the translation key of the return method.
func (m ReturnMethod) Key() string { return "intake.return." + string(m) }

// Key is the translation key of the unit ("ngày làm việc", "ngày").
func (u DayUnit) Key() string { return "intake.unit." + string(u) }

// Key is the translation key of the kind of special day.
func (k DayKind) Key() string { return "intake.day." + string(k) }

// FieldKey is the translation key of a form field's label.
func FieldKey(field string) string { return "intake.field." + field }

// DocumentKinds lists the kinds of papers in the order the form offers
// them.
var DocumentKinds = []DocumentKind{Original, CertifiedCopy, Photocopy}

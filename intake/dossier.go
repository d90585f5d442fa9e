package intake

import (
	"time"

	"motcua/store"
)

// Status is where a dossier is in its life.
type Status string

// Dossier statuses.
const (
	Received           Status = "received"   // đã tiếp nhận
	Processing         Status = "processing" // đang giải quyết
	AwaitingSupplement Status = "supplement" // chờ bổ sung (Mẫu 02 issued)
	Resolved           Status = "resolved"   // đã có kết quả, chờ trả
	Returned           Status = "returned"   // đã trả kết quả tại Bộ phận Một cửa
	Mailed             Status = "mailed"     // đã gửi kết quả qua bưu chính
	Refused            Status = "refused"    // từ chối (Mẫu 03)
)

// Key is the translation key of the status's name.
func (s Status) Key() string { return "intake.status." + string(s) }

// Open reports whether the dossier is still being worked on: its
// appointment can pass and make it overdue.
func (s Status) Open() bool { return s == Received || s == Processing || s == AwaitingSupplement }

// Action is a step of the lifecycle a clerk takes.
type Action string

// Steps of the lifecycle. Allowed starting states:
//
//	process             received → processing
//	resolve             received, processing → resolved
//	return              resolved → returned (at the counter)
//	mail                resolved → mailed (public postal service)
//	request_supplement  received, processing → supplement (Mẫu 02)
//	receive_supplement  supplement → processing (appointment counted again)
//	refuse              received, processing, supplement → refused (Mẫu 03)
//	apologise           received, processing: new, later appointment (Mẫu 04)
const (
	ActProcess           Action = "process"
	ActResolve           Action = "resolve"
	ActReturn            Action = "return"
	ActMail              Action = "mail"
	ActRequestSupplement Action = "request_supplement"
	ActReceiveSupplement Action = "receive_supplement"
	ActRefuse            Action = "refuse"
	ActApologise         Action = "apologise"
)

// Key is the translation key of the step's name.
func (a Action) Key() string { return "intake.action." + string(a) }

// transitions lists, per step, the states it starts from.
var transitions = map[Action][]Status{
	ActProcess:           {Received},
	ActResolve:           {Received, Processing},
	ActReturn:            {Resolved},
	ActMail:              {Resolved},
	ActRequestSupplement: {Received, Processing},
	ActReceiveSupplement: {AwaitingSupplement},
	ActRefuse:            {Received, Processing, AwaitingSupplement},
	ActApologise:         {Received, Processing},
}

// Allows reports whether a step can be taken from the state.
func (a Action) Allows(from Status) bool {
	for _, s := range transitions[a] {
		if s == from {
			return true
		}
	}
	return false
}

// Actor is who takes a step and where: recorded with every transition.
type Actor struct {
	Counter int
	Clerk   string
}

// Intake is what the counter's form holds when the clerk saves a dossier.
type Intake struct {
	// Key is made by the form when it opens (store.NewID) and kept until
	// the dossier is saved: saving twice with the same key returns the same
	// dossier instead of creating a second one.
	Key           string
	Citizen       Citizen
	Procedure     string // Procedure.ID in the catalog
	Documents     []ReceivedDocument
	Sets          int   // number of sets (bộ); 0 means 1
	FeeVND        int64 // fee collected
	Return        ReturnMethod
	PostalAddress string // required when Return is ByPost
	Note          string
	TicketID      string // queue ticket being served, "" when none
	Counter       int
	Clerk         string
}

// Dossier is a received dossier (hồ sơ) with everything Mẫu 01 prints.
type Dossier struct {
	ID     string // permanent, unique across stations
	Code   string // mã hồ sơ {agency}-{yymmdd}-{NNNN}
	Lookup string // short code for the kiosk, e.g. "K7M4P2QX"
	Agency string
	Day    string // local day received, YYYY-MM-DD
	Seq    int    // sequence of the agency's day
	Book   int    // register book: the year
	BookNo int    // sequence number in the book

	Status Status

	ProcedureID     string
	ProcedureCode   string // national code, "" when not known
	ProcedureName   string
	ProcedureNameEN string
	Field           string
	Service         string
	Days            int
	Unit            DayUnit

	Citizen       Citizen
	Documents     []ReceivedDocument
	Sets          int
	FeeVND        int64
	Return        ReturnMethod
	PostalAddress string
	Note          string
	TicketID      string
	Counter       int
	Clerk         string

	ReceivedAt  time.Time
	DueAt       time.Time // current appointment
	FirstDueAt  time.Time // the appointment printed on Mẫu 01
	Supplements int       // supplement requests made (Mẫu 02)
	Apologies   int       // apology letters issued (Mẫu 04)
	ResolvedAt  time.Time // zero until resolved
	FinishedAt  time.Time // returned, mailed or refused; zero until then
	UpdatedAt   time.Time
	FormKey     string // the Intake.Key it was saved with, "" when none
}

// Overdue reports whether an open dossier's appointment has passed.
// A dossier awaiting the citizen's supplement is not overdue: the time is
// the citizen's.
func (d Dossier) Overdue(now time.Time) bool {
	return (d.Status == Received || d.Status == Processing) && now.After(d.DueAt)
}

// ReceiptQR is the text the QR code of the dossier's receipt holds: the
// dossier code. PublicStatus accepts it back from a scanner.
func (d Dossier) ReceiptQR() string { return d.Code }

// PublicDossier is what the kiosk may show anyone who has a dossier's code:
// its state, procedure and appointment, never a person's data.
type PublicDossier struct {
	Code            string
	Status          Status
	ProcedureName   string
	ProcedureNameEN string
	DueAt           time.Time
}

// DossierEvent is one transition in a dossier's history.
type DossierEvent struct {
	At        time.Time
	Kind      string // received, processing, supplement_requested, …
	From, To  Status
	Counter   int
	Clerk     string
	Reason    string
	Missing   []string  // supplement_requested: the papers asked for
	Nth       int       // supplement_requested: 1 for the first request, 2…
	Confirmed bool      // supplement_requested: a repeat request was confirmed
	DueBefore time.Time // apologised, supplemented: appointment before
	DueAfter  time.Time // apologised, supplemented: appointment after
	Note      string
}

func ms(t time.Time) int64 { return t.UnixMilli() }

func fromMS(v int64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.UnixMilli(v).In(store.Local)
}

func optMS(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return ms(t)
}

package receipts

import (
	"fmt"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"motcua/assets/i18n"
	"motcua/store"
)

// KindTicket is the Job.Kind of a queue ticket.
const KindTicket = "ticket"

// TicketSlip is what a queue ticket says. The kiosk fills it from the
// ticket it has just issued and the wait estimate; names arrive already in
// the slip's language (service and priority group names are data).
type TicketSlip struct {
	Commune   string        // "UBND xã Tân Hòa"
	Agency    string        // unit under the commune; "" prints "Bộ phận Một cửa"
	Service   string        // service name, e.g. "Hộ tịch"
	Display   string        // display number, e.g. "A012"
	Priority  string        // priority group name; "" for a regular ticket
	Ahead     int           // people who will be called first
	Wait      time.Duration // estimated wait, when WaitKnown
	WaitKnown bool          // false when no open counter serves the service
	Issued    time.Time     // printed in Vietnam time, whatever its zone
	TicketID  string        // permanent ticket ID (never repeats)
	Lang      i18n.Lang
}

// normalised returns the slip with every text in NFC and trimmed.
func (sl TicketSlip) normalised() TicketSlip {
	for _, p := range []*string{&sl.Commune, &sl.Agency, &sl.Service, &sl.Display, &sl.Priority, &sl.TicketID} {
		*p = strings.TrimSpace(nfc(*p))
	}
	return sl
}

// validate refuses a slip that would mislead the citizen.
func (sl TicketSlip) validate() error {
	switch {
	case sl.Display == "":
		return fmt.Errorf("%w: ticket without a display number", ErrInvalidDocument)
	case sl.TicketID == "":
		return fmt.Errorf("%w: ticket %s without an ID", ErrInvalidDocument, sl.Display)
	case sl.Issued.IsZero():
		return fmt.Errorf("%w: ticket %s without an issue time", ErrInvalidDocument, sl.Display)
	case sl.Ahead < 0:
		return fmt.Errorf("%w: ticket %s with %d people ahead", ErrInvalidDocument, sl.Display, sl.Ahead)
	}
	return nil
}

// Lines returns the slip's sentences in print order, in its language; the
// PDF, a future ESC/POS raster and tests all use the same words.
func (sl TicketSlip) Lines() TicketLines {
	sl = sl.normalised()
	l := sl.Lang
	out := TicketLines{
		Commune: sl.Commune,
		Agency:  sl.Agency,
		Title:   i18n.T(l, "receipts.ticket.title"),
		Number:  sl.Display,
		Service: sl.Service,
		Issued:  i18n.T(l, "receipts.ticket.issued", FormatTime(sl.Issued)),
		Note:    i18n.T(l, "receipts.ticket.instruction"),
		ID:      i18n.T(l, "receipts.ticket.id", sl.TicketID),
		Code:    sl.TicketID,
	}
	if out.Agency == "" {
		out.Agency = i18n.T(l, "receipts.ticket.agency")
	}
	if sl.Priority != "" {
		out.Priority = i18n.T(l, "receipts.ticket.priority", sl.Priority)
	}
	if sl.Ahead == 0 {
		out.Ahead = i18n.T(l, "receipts.ticket.ahead_none")
	} else {
		out.Ahead = i18n.T(l, "receipts.ticket.ahead", sl.Ahead)
	}
	if sl.WaitKnown {
		out.Wait = i18n.T(l, "receipts.ticket.wait", FormatDuration(l, sl.Wait))
	} else {
		out.Wait = i18n.T(l, "receipts.ticket.wait_unknown")
	}
	return out
}

// TicketLines are the printed sentences of a ticket, all NFC. Code is the
// content of the QR code: the bare ticket ID, for a scanner at the counter.
type TicketLines struct {
	Commune, Agency, Title, Number, Service, Priority string
	Ahead, Wait, Issued, Note, ID, Code               string
}

// all lists every line, for the font check.
func (tl TicketLines) all() []string {
	return []string{tl.Commune, tl.Agency, tl.Title, tl.Number, tl.Service, tl.Priority, tl.Ahead, tl.Wait, tl.Issued, tl.Note, tl.ID}
}

// FormatTime writes t as "HH:mm dd/mm/yyyy" in Vietnam time, the way
// Vietnamese slips show a time.
func FormatTime(t time.Time) string { return t.In(store.Local).Format("15:04 02/01/2006") }

// FormatDuration writes a wait in whole minutes, rounded up (a promise of
// "about 5 minutes" that takes 5½ disappoints), at least 1 minute.
func FormatDuration(l i18n.Lang, d time.Duration) string {
	m := int((d + time.Minute - 1) / time.Minute)
	if m < 1 {
		m = 1
	}
	switch h := m / 60; {
	case h == 0:
		return i18n.T(l, "receipts.duration.minutes", m)
	case m%60 == 0:
		return i18n.T(l, "receipts.duration.hours", h)
	default:
		return i18n.T(l, "receipts.duration.hours_minutes", h, m%60)
	}
}

// RenderTicketPDF renders the slip as a one-page PDF for a roll of width w,
// exactly as tall as its content. It is safe for concurrent use.
func RenderTicketPDF(slip TicketSlip, w Width) ([]byte, error) {
	if !w.valid() {
		return nil, fmt.Errorf("%w: unknown paper width %s", ErrInvalidDocument, w)
	}
	slip = slip.normalised()
	if err := slip.validate(); err != nil {
		return nil, err
	}
	lines := slip.Lines()
	f := newPDF(fontsFor(lines.all()...), docInfo{
		Title:   lines.Title + " " + lines.Number,
		Lang:    slip.Lang.Code(),
		Created: slip.Issued.UTC(), // PDF dates carry no zone; readers take UTC
	})
	margin := (float64(w) - w.Printable()) / 2
	s := &sheet{pdf: f, left: margin, width: w.Printable()}
	if err := layoutTicket(s, lines, w); err != nil {
		return nil, err
	}
	height := s.y
	f.AddPageFormat("P", fpdf.SizeType{Wd: float64(w), Ht: height})
	s.y, s.draw = 0, true
	if err := layoutTicket(s, lines, w); err != nil {
		return nil, err
	}
	if err := f.Error(); err != nil {
		return nil, fmt.Errorf("%w: ticket %s: %v", ErrInvalidDocument, slip.Display, err)
	}
	return output(f)
}

// layoutTicket is the ticket's design, top to bottom: who issued it, the
// title, the number as large as the paper allows, the service, the
// priority band, what to expect, then the ID for staff.
func layoutTicket(s slipSheet, tl TicketLines, w Width) error {
	k := 1.0 // type scale: the 58 mm roll is two thirds as wide; text shrinks less and wraps
	if w == Width58 {
		k = 0.8
	}
	s.gap(4)
	s.text("B", 11*k, "C", tl.Commune)
	s.text("", 9.5*k, "C", tl.Agency)
	s.gap(2)
	s.rule()
	s.gap(3)
	s.text("B", 14*k, "C", tl.Title)
	s.gap(2)
	s.fit("B", 80, tl.Number)
	s.gap(2.5)
	s.text("B", 15*k, "C", tl.Service)
	if tl.Priority != "" {
		s.gap(2)
		s.banner("B", 12*k, tl.Priority)
	}
	s.gap(3)
	s.text("", 11*k, "C", tl.Ahead)
	s.text("", 11*k, "C", tl.Wait)
	s.text("", 11*k, "C", tl.Issued)
	s.gap(2)
	s.rule()
	s.gap(2)
	s.text("", 10*k, "C", tl.Note)
	s.gap(3)
	if err := s.qrCode(tl.Code, 20*k); err != nil {
		return err
	}
	s.gap(1)
	s.text("", 7*k, "C", tl.ID)
	s.gap(6) // room above the cutter
	return nil
}

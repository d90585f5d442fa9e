package receipts

import (
	"errors"
	"strings"
	"testing"
	"time"

	"motcua/assets/i18n"
)

func TestFormatTimeIsVietnamTime(t *testing.T) {
	// 01:05 UTC is 08:05 in Vietnam, whatever zone the value carries.
	utc := time.Date(2026, 11, 23, 1, 5, 0, 0, time.UTC)
	if got := FormatTime(utc); got != "08:05 23/11/2026" {
		t.Errorf("FormatTime(%v) = %q", utc, got)
	}
	// Late evening UTC is already the next day in Vietnam.
	if got := FormatTime(time.Date(2026, 12, 31, 17, 30, 0, 0, time.UTC)); got != "00:30 01/01/2027" {
		t.Errorf("FormatTime across midnight = %q", got)
	}
}

func TestFormatDuration(t *testing.T) {
	nb := "\u00a0"
	cases := []struct {
		d      time.Duration
		vi, en string
	}{
		{0, "1" + nb + "phút", "1" + nb + "min"},
		{20 * time.Second, "1" + nb + "phút", "1" + nb + "min"},
		{5 * time.Minute, "5" + nb + "phút", "5" + nb + "min"},
		{5*time.Minute + time.Second, "6" + nb + "phút", "6" + nb + "min"},
		{60 * time.Minute, "1" + nb + "giờ", "1" + nb + "h"},
		{75 * time.Minute, "1" + nb + "giờ 15" + nb + "phút", "1" + nb + "h 15" + nb + "min"},
		{-3 * time.Minute, "1" + nb + "phút", "1" + nb + "min"},
	}
	for _, c := range cases {
		if got := FormatDuration(i18n.VI, c.d); got != c.vi {
			t.Errorf("VI %v = %q, want %q", c.d, got, c.vi)
		}
		if got := FormatDuration(i18n.EN, c.d); got != c.en {
			t.Errorf("EN %v = %q, want %q", c.d, got, c.en)
		}
	}
}

func TestLinesFollowTheSlip(t *testing.T) {
	sl := sampleSlip(i18n.VI)
	sl.Commune = "  UBND xã Tân Hòa \n"
	l := sl.Lines()
	if l.Commune != "UBND xã Tân Hòa" {
		t.Errorf("commune not trimmed: %q", l.Commune)
	}
	if l.Agency != "Bộ phận Một cửa" {
		t.Errorf("default agency = %q", l.Agency)
	}
	if l.Number != "C012" || l.Code != sl.TicketID {
		t.Errorf("number/code = %q/%q", l.Number, l.Code)
	}
	if want := "Thời gian chờ dự kiến: khoảng 25 phút"; flat(l.Wait) != want {
		t.Errorf("wait = %q, want %q", l.Wait, want)
	}
	sl.Ahead, sl.WaitKnown = 1, false
	l = sl.Lines()
	if flat(l.Ahead) != "Số người chờ trước quý vị: 1" || l.Wait != "Thời gian chờ dự kiến: chưa xác định" {
		t.Errorf("ahead/wait = %q / %q", l.Ahead, l.Wait)
	}
	sl.Lang = i18n.EN
	if got := sl.Lines().Title; got != "QUEUE TICKET" {
		t.Errorf("EN title = %q", got)
	}
}

func TestRenderRefusesMisleadingSlips(t *testing.T) {
	good := sampleSlip(i18n.VI)
	cases := map[string]func(*TicketSlip){
		"no number":    func(s *TicketSlip) { s.Display = "  " },
		"no id":        func(s *TicketSlip) { s.TicketID = "" },
		"no time":      func(s *TicketSlip) { s.Issued = time.Time{} },
		"negative":     func(s *TicketSlip) { s.Ahead = -1 },
		"empty commun": nil, // allowed: the slip still prints
	}
	for name, spoil := range cases {
		sl := good
		if spoil == nil {
			sl.Commune = ""
			if _, err := RenderTicketPDF(sl, Width80); err != nil {
				t.Errorf("%s: %v", name, err)
			}
			continue
		}
		spoil(&sl)
		_, err := RenderTicketPDF(sl, Width80)
		if !errors.Is(err, ErrInvalidDocument) {
			t.Errorf("%s: err = %v, want ErrInvalidDocument", name, err)
		}
	}
	if _, err := RenderTicketPDF(good, Width(76)); !errors.Is(err, ErrInvalidDocument) || !strings.Contains(err.Error(), "76 mm") {
		t.Errorf("unknown width: err = %v", err)
	}
}

func TestWidths(t *testing.T) {
	// 576 and 384 dots at 8 dots/mm: the print head's reach.
	if Width80.Printable() != 576/8 || Width58.Printable() != 384/8 || Width(100).Printable() != 0 {
		t.Errorf("printable widths %v %v", Width80.Printable(), Width58.Printable())
	}
}

func TestNewTicketJobNamesTheJob(t *testing.T) {
	sl := sampleSlip(i18n.VI)
	sl.Issued = issuedAt.UTC() // the name uses Vietnam time anyway
	job, err := NewTicketJob(sl, Width58)
	if err != nil {
		t.Fatal(err)
	}
	if job.Name != "ticket-20261123-080500-C012" || job.Kind != KindTicket {
		t.Errorf("job = %q (%s)", job.Name, job.Kind)
	}
	if !strings.HasPrefix(string(job.PDF), "%PDF-") {
		t.Errorf("job is not a PDF: %q", job.PDF[:8])
	}
	if _, err := NewTicketJob(TicketSlip{Issued: issuedAt}, Width80); !errors.Is(err, ErrInvalidDocument) {
		t.Errorf("empty slip: err = %v", err)
	}
}

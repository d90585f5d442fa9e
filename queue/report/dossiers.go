package report

import "time"

// Dossiers are the dossier figures of a period.
//
//   - Received: dossiers received on the period's days.
//   - ResolvedOnTime, ResolvedLate: dossiers resolved in the period. One is
//     late when resolved after its appointment, or when it needed an
//     apology letter (Mẫu 04): the letter is written because the legal
//     appointment will be missed, so meeting the new one does not make it
//     on time. A supplement moves the appointment lawfully (the time is
//     counted again from the day the papers are complete).
//   - OverdueNow: dossiers received up to the period's end, still
//     received or processing, past their appointment at Report.At.
//     Awaiting a supplement stops the clock, so those are not overdue.
//   - Returned, Mailed, Refused, Apologies, Supplements: steps taken in the
//     period (dossier_events), whatever day the dossier was received.
//   - SupplementedAgain: dossiers asked for a second (or later)
//     supplement in the period, which the provincial index penalises.
type Dossiers struct {
	Received          int
	ResolvedOnTime    int
	ResolvedLate      int
	OverdueNow        int
	Returned          int
	Mailed            int
	Supplements       int
	SupplementedAgain int
	Refused           int
	Apologies         int
}

func countDossiers(ds []DossierFact, steps []DossierStep, p Period, now time.Time) Dossiers {
	var f Dossiers
	start, end := p.bounds()
	nowMS := now.UnixMilli()
	for _, d := range ds {
		if d.Received >= start && d.Received < end {
			f.Received++
		}
		if d.Open && d.Due < nowMS && d.Received < end {
			f.OverdueNow++
		}
		if d.Resolved >= start && d.Resolved < end && d.Resolved != 0 {
			if d.Resolved <= d.Due && d.Apologies == 0 {
				f.ResolvedOnTime++
			} else {
				f.ResolvedLate++
			}
		}
	}
	again := map[string]bool{}
	for _, s := range steps {
		if s.At < start || s.At >= end {
			continue
		}
		switch s.Kind {
		case "returned":
			f.Returned++
		case "mailed":
			f.Mailed++
		case "refused":
			f.Refused++
		case "apologised":
			f.Apologies++
		case "supplement_requested":
			f.Supplements++
			if s.Nth >= 2 {
				again[s.Dossier] = true
			}
		}
	}
	f.SupplementedAgain = len(again)
	return f
}

// Figure is one named number of a report; its words are the translation
// key Key.
type Figure struct {
	Key   string
	Value int
}

// Figures lists the dossier figures in the order every report shows them
// (CSV, PDF, screen), so the three never disagree.
func (d Dossiers) Figures() []Figure {
	return []Figure{
		{"report.dossiers.received", d.Received}, {"report.dossiers.resolved_on_time", d.ResolvedOnTime},
		{"report.dossiers.resolved_late", d.ResolvedLate}, {"report.dossiers.overdue_now", d.OverdueNow},
		{"report.dossiers.returned", d.Returned}, {"report.dossiers.mailed", d.Mailed},
		{"report.dossiers.supplements", d.Supplements}, {"report.dossiers.supplemented_again", d.SupplementedAgain},
		{"report.dossiers.refused", d.Refused}, {"report.dossiers.apologies", d.Apologies},
	}
}

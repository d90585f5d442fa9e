package report

import (
	"sort"
	"strconv"
	"time"
)

// Facts are what a report is computed from: the tickets, dossiers and
// ratings of a period as a source knows them. A station reads them from
// its tables (Build); the district hub rebuilds them from the records the
// stations sent (hub.Report). Compute is the one place the figures are
// counted, so a commune's report reads the same at the commune and at the
// district.
type Facts struct {
	// Services and Priorities are the names in their order, at zero; a
	// code met in Tickets but not listed is appended under its code.
	Services, Priorities []Count
	Tickets              []TicketFact
	Dossiers             []DossierFact
	Steps                []DossierStep
	// Ratings are the period's ratings per counter (and commune), not yet
	// anonymised: Compute merges the small groups (see MinGroup).
	Ratings []Ratings
}

// TicketFact is one ticket issued on the period's days, as it is now.
// Times are Unix ms; 0 when the ticket never got there.
type TicketFact struct {
	Station   string // "" in one commune's report
	Service   string
	Priority  string // "" for no priority group
	Status    string // queue.Status
	Issued    int64
	FirstCall int64 // first call (a transfer calls a ticket again)
	Called    int64 // last call
	Finished  int64
	Counter   int // of the last call
	Transfers int
	Clerk     string // who had Counter open at Called ("" when unknown)
}

// DossierFact is one dossier as it is now. Open is true while it is
// received or processing (the clock runs).
type DossierFact struct {
	Received, Due, Resolved int64 // Unix ms; Resolved 0 when not
	Apologies               int
	Open                    bool
}

// DossierStep is one step of a dossier: kind is the dossier_events kind
// (returned, mailed, refused, apologised, supplement_requested); Nth the
// supplement's number.
type DossierStep struct {
	Dossier string
	Kind    string
	At      int64
	Nth     int
}

// Compute counts the figures of period p from f, "overdue now" at at.
func Compute(p Period, at time.Time, f Facts) Report {
	return Report{
		Period:       p,
		At:           at,
		Tickets:      countTickets(f),
		Dossiers:     countDossiers(f.Dossiers, f.Steps, p, at),
		Satisfaction: satisfactionOf(f.Ratings),
	}
}

// workloadKey orders counters by commune then number, clerks by commune
// then name.
func sortWorkloads(ws []Workload) {
	sort.Slice(ws, func(i, j int) bool {
		a, b := ws[i], ws[j]
		if a.Station != b.Station {
			return a.Station < b.Station
		}
		if a.Counter != b.Counter {
			return a.Counter < b.Counter
		}
		return a.Clerk < b.Clerk
	})
}

// Name is how a counter's row is headed: its number, after its commune in
// a district report of all communes.
func (w Workload) Name() string { return communeLabel(w.Station, strconv.Itoa(w.Counter)) }

// ClerkName is how a clerk's row is headed, unknown ("") as unknown; after
// the commune in a district report of all communes.
func (w Workload) ClerkName(unknown string) string {
	name := w.Clerk
	if name == "" {
		name = unknown
	}
	return communeLabel(w.Station, name)
}

// Name is how a rating group's row is headed: the counter's number (after
// its commune in a district report of all communes), or other.
func (r Ratings) Name(other string) string {
	if r.Other {
		return other
	}
	return communeLabel(r.Station, strconv.Itoa(r.Counter))
}

func communeLabel(station, s string) string {
	if station == "" {
		return s
	}
	return station + " · " + s
}

package hub

import (
	"encoding/json"
	"strings"

	"motcua/queue"
	"motcua/queue/report"
)

// The parts of the stations' outbox payloads a report reads (see
// queue/ticket_rows.go, queue/rating_summary.go, intake/dossier_rows.go).
type (
	ticketPayload struct {
		Ticket struct {
			ID         string `json:"id"`
			Day        string `json:"day"`
			Service    string `json:"service"`
			Priority   string `json:"priority"`
			Status     string `json:"status"`
			IssuedAt   int64  `json:"issued_at"`
			Counter    int    `json:"counter"`
			CalledAt   int64  `json:"called_at"`
			Transfers  int    `json:"transfers"`
			FinishedAt int64  `json:"finished_at"`
		} `json:"ticket"`
	}
	dossierPayload struct {
		Event  string `json:"event"`
		Detail struct {
			Nth int `json:"nth"`
		} `json:"detail"`
		Dossier struct {
			ID         string `json:"id"`
			Status     string `json:"status"`
			ReceivedAt int64  `json:"received_at"`
			DueAt      int64  `json:"due_at"`
			ResolvedAt int64  `json:"resolved_at"`
			Apologies  int    `json:"apologies"`
		} `json:"dossier"`
	}
	ratingPayload struct {
		Day     string              `json:"day"`
		Counter int                 `json:"counter"`
		Levels  map[queue.Level]int `json:"levels"`
	}
)

// entityKey names a ticket or dossier across communes.
type entityKey struct{ station, id string }

// ticketState is a ticket's latest record and its first call.
type ticketState struct {
	fact      report.TicketFact
	firstCall int64
}

// collector turns records, read in station and seq order, into the facts
// of a report: the latest record of a ticket or dossier is how it is now.
type collector struct {
	p        report.Period
	all      bool // a report of all communes: facts carry their commune
	tickets  map[entityKey]*ticketState
	order    []entityKey
	dossiers map[entityKey]report.DossierFact
	steps    []report.DossierStep
	ratings  []report.Ratings
	clerks   map[string]*report.ClerkTimeline
	services map[string]bool
	groups   map[string]bool
}

func newCollector(p report.Period, all bool) *collector {
	return &collector{p: p, all: all, tickets: map[entityKey]*ticketState{}, dossiers: map[entityKey]report.DossierFact{},
		clerks: map[string]*report.ClerkTimeline{}, services: map[string]bool{}, groups: map[string]bool{}}
}

// tag is the commune a fact carries: only in a report of all communes.
func (c *collector) tag(station string) string {
	if c.all {
		return station
	}
	return ""
}

func (c *collector) add(station, kind string, at int64, body []byte) error {
	switch {
	case kind == "counter.opened":
		ev, err := report.ParseOpening(body)
		if err != nil {
			return err
		}
		tl, ok := c.clerks[station]
		if !ok {
			tl = report.NewClerkTimeline()
			c.clerks[station] = tl
		}
		tl.Opened(ev.Counter, at, ev.Detail)
	case kind == "rating.day_summary":
		var r ratingPayload
		if err := json.Unmarshal(body, &r); err != nil {
			return err
		}
		if r.Day >= c.p.FirstDay() && r.Day <= c.p.LastDay() {
			c.ratings = append(c.ratings, ratingsOf(c.tag(station), r.Counter, r.Levels))
		}
	case strings.HasPrefix(kind, "ticket."):
		return c.addTicket(station, kind, at, body)
	case strings.HasPrefix(kind, "dossier."):
		return c.addDossier(station, at, body)
	}
	return nil
}

func (c *collector) addTicket(station, kind string, at int64, body []byte) error {
	var ev ticketPayload
	if err := json.Unmarshal(body, &ev); err != nil {
		return err
	}
	t := ev.Ticket
	if t.Day < c.p.FirstDay() || t.Day > c.p.LastDay() {
		return nil
	}
	k := entityKey{station, t.ID}
	s, ok := c.tickets[k]
	if !ok {
		s = &ticketState{}
		c.tickets[k] = s
		c.order = append(c.order, k)
	}
	if (kind == "ticket.called" || kind == "ticket.called_out_of_order") && (s.firstCall == 0 || at < s.firstCall) {
		s.firstCall = at
	}
	s.fact = report.TicketFact{Station: c.tag(station), Service: t.Service, Priority: t.Priority, Status: t.Status,
		Issued: t.IssuedAt, Called: t.CalledAt, Finished: t.FinishedAt, Counter: t.Counter, Transfers: t.Transfers}
	c.services[t.Service], c.groups[t.Priority] = true, true
	return nil
}

func (c *collector) addDossier(station string, at int64, body []byte) error {
	var ev dossierPayload
	if err := json.Unmarshal(body, &ev); err != nil {
		return err
	}
	d := ev.Dossier
	c.dossiers[entityKey{station, d.ID}] = report.DossierFact{Received: d.ReceivedAt, Due: d.DueAt,
		Resolved: d.ResolvedAt, Apologies: d.Apologies, Open: d.Status == "received" || d.Status == "processing"}
	switch ev.Event {
	case "returned", "mailed", "refused", "apologised", "supplement_requested":
		c.steps = append(c.steps, report.DossierStep{Dossier: station + "/" + d.ID, Kind: ev.Event, At: at, Nth: ev.Detail.Nth})
	}
	return nil
}

// facts are the collected facts, tickets in the order first met.
func (c *collector) facts() report.Facts {
	f := report.Facts{Services: codes(c.services), Priorities: codes(c.groups), Steps: c.steps, Ratings: c.ratings}
	for _, k := range c.order {
		s := c.tickets[k]
		t := s.fact
		// as the station counts it: a ticket never transferred was called
		// once, at its called_at
		t.FirstCall = t.Called
		if t.Transfers > 0 {
			t.FirstCall = s.firstCall
		}
		if tl, ok := c.clerks[k.station]; ok && t.Counter != 0 && t.Called != 0 {
			t.Clerk = tl.At(t.Counter, t.Called)
		}
		f.Tickets = append(f.Tickets, t)
	}
	for _, d := range c.dossiers {
		f.Dossiers = append(f.Dossiers, d)
	}
	return f
}

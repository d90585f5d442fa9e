package report_test

import (
	"container/heap"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"motcua/intake"
	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/store"
)

// simTicket is what the simulation did with a ticket: the truth the
// report's figures are checked against.
type simTicket struct {
	id, service, priority string
	status                string // waiting, serving, done, no_show, expired
	issued                time.Time
	firstCall, lastCall   time.Time
	finished              time.Time
	counter               int
	clerk                 string
	transfers             int
}

// simDossier is what the simulation did with a dossier.
type simDossier struct {
	code                  string
	received              time.Time
	resolved, resolvedDue time.Time
	due                   time.Time // appointment now
	status                intake.Status
	apologies             int
	steps                 map[string][]time.Time // step kind → times
	supplementNth         []int                  // nth of each supplement request
	supplementAt          []time.Time
}

// simRating is one rating the simulation gave.
type simRating struct {
	counter int
	level   queue.Level
}

// month is the simulated month; its working days carry the traffic.
type month struct {
	tickets  []*simTicket
	dossiers []*simDossier
	ratings  []simRating
	names    []string // every citizen name given
	ids      []string // every ID number given
	end      time.Time
}

// action is a dossier step due at a time.
type action struct {
	at time.Time
	do func()
}
type agenda []action

func (a agenda) Len() int                    { return len(a) }
func (a agenda) Less(i, j int) bool          { return a[i].at.Before(a[j].at) }
func (a agenda) Swap(i, j int)               { a[i], a[j] = a[j], a[i] }
func (a *agenda) Push(x any)                 { *a = append(*a, x.(action)) }
func (a *agenda) Pop() any                   { o := *a; x := o[len(o)-1]; *a = o[:len(o)-1]; return x }
func (a *agenda) add(at time.Time, f func()) { heap.Push(a, action{at, f}) }

// shmDir is a directory in memory when the machine has one: a month of
// synchronous=FULL commits is then quick.
func shmDir(t testing.TB) string {
	if fi, err := os.Stat("/dev/shm"); err == nil && fi.IsDir() {
		dir, err := os.MkdirTemp("/dev/shm", "report-test-")
		if err == nil {
			t.Cleanup(func() { os.RemoveAll(dir) })
			return dir
		}
	}
	return t.TempDir()
}

var clerkPool = []string{"Nguyễn Thị Lan", "Trần Văn Minh", "Lê Thị Hồng", "Phạm Văn Bình", "Hoàng Thị Mai"}
var citizenNames = []string{"Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung", "Vũ Văn Em"}

// simulate runs November 2026 at a busy commune: tickets all working day
// at three counters with lunch and a change of clerk, no-shows,
// transfers, ratings, and dossiers with every kind of outcome.
func simulate(t *testing.T, seed uint64) (*queue.Station, *store.ManualClock, *month) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(seed, 6))
	first := time.Date(2026, 11, 2, 7, 0, 0, 0, store.Local)
	st, clock := queuetest.NewStation(t, queuetest.At(first), queuetest.In(shmDir(t)), queuetest.OpenCounters())
	desk := queuetest.NewDesk(t, st)
	cfg := queuetest.Must(st.Config(ctx))(t)
	m := &month{}
	byID := map[string]*simTicket{}
	var todo agenda

	type ctr struct {
		cur   *simTicket
		until time.Time
		plan  string
		clerk string
		open  bool
	}
	counters := map[int]*ctr{}
	for _, c := range cfg.Counters {
		counters[c.Number] = &ctr{}
	}
	ratedAt3 := 0
	fail := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s at %s: %v", what, clock.Now().Format(time.DateTime), err)
		}
	}
	by := intake.Actor{Counter: 1, Clerk: clerkPool[0]}

	for day := 0; day < 29; day++ {
		date := first.AddDate(0, 0, day)
		if date.Weekday() == time.Saturday || date.Weekday() == time.Sunday {
			continue
		}
		for now := date.Add(30 * time.Minute); !now.After(date.Add(11 * time.Hour)); now = now.Add(time.Minute) {
			clock.Set(now)
			hm := now.Hour()*60 + now.Minute()
			session := 0
			if hm >= 12*60 {
				session = 1
			}
			calling := (hm >= 7*60+30 && hm < 11*60+30) || (hm >= 13*60+30 && hm < 17*60)
			for todo.Len() > 0 && !todo[0].at.After(now) {
				heap.Pop(&todo).(action).do()
			}
			// citizens arrive from 7:30 to 16:30
			if hm < 16*60+30 && rng.Float64() < 0.3 {
				svc := cfg.Services[rng.IntN(len(cfg.Services))].Code
				prio := ""
				if rng.Float64() < 0.2 {
					prio = cfg.Groups[rng.IntN(len(cfg.Groups))].Code
				}
				tk, err := st.Issue(ctx, svc, prio)
				fail("issue", err)
				s := &simTicket{id: tk.ID, service: svc, priority: prio, status: "waiting", issued: now}
				m.tickets = append(m.tickets, s)
				byID[tk.ID] = s
			}
			for _, c := range cfg.Counters {
				n, d := c.Number, counters[c.Number]
				if d.cur != nil && !now.Before(d.until) {
					s := d.cur
					switch d.plan {
					case "no_show":
						for range cfg.Policy.RecallsBeforeNoShow {
							_, err := st.Recall(ctx, n)
							fail("recall", err)
						}
						_, err := st.NoShow(ctx, n)
						fail("no-show", err)
						s.status, s.finished = "no_show", now
					case "transfer":
						to := s.service
						for to == s.service {
							to = cfg.Services[rng.IntN(len(cfg.Services))].Code
						}
						_, err := st.Transfer(ctx, n, queue.Target{Service: to})
						fail("transfer", err)
						s.status, s.service, s.lastCall = "waiting", to, time.Time{}
						s.transfers++
					default:
						_, err := st.Finish(ctx, n, queue.Outcomes[rng.IntN(len(queue.Outcomes))])
						fail("finish", err)
						s.status, s.finished = "done", now
						rate := rng.Float64() < 0.6
						if n == 3 { // a counter with a rating screen that is mostly off
							rate = ratedAt3 < 2
						}
						if rate {
							if n == 3 {
								ratedAt3++
							}
							level := queue.Levels[[]int{0, 0, 0, 1, 1, 2}[rng.IntN(6)]]
							reason := ""
							if level == queue.Unsatisfied {
								reason = []string{"", "long_wait", "attitude", "unclear", "other"}[rng.IntN(5)]
							}
							_, err := st.Rate(ctx, s.id, level, reason)
							fail("rate", err)
							m.ratings = append(m.ratings, simRating{counter: n, level: level})
						}
					}
					d.cur = nil
				}
				if d.cur == nil && d.open && !calling {
					fail("close", st.CloseCounter(ctx, n))
					d.open = false
				}
				if !d.open && calling {
					d.clerk = clerkPool[(n+day+session)%len(clerkPool)]
					fail("open", st.OpenCounter(ctx, n, d.clerk))
					d.open = true
				}
				if d.cur != nil || !calling {
					continue
				}
				tk, err := st.CallNext(ctx, n)
				if errors.Is(err, queue.ErrNoneWaiting) {
					continue
				}
				fail("call", err)
				s := byID[tk.ID]
				if s.firstCall.IsZero() {
					s.firstCall = now
				}
				s.lastCall, s.counter, s.clerk, s.status = now, n, d.clerk, "serving"
				d.cur, d.plan = s, "finish"
				d.until = now.Add(time.Duration(2+rng.IntN(14)) * time.Minute)
				switch r := rng.Float64(); {
				case r < 0.06:
					d.plan, d.until = "no_show", now.Add(2*time.Minute)
				case r < 0.11 && s.transfers == 0:
					d.plan = "transfer"
				}
			}
			if hm < 16*60 && rng.Float64() < 0.04 {
				m.receive(t, ctx, desk, rng, &todo, by, len(m.dossiers))
			}
		}
		for _, s := range m.tickets {
			if s.status == "waiting" {
				s.status = "expired" // expired by the next day's first ticket
			}
		}
	}
	// the first ticket of December closes November's line
	clock.Set(time.Date(2026, 12, 1, 7, 30, 0, 0, store.Local))
	_, err := st.Issue(ctx, cfg.Services[0].Code, "")
	fail("issue in December", err)
	m.end = clock.Now()
	return st, clock, m
}

// receive takes in a dossier and plans its fate.
func (m *month) receive(t *testing.T, ctx context.Context, desk *intake.Desk, rng *rand.Rand, todo *agenda, by intake.Actor, i int) {
	t.Helper()
	procs := []string{"1.001193", "1.004873", "1.004873", "1.012812"}
	name := citizenNames[rng.IntN(len(citizenNames))]
	idn := fmt.Sprintf("001090%06d", i)
	in := intake.Intake{
		Key: store.NewID(), Procedure: procs[rng.IntN(len(procs))],
		Citizen: intake.Citizen{Name: name, IDNumber: idn, Gender: "Nam", Phone: "0912 345 678",
			BirthDate: time.Date(1990, 8, 15, 0, 0, 0, 0, store.Local), Address: "Thôn 3, xã Tân Hòa"},
		Documents: []intake.ReceivedDocument{{Name: "Tờ khai", Kind: intake.Original, Count: 1}},
		Sets:      1, Return: intake.AtCounter, Counter: by.Counter, Clerk: by.Clerk,
	}
	if rng.Float64() < 0.3 {
		in.Return, in.PostalAddress = intake.ByPost, "Thôn 5, xã Tân Hòa"
	}
	d, err := desk.Receive(ctx, in)
	if err != nil {
		t.Fatalf("receive: %v", err)
	}
	m.names, m.ids = append(m.names, name), append(m.ids, idn)
	s := &simDossier{code: d.Code, received: d.ReceivedAt, due: d.DueAt, status: d.Status, steps: map[string][]time.Time{}}
	m.dossiers = append(m.dossiers, s)
	now := d.ReceivedAt
	p := dossierPlan{m: m, t: t, ctx: ctx, desk: desk, by: by, s: s, todo: todo, rng: rng}
	switch r := rng.Float64(); {
	case r < 0.45:
		todo.add(now.Add(time.Duration(rng.Float64()*0.8*float64(d.DueAt.Sub(now)))), p.resolve)
	case r < 0.60:
		todo.add(d.DueAt.Add(20*time.Hour), p.resolve)
	case r < 0.70:
		todo.add(maxTime(now.Add(time.Minute), d.DueAt.Add(-time.Hour)), p.apologise)
	case r < 0.82:
		todo.add(now.Add(time.Hour), p.supplement(1))
	case r < 0.88:
		todo.add(now.Add(time.Hour), p.supplement(2))
	case r < 0.93:
		todo.add(now.Add(2*time.Hour), p.refuse)
	}
}

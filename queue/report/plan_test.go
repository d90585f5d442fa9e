package report_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"motcua/intake"
)

// dossierPlan carries out the fate the simulation chose for a dossier,
// one step at a time on the agenda, recording what really happened.
type dossierPlan struct {
	m    *month
	t    *testing.T
	ctx  context.Context
	desk *intake.Desk
	by   intake.Actor
	s    *simDossier
	todo *agenda
	rng  *rand.Rand
}

// took records a step that succeeded; a step the dossier's state no longer
// allows is skipped (a *TransitionError), anything else fails the test.
func (p dossierPlan) took(kind string, d intake.Dossier, err error) bool {
	var te *intake.TransitionError
	if errors.As(err, &te) {
		return false
	}
	if err != nil {
		p.t.Fatalf("%s %s: %v", kind, p.s.code, err)
	}
	p.s.status, p.s.due = d.Status, d.DueAt
	p.s.steps[kind] = append(p.s.steps[kind], d.UpdatedAt)
	return true
}

func (p dossierPlan) resolve() {
	d, err := p.desk.Resolve(p.ctx, p.s.code, p.by, "")
	if !p.took("resolved", d, err) {
		return
	}
	p.s.resolved, p.s.resolvedDue = d.ResolvedAt, d.DueAt
	p.todo.add(d.ResolvedAt.Add(24*time.Hour), func() {
		if d.Return == intake.ByPost {
			d, err := p.desk.Mail(p.ctx, p.s.code, p.by, "")
			p.took("mailed", d, err)
			return
		}
		d, err := p.desk.Return(p.ctx, p.s.code, p.by, "")
		p.took("returned", d, err)
	})
}

func (p dossierPlan) apologise() {
	day := p.s.due.AddDate(0, 0, 2).Truncate(time.Hour)
	day = time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, day.Location())
	for range 10 {
		d, err := p.desk.Apologise(p.ctx, p.s.code, "Chờ kết quả xác minh", day, p.by)
		if errors.Is(err, intake.ErrDueNotWorkingDay) {
			day = day.AddDate(0, 0, 1)
			continue
		}
		if errors.Is(err, intake.ErrDueInPast) || errors.Is(err, intake.ErrDueNotLater) {
			return
		}
		if !p.took("apologised", d, err) {
			return
		}
		p.s.apologies++
		if p.rng.IntN(2) == 0 {
			p.todo.add(d.DueAt.Add(-3*time.Hour), p.resolve)
		} else {
			p.todo.add(d.DueAt.Add(20*time.Hour), p.resolve)
		}
		return
	}
}

// supplement asks for papers, then takes them the next day, n times,
// then resolves the dossier before its new appointment.
func (p dossierPlan) supplement(n int) func() {
	return func() {
		nth := len(p.s.supplementNth) + 1
		d, err := p.desk.RequestSupplement(p.ctx, p.s.code, intake.SupplementRequest{
			Missing: []string{"Bản sao giấy khai sinh"}, Reason: "Bản sao chưa chứng thực", Confirm: nth > 1, By: p.by})
		if !p.took("supplement_requested", d, err) {
			return
		}
		p.s.supplementNth = append(p.s.supplementNth, d.Supplements)
		p.s.supplementAt = append(p.s.supplementAt, d.UpdatedAt)
		p.todo.add(d.UpdatedAt.Add(24*time.Hour), func() {
			d, err := p.desk.ReceiveSupplement(p.ctx, p.s.code, p.by, "")
			if !p.took("supplemented", d, err) {
				return
			}
			if n > 1 {
				p.todo.add(d.UpdatedAt.Add(time.Hour), p.supplement(n-1))
				return
			}
			p.todo.add(d.UpdatedAt.Add(d.DueAt.Sub(d.UpdatedAt)/2), p.resolve)
		})
	}
}

func (p dossierPlan) refuse() {
	d, err := p.desk.Refuse(p.ctx, p.s.code, "Không đủ điều kiện giải quyết", p.by)
	p.took("refused", d, err)
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

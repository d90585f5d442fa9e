package intake_test

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"motcua/intake"
)

func TestPublicStatus(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	an, _, _ := threeDossiers(t, desk)
	for _, input := range []string{
		an.Code, strings.ToLower(an.Code), an.Lookup, intake.FormatLookup(an.Lookup),
		an.ReceiptQR() + "\r\n", "https://dichvucong.example.vn/tra-cuu?ma=" + an.Code,
	} {
		p, err := desk.PublicStatus(ctx, input)
		if err != nil {
			t.Fatalf("PublicStatus(%q): %v", input, err)
		}
		if p.Code != an.Code || p.Status != intake.Received || p.ProcedureName != an.ProcedureName || !p.DueAt.Equal(an.DueAt) {
			t.Fatalf("PublicStatus(%q) = %+v", input, p)
		}
	}
	// Nothing about people is accepted or returned.
	for _, input := range []string{"001090012345", "Nguyễn Văn An", "", "0912345678", "H99.99.01.01-261019-0999"} {
		if _, err := desk.PublicStatus(ctx, input); !errors.Is(err, intake.ErrDossierNotFound) {
			t.Errorf("PublicStatus(%q): %v, want not found", input, err)
		}
	}
	p := must(desk.PublicStatus(ctx, an.Code))(t)
	body, _ := json.Marshal(p)
	for _, personal := range []string{an.Citizen.Name, an.Citizen.IDNumber, an.Citizen.Phone, an.Citizen.Address, "Nguyễn", "0912"} {
		if strings.Contains(string(body), personal) {
			t.Fatalf("public status shows %q: %s", personal, body)
		}
	}
	allowed := map[string]bool{"Code": true, "Status": true, "ProcedureName": true, "ProcedureNameEN": true, "DueAt": true}
	rt := reflect.TypeOf(p)
	for i := 0; i < rt.NumField(); i++ {
		if !allowed[rt.Field(i).Name] {
			t.Errorf("PublicDossier has field %s: review it for personal data and add it here", rt.Field(i).Name)
		}
	}
	if rt.Field(4).Type != reflect.TypeOf(time.Time{}) {
		t.Error("DueAt is a time")
	}
}

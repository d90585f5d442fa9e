package intake_test

import (
	"context"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"motcua/intake"
)

// threeDossiers receives dossiers for three applicants.

func threeDossiers(t *testing.T, desk *intake.Desk) (an, binh, an2 intake.Dossier) {
	t.Helper()
	ctx := context.Background()
	an = must(desk.Receive(ctx, form("1", maritalCert)))(t)
	in := form("2", birthReg)
	in.Citizen = intake.Citizen{Name: "Trần Thị Bình", IDNumber: "079303001234", Phone: "0387654321"}
	binh = must(desk.Receive(ctx, in))(t)
	in = form("3", landMediate)
	in.Citizen = intake.Citizen{Name: "Lê Văn An", IDNumber: "001085054321"}
	an2 = must(desk.Receive(ctx, in))(t)
	return an, binh, an2
}

func codes(ds []intake.Dossier) string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Code[len(d.Code)-4:])
	}
	return strings.Join(out, " ")
}

func TestFind(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	an, binh, _ := threeDossiers(t, desk)
	cases := map[string]string{
		an.Code:                    "0001",
		strings.ToLower(binh.Code): "0002",
		"261019-0003":              "0003",
		"261019-3":                 "",
		binh.Lookup:                "0002",
		strings.ToLower(intake.FormatLookup(binh.Lookup)): "0002",
		"079303001234":               "0002",
		"079 303 001234":             "0002",
		"tran thi binh":              "0002",
		"BÌNH":                       "0002",
		norm.NFD.String("Bình Trần"): "0002",
		"an":                         "0003 0001", // newest first
		"van an":                     "0003 0001",
		"nguyen an":                  "0001",
		"ngu":                        "0001",
		"guyen":                      "", // words match from their start
		"Hoàng":                      "",
		"%":                          "",
		"":                           "",
	}
	for q, want := range cases {
		got := codes(must(desk.Find(ctx, q))(t))
		if got != want {
			t.Errorf("Find(%q) = %q, want %q", q, got, want)
		}
	}
}

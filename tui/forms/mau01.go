package forms

import (
	"context"
	"fmt"
	"strconv"

	"motcua/assets/i18n"
	"motcua/intake"
	"motcua/receipts"
)

// Mau01 fills the receipt of a dossier: header, codes (the QR code holds
// the dossier code, the lookup code is printed grouped, "K7M4-P2QX"),
// applicant, papers, times and the register entry (book = the year,
// entry = the dossier's number in it). fee is the fee line, "" for the
// amount collected.
func Mau01(d intake.Dossier, h receipts.FormHeader, fee string) receipts.Mau01 {
	docs := make([]receipts.FormDocument, len(d.Documents))
	for i, doc := range d.Documents {
		docs[i] = receipts.FormDocument{Name: doc.Name, Kind: docKind(doc.Kind), Count: doc.Count}
	}
	m := receipts.Mau01{
		Header:         h,
		DossierCode:    d.ReceiptQR(),
		LookupCode:     intake.FormatLookup(d.Lookup),
		Applicant:      applicant(d.Citizen),
		Procedure:      d.ProcedureName,
		Documents:      docs,
		Sets:           d.Sets,
		ProcessingDays: d.Days,
		ProcessingUnit: unit(d.Unit),
		FeeVND:         d.FeeVND,
		FeeText:        fee,
		ReceivedAt:     d.ReceivedAt,
		DueAt:          d.FirstDueAt,
		ReturnBy:       returnBy(d.Return),
		PostalAddress:  d.PostalAddress,
		Clerk:          d.Clerk,
	}
	if m.DueAt.IsZero() {
		m.DueAt = d.DueAt
	}
	if d.Book != 0 {
		m.RegisterBook = strconv.Itoa(d.Book)
	}
	if d.BookNo != 0 {
		m.RegisterSeq = strconv.Itoa(d.BookNo)
	}
	return m
}

// feeText is the fee line of Mẫu 01 when no amount was collected: "Miễn
// lệ phí" for a procedure whose fee is known to be nothing, the
// province's rule for one whose fee the province sets, and "" (the form
// writes the amount or "Không") otherwise.
func (p Printer) feeText(ctx context.Context, d intake.Dossier) (string, error) {
	if d.FeeVND > 0 {
		return "", nil
	}
	cat, err := intake.LoadCatalog(ctx, p.Station.DB())
	if err != nil {
		return "", fmt.Errorf("read the catalog for the fee of %s: %w", d.Code, err)
	}
	proc, ok := cat.Procedure(d.ProcedureID)
	switch {
	case !ok:
		return "", nil
	case !proc.FeeKnown:
		return i18n.T(i18n.VI, "intake.fee.province"), nil
	case proc.FeeVND == 0:
		return i18n.T(i18n.VI, "forms.fee.exempt"), nil
	}
	return "", nil
}

func applicant(c intake.Citizen) receipts.Applicant {
	return receipts.Applicant{Name: c.Name, IDNumber: c.IDNumber, Address: c.Address, Phone: c.Phone, Email: c.Email}
}

// docKind maps the desk's kinds of papers to the form's.
func docKind(k intake.DocumentKind) string {
	switch k {
	case intake.Original:
		return receipts.DocOriginal
	case intake.CertifiedCopy:
		return receipts.DocCertifiedCopy
	case intake.Photocopy:
		return receipts.DocPhotocopy
	}
	return string(k)
}

func unit(u intake.DayUnit) string {
	if u == intake.CalendarDays {
		return receipts.CalendarDays
	}
	return receipts.WorkingDays
}

func returnBy(r intake.ReturnMethod) string {
	if r == intake.ByPost {
		return receipts.ReturnByPost
	}
	return receipts.ReturnAtCounter
}

package intake

import (
	"time"
)

// Limits of the intake form.
const (
	MaxDocuments     = 50
	MaxDocumentCount = 99
	MaxSets          = 99
)

// CheckIntake cleans every field of the form and checks it against today
// (the station clock's day), without the database: the screen can call it
// as the clerk types, and Receive calls it again before saving. It returns
// the intake in stored form and one FieldError per problem, in form order.
// The returned intake keeps everything the clerk typed, even when wrong.
//
// Rules beyond CheckCitizen: a procedure is chosen; at least one document,
// each with a name, a kind (original, certified copy, photocopy) and a
// count of 1–99; sets 1–99 (0 means 1); the fee is not negative; the
// return method is counter (default) or post, and post needs a postal
// address.
func CheckIntake(in Intake, today time.Time) (Intake, []FieldError) {
	var errs []FieldError
	in.Key = Clean(in.Key, MaxKey)
	in.Citizen, errs = CheckCitizen(in.Citizen, today)
	add := func(field, key string, args ...any) { errs = append(errs, *fieldErr(field, key, args...)) }

	in.Procedure = Clean(in.Procedure, maxProcID)
	if in.Procedure == "" {
		add(FieldProcedure, "intake.err.procedure_required")
	}
	docs := make([]ReceivedDocument, 0, len(in.Documents))
	for _, d := range in.Documents {
		d.Name = Clean(d.Name, MaxDocumentName)
		if d.Name == "" && d.Kind == "" && d.Count == 0 {
			continue // an empty line of the checklist
		}
		docs = append(docs, d)
		n := len(docs)
		switch {
		case d.Name == "":
			add(FieldDocuments, "intake.err.document_name", n)
		case d.Kind != Original && d.Kind != CertifiedCopy && d.Kind != Photocopy:
			add(FieldDocuments, "intake.err.document_kind", n, d.Name)
		case d.Count < 1 || d.Count > MaxDocumentCount:
			add(FieldDocuments, "intake.err.document_count", n, d.Name, MaxDocumentCount)
		}
	}
	in.Documents = docs
	switch {
	case len(docs) == 0:
		add(FieldDocuments, "intake.err.documents_required")
	case len(docs) > MaxDocuments:
		add(FieldDocuments, "intake.err.documents_too_many", MaxDocuments)
	}
	if in.Sets == 0 {
		in.Sets = 1
	}
	if in.Sets < 1 || in.Sets > MaxSets {
		add(FieldSets, "intake.err.sets", MaxSets)
	}
	if in.FeeVND < 0 {
		add(FieldFee, "intake.err.fee_negative")
	}
	if in.Return == "" {
		in.Return = AtCounter
	}
	in.PostalAddress = Clean(in.PostalAddress, MaxAddress)
	switch in.Return {
	case AtCounter:
	case ByPost:
		if in.PostalAddress == "" {
			add(FieldPostalAddress, "intake.err.postal_address_required")
		}
	default:
		add(FieldReturn, "intake.err.return_method")
	}
	in.Note = CleanText(in.Note, MaxNote)
	in.TicketID = Clean(in.TicketID, MaxKey)
	in.Clerk = Clean(in.Clerk, MaxClerk)
	return in, errs
}

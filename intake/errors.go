package intake

import (
	"errors"
	"fmt"
	"strings"

	"motcua/assets/i18n"
)

// Errors of the desk; screens turn them into sentences with Message.
var (
	ErrInvalid           = errors.New("the form has invalid fields")
	ErrDossierNotFound   = errors.New("dossier not found")
	ErrInvalidTransition = errors.New("that step is not possible in the dossier's state")
	ErrReasonRequired    = errors.New("a reason is required")
	ErrMissingRequired   = errors.New("the missing papers must be listed")
	ErrConfirmRequired   = errors.New("a second supplement request must be confirmed")
	ErrDueNotLater       = errors.New("the new appointment must be after the current one")
	ErrDueInPast         = errors.New("the new appointment is in the past")
	ErrDueNotWorkingDay  = errors.New("the new appointment is not a working day")
	ErrNoAgency          = errors.New("the commune's agency identifier is not set")
	ErrKeyConflict       = errors.New("this form was already saved with other content")
	ErrDraftTooLarge     = errors.New("draft is too large")
	ErrDraftInvalid      = errors.New("draft is not valid JSON")
	ErrImport            = errors.New("the file cannot be imported")
)

// FieldError says what is wrong with one field of the intake form, as a
// key of the translation table and its arguments, so the screen can say it
// in the clerk's language next to the field.
type FieldError struct {
	Field string // one of the Field… constants
	Key   string // e.g. "intake.err.id_length"
	Args  []any
}

// Form fields named by FieldError.
const (
	FieldName          = "name"
	FieldIDNumber      = "id_number"
	FieldBirthDate     = "birth_date"
	FieldGender        = "gender"
	FieldPhone         = "phone"
	FieldEmail         = "email"
	FieldAddress       = "address"
	FieldScan          = "scan"
	FieldProcedure     = "procedure"
	FieldDocuments     = "documents"
	FieldSets          = "sets"
	FieldFee           = "fee"
	FieldReturn        = "return_method"
	FieldPostalAddress = "postal_address"
	FieldTicket        = "ticket"
)

// Message is the sentence in lang.
func (e *FieldError) Message(lang i18n.Lang) string { return i18n.T(lang, e.Key, e.Args...) }

// Error is the Vietnamese sentence with the field's name, for logs.
func (e *FieldError) Error() string { return e.Field + ": " + e.Message(i18n.VI) }

// Is makes errors.Is(err, ErrInvalid) hold.
func (e *FieldError) Is(target error) bool { return target == ErrInvalid }

func fieldErr(field, key string, args ...any) *FieldError {
	return &FieldError{Field: field, Key: key, Args: args}
}

// ValidationError is returned by Desk.Receive when fields are wrong; it
// lists every wrong field, in form order, and matches ErrInvalid.
type ValidationError struct {
	Fields []FieldError
}

func (e *ValidationError) Error() string {
	parts := make([]string, len(e.Fields))
	for i := range e.Fields {
		parts[i] = e.Fields[i].Error()
	}
	return strings.Join(parts, "; ")
}

// Is makes errors.Is(err, ErrInvalid) hold.
func (e *ValidationError) Is(target error) bool { return target == ErrInvalid }

// For returns the first error of a field, or nil.
func (e *ValidationError) For(field string) *FieldError {
	for i := range e.Fields {
		if e.Fields[i].Field == field {
			return &e.Fields[i]
		}
	}
	return nil
}

// TransitionError is returned when a step does not fit the dossier's
// state (resolving a refused dossier); it matches ErrInvalidTransition.
type TransitionError struct {
	Action Action
	From   Status
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("%v: %s from %s", ErrInvalidTransition, e.Action, e.From)
}

// Is makes errors.Is(err, ErrInvalidTransition) hold.
func (e *TransitionError) Is(target error) bool { return target == ErrInvalidTransition }

// sentinelKeys maps each sentinel to its sentence.
var sentinelKeys = []struct {
	err error
	key string
}{
	{ErrDossierNotFound, "intake.err.not_found"},
	{ErrReasonRequired, "intake.err.reason_required"},
	{ErrMissingRequired, "intake.err.missing_required"},
	{ErrConfirmRequired, "intake.err.confirm_second_supplement"},
	{ErrDueNotLater, "intake.err.due_not_later"},
	{ErrDueInPast, "intake.err.due_in_past"},
	{ErrDueNotWorkingDay, "intake.err.due_not_working_day"},
	{ErrNoAgency, "intake.err.no_agency"},
	{ErrKeyConflict, "intake.err.key_conflict"},
	{ErrDraftTooLarge, "intake.err.draft_too_large"},
	{ErrDraftInvalid, "intake.err.draft_invalid"},
}

// Message turns an error of this package into a sentence in lang: field
// errors, transition errors, import errors and the sentinels above. Other
// errors (the database's) come back as their text; screens check
// store's sentinels before calling Message.
func Message(lang i18n.Lang, err error) string {
	var fe *FieldError
	var ve *ValidationError
	var te *TransitionError
	var ie ImportErrors
	switch {
	case err == nil:
		return ""
	case errors.As(err, &ve) && len(ve.Fields) > 0:
		parts := make([]string, len(ve.Fields))
		for i := range ve.Fields {
			parts[i] = ve.Fields[i].Message(lang)
		}
		return strings.Join(parts, " ")
	case errors.As(err, &fe):
		return fe.Message(lang)
	case errors.As(err, &te):
		return i18n.T(lang, "intake.err.transition",
			i18n.T(lang, te.Action.Key()), i18n.T(lang, te.From.Key()))
	case errors.As(err, &ie):
		return ie.Message(lang)
	}
	for _, s := range sentinelKeys {
		if errors.Is(err, s.err) {
			return i18n.T(lang, s.key)
		}
	}
	return err.Error()
}

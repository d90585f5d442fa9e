package intake

import (
	"net/mail"
	"strings"
	"time"
	"unicode"

	"motcua/store"
)

// CleanCitizen returns the citizen with every text field cleaned (NFC, no
// control characters or escape sequences, capped) and the birth date
// reduced to a local calendar day. It never rejects anything.
func CleanCitizen(c Citizen) Citizen {
	c.Name = Clean(c.Name, MaxName)
	c.IDNumber = Clean(c.IDNumber, MaxIDInput)
	c.Gender = Clean(c.Gender, 10)
	c.Phone = Clean(c.Phone, MaxPhoneInput)
	c.Email = Clean(c.Email, MaxEmail)
	c.Address = Clean(c.Address, MaxAddress)
	if !c.BirthDate.IsZero() {
		y, m, d := c.BirthDate.In(store.Local).Date()
		c.BirthDate = time.Date(y, m, d, 0, 0, 0, 0, store.Local)
	}
	return c
}

// CheckCitizen cleans the citizen and checks every field against today
// (the station clock's day). It returns the citizen in stored form (ID
// number as 12 digits, phone as 0…) and one FieldError per wrong field, in
// form order; nothing the clerk typed is dropped from the returned value
// when a field is wrong.
//
// Rules: the name is required and has no digits; the ID number is
// required and valid (ParseIDNumber, IDNumber.Check); the date of birth is
// optional, not in the future and not before 1900; the phone is optional
// and, when given, a Vietnamese mobile or landline (NormalisePhone); the
// e-mail is optional (CheckEmail); the address is optional here (the post
// return method needs its own postal address).
func CheckCitizen(c Citizen, today time.Time) (Citizen, []FieldError) {
	c = CleanCitizen(c)
	var errs []FieldError
	add := func(err error) {
		if fe, ok := err.(*FieldError); ok {
			errs = append(errs, *fe)
		}
	}
	switch {
	case c.Name == "":
		add(fieldErr(FieldName, "intake.err.name_required"))
	case strings.IndexFunc(c.Name, unicode.IsDigit) >= 0:
		add(fieldErr(FieldName, "intake.err.name_digits"))
	case strings.IndexFunc(c.Name, unicode.IsLetter) < 0:
		add(fieldErr(FieldName, "intake.err.name_letters"))
	}
	var birthErr *FieldError
	if !c.BirthDate.IsZero() {
		y, m, d := today.In(store.Local).Date()
		switch {
		case c.BirthDate.After(time.Date(y, m, d, 0, 0, 0, 0, store.Local)):
			birthErr = fieldErr(FieldBirthDate, "intake.err.birth_future", c.BirthDate.Format("02/01/2006"))
		case c.BirthDate.Year() < 1900:
			birthErr = fieldErr(FieldBirthDate, "intake.err.birth_too_old", c.BirthDate.Format("02/01/2006"))
		}
	}
	if id, err := ParseIDNumber(c.IDNumber); err != nil {
		add(err)
	} else {
		c.IDNumber = id.Digits
		birth := c.BirthDate
		if birthErr != nil {
			birth = time.Time{} // one mistake, one message
		}
		errs = append(errs, id.Check(birth, c.Gender, today)...)
	}
	if birthErr != nil {
		add(birthErr)
	}
	if p, err := NormalisePhone(c.Phone); err != nil {
		add(err)
	} else {
		c.Phone = p
	}
	if e, err := CheckEmail(c.Email); err != nil {
		add(err)
	} else {
		c.Email = e
	}
	return c, errs
}

// CheckEmail cleans an e-mail address and checks it is one plain address
// (name@domain.tld, no display name). Empty is allowed: e-mail is optional.
func CheckEmail(s string) (string, error) {
	s = Clean(s, MaxEmail)
	if s == "" {
		return "", nil
	}
	a, err := mail.ParseAddress(s)
	at := strings.LastIndexByte(s, '@')
	if err != nil || a.Address != s || a.Name != "" || at < 1 ||
		!strings.Contains(s[at+1:], ".") || strings.HasSuffix(s, ".") || strings.ContainsAny(s, " <>") {
		return "", fieldErr(FieldEmail, "intake.err.email", s)
	}
	return s, nil
}

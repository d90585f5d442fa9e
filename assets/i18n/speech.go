package i18n

import (
	"strings"
	"unicode"
)

// Speech engines read "A012" as "A zero twelve" or worse. These functions
// write numbers and letters out in Vietnamese words, so espeak-ng -v vi
// says what a citizen expects to hear.

var digitWords = [10]string{"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"}

// NumberWords writes n (0 ≤ n < 1,000,000) in Vietnamese words:
// 12 → "mười hai", 21 → "hai mươi mốt", 105 → "một trăm linh năm".
func NumberWords(n int) string {
	if n < 0 {
		return "âm " + NumberWords(-n)
	}
	if n >= 1000 {
		thousands, rest := n/1000, n%1000
		s := NumberWords(thousands) + " nghìn"
		if rest == 0 {
			return s
		}
		if rest < 100 {
			return s + " không trăm " + under100(rest, true)
		}
		return s + " " + under1000(rest)
	}
	return under1000(n)
}

func under1000(n int) string {
	if n < 100 {
		return under100(n, false)
	}
	h, rest := n/100, n%100
	s := digitWords[h] + " trăm"
	if rest == 0 {
		return s
	}
	return s + " " + under100(rest, true)
}

// under100 writes 0–99; afterHundred selects "linh" for 1–9 after a hundred.
func under100(n int, afterHundred bool) string {
	switch {
	case n < 10 && afterHundred:
		return "linh " + digitWords[n]
	case n < 10:
		return digitWords[n]
	case n < 20:
		if n == 10 {
			return "mười"
		}
		if n%10 == 5 {
			return "mười lăm"
		}
		return "mười " + digitWords[n%10]
	}
	tens, unit := n/10, n%10
	s := digitWords[tens] + " mươi"
	switch unit {
	case 0:
		return s
	case 1:
		return s + " mốt"
	case 4:
		return s + " tư"
	case 5:
		return s + " lăm"
	}
	return s + " " + digitWords[unit]
}

// letterNames are the Vietnamese names of the Latin letters, as a caller
// would say them over a loudspeaker.
var letterNames = map[rune]string{
	'A': "a", 'B': "bê", 'C': "xê", 'D': "dê", 'Đ': "đê", 'E': "e", 'F': "ép",
	'G': "giê", 'H': "hát", 'I': "i", 'J': "gi", 'K': "ca", 'L': "e-lờ",
	'M': "em-mờ", 'N': "en-nờ", 'O': "o", 'P': "pê", 'Q': "quy", 'R': "e-rờ",
	'S': "ét", 'T': "tê", 'U': "u", 'V': "vê", 'W': "vê kép", 'X': "ích",
	'Y': "i dài", 'Z': "dét",
}

// SpokenTicket writes a display number such as "A012" for speech:
// "a, mười hai". Leading zeros are not spoken.
func SpokenTicket(display string) string {
	var letters []string
	digits := 0
	hasDigits := false
	for _, r := range strings.ToUpper(display) {
		switch {
		case unicode.IsDigit(r):
			digits = digits*10 + int(r-'0')
			hasDigits = true
		case letterNames[r] != "":
			letters = append(letters, letterNames[r])
		}
	}
	s := strings.Join(letters, " ")
	if hasDigits {
		if s != "" {
			s += ", "
		}
		s += NumberWords(digits)
	}
	return s
}

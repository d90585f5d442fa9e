package intake

import (
	"strings"
	"time"

	"motcua/store"
)

// IDNumber is a personal identification number (số định danh cá nhân,
// the number of the chip card) taken apart.
//
// Structure (Nghị định 137/2015/NĐ-CP Điều 13; Thông tư 07/2016/TT-BCA,
// kept by Thông tư 59/2021/TT-BCA): 3 digits of the province of birth
// registration, 1 digit of century and gender, the last 2 digits of the
// birth year, 6 random digits. The century digit is 0/1 for the 1900s
// (male/female), 2/3 for the 2000s, 4/5 for the 2100s, 6/7 for the 2200s
// and 8/9 for the 2300s: even male, odd female.
type IDNumber struct {
	Digits       string // the 12 digits
	ProvinceCode string // first three digits
	Province     string // province of birth registration
	Female       bool
	BirthYear    int
}

// ParseIDNumber reads an ID number as a clerk types it: spaces, dots and
// dashes between digit groups are ignored. The error is a *FieldError for
// FieldIDNumber: empty, a character that is not a digit, not 12 digits, or
// a province code that does not exist.
func ParseIDNumber(s string) (IDNumber, error) {
	s = Clean(s, MaxIDInput)
	if s == "" {
		return IDNumber{}, fieldErr(FieldIDNumber, "intake.err.id_required")
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '.' || r == '-':
		default:
			return IDNumber{}, fieldErr(FieldIDNumber, "intake.err.id_chars", string(r))
		}
	}
	d := b.String()
	if len(d) != 12 {
		return IDNumber{}, fieldErr(FieldIDNumber, "intake.err.id_length", len(d))
	}
	name, ok := provinces[d[:3]]
	if !ok {
		return IDNumber{}, fieldErr(FieldIDNumber, "intake.err.id_province", d[:3])
	}
	c := int(d[3] - '0')
	yy := int(d[4]-'0')*10 + int(d[5]-'0')
	return IDNumber{
		Digits: d, ProvinceCode: d[:3], Province: name,
		Female: c%2 == 1, BirthYear: 1900 + (c/2)*100 + yy,
	}, nil
}

// Check compares the number with the rest of what the citizen gave: the
// birth year it encodes must not be after today, must equal the year of
// the date of birth when one is given, and its gender must match the
// card's gender ("Nam"/"Nữ") when one is given.
func (n IDNumber) Check(birth time.Time, gender string, today time.Time) []FieldError {
	var errs []FieldError
	if n.BirthYear > today.In(store.Local).Year() {
		errs = append(errs, *fieldErr(FieldIDNumber, "intake.err.id_year_future", n.Digits[3:4], n.Digits[4:6], n.BirthYear))
	} else if !birth.IsZero() && birth.Year() != n.BirthYear {
		errs = append(errs, *fieldErr(FieldIDNumber, "intake.err.id_birth_mismatch", n.BirthYear, birth.Year()))
	}
	if female, known := genderOf(gender); known && female != n.Female {
		errs = append(errs, *fieldErr(FieldIDNumber, "intake.err.id_gender_mismatch", n.Digits[3:4], gender))
	}
	return errs
}

// genderOf reads the gender written on the chip card.
func genderOf(g string) (female, known bool) {
	switch Fold(g) {
	case "nu", "female", "f":
		return true, true
	case "nam", "male", "m":
		return false, true
	}
	return false, false
}

// provinces are the 63 codes of the province (tỉnh, thành phố trực thuộc
// trung ương) where a citizen's birth was registered: the first three
// digits of the personal identification number.
//
// Source: Phụ lục 1 "Bảng danh mục mã tỉnh, thành phố trực thuộc trung
// ương nơi công dân đăng ký khai sinh", Thông tư 07/2016/TT-BCA
// (01/02/2016) of the Ministry of Public Security; the same codes are kept
// by Thông tư 59/2021/TT-BCA and Luật Căn cước 2023 (Điều 12). Table as
// reproduced by thuvienphapluat.vn ("Tra cứu mã 63 tỉnh thành trên thẻ Căn
// cước công dân"). A personal ID number never changes, so numbers issued
// with these codes stay valid after the 2025 merger of provinces; should
// codes be published for the merged provinces, add them here.
var provinces = map[string]string{
	"001": "Hà Nội",
	"002": "Hà Giang",
	"004": "Cao Bằng",
	"006": "Bắc Kạn",
	"008": "Tuyên Quang",
	"010": "Lào Cai",
	"011": "Điện Biên",
	"012": "Lai Châu",
	"014": "Sơn La",
	"015": "Yên Bái",
	"017": "Hòa Bình",
	"019": "Thái Nguyên",
	"020": "Lạng Sơn",
	"022": "Quảng Ninh",
	"024": "Bắc Giang",
	"025": "Phú Thọ",
	"026": "Vĩnh Phúc",
	"027": "Bắc Ninh",
	"030": "Hải Dương",
	"031": "Hải Phòng",
	"033": "Hưng Yên",
	"034": "Thái Bình",
	"035": "Hà Nam",
	"036": "Nam Định",
	"037": "Ninh Bình",
	"038": "Thanh Hóa",
	"040": "Nghệ An",
	"042": "Hà Tĩnh",
	"044": "Quảng Bình",
	"045": "Quảng Trị",
	"046": "Thừa Thiên Huế",
	"048": "Đà Nẵng",
	"049": "Quảng Nam",
	"051": "Quảng Ngãi",
	"052": "Bình Định",
	"054": "Phú Yên",
	"056": "Khánh Hòa",
	"058": "Ninh Thuận",
	"060": "Bình Thuận",
	"062": "Kon Tum",
	"064": "Gia Lai",
	"066": "Đắk Lắk",
	"067": "Đắk Nông",
	"068": "Lâm Đồng",
	"070": "Bình Phước",
	"072": "Tây Ninh",
	"074": "Bình Dương",
	"075": "Đồng Nai",
	"077": "Bà Rịa - Vũng Tàu",
	"079": "Hồ Chí Minh",
	"080": "Long An",
	"082": "Tiền Giang",
	"083": "Bến Tre",
	"084": "Trà Vinh",
	"086": "Vĩnh Long",
	"087": "Đồng Tháp",
	"089": "An Giang",
	"091": "Kiên Giang",
	"092": "Cần Thơ",
	"093": "Hậu Giang",
	"094": "Sóc Trăng",
	"095": "Bạc Liêu",
	"096": "Cà Mau",
}

// ProvinceName returns the province of birth registration of a 3-digit
// code, and whether the code exists.
func ProvinceName(code string) (string, bool) {
	n, ok := provinces[code]
	return n, ok
}

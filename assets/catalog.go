package assets

import (
	"bytes"
	_ "embed"
)

// The demo procedure catalog and the holiday calendar are shipped as the
// same JSON an admin imports (motcua catalog import / holidays import), so
// that one parser in package intake reads both and the shipped files are
// examples of the documented formats.

//go:embed catalog/demo.json
var demoCatalog []byte

//go:embed holidays/vn-2025-2027.json
var holidaysVN []byte

// DemoCatalogJSON returns the embedded demo catalog of commune procedures
// (format_version 1; see intake.ImportCatalog). The slice is a copy.
func DemoCatalogJSON() []byte { return bytes.Clone(demoCatalog) }

// HolidaysJSON returns the embedded Vietnamese holiday calendar for
// 2025–2027 (format_version 1; see intake.ImportHolidays). The slice is a
// copy.
func HolidaysJSON() []byte { return bytes.Clone(holidaysVN) }

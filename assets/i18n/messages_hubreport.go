package i18n

// Sentences of the district's activity reports (motcua hub report and the
// district view's report page) and of a long report's progress.
func init() {
	register(map[string][2]string{
		"hubreport.cli.desc":         {"báo cáo hoạt động của một xã hoặc của tất cả các xã, từ bản ghi đã đồng bộ", "activity report of one commune or of all communes, from the synced records"},
		"hubreport.cli.flag.commune": {"chỉ báo cáo một xã (mã xã); mặc định: tất cả các xã", "only this commune (its ID); default: all communes"},
		"hubreport.cli.unknown":      {"Không có xã %s trong hub.", "No commune %s in this hub."},
		"hubreport.all":              {"Tất cả các xã", "All communes"},
		"hubreport.progress":         {"Đang lập báo cáo… %d %%", "Making the report… %d %%"},
	})
}

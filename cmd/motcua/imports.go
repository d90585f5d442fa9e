package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"motcua/intake"
	"motcua/store"
)

// importer is one of the data files a commune replaces with its own: the
// procedure catalog and the holiday calendar.
type importer struct {
	name   string // subcommand
	desc   string // translation key of the description
	done   string // translation key of "imported N …"
	ingest func(ctx context.Context, db *store.DB, f *os.File, format string) (int, error)
}

func runCatalog(ctx context.Context, env *environment, args []string) error {
	return env.runImport(ctx, args, importer{"catalog", "cli.catalog", "cli.catalog_done",
		func(ctx context.Context, db *store.DB, f *os.File, format string) (int, error) {
			return intake.ImportCatalog(ctx, db, f, format)
		}})
}

func runHolidays(ctx context.Context, env *environment, args []string) error {
	return env.runImport(ctx, args, importer{"holidays", "cli.holidays", "cli.holidays_done",
		func(ctx context.Context, db *store.DB, f *os.File, format string) (int, error) {
			return intake.ImportHolidays(ctx, db, f, format)
		}})
}

// runImport handles "motcua catalog import FILE" and "motcua holidays
// import FILE": the whole file goes in, or nothing and every problem is
// listed with its line.
func (env *environment) runImport(ctx context.Context, args []string, im importer) error {
	fs := env.flags(im.name+" import", im.desc)
	format := fs.String("format", "", env.t("cli.flag.format"))
	pos, err := env.parseWithArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 || pos[0] != "import" {
		fs.Usage()
		return errUsage
	}
	path := pos[1]
	if *format == "" {
		*format = strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
		if *format != "json" && *format != "csv" {
			*format = "" // let intake guess from the content
		}
	}
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(env.stderr, env.t("cli.cannot_read", path))
		return errReported
	}
	defer f.Close()
	st, err := env.openStation(ctx)
	if err != nil {
		return err
	}
	n, err := im.ingest(ctx, st.DB(), f, *format)
	if err != nil {
		fmt.Fprintln(env.stderr, intake.Message(env.lang, err))
		return errReported
	}
	fmt.Fprintln(env.stdout, env.t(im.done, n, path))
	return nil
}

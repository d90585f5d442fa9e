# motcua — make run opens the demo commune; make test runs every test.
GO        ?= go
BIN       := bin
STATICCHECK_VERSION := v0.8.2
STATICCHECK := $(BIN)/staticcheck
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -s -w -X main.version=$(VERSION)
PLATFORMS := windows/amd64 windows/386 linux/amd64 linux/386 linux/arm64

export CGO_ENABLED = 0

.PHONY: run build test test-short bench cross lint fmt clean

## run: open motcua (the launcher) on the embedded demo commune
run:
	$(GO) run ./cmd/motcua $(ARGS)

## build: build bin/motcua for this machine
build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN)/motcua ./cmd/motcua

## test: the whole suite (unit, property, golden, tmux end-to-end, crash, lint)
test: lint
	$(GO) test -count=1 -timeout 20m ./...

## test-short: quick tests only (no end-to-end, no crash loop)
test-short:
	$(GO) test -short ./...

## bench: Go benchmarks and the start-up / idle measurements (docs/PERFORMANCE.md)
bench:
	$(GO) test -run '^$$' -bench . -benchtime 2s -count 1 $$($(GO) list ./... | grep -v '/cmd/motcua$$')
	$(GO) test -run '^$$' -bench . -benchtime 20x -count 1 ./cmd/motcua

## cross: pure-Go builds for the commune PCs
cross:
	@for p in $(PLATFORMS); do \
		os=$${p%/*}; arch=$${p#*/}; ext=; [ $$os = windows ] && ext=.exe; \
		echo "build $$os/$$arch"; \
		GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -ldflags '$(LDFLAGS)' \
			-o dist/motcua-$$os-$$arch$$ext ./cmd/motcua || exit 1; \
	done

$(STATICCHECK):
	GOBIN=$(abspath $(BIN)) $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

## lint: gofmt, go vet and staticcheck must all be clean
lint: $(STATICCHECK)
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
		if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(STATICCHECK) ./...

fmt:
	gofmt -w $$(git ls-files '*.go')

clean:
	rm -rf $(BIN) dist

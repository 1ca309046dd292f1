# Samverkan — see README.md. Everything runs on embedded defaults: no Docker needed.
SHELL := /bin/bash
.DEFAULT_GOAL := help

BACKEND_JAR := backend/target/quarkus-app/quarkus-run.jar
PG_LAUNCHER := tools/embedded-postgres/target/classpath.txt
BACKEND_SOURCES := $(shell find backend/src/main -type f 2>/dev/null) backend/pom.xml


.PHONY: help run test lint format backup restore bench bench-notifications bench-surveys test-backend test-frontend test-e2e test-cluster install-debian install install-browser install-frontend \
        install-keycloak install-deploy-check openapi keycloak stop-keycloak build clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-16s %s\n", $$1, $$2}'

run: install $(BACKEND_JAR) ## Start database, Keycloak, API and SPA with demo data (Ctrl-C stops)
	@scripts/run.sh

test: install $(BACKEND_JAR) ## Install what is needed and run every check: lint, backend, frontend unit, end-to-end
	@scripts/test.sh all

lint: install-frontend install-deploy-check ## Static checks: Spotless (Java); ESLint, Prettier and stylelint (frontend). ArchUnit runs with the backend tests
	@scripts/test.sh lint

format: install-frontend ## Apply the formatters: Spotless (Java, palantir-java-format) and Prettier (frontend)
	cd backend && mvn -q -B -ntp spotless:apply
	cd frontend && npm run --silent format

test-backend: $(PG_LAUNCHER) install-keycloak ## Backend tests only
	@scripts/test.sh backend

test-frontend: install-frontend ## Frontend type check and unit tests only
	@scripts/test.sh frontend

test-e2e: install $(BACKEND_JAR) ## End-to-end tests only
	@scripts/test.sh e2e

test-cluster: install $(BACKEND_JAR) ## Two API instances behind nginx: scheduled work once, one truth, graceful stop, backup
	@scripts/test.sh cluster

install: $(PG_LAUNCHER) install-keycloak install-frontend install-deploy-check install-browser install-debian ## Fetch everything (idempotent)

backup: ## Online backup of the embedded database of `make run` into backups/ (it keeps running)
	@scripts/backup.sh

restore: ## Put a backup back: make restore BACKUP=backups/samverkan-….tar.gz (with `make run` stopped)
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=backups/samverkan-….tar.gz" >&2; exit 2; }
	@scripts/restore.sh "$(BACKUP)"

install-keycloak:
	@scripts/keycloak.sh install

install-frontend: frontend/node_modules/.package-lock.json

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

install-deploy-check: deploy/check/node_modules/.package-lock.json

deploy/check/node_modules/.package-lock.json: deploy/check/package-lock.json
	cd deploy/check && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

install-browser: ## Debian's Chromium for the end-to-end tests (never a downloaded browser)
	@command -v chromium >/dev/null || { \
	  echo "installing Debian's chromium ..."; \
	  $$( [ "$$(id -u)" = 0 ] || echo sudo ) apt-get update -qq && \
	  $$( [ "$$(id -u)" = 0 ] || echo sudo ) apt-get install -y -qq chromium >/dev/null; }

install-debian: ## Debian's nginx (the load balancer of the two-instance test) and psql (make backup)
	@command -v nginx >/dev/null && command -v psql >/dev/null || { \
	  echo "installing Debian's nginx-light and postgresql-client ..."; \
	  $$( [ "$$(id -u)" = 0 ] || echo sudo ) apt-get update -qq && \
	  $$( [ "$$(id -u)" = 0 ] || echo sudo ) apt-get install -y -qq nginx-light postgresql-client >/dev/null; }

$(PG_LAUNCHER): tools/embedded-postgres/pom.xml $(shell find tools/embedded-postgres/src -type f)
	cd tools/embedded-postgres && mvn -q -B -ntp package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt

$(BACKEND_JAR): $(BACKEND_SOURCES)
	cd backend && mvn -q -B -ntp package -DskipTests
	@touch $@

bench: $(PG_LAUNCHER) $(BACKEND_JAR) ## Measure API latency, throughput, memory and mail dispatch; writes benchmarks/results/
	@benchmarks/run.sh
	@benchmarks/notifications-dispatch.sh
	@benchmarks/survey-results.sh

bench-notifications: $(PG_LAUNCHER) $(BACKEND_JAR) ## Only the dispatch of 10,000 queued notifications (two API instances, GreenMail)
	@benchmarks/notifications-dispatch.sh

bench-surveys: $(PG_LAUNCHER) $(BACKEND_JAR) ## Only the results of a national survey (290 answers × 40 questions)
	@benchmarks/survey-results.sh

build: $(BACKEND_JAR) install-frontend ## Build the API jar and the SPA bundle
	cd frontend && npm run build

openapi: install-frontend ## Regenerate openapi.yaml from the running code, and the SPA's types
	cd backend && mvn -q -B -ntp test -Dtest=OpenApiContractTest -Dopenapi.update=true
	cd frontend && npm run generate:api

keycloak: install-keycloak ## Start Keycloak alone (port 8180)
	@scripts/keycloak.sh start && scripts/keycloak.sh wait

stop-keycloak: ## Stop a Keycloak started by `make keycloak`
	@scripts/keycloak.sh stop

clean: ## Remove build output (keeps downloads in .cache and data in .run)
	cd backend && mvn -q clean
	rm -rf frontend/dist tools/embedded-postgres/target

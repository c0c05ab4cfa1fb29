package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/storyline/storyline/internal/resources"
	"github.com/storyline/storyline/internal/xlang"
)

// The environment variables storyline reads. Each STORYLINE_ one stands
// in for a flag (STORYLINE_TOKEN for the content of --token-file);
// GOMEMLIMIT is the Go runtime's own.
const (
	envDB           = "STORYLINE_DB"
	envAddr         = "STORYLINE_ADDR"
	envToken        = "STORYLINE_TOKEN"
	envTokenFile    = "STORYLINE_TOKEN_FILE"
	envDictDir      = "STORYLINE_DICT_DIR"
	envDictCacheDir = "STORYLINE_DICT_CACHE_DIR"
	envCacheEntries = "STORYLINE_CACHE_ENTRIES"
	envEntityModels = "STORYLINE_ENTITY_MODELS"
	envMemoryLimit  = "GOMEMLIMIT"
)

// noEntityModels is the --entity-models value that turns the learned
// entity taggers off.
const noEntityModels = "none"

// memoryLimit is the heap size the garbage collector works to stay under
// unless GOMEMLIMIT says otherwise: without it the heap of a long ingest
// grows to twice what it holds live before each collection.
const memoryLimit = 1536 << 20

// maxCacheEntries is the largest --cache-entries taken.
const maxCacheEntries = 1 << 26

// setting is one value of the configuration and where it came from:
// "default" or "env NAME".
type setting struct {
	value, source string
}

// fromEnv reports whether the environment gave the setting.
func (s setting) fromEnv() bool { return strings.HasPrefix(s.source, "env ") }

// config is the configuration before the flags: the values the
// environment gives, else the defaults. Run reads it once, at start; it is
// the only place in storyline that reads the environment.
type config struct {
	db, addr, token, tokenFile setting
	dictDir, dictCacheDir      setting
	cacheEntries               setting
	cacheEntriesN              int
	entityModels               setting
	memoryLimit                setting
	err                        error // a setting the environment gives wrongly
}

// readConfig reads the configuration through lookup (os.LookupEnv).
func readConfig(lookup func(string) (string, bool)) config {
	get := func(name, def string) setting {
		if v, ok := lookup(name); ok && v != "" {
			return setting{v, "env " + name}
		}
		return setting{def, "default"}
	}
	var c config
	c.db = get(envDB, defaultDB(lookup))
	c.addr = get(envAddr, "127.0.0.1:8080")
	c.tokenFile = get(envTokenFile, "")
	c.token = get(envToken, "")
	c.token.value = strings.TrimSpace(c.token.value)
	c.dictDir = get(envDictDir, xlang.DefaultDir)
	c.dictCacheDir = get(envDictCacheDir, defaultDictCacheDir())
	c.cacheEntries = get(envCacheEntries, strconv.Itoa(resources.DefaultCacheEntries))
	n, err := strconv.Atoi(c.cacheEntries.value)
	if err != nil || n < 0 || n > maxCacheEntries {
		c.err = fmt.Errorf("env %s = %q: want a number of entries from 0 to %d", envCacheEntries, c.cacheEntries.value, maxCacheEntries)
	}
	c.cacheEntriesN = n
	c.entityModels = get(envEntityModels, "")
	c.memoryLimit = get(envMemoryLimit, fmt.Sprintf("%d MiB", memoryLimit>>20))
	return c
}

// defaultDB is storyline.db in the user's data directory ($XDG_DATA_HOME
// or ~/.local/share), else in the working directory.
func defaultDB(lookup func(string) (string, bool)) string {
	if d, ok := lookup("XDG_DATA_HOME"); ok && d != "" {
		return filepath.Join(d, "storyline", "storyline.db")
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".local", "share", "storyline", "storyline.db")
	}
	return "storyline.db"
}

// defaultDictCacheDir is storyline/xlang in the user's cache directory,
// or "" (no cache) when there is none.
func defaultDictCacheDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "storyline", "xlang")
}

// print writes every setting, its value and where it came from.
func (c config) print(w io.Writer) {
	fmt.Fprintf(w, "db = %s\t(%s; --db overrides)\n", c.db.value, c.db.source)
	fmt.Fprintf(w, "addr = %s\t(%s; serve --addr overrides)\n", c.addr.value, c.addr.source)
	switch _, tokenSource, err := loadToken(c.tokenFile.value, c.token); {
	case err != nil:
		fmt.Fprintf(w, "token = unusable\t(%v; serve --token-file overrides)\n", err)
	case tokenSource != "":
		fmt.Fprintf(w, "token = set, not shown\t(%s; serve --token-file overrides)\n", tokenSource)
	default:
		fmt.Fprintf(w, "token = none, write API off\t(set env %s or %s; serve --token-file overrides)\n", envTokenFile, envToken)
	}
	dictDir := c.dictDir.value
	if fi, err := os.Stat(dictDir); err != nil || !fi.IsDir() {
		dictDir += ", missing: stories match across languages by names and numbers only"
	}
	fmt.Fprintf(w, "dict-dir = %s\t(%s; --dict-dir overrides)\n", dictDir, c.dictDir.source)
	cacheDir := c.dictCacheDir.value
	if cacheDir == "" {
		cacheDir = "none, dictionaries parsed on every run"
	}
	fmt.Fprintf(w, "dict-cache-dir = %s\t(%s; --dict-cache-dir overrides)\n", cacheDir, c.dictCacheDir.source)
	cacheEntries := c.cacheEntries.value
	if c.err != nil {
		cacheEntries += ", unusable"
	}
	fmt.Fprintf(w, "cache-entries = %s\t(%s; --cache-entries overrides)\n", cacheEntries, c.cacheEntries.source)
	entityModels := c.entityModels.value
	switch entityModels {
	case "":
		entityModels = "bundled"
	case noEntityModels:
		entityModels += ", the rules find entities"
	default:
		if _, err := os.ReadDir(entityModels); err != nil {
			entityModels += ", unreadable"
		}
	}
	fmt.Fprintf(w, "entity-models = %s\t(%s; --entity-models overrides)\n", entityModels, c.entityModels.source)
	fmt.Fprintf(w, "memory-limit = %s\t(%s; env %s overrides)\n", c.memoryLimit.value, c.memoryLimit.source, envMemoryLimit)
}

func configCommand() command {
	return command{
		name:    "config",
		short:   "print the configuration in force",
		summary: "Print the configuration in force: each setting, its value and where it came from.",
		run: func(_ context.Context, e env, _ *flag.FlagSet, args []string) error {
			if len(args) > 0 {
				return usageError("config takes no arguments")
			}
			e.cfg.print(e.stdout)
			return e.cfg.err
		},
	}
}

// dbFlag adds --db to a command; its default comes from STORYLINE_DB or
// the user's data directory.
func dbFlag(fs *flag.FlagSet, cfg config) *string {
	return fs.String("db", cfg.db.value, "database file (env "+envDB+")")
}

// resourceFlags are the flags of the resources a command that analyses
// articles builds: the dictionaries, the caches and the entity models.
type resourceFlags struct {
	fs                    *flag.FlagSet
	cfg                   config
	dictDir, dictCacheDir *string
	cacheEntries          *int
	entityModels          *string
}

// addResourceFlags adds --dict-dir, --dict-cache-dir, --cache-entries and
// --entity-models to a command.
func addResourceFlags(fs *flag.FlagSet, cfg config) *resourceFlags {
	return &resourceFlags{
		fs:  fs,
		cfg: cfg,
		dictDir: fs.String("dict-dir", cfg.dictDir.value,
			"directory of the FreeDict bilingual dictionaries; empty for none (env "+envDictDir+")"),
		dictCacheDir: fs.String("dict-cache-dir", cfg.dictCacheDir.value,
			"directory where the dictionaries' tables are kept once built; empty for none (env "+envDictCacheDir+")"),
		cacheEntries: fs.Int("cache-entries", cfg.cacheEntriesN,
			"entries of each cache of words, name keys and places; 0 turns the caches off (env "+envCacheEntries+")"),
		entityModels: fs.String("entity-models", cfg.entityModels.value,
			"directory of learned entity taggers, <lang>.model as \"storyline train entities\" writes them, in place of the bundled ones; \""+noEntityModels+"\", the rules alone find entities (env "+envEntityModels+")"),
	}
}

// build validates the flags and builds the resources. Missing
// dictionaries in the default directory are no error: the command goes on
// without them (see warnNoDictionaries); a directory set by flag or
// environment must be readable, and so must a directory of entity models.
func (r *resourceFlags) build(ctx context.Context, log *slog.Logger) (*resources.Set, error) {
	if *r.cacheEntries < 0 || *r.cacheEntries > maxCacheEntries {
		return nil, usageError("--cache-entries must be from 0 to %d", maxCacheEntries)
	}
	explicit := r.cfg.dictDir.fromEnv()
	r.fs.Visit(func(f *flag.Flag) { explicit = explicit || f.Name == "dict-dir" })
	dictDir := *r.dictDir
	if fi, err := os.Stat(dictDir); dictDir != "" && !explicit && (err != nil || !fi.IsDir()) {
		dictDir = ""
	}
	models, noModels := *r.entityModels, *r.entityModels == noEntityModels
	if noModels {
		models = ""
	} else if models != "" {
		if _, err := os.ReadDir(models); err != nil {
			return nil, usageError("--entity-models: %v", err)
		}
	}
	res, err := resources.New(ctx, resources.Config{DictDir: dictDir, DictCacheDir: *r.dictCacheDir,
		CacheEntries: *r.cacheEntries, EntityModels: models, NoEntityModels: noModels, Logger: log})
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, usageError("--dict-dir: %v", err)
		}
		return nil, err
	}
	return res, nil
}

// warnNoDictionaries tells on stderr that res has no dictionaries, when
// they were asked for: stories then match across languages less well.
func (r *resourceFlags) warnNoDictionaries(e env, command string, res *resources.Set) {
	if len(res.Dictionary.Languages()) == 0 && *r.dictDir != "" {
		fmt.Fprintf(e.stderr, "storyline %s: no bilingual dictionaries in %s (--dict-dir, env %s): stories match across languages by names and numbers only; install Debian's dict-freedict-* packages for better recall\n",
			command, *r.dictDir, envDictDir)
	}
}

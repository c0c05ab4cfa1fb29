// Package cli is storyline's command line: it parses commands and flags,
// calls the pipeline stages and the store, and turns their results and
// errors into output and exit codes. It is the only place that prints.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/storyline/storyline/internal/store/sqlite"
)

// Exit codes: the contract scripts rely on.
const (
	ExitOK      = 0
	ExitFailure = 1 // something failed: an input, the store, a pair
	ExitUsage   = 2 // the command line is wrong
)

// env is what a command runs with.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// cfg is the configuration the environment gives, before the flags.
	cfg config
}

// errUsage marks command-line mistakes; the command's usage is printed.
var errUsage = errors.New("usage")

// usageError reports a command-line mistake.
func usageError(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errUsage}, args...)...)
}

// errPartial marks a run that finished but had failures it already reported.
var errPartial = errors.New("some inputs failed")

type command struct {
	name string
	// oldName is the name the command had before it was renamed: still
	// run, with a note on stderr, for one release.
	oldName string
	args    string
	short   string // one line for the command list
	summary string
	run     func(ctx context.Context, e env, fs *flag.FlagSet, args []string) error
	// flags adds the command's flags, their defaults from cfg.
	flags func(fs *flag.FlagSet, cfg config)
}

func commands() []command {
	return []command{
		ingestCommand(),
		serveCommand(),
		loadCommand(),
		storiesCommand(),
		storyCommand(),
		exportCommand(),
		reanalyzeCommand(),
		extractCommand(),
		compareCommand(),
		evalCommand(),
		trainCommand(),
		synthCommand(),
		configCommand(),
	}
}

// Run runs the command line args and returns the exit code. It reads the
// configuration from the environment (see config) and, unless GOMEMLIMIT
// is set, sets the memory limit the garbage collector works under.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := env{stdin: stdin, stdout: stdout, stderr: stderr, cfg: readConfig(os.LookupEnv)}
	if !e.cfg.memoryLimit.fromEnv() {
		debug.SetMemoryLimit(memoryLimit)
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) > 1 {
			args = []string{args[1], "--help"}
		} else {
			mainUsage(e.stdout)
			if len(args) == 0 {
				return ExitUsage
			}
			return ExitOK
		}
	}
	for _, c := range commands() {
		if c.name != args[0] && (c.oldName == "" || c.oldName != args[0]) {
			continue
		}
		if c.name != args[0] {
			fmt.Fprintf(e.stderr, "storyline: %q is renamed %q; the old name goes in the next release\n", c.oldName, c.name)
		}
		fs := flag.NewFlagSet("storyline "+c.name, flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		if c.flags != nil {
			c.flags(fs, e.cfg)
		}
		usage := func(w io.Writer) {
			fmt.Fprintf(w, "usage: storyline %s %s\n\n%s\n", c.name, c.args, c.summary)
			if hasFlags(fs) {
				fmt.Fprintln(w, "\nflags:")
				fs.SetOutput(w)
				fs.PrintDefaults()
				fs.SetOutput(io.Discard)
			}
		}
		positional, err := parseInterleaved(fs, args[1:])
		if err != nil {
			if errors.Is(err, flag.ErrHelp) {
				usage(e.stdout)
				return ExitOK
			}
			fmt.Fprintf(e.stderr, "storyline %s: %v\n", c.name, err)
			usage(e.stderr)
			return ExitUsage
		}
		// A setting the environment gives wrongly stops every command but
		// config, which shows it.
		err = e.cfg.err
		if err == nil || c.name == "config" {
			err = c.run(ctx, e, fs, positional)
		}
		switch {
		case err == nil:
			return ExitOK
		case errors.Is(err, errUsage):
			fmt.Fprintf(e.stderr, "storyline %s: %s\n", c.name, strings.TrimPrefix(err.Error(), errUsage.Error()+": "))
			usage(e.stderr)
			return ExitUsage
		case errors.Is(err, errPartial):
			return ExitFailure
		default:
			fmt.Fprintf(e.stderr, "storyline %s: %v\n", c.name, err)
			return ExitFailure
		}
	}
	fmt.Fprintf(e.stderr, "storyline: unknown command %q\n\n", args[0])
	mainUsage(e.stderr)
	return ExitUsage
}

// parseInterleaved parses flags wherever they stand among the arguments
// ("storyline story 3 --json"); "--" ends the flags.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(positional, rest...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

func mainUsage(w io.Writer) {
	fmt.Fprint(w, `storyline turns raw multilingual news into stories.

usage: storyline COMMAND [flags] [args]

commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.short)
	}
	fmt.Fprint(w, `
Run "storyline COMMAND --help" for a command's flags.
Exit status: 0 ok, 1 something failed, 2 usage error.
`)
}

func openStore(ctx context.Context, fs *flag.FlagSet) (*sqlite.Store, error) {
	path := fs.Lookup("db").Value.String()
	if path == "" {
		return nil, usageError("--db must not be empty")
	}
	return sqlite.Open(ctx, path)
}

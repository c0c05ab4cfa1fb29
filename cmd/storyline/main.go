// Command storyline turns raw multilingual news into stories. See
// "storyline --help" and the README for its commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/storyline/storyline/internal/cli"
)

// memoryLimit is the heap size the garbage collector works to stay under
// unless GOMEMLIMIT says otherwise: without it the heap of a long ingest
// grows to twice what it holds live before each collection.
const memoryLimit = 1536 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

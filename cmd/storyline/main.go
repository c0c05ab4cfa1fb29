// Command storyline turns raw multilingual news into stories. See
// "storyline --help" and the README for its commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/storyline/storyline/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

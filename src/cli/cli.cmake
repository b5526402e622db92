# src/cli: tidewatch-cli's runner and commands (provider commands are listed by each
# provider's fragment).
target_sources(tidewatch_core PRIVATE
    cli/cli.h
    cli/commands.cpp
    cli/clievent.cpp
    cli/clirunner.cpp
    cli/ndjsonwriter.cpp
    cli/ndjsonwriter.h
    cli/rawcommand.cpp
)

# src/cli: tidewatch-cli's runner and every command (its main.cpp is the executable's, in
# src/CMakeLists.txt).
target_sources(tidewatch_core PRIVATE
    # runner: arguments, profiles and keys, NDJSON output
    cli/cli.h
    cli/commands.cpp
    cli/clievent.cpp
    cli/clirunner.cpp
    cli/ndjsonwriter.h cli/ndjsonwriter.cpp
    # one command per provider, and raw frames from any
    cli/alliumcommand.cpp
    cli/conyrcommand.cpp
    cli/prediktcommand.cpp
    cli/tweetscommand.cpp
    cli/rawcommand.cpp
    # headless alerts (live, replayed, or over a relay)
    cli/clialerts.h
    cli/alertscommand.cpp
    cli/relayalerts.cpp
    # the team relay: publish and follow
    cli/relaycommand.cpp
)

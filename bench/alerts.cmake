# The alert engine alone (20 mixed rules) and a dry run of tidewatch-cli over a 1M-frame recording.
tw_add_bench(bench_alert_engine bench_alert_engine.cpp)
add_dependencies(bench_alert_engine tidewatch-cli)

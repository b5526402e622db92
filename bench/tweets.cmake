# Tweet stream: a burst of tweets through the client into the filtered timeline (see bench_tweets.cpp).
tw_add_bench(bench_tweets bench_tweets.cpp)
add_dependencies(bench_tweets tidewatch-sim)

# Tests of the tweet stream: codec, client against the simulator, models, CLI, QML page.
tw_add_test(tst_tweets_codec SOURCES unit/tst_tweets_codec.cpp LABELS unit tweets)
tw_add_test(tst_tweets_client SOURCES integration/tst_tweets_client.cpp LABELS integration tweets)
tw_add_test(tst_tweets_strict SOURCES integration/tst_tweets_strict.cpp LABELS integration tweets)
tw_add_test(tst_tweets_models SOURCES unit/tst_tweets_models.cpp LABELS unit tweets)
tw_add_test(tst_tweets_qml SOURCES qml/tst_tweets_qml.cpp LABELS qml tweets QML)
tw_add_test(tst_tweets_workspace SOURCES integration/tst_tweets_workspace.cpp LABELS integration tweets)
tw_add_test(tst_tweets_cli SOURCES cli/tst_tweets_cli.cpp LABELS cli integration tweets)
add_dependencies(tst_tweets_cli tidewatch-cli)

#include "qml/quicktestsupport.h"

TW_QUICK_TEST_MAIN(tst_conyr_qml, "qml/conyr")

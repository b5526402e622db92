#!/usr/bin/env bash
# Holds the build fragments to the folders (issue "One path for every provider's data", part 7):
# each src/<folder>/<name>.cmake lists only files under its own folder, every C++ file under
# src/ is listed exactly once, every listed file exists, and QML files are listed only by
# qml/qml.cmake, which lists every one of them. Prints each violation; exits 1 if any.
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root/src"
bad=0
say() { echo "check_fragments: $*"; bad=1; }

listed=$(mktemp); trap 'rm -f "$listed"' EXIT
while IFS= read -r fragment; do
    folder=$(dirname "$fragment")
    # The paths a fragment names: words ending in .h/.cpp (comments stripped first).
    for file in $(sed 's/#.*//' "$fragment" | grep -oE '[A-Za-z0-9_./-]+\.(h|cpp)\b' || true); do
        echo "$file" >> "$listed"
        case "$file" in
            "$folder"/*) ;;
            *) say "$fragment lists $file, which is outside $folder/" ;;
        esac
        [ -f "$file" ] || say "$fragment lists $file, which does not exist"
    done
    if sed 's/#.*//' "$fragment" | grep -q '\.qml'; then
        say "$fragment lists QML files; they belong in qml/qml.cmake"
    fi
done < <(find . -name '*.cmake' -printf '%P\n' | sort)

# Every C++ file is listed once (the executables' main.cpp files are in src/CMakeLists.txt).
while IFS= read -r file; do
    count=$(grep -cxF "$file" "$listed" || true)
    [ "$count" = 1 ] || say "$file is listed $count times (want 1)"
done < <(find . \( -name '*.h' -o -name '*.cpp' \) -not -name main.cpp -printf '%P\n' | sort)

# QML: qml/qml.cmake lists every file under qml/, and only existing ones.
qmlfrag="$root/qml/qml.cmake"
while IFS= read -r file; do
    grep -qF "\${TW_QML_DIR}/$file" "$qmlfrag" || say "qml/$file is not listed in qml/qml.cmake"
done < <(cd "$root/qml" && find . -name '*.qml' -printf '%P\n' | sort)
for file in $(sed 's/#.*//' "$qmlfrag" | grep -oE '\$\{TW_QML_DIR\}/[A-Za-z0-9_./-]+\.qml' | sed 's/^\${TW_QML_DIR}\///'); do
    [ -f "$root/qml/$file" ] || say "qml/qml.cmake lists $file, which does not exist"
done

[ "$bad" = 0 ] && echo "check_fragments: every fragment lists only its own folder"
exit "$bad"

#!/usr/bin/env bash
# Runs the reader (`extract`) over the real-text corpora and measures it against the
# facts written by hand (scripts/CorpusFacts.java; the facts format is in corpus/README.md).
#
#   scripts/corpus.sh [--require PERCENT] [FOLDER...]
#
# FOLDER holds NAME.txt + NAME.facts.json pairs. Default: the shared corpus when it sits
# next to the repository (../shared/corpus/real), corpus/gathered and corpus/heldout.
# Documents go to target/corpus/<folder>/NAME.json, the reader's stderr to NAME.err
# (exit 2 = refused, nothing on stdout). The report comes last; exit 0 unless --require.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD

require=()
folders=()
while [ $# -gt 0 ]; do
    case "$1" in
        --require) require=(--require "$2"); shift 2 ;;
        *) folders+=("$1"); shift ;;
    esac
done
if [ ${#folders[@]} -eq 0 ]; then
    [ -d ../shared/corpus/real ] && folders+=(../shared/corpus/real)
    folders+=(corpus/gathered corpus/heldout)
fi

jar=target/jixiao.jar
# the jar is built again when a source is newer than it
if [ -f "$jar" ] && [ -n "$(find src/main -newer "$jar" -type f | head -1)" ]; then
    rm -f "$jar"
fi
if [ ! -f "$jar" ]; then
    ./mvnw -B -q -DskipTests package
fi

name_of() {
    # shared/corpus/real -> shared; corpus/gathered -> gathered
    local abs
    abs=$(cd "$1" && pwd)
    case "$abs" in
        */shared/corpus/real) echo shared ;;
        *) basename "$abs" ;;
    esac
}

args=(--forms corpus/forms.tsv)
for folder in "${folders[@]}"; do
    name=$(name_of "$folder")
    out=target/corpus/$name
    rm -rf "$out"
    mkdir -p "$out"
    texts=$(find "$folder" -maxdepth 1 -name '*.txt' | wc -l)
    missing=0
    # one process reads the whole folder: it writes NAME.json for each text it reads and says on stderr, file by
    # file, what it read and what it did not (exit 2 when a text was refused: no NAME.json then)
    java -jar "$jar" extract "$folder" --out "$out" 2>"$out/extract.log" || true
    { grep '^未读：' "$out/extract.log" || true; } | while IFS= read -r line; do
        file=${line#未读：}
        file=${file%%：*}
        echo "$line" >"$out/$(basename "$file" .txt).err"
    done
    # a facts file whose text is absent (texts are not committed) is counted as refused
    for facts in "$folder"/*.facts.json; do
        [ -e "$facts" ] || continue
        id=$(basename "$facts" .facts.json)
        if [ ! -e "$folder/$id.txt" ]; then
            missing=$((missing + 1))
            echo "text $folder/$id.txt is missing (gather it again from $id.source)" >"$out/$id.err"
        fi
    done
    if [ "$missing" -gt 0 ]; then note=", $missing texts missing"; else note=""; fi
    echo "$name: $texts texts read from $folder$note" >&2
    args+=(--corpus "$name" "$folder" "$out")
done

java "$root/scripts/CorpusFacts.java" "${args[@]}" "${require[@]+"${require[@]}"}"

#!/bin/sh
# Run by the build (package phase, where a shell exists): unpacks target/jixiao.jar into target/cli (the
# application jar and lib/, which the JVM's class-data sharing can map, unlike jars nested in one), puts the
# launcher beside it, and makes the archive from a training run of the common commands (hidden command warm-up).
# Usage: build.sh JAVA TARGET
set -eu
java=$1
target=$2
rm -rf "$target/cli"
"$java" -Djarmode=tools -jar "$target/jixiao.jar" extract --destination "$target/cli" > /dev/null
cp "$(dirname "$0")/jixiao" "$target/cli/jixiao"
chmod +x "$target/cli/jixiao"
# the same options as the launcher's for one file's work: an archive is used only by a JVM started like the one
# that made it
"$java" -XX:ArchiveClassesAtExit="$target/cli/jixiao.jsa" -Xlog:disable -Xlog:all=error:stderr \
  -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$target/cli/jixiao.jar" warm-up

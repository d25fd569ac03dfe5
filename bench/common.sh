# Sourced by the bench scripts (from the repository root): builds the benchmark jar and names the JVM for the report.
# Sets: java, jar, java_version, started.

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
started=$(date +%s)

echo "building the bench module and what it depends on (the platform jar included) ..." >&2
./mvnw -q -B -pl bench -am package -DskipTests
jar=$(ls bench/target/bench-*-exec.jar)

# `java -version` on one line, for the report.
java_version=$("$java" -version 2>&1 | sed 's/^ *//' | paste -sd ';' - | sed 's/;/; /g')

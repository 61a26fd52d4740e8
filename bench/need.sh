# Sourced by the bench scripts (from the repository root): quiet dotnet, and need COMMAND PACKAGE, which
# installs PACKAGE with apt-get when COMMAND is missing, so a script runs on a fresh Debian machine as in CI.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need() {
  command -v "$1" >/dev/null && return
  echo "== installing $2" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

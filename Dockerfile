# syntax=docker/dockerfile:1
# The converter for pipelines: the native executable (no .NET runtime, no JIT) on Ubuntu Chiseled, a distroless
# base with no shell and no package manager, run as the non-root user "app" (UID 1654).
#
#   docker build -t converter .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/work" converter convert in -r --to json,pdf -o out
#
# The image is built for the platform of the build (linux/amd64 or linux/arm64): native AOT compiles for the machine
# it runs on. docs/scale-out.md splits a corpus across the pods of a Kubernetes Indexed Job with it.

FROM mcr.microsoft.com/dotnet/sdk:10.0-noble-aot AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props README.md ./
COPY schemas/ schemas/
COPY src/ src/
# The build context has no .git (see .dockerignore), so the version carries no commit id.
RUN dotnet publish src/Converter.Cli -p:PublishProfile=NativeAot -p:EnableSourceControlManagerQueries=false -o /out \
    && /out/converter --version

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled
COPY --from=build /out/converter /usr/local/bin/converter
USER $APP_UID
WORKDIR /work
ENTRYPOINT ["/usr/local/bin/converter"]
CMD ["--help"]

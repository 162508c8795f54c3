# sjc-api image: installed (not editable) from the hashed lock file, run as an unprivileged user.
# compose.yaml runs it three ways: the one-off `sjc-api setup` job, and API replicas whose
# `sjc-api start` repeats the setup under the database's start-up lock before serving.

# --- build: a virtual environment holding the locked dependencies and the sjc-api wheel
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY requirements.lock ./
RUN python -m venv /opt/sjc-api \
    && /opt/sjc-api/bin/pip install --require-hashes -r requirements.lock
COPY pyproject.toml README.md ./
COPY app ./app
COPY migrations ./migrations
COPY seed_data ./seed_data
RUN /opt/sjc-api/bin/pip install --no-deps . \
    && /opt/sjc-api/bin/sjc-api --help >/dev/null

# --- runtime: the environment only (no sources, no build tools)
FROM python:3.11-slim
ENV PATH=/opt/sjc-api/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    SJC_DATA_DIR=/data
COPY --from=build /opt/sjc-api /opt/sjc-api
RUN useradd --system --create-home --uid 10001 sjc \
    && mkdir -p /data && chown sjc /data
USER sjc
WORKDIR /data
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD python -c "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2).status != 200)"
# SIGTERM lets in-flight requests finish (up to 30 s) before the process exits.
STOPSIGNAL SIGTERM
CMD ["sjc-api", "start", "--host", "0.0.0.0", "--port", "8000"]

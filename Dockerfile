# sjc-api container: migrates, seeds and serves (the same code path as `make run`).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    SJC_DATABASE_URL=sqlite:////data/sjc.db \
    SJC_SECRET_KEY_FILE=/data/secret-key

WORKDIR /srv/sjc-api
COPY pyproject.toml README.md alembic.ini ./
COPY app ./app
COPY migrations ./migrations
COPY seed_data ./seed_data
RUN pip install -e . \
    && useradd --system --create-home --uid 10001 sjc \
    && mkdir -p /data && chown sjc /data

USER sjc
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2).status == 200 else 1)"

CMD ["sh", "-c", "sjc-api migrate && sjc-api seed && exec sjc-api serve --host 0.0.0.0 --port 8000"]

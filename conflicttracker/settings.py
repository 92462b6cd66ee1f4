"""Settings for conflicttracker, driven by environment variables.

With no environment at all the project runs on SQLite and a filesystem Celery broker, so
`manage.py runserver` plus one worker just work on a laptop. Production sets DATABASE_URL,
CELERY_BROKER_URL, SECRET_KEY, ALLOWED_HOSTS and DEBUG=False.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: str) -> bool:
    return os.getenv(name, default).strip().lower() in ("1", "true", "yes", "on")


def envint(name: str, default: str) -> int:
    return int(os.getenv(name, default))


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.getenv(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG", "True")
# The fallback key only exists so that a fresh checkout runs; with DEBUG off a real key is
# required, otherwise sessions and password resets could be forged.
SECRET_KEY = os.getenv("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise RuntimeError("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "reports",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "conflicttracker.urls"
WSGI_APPLICATION = "conflicttracker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.getenv("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=envint("DB_CONN_MAX_AGE", "0"),
    )
}
# Lets several test runs share one PostgreSQL server without clobbering each other.
if os.getenv("DATABASE_TEST_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.getenv("DATABASE_TEST_NAME")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The worker and the web process write to the same file: wait for the lock instead of
    # failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE"}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.getenv("STATIC_ROOT", BASE_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed, compressed files in production; plain finders in development and tests,
        # where nobody runs collectstatic.
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if envbool("STATIC_MANIFEST", "False")
        else "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}

LOGIN_URL = "admin:login"

# --- Security: on whenever DEBUG is off, so `check --deploy` passes in production. ---
if not DEBUG:
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", "True")
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", "31536000")
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# --- Celery ---
# The embedded default is kombu's filesystem transport: a real broker with no server to run.
BROKER_DIR = Path(os.getenv("BROKER_DIR", BASE_DIR / ".broker"))
CELERY_BROKER_URL = os.getenv("CELERY_BROKER_URL", "filesystem://")
if CELERY_BROKER_URL.startswith("filesystem://"):
    for sub in ("queue", "processed", "control"):
        (BROKER_DIR / sub).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(BROKER_DIR / "queue"),
        "data_folder_out": str(BROKER_DIR / "queue"),
        "processed_folder": str(BROKER_DIR / "processed"),
        # Broadcasts (worker pings, remote control) also live under .broker, not the cwd.
        "control_folder": str(BROKER_DIR / "control"),
        "store_processed": False,
        "polling_interval": 0.1,
    }
else:
    # Redis re-delivers a task that was not acknowledged within this time: it must exceed the
    # longest task, or a slow extraction would run twice.
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TIMEZONE = TIME_ZONE
# A worker that dies mid-task must not lose the article: acknowledge only when done.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = envint("CELERY_TASK_TIME_LIMIT", "300")
CELERY_TASK_SOFT_TIME_LIMIT = envint("CELERY_TASK_SOFT_TIME_LIMIT", "240")
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULE = {
    # Articles saved while the broker was unreachable stay pending; this re-queues them.
    "articles-requeue-stale": {
        "task": "reports.tasks.articles_requeue_stale",
        "schedule": envint("REQUEUE_STALE_EVERY_SECONDS", "300"),
    },
    # Feeds whose poll_interval has passed are polled; each source decides its own rhythm.
    "sources-poll-due": {
        "task": "reports.tasks.sources_poll_due",
        "schedule": envint("SOURCES_POLL_EVERY_SECONDS", "60"),
    },
    # The safety net for the dashboard's rollups: writes queue a refresh themselves, and a
    # refresh that finds every rollup current does nothing (reports/rollups.py).
    "rollups-refresh": {
        "task": "reports.tasks.rollups_refresh",
        "schedule": envint("ROLLUPS_REFRESH_EVERY_SECONDS", "60"),
    },
}

# --- The app ---
# Pre-computed dashboard results (reports/rollups.py, docs/dashboard.md "Rollups").
ROLLUPS_ENABLED = envbool("ROLLUPS_ENABLED", "True")
# A refresh is queued this long after a write, so a burst of writes is counted once.
ROLLUPS_DEBOUNCE_SECONDS = envint("ROLLUPS_DEBOUNCE_SECONDS", "5")
# While a rollup is behind the claims: compute live when its last refresh took less than this
# (live is then about as fast), else serve it flagged stale with the time it was computed.
ROLLUPS_LIVE_BELOW_SECONDS = float(os.getenv("ROLLUPS_LIVE_BELOW_SECONDS", "2"))
# Uploads above this size are kept (never lost) but marked failed with a clear error.
ARTICLE_MAX_BYTES = envint("ARTICLE_MAX_BYTES", str(2 * 1024 * 1024))
# Pages and the read-only API are public by default; monitors with sensitive data turn this on.
REPORTS_REQUIRE_LOGIN = envbool("REPORTS_REQUIRE_LOGIN", "False")

# --- Fetching pages and feeds (reports/fetching.py) ---
# Fetching internal addresses would let a submitted URL read this network (SSRF); only tests
# and closed deployments turn these on.
FETCH_ALLOW_PRIVATE = envbool("FETCH_ALLOW_PRIVATE", "False")
FETCH_ALLOW_LOOPBACK = envbool("FETCH_ALLOW_LOOPBACK", "False")
FETCH_MAX_BYTES = envint("FETCH_MAX_BYTES", str(5 * 1024 * 1024))
FETCH_MAX_REDIRECTS = envint("FETCH_MAX_REDIRECTS", "5")
FETCH_CONNECT_TIMEOUT = float(os.getenv("FETCH_CONNECT_TIMEOUT", "5"))
FETCH_READ_TIMEOUT = float(os.getenv("FETCH_READ_TIMEOUT", "15"))
FETCH_TOTAL_TIMEOUT = float(os.getenv("FETCH_TOTAL_TIMEOUT", "30"))
FETCH_USER_AGENT = os.getenv("FETCH_USER_AGENT", "conflicttracker/1 (casualty claims monitor)")
# Certificates trusted for https fetches (a PEM file); empty: the system's store.
FETCH_CA_BUNDLE = os.getenv("FETCH_CA_BUNDLE", "")

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["reports.permissions.ReadOnlyReports"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "conflicttracker API",
    "DESCRIPTION": "Read-only access to casualty claims, articles and de-duplicated totals.",
    "VERSION": "1",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "INFO")},
}
